import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { actionsDir, listActions, repoRoot } from "../actions.ts";

/**
 * The layout every action and package keeps, so the build, the docs and the harness pick a
 * new one up with no other edit, and only the action kit depends on the Actions toolkit.
 */
const packagesDir = path.join(repoRoot, "packages");
const packages = readdirSync(packagesDir).filter((name) => existsSync(path.join(packagesDir, name, "package.json")));

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every source file of the actions and of the packages but the action kit. */
function sourcesOutsideTheKit(): string[] {
  return [
    ...packages.filter((name) => name !== "action-kit").flatMap((name) => sources(path.join(packagesDir, name, "src"))),
    ...listActions().flatMap((name) => sources(path.join(actionsDir, name, "src"))),
  ];
}

const importsToolkit = (text: string): boolean => /(?:from\s+|import\s*\(\s*|import\s+)["']@actions\//.test(text);

/**
 * The rehearsal (packages/rehearsal) is test tooling that runs workflows with GitHub's own
 * workflow parser and expression evaluator; those two are not the runtime toolkit, so its
 * imports of them (and only them) are left out of the check below.
 */
const parserImports =
  /(?:from\s+|import\s*\(\s*|import\s+)["']@actions\/(?:workflow-parser|expressions)(?:\/[^"']*)?["']/g;
const ownText = (file: string): string => {
  const text = readFileSync(file, "utf8");
  return file.startsWith(path.join(packagesDir, "rehearsal") + path.sep) ? text.replace(parserImports, "") : text;
};

/** Every input name of every action (action.yml is the contract). */
const inputNames = [
  ...new Set(
    listActions().flatMap((name) => {
      const action = parse(readFileSync(path.join(actionsDir, name, "action.yml"), "utf8")) as {
        inputs?: Record<string, unknown>;
      };
      return Object.keys(action.inputs ?? {});
    }),
  ),
];

/** A source without its comments (a comment may well say which input feeds a value); lines are kept. */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, "")).replace(/(^|[^:])\/\/.*$/gm, "$1");

/**
 * Where a package's code names an action input by literal: an `inputError("<name>", ...)`, a
 * line starting `Input "<name>"`, or a hyphenated input name such as `role-to-assume` in a string.
 * A package speaks in its own terms (a FieldError names its field; the action's INPUT_NAMES says
 * which input that is), so promote and the rehearsal can reuse it under other names. One-word
 * inputs (`image`, `tags`) are words too: only the first two forms catch them.
 */
function inputsNamedIn(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/\binputError\(\s*["'`]([^"'`]*)/g)) found.push(`inputError("${match[1]}")`);
  for (const match of code.matchAll(/\bInputs? \\?"([^"\\]*)/g)) found.push(`Input "${match[1]}"`);
  for (const name of inputNames.filter((input) => input.includes("-"))) {
    if (new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(code)) found.push(name);
  }
  return found;
}

/**
 * Names that are not an input where they appear: each with why.
 * - pull-request.ts: "auto-merge" is GitHub's feature of that name (the warning says GitHub
 *   could not enable it on the pull request).
 * - promote's config.ts: "commit-via" is a key of .github/platform.yml (schema/platform.schema.json),
 *   which shares its name with update-overlay's input.
 */
const NOT_INPUTS: Record<string, string[]> = {
  "packages/gitops/src/pull-request.ts": ["auto-merge"],
  "packages/promote/src/config.ts": ["commit-via"],
};

describe("layout", () => {
  it("finds the actions and packages", () => {
    expect(listActions().length).toBeGreaterThan(0);
    expect(packages).toContain("action-kit");
  });

  it.each(listActions())("actions/%s: node24 bundle, thin main, README, a bundled test", (name) => {
    const dir = path.join(actionsDir, name);
    const action = parse(readFileSync(path.join(dir, "action.yml"), "utf8")) as {
      runs?: { using?: string; main?: string; post?: string };
    };
    expect(action.runs?.using).toBe("node24");
    expect(action.runs?.main).toBe("dist/index.js");
    if (action.runs?.post !== undefined) expect(action.runs.post).toBe("dist/index.js");
    expect(existsSync(path.join(dir, "README.md"))).toBe(true);
    const main = readFileSync(path.join(dir, "src", "main.ts"), "utf8");
    expect(main).toContain("void runAction(");
    const tests = sources(path.join(dir, "test")).filter((file) => file.endsWith(".test.ts"));
    expect(tests.some((file) => readFileSync(file, "utf8").includes("runBundledAction("))).toBe(true);
  });

  it.each(listActions())(
    "actions/%s: one shape: inputs.ts reads, run.ts returns outputs and summary, main.ts of a screen wires",
    (name) => {
      const src = path.join(actionsDir, name, "src");
      expect(existsSync(path.join(src, "inputs.ts"))).toBe(true);
      expect(readFileSync(path.join(src, "inputs.ts"), "utf8")).toMatch(/export function readInputs\(/);
      const run = readFileSync(path.join(src, "run.ts"), "utf8");
      expect(run).toMatch(/export async function run\(/);
      expect(run).toMatch(/outputs/);
      expect(run).toMatch(/summary/);
      const main = readFileSync(path.join(src, "main.ts"), "utf8");
      // Lines of the file (the newline that ends the last one opens none).
      expect(main.trimEnd().split("\n").length).toBeLessThanOrEqual(40);
      // The kit writes outputs and the summary from what run returns; inputs are read in inputs.ts.
      expect(main).not.toMatch(/\b(setOutputs|writeSummary|setOutput|markMainPhaseDone|new InputReader)\b/);
    },
  );

  it("no file but the action kit reads the runner's GITHUB_* or RUNNER_* variables (runnerContext does)", () => {
    const files = sourcesOutsideTheKit();
    const offenders = files.filter((file) =>
      /process\.env\.(GITHUB|RUNNER)_|process\.env\[["'`](GITHUB|RUNNER)_/.test(readFileSync(file, "utf8")),
    );
    expect(offenders.map((f) => path.relative(repoRoot, f))).toEqual([]);
  });

  it("no package renders an action's heading: summaries are headed in the action", () => {
    const headings = listActions().map((name) => `### ${name}`);
    const offenders = packages
      .flatMap((name) => sources(path.join(packagesDir, name, "src")))
      .filter((file) => headings.some((heading) => readFileSync(file, "utf8").includes(heading)));
    expect(offenders.map((f) => path.relative(repoRoot, f))).toEqual([]);
  });

  it.each(packages)("packages/%s is an ESM workspace package exporting src/index.ts", (name) => {
    const manifest = JSON.parse(readFileSync(path.join(packagesDir, name, "package.json"), "utf8")) as {
      name?: string;
      type?: string;
      exports?: Record<string, string>;
    };
    expect(manifest.name).toBe(`@platform/${name}`);
    expect(manifest.type).toBe("module");
    expect(manifest.exports?.["."]).toBe("./src/index.ts");
  });

  /**
   * The rehearsal is left out: it implements GitHub's workflow syntax (`working-directory` is a
   * key of a step) and hands any action its inputs as data; it refuses no input of this suite.
   */
  it("no package names an action's input: packages raise FieldErrors, the action maps fields to inputs", () => {
    const offenders = packages
      .filter((name) => name !== "action-kit" && name !== "rehearsal")
      .flatMap((name) => sources(path.join(packagesDir, name, "src")))
      .flatMap((file) => {
        const relative = path.relative(repoRoot, file);
        const allowed = NOT_INPUTS[relative] ?? [];
        return inputsNamedIn(withoutComments(readFileSync(file, "utf8")))
          .filter((name) => !allowed.includes(name))
          .map((name) => `${relative}: ${name}`);
      });
    expect(offenders).toEqual([]);
  });

  it.each([
    ['throw inputError("tags", value, "is bad", "fix it");', ['inputError("tags")']],
    ['new ConfigurationError(`Input "branch": ${value} is gone`)', ['Input "branch"']],
    ['const fix = "set role-to-assume to an ARN";', ["role-to-assume"]],
    ['throw fieldError("roleToAssume", value, "is bad", (nameOf) => `set ${nameOf("awsRegion")}`);', []],
    ['throw inputError(field, value, "is bad", "fix it"); // the caller names the input', []],
    ['const url = "https://example.com/role-to-assume-docs";', []],
  ])("finds the inputs named in %j: %j", (text, expected) => {
    expect(inputsNamedIn(withoutComments(text))).toEqual(expected);
  });

  it.each(packages)(
    "packages/%s/src/index.ts exports by name (no export *): its surface is read in one place",
    (name) => {
      const index = readFileSync(path.join(packagesDir, name, "src", "index.ts"), "utf8");
      expect(index).not.toMatch(/export\s*(type\s*)?\*/);
    },
  );

  it("only packages/action-kit imports @actions/* (the rehearsal: GitHub's parser and evaluator only)", () => {
    const files = sourcesOutsideTheKit();
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => importsToolkit(ownText(file))).map((f) => path.relative(repoRoot, f))).toEqual([]);
  });

  it.each([
    ['import * as core from "@actions/core";', true],
    ['const { exec } = await import("@actions/exec");', true],
    ["import '@actions/github';", true],
    ["// @actions/exec streams output", false],
    ['import { x } from "@platform/action-kit";', false],
  ])("recognises a toolkit import in %j: %j", (text, expected) => {
    expect(importsToolkit(text)).toBe(expected);
  });
});
