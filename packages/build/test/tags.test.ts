import { describe, expect, it } from "@jest/globals";
import { isConfigurationError } from "@platform/action-kit";
import {
  branchFromEnvironment,
  defaultTagTemplates,
  renderTags,
  sanitizeBranch,
  type TagContext,
} from "../src/tags.ts";

const context: TagContext = {
  version: "v1.2.3",
  sha: "0123456789abcdef0123456789abcdef01234567",
  runNumber: "17",
  branch: "feature/Login_Page",
};

describe("renderTags", () => {
  it.each([
    ["{{version}}", "v1.2.3"],
    ["{{major}}", "1"],
    ["v{{major}}.{{minor}}", "v1.2"],
    ["{{major}}.{{minor}}.{{patch}}", "1.2.3"],
    ["{{sha}}", "0123456789abcdef0123456789abcdef01234567"],
    ["sha-{{sha7}}", "sha-0123456"],
    ["run-{{run_number}}", "run-17"],
    ["{{branch}}", "feature-Login_Page"],
    ["{{ branch }}-{{sha7}}", "feature-Login_Page-0123456"],
    ["latest", "latest"],
  ])("%s -> %s", (template, tag) => {
    expect(renderTags([template], context)).toEqual([tag]);
  });

  it("takes major, minor and patch from a pre-release", () => {
    expect(renderTags(["{{major}}-{{minor}}-{{patch}}"], { ...context, version: "2.0.1-rc.1" })).toEqual(["2-0-1"]);
  });

  it("collapses duplicates, keeping order", () => {
    expect(renderTags(["{{version}}", "sha-{{sha7}}", "v{{major}}.{{minor}}.{{patch}}"], context)).toEqual([
      "v1.2.3",
      "sha-0123456",
    ]);
  });

  it.each([
    ["{{version}}", { ...context, version: undefined }, /uses \{\{version\}\} but no version is given/],
    ["{{major}}", { ...context, version: "nightly" }, /is not semantic/],
    ["{{branch}}", { ...context, branch: undefined }, /not on a branch/],
    ["{{branch}}", { ...context, branch: "///" }, /not on a branch/],
    ["{{commit}}", context, /unknown placeholder \{\{commit\}\}/],
    ["{{version", context, /malformed placeholder/],
    ["{{version}}", { ...context, version: "1.2.3+build.5" }, /renders to "1.2.3\+build.5", which is not a valid tag/],
    ["-{{sha7}}", context, /not a valid tag/],
    ["a b", context, /not a valid tag/],
    [`{{sha}}${"x".repeat(100)}`, context, /not a valid tag/],
  ])("refuses %s in one line naming the input", (template, ctx, message) => {
    let error: unknown;
    try {
      renderTags([template], ctx as TagContext);
    } catch (caught) {
      error = caught;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(message);
    expect(String((error as Error).message)).toMatch(/^tags: /);
    expect(String((error as Error).message)).not.toContain("\n");
  });
});

describe("sanitizeBranch", () => {
  it.each([
    ["main", "main"],
    ["feature/x", "feature-x"],
    ["dependabot/npm_and_yarn/@types/node-24.1", "dependabot-npm_and_yarn-types-node-24.1"],
    ["-leading.dots", "leading.dots"],
    ["..x", "x"],
    ["trailing/", "trailing"],
    ["ünïcode", "n-code"],
    ["a".repeat(200), "a".repeat(128)],
  ])("%s -> %s", (branch, tag) => {
    expect(sanitizeBranch(branch)).toBe(tag);
  });
});

describe("branchFromEnvironment", () => {
  it("prefers the pull request's head branch", () => {
    expect(branchFromEnvironment({ GITHUB_HEAD_REF: "topic", GITHUB_REF: "refs/pull/3/merge" })).toBe("topic");
  });
  it("reads a pushed branch", () => {
    expect(branchFromEnvironment({ GITHUB_REF: "refs/heads/release/1.x" })).toBe("release/1.x");
  });
  it("has none for a tag", () => {
    expect(branchFromEnvironment({ GITHUB_REF: "refs/tags/v1.0.0" })).toBeUndefined();
  });
});

describe("defaultTagTemplates", () => {
  it("uses the version when one is given", () => {
    expect(defaultTagTemplates("v1.0.0")).toEqual(["{{version}}", "sha-{{sha7}}"]);
    expect(defaultTagTemplates(undefined)).toEqual(["sha-{{sha7}}"]);
  });
});
