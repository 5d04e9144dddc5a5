import { describe, expect, it } from "@jest/globals";
import { commitsByType, commitType, releaseSummary } from "../src/summary.ts";

describe("summary", () => {
  it.each([
    ["feat: add x", "feat"],
    ["fix(api): y", "fix"],
    ["feat!: drop node 18", "breaking"],
    ["refactor(core)!: z", "breaking"],
    ["feat: x\n\nBREAKING CHANGE: the config moved", "breaking"],
    ["Merge branch 'main'", "other"],
    ["DOCS: readme", "docs"],
  ])("types %j as %s", (message, type) => {
    expect(commitType(message)).toBe(type);
  });

  it("groups commits with breaking changes first", () => {
    const groups = commitsByType([
      { hash: "a", message: "chore: a" },
      { hash: "b", message: "fix: b" },
      { hash: "c", message: "feat!: c" },
      { hash: "d", message: "fix: d" },
    ]);
    expect(groups.map((g) => [g.type, g.commits.map((c) => c.hash)])).toEqual([
      ["breaking", ["c"]],
      ["fix", ["b", "d"]],
      ["chore", ["a"]],
    ]);
  });

  const base = {
    released: true,
    dryRun: false,
    previousTag: "v1.0.0",
    nextTag: "v1.1.0",
    branch: "main",
    commits: [{ hash: "0123456789", message: "feat: thing" }],
    notes: "## 1.1.0\n\n* thing",
    floatingTags: ["v1"],
    defaultTokenInUse: true,
    tokenInput: "github-token",
    completed: [],
  };

  it("shows previous and next version, commits by type, notes and the default-token note", () => {
    const summary = releaseSummary(base);
    // Tags, branch and commit subjects come from git: inline code, nothing in them is live Markdown.
    expect(summary).toContain("| `v1.0.0` | `v1.1.0` |");
    expect(summary).toContain("| feat | 1 | 0123456 `feat: thing` |");
    expect(summary).toContain("* thing");
    expect(summary).toContain("`v1`");
    expect(summary).toContain("does not start other workflows");
    expect(summary).toContain("or pass a GitHub App token as `github-token`.");
  });

  it("leaves the token note out for another token and for no release", () => {
    expect(releaseSummary({ ...base, defaultTokenInUse: false })).not.toContain("GITHUB_TOKEN");
    const none = releaseSummary({ ...base, released: false, nextTag: "", notes: "", floatingTags: [] });
    expect(none).toContain("No release");
    expect(none).not.toContain("GITHUB_TOKEN");
  });
});

describe("summary with hostile git text", () => {
  it("keeps a commit subject's mention, link and image inside code", () => {
    const summary = releaseSummary({
      released: true,
      dryRun: false,
      previousTag: "v1.0.0",
      nextTag: "v1.1.0",
      branch: "main",
      commits: [{ hash: "0123456789", message: "feat: x` @org/team [a](https://evil.example) <img src=x>" }],
      notes: "",
      floatingTags: [],
      defaultTokenInUse: false,
      tokenInput: "github-token",
      completed: [],
    });
    expect(summary).toContain("0123456 ``feat: x` @org/team [a](https://evil.example) <img src=x>``");
  });
});
