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
