import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { repoRoot, runBundledAction } from "../../test/harness/run-action.ts";

/**
 * `npm run new-action -- <name>` then `npm run build -- <name>` yields an action the harness
 * runs. Done in a scratch copy of the scripts and the template (node_modules and packages
 * linked), so the repository's own actions/ never holds the example, even for a moment.
 */
let scratch: string;

function script(name: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(scratch, "scripts", name), ...args], {
    cwd: scratch,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "new-action-"));
  for (const entry of ["scripts", "action-templates", "schema", "package.json", "tsconfig.json", "README.md"]) {
    cpSync(path.join(repoRoot, entry), path.join(scratch, entry), { recursive: true });
  }
  mkdirSync(path.join(scratch, "actions"));
  cpSync(path.join(repoRoot, "actions", "tsconfig.json"), path.join(scratch, "actions", "tsconfig.json"));
  // The build makes the shared bundle (third-party code several actions load) before any action.
  cpSync(path.join(repoRoot, "actions", "_shared"), path.join(scratch, "actions", "_shared"), { recursive: true });
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(scratch, "node_modules"));
  symlinkSync(path.join(repoRoot, "packages"), path.join(scratch, "packages"));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("npm run new-action", () => {
  it("creates the action with its docs written, and the build bundles it for the harness", async () => {
    const created = script("new-action.ts", ["hello-e2e", "Says hello from the template."]);
    expect(created.output).toContain("created actions/hello-e2e");
    expect(created.status).toBe(0);
    const dir = path.join(scratch, "actions", "hello-e2e");
    for (const file of ["action.yml", "README.md", "src/main.ts", "src/run.ts", "src/constants.ts"]) {
      expect(readFileSync(path.join(dir, file), "utf8")).not.toMatch(/__NAME__|__DESCRIPTION__|\*\*NAME\*\*/);
    }
    expect(existsSync(path.join(dir, "test", "hello-e2e.test.ts"))).toBe(true);
    const readme = readFileSync(path.join(dir, "README.md"), "utf8");
    expect(readme).toMatch(/^# hello-e2e\n\nSays hello from the template\.\n/);
    expect(readme).toContain("| `greeting` | no | `world` | Who to greet. |");
    expect(readFileSync(path.join(scratch, "README.md"), "utf8")).toContain(
      "### [`hello-e2e`](actions/hello-e2e/README.md)",
    );
    expect(script("docs.ts", ["--check"]).status).toBe(0);

    const built = script("build.ts", ["hello-e2e"]);
    expect(built.output).toContain("built actions/hello-e2e/dist");
    const result = await runBundledAction("hello-e2e", {
      entry: path.join(dir, "dist", "index.js"),
      inputs: { greeting: "harness" },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.message).toBe("Hello, harness!");
    expect(result.summary).toContain("Hello, harness!");
    expect(script("check-dist.ts", ["hello-e2e"]).status).toBe(0);
  });

  it.each([
    ["a bad name", ["Hello_World"], /usage: npm run new-action/],
    ["an existing action", ["hello-e2e"], /actions\/hello-e2e exists already/],
  ])("refuses %s", (_name, args, message) => {
    const refused = script("new-action.ts", args);
    expect(refused.status).toBe(2);
    expect(refused.output).toMatch(message);
  });
});
