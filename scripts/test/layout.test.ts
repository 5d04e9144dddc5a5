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
      expect(main.split("\n").length).toBeLessThanOrEqual(40);
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
