import { describe, expect, it } from "@jest/globals";
import { checkWorkflowPolicy } from "../workflow-policy.ts";

const sha = "11bd71901bbe5b1630ceea73d27597364c9af683";

function workflow(body: string, permissions = "permissions:\n  contents: read\n"): string {
  return `name: x\non: push\n${permissions}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${body}`;
}

describe("checkWorkflowPolicy", () => {
  it("accepts a pinned, read-only workflow", () => {
    const text = workflow(
      `      - uses: actions/checkout@${sha} # v4.2.2\n      - run: echo "$X"\n        env:\n          X: \${{ github.ref }}\n`,
    );
    expect(checkWorkflowPolicy(text)).toEqual([]);
  });

  it.each([
    ["an unpinned uses", workflow("      - uses: actions/checkout@v4\n"), "not pinned to a full commit SHA"],
    ["a pin without version comment", workflow(`      - uses: actions/checkout@${sha}\n`), "needs a version comment"],
    ["an expression in run", workflow("      - run: echo ${{ github.head_ref }}\n"), "inside run: is injectable"],
    ["missing permissions", workflow("      - run: echo hi\n", ""), "top-level `permissions` is missing"],
    ["write at top level", workflow("      - run: echo hi\n", "permissions:\n  contents: write\n"), "read-only"],
    ["sudo around npm", workflow("      - run: sudo --preserve-env=PATH npm test\n"), "sudo runs npm/npx/node as root"],
    ["npm ci with install scripts", workflow("      - run: |\n          npm ci\n"), "add --ignore-scripts"],
    ["npm install with install scripts", workflow("      - run: npm install --no-audit\n"), "add --ignore-scripts"],
    [
      "secrets: inherit",
      "name: x\non: push\npermissions: {}\njobs:\n  a:\n    uses: ./.github/workflows/b.yml\n    secrets: inherit\n",
      "secrets: inherit",
    ],
  ])("flags %s", (_name, text, message) => {
    const problems = checkWorkflowPolicy(text);
    expect(problems.map((p) => p.message).join("\n")).toContain(message);
  });
});

describe("the suite's own CI workflow", () => {
  it("installs Debian packages apart, npm without install scripts, and tests as the runner user", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../.github/workflows/ci.yml", import.meta.url), "utf8");
    expect(checkWorkflowPolicy(text)).toEqual([]);
    expect(text).toMatch(/- name: Test\n\s+run: npm test\n/);
    expect(text).toMatch(/actions\/checkout@[0-9a-f]{40} # v7\./);
    expect(text).toMatch(/actions\/setup-node@[0-9a-f]{40} # v7\./);
  });
});
