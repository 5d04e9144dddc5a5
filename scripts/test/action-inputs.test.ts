import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { actionsDir, listActions } from "../actions.ts";

/**
 * action.yml is the single source of every input's name and default: the runner applies its
 * defaults, and the TypeScript ones (which apply when the action runs without the runner's
 * help: tests, benches) must say the same. This holds the two together.
 */
interface ActionYml {
  inputs?: Record<string, { default?: string }>;
  outputs?: Record<string, unknown>;
}

function read(name: string, file: string): string {
  return readFileSync(path.join(actionsDir, name, file), "utf8");
}

/** `export const Inputs = { Key: "name", ... }` (and Outputs) from constants.ts, by key. */
function constantTable(source: string, table: "Inputs" | "Outputs"): Record<string, string> {
  const body = new RegExp(`export const ${table} = \\{([^}]*)\\}`).exec(source)?.[1] ?? "";
  return Object.fromEntries([...body.matchAll(/(\w+):\s*"([^"]+)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}

/** A default as written in TypeScript, as the string action.yml would hold; undefined when not a literal. */
function literal(text: string, constants: string): string | undefined {
  const value = text.trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(value)) return JSON.parse(value) as string;
  if (/^-?\d+$/.test(value) || value === "true" || value === "false") return value;
  const named = new RegExp(`export const ${value} = ("(?:[^"\\\\]|\\\\.)*")`).exec(constants)?.[1];
  return named === undefined ? undefined : (JSON.parse(named) as string);
}

/** The defaults inputs.ts gives, by constant key, for the reader calls that state one as a literal. */
function typescriptDefaults(source: string, constants: string): Record<string, string> {
  const found: Record<string, string> = {};
  const patterns = [
    /\.(?:boolean|integer)\(Inputs\.(\w+),\s*([^,)]+)/g,
    /\.choice(?:<[^>]*>)?\(Inputs\.(\w+),\s*(?:\[[^\]]*\](?:\s+as\s+[^,]+)?|\w+),\s*([^,)]+)\)/g,
    /\.(?:string|pathInside)\(Inputs\.(\w+),[^;{]*\{[^}]*\bdefault:\s*([^,}]+)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const value = literal(match[2] ?? "", constants);
      if (value !== undefined) found[match[1] ?? ""] = value;
    }
  }
  return found;
}

describe.each(listActions())("actions/%s", (name) => {
  const yml = parse(read(name, "action.yml")) as ActionYml;
  const constants = read(name, "src/constants.ts");
  const inputs = constantTable(constants, "Inputs");

  it("constants.ts names exactly the inputs and outputs of action.yml", () => {
    expect(Object.values(inputs).sort()).toEqual(Object.keys(yml.inputs ?? {}).sort());
    expect(Object.values(constantTable(constants, "Outputs")).sort()).toEqual(Object.keys(yml.outputs ?? {}).sort());
  });

  it("every default inputs.ts states is action.yml's", () => {
    const defaults = typescriptDefaults(read(name, "src/inputs.ts"), constants);
    expect(Object.keys(defaults).length).toBeGreaterThan(0);
    const mismatches = Object.entries(defaults)
      .map(([key, value]) => [inputs[key] ?? `(Inputs.${key} unknown)`, value] as const)
      .filter(([input, value]) => (yml.inputs?.[input]?.default ?? "") !== value)
      .map(
        ([input, value]) =>
          `${input}: TypeScript ${JSON.stringify(value)}, action.yml ${JSON.stringify(yml.inputs?.[input]?.default)}`,
      );
    expect(mismatches).toEqual([]);
  });
});

describe("typescriptDefaults", () => {
  it("reads the forms inputs.ts uses", () => {
    const source = [
      "input.boolean(Inputs.DryRun, false),",
      "reader.integer(Inputs.Concurrency, 2, { min: 1, max: 64 }),",
      'input.choice(Inputs.Mode, ["push", "pull-request"] as const, "push"),',
      'input.choice(Inputs.Cache, CACHE_MODES, "none"),',
      'input.pathInside(Inputs.WorkingDirectory, runner.workspace, { default: "." }),',
      "input.string(Inputs.Branches, { default: defaultBranches }),",
      "input.string(Inputs.Repository, { default: runner.repository }),",
    ].join("\n");
    expect(typescriptDefaults(source, 'export const defaultBranches = "- main\\n";')).toEqual({
      DryRun: "false",
      Concurrency: "2",
      Mode: "push",
      Cache: "none",
      WorkingDirectory: ".",
      Branches: "- main\n",
    });
  });
});
