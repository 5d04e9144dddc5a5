import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { isConfigurationError } from "@platform/action-kit";
import { loadReleaseFile, parseBranches, selectPluginOptions } from "../src/config.ts";

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "release-config-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe("parseBranches", () => {
  it("reads the default list", () => {
    expect(parseBranches("- main\n- name: next\n  prerelease: true\n")).toEqual([
      "main",
      { name: "next", prerelease: true },
    ]);
  });

  it("accepts one branch name", () => {
    expect(parseBranches("trunk")).toEqual(["trunk"]);
  });

  it.each(["- [main", "- {channel: x}", "[]"])("refuses %j with one line naming the input", (value) => {
    let error: unknown;
    try {
      parseBranches(value);
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/^branches: .*\n?$/);
    expect(String((error as Error).message)).not.toContain("\n");
  });
});

describe("loadReleaseFile", () => {
  it.each([
    [".releaserc", "branches: [trunk]\ntagFormat: 'r${version}'\n"],
    [".releaserc.json", '{"branches": ["trunk"], "tagFormat": "r${version}"}'],
    ["release.config.mjs", 'export default { branches: ["trunk"], tagFormat: "r${version}" };'],
    ["release.config.cjs", 'module.exports = { branches: ["trunk"], tagFormat: "r${version}" };'],
    ["package.json", '{"name": "x", "release": {"branches": ["trunk"], "tagFormat": "r${version}"}}'],
  ])("reads %s", async (name, content) => {
    const found = await loadReleaseFile(dirWith({ [name]: content }));
    expect(found?.filepath.endsWith(name)).toBe(true);
    expect(found?.config).toEqual({ branches: ["trunk"], tagFormat: "r${version}" });
  });

  it("is undefined without a file", async () => {
    expect(await loadReleaseFile(dirWith({}))).toBeUndefined();
  });

  it("fails with one line for a broken file", async () => {
    await expect(loadReleaseFile(dirWith({ ".releaserc.json": "{ nope" }))).rejects.toThrow(/cannot be read/);
  });
});

describe("selectPluginOptions", () => {
  it("keeps the bundled plugins' options and names the others", () => {
    const selection = selectPluginOptions({
      plugins: [
        ["@semantic-release/commit-analyzer", { releaseRules: [{ type: "docs", release: "patch" }] }],
        "@semantic-release/release-notes-generator",
        "@semantic-release/npm",
        ["@semantic-release/github", { assets: ["dist/*.tgz"] }],
        ["@semantic-release/git", { assets: ["CHANGELOG.md"] }],
      ],
    });
    expect(selection.options).toEqual({
      commitAnalyzer: { releaseRules: [{ type: "docs", release: "patch" }] },
      notesGenerator: {},
      github: { assets: ["dist/*.tgz"] },
    });
    expect(selection.ignored).toEqual(["@semantic-release/npm", "@semantic-release/git"]);
  });
});
