import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { repoRoot } from "../actions.ts";
import { calledWorkflowText } from "../workflow-files.ts";
import { checkWorkflowPolicy } from "../workflow-policy.ts";

const sha = "d23441a48e516b6c34aea4fa41551a30e30af803";
const checkout = `      - uses: actions/checkout@${sha} # v6.1.0\n        with:\n          persist-credentials: false\n`;

/** A workflow with one job `a`; each piece can be swapped for a bad one. */
function workflow({
  on = "push",
  top = "permissions:\n  contents: read\n",
  extra = "",
  job = "    permissions:\n      contents: read # checks out the code\n",
  steps = `${checkout}      - run: echo "$X"\n        env:\n          X: \${{ github.ref }}\n`,
}: {
  on?: string;
  top?: string;
  extra?: string;
  job?: string;
  steps?: string;
} = {}): string {
  return `name: x\non: ${on}\n${top}${extra}jobs:\n  a:\n    runs-on: ubuntu-latest\n${job}    steps:\n${steps}`;
}

const messages = (text: string, calledWorkflow?: (uses: string) => string | undefined) =>
  checkWorkflowPolicy(text, calledWorkflow ? { calledWorkflow } : {})
    .map((problem) => problem.message)
    .join("\n");

describe("checkWorkflowPolicy", () => {
  it("accepts a pinned, read-only workflow whose job says what it writes and why", () => {
    const text = workflow({
      job: "    permissions:\n      contents: write # pushes the release tag\n",
    });
    expect(checkWorkflowPolicy(text)).toEqual([]);
  });

  it("accepts a deploy job with an environment, a concurrency that queues and an OIDC action", () => {
    const text = workflow({
      job: [
        "    environment: production",
        "    concurrency:",
        "      group: deploy-production",
        "      cancel-in-progress: false",
        "      queue: max",
        "    permissions:",
        "      # the environment's OIDC token, which the registry role trusts",
        "      id-token: write",
        "",
      ].join("\n"),
      steps: `${checkout}      - uses: ./.platform/actions/promote\n        with:\n          environment: production\n`,
    });
    expect(checkWorkflowPolicy(text)).toEqual([]);
  });

  it.each([
    ["missing top-level permissions", workflow({ top: "" }), "top-level `permissions` is missing"],
    ["write at the top level", workflow({ top: "permissions:\n  contents: write\n" }), "must be read-only"],
    ["write-all at the top level", workflow({ top: "permissions: write-all\n" }), "must be read-only"],
    ["a job without permissions", workflow({ job: "" }), "does not state its `permissions`"],
    [
      "a write scope without a comment",
      workflow({ job: "    permissions:\n      contents: write\n" }),
      "`contents: write` needs a comment saying why",
    ],
    [
      "id-token: write on a job that uses no OIDC",
      workflow({ job: "    permissions:\n      id-token: write # just in case\n" }),
      "asks for `id-token: write` but uses no OIDC token",
    ],
    [
      "an unpinned third-party uses",
      workflow({ steps: "      - uses: actions/checkout@v5\n" }),
      "not pinned to a full commit SHA",
    ],
    [
      "a pin without a version comment",
      workflow({
        steps: `      - uses: actions/checkout@${sha}\n        with:\n          persist-credentials: false\n`,
      }),
      "needs a version comment",
    ],
    [
      "the suite at a branch",
      workflow({ steps: "      - uses: org/platform/actions/release@main\n" }),
      "used at a release tag",
    ],
    [
      "an expression in run",
      workflow({ steps: "      - run: echo ${{ github.head_ref }}\n" }),
      "inside run: is injectable",
    ],
    [
      "secrets: inherit",
      "name: x\non: push\npermissions: {}\njobs:\n  a:\n    permissions: {}\n    uses: ./.github/workflows/b.yml\n    secrets: inherit\n",
      "secrets: inherit",
    ],
    [
      "sudo around npm",
      workflow({ steps: "      - run: sudo --preserve-env=PATH npm test\n" }),
      "sudo runs npm/npx/node as root",
    ],
    ["npm ci with install scripts", workflow({ steps: "      - run: |\n          npm ci\n" }), "add --ignore-scripts"],
    [
      "npm install with install scripts",
      workflow({ steps: "      - run: npm install --no-audit\n" }),
      "add --ignore-scripts",
    ],
    ["pull_request_target", workflow({ on: "pull_request_target" }), "`pull_request_target` runs with write access"],
    [
      "pull_request_target among other triggers",
      workflow({ on: "\n  push:\n  pull_request_target:\n    types: [opened]" }),
      "`pull_request_target` runs with write access",
    ],
    [
      "a checkout that keeps its credentials",
      workflow({ steps: `      - uses: actions/checkout@${sha} # v6.1.0\n` }),
      "set `persist-credentials: false`",
    ],
    [
      "a checkout with persist-credentials true",
      workflow({
        steps: `      - uses: actions/checkout@${sha} # v6.1.0\n        with:\n          persist-credentials: true\n`,
      }),
      "set `persist-credentials: false`",
    ],
    [
      "a deploy job (environment) without concurrency",
      workflow({ job: "    environment: production\n    permissions: {}\n" }),
      "deploy job `a` has no `concurrency`",
    ],
    [
      "a GitOps write without concurrency",
      workflow({
        steps: `${checkout}      - uses: ./.platform/actions/update-overlay\n        with:\n          overlay: apps/x\n`,
      }),
      "deploy job `a` has no `concurrency`",
    ],
    [
      "a deploy job whose concurrency keeps only one waiting",
      workflow({
        job: "    environment: production\n    concurrency:\n      group: deploy\n      cancel-in-progress: false\n    permissions: {}\n",
      }),
      "without `queue: max` a third deploy waiting cancels the second",
    ],
    [
      "a deploy job with a concurrency group only",
      workflow({ job: "    environment: production\n    concurrency: deploy\n    permissions: {}\n" }),
      "without `queue: max`",
    ],
    [
      "a deploy job whose concurrency cancels",
      workflow({
        job: "    environment: production\n    concurrency:\n      group: deploy\n      cancel-in-progress: true\n    permissions: {}\n",
      }),
      "cancels a deploy half-way",
    ],
    [
      "a workflow_call input in camelCase",
      workflow({ on: "\n  workflow_call:\n    inputs:\n      dryRun:\n        type: boolean\n        description: x" }),
      "input `dryRun` is not kebab-case",
    ],
    [
      "a workflow_call input without a type",
      workflow({ on: "\n  workflow_call:\n    inputs:\n      dry-run:\n        description: x" }),
      "input `dry-run` has no `type`",
    ],
    [
      "a workflow_dispatch input without a description",
      workflow({ on: "\n  workflow_dispatch:\n    inputs:\n      reason:\n        type: string" }),
      "input `reason` has no `description`",
    ],
  ])("flags %s", (_name, text, message) => {
    expect(messages(text)).toContain(message);
  });

  it("accepts typed, described, kebab-case inputs", () => {
    const on = "\n  workflow_call:\n    inputs:\n      dry-run:\n        type: boolean\n        description: x";
    expect(messages(workflow({ on }))).toBe("");
  });

  it("needs no concurrency for a dry run of promote", () => {
    const text = workflow({
      steps: `${checkout}      - uses: ./.platform/actions/promote\n        with:\n          environment: production\n          dry-run: true\n`,
    });
    expect(messages(text)).not.toContain("concurrency");
  });

  it("keeps a pushing checkout when a comment says it pushes", () => {
    const text = workflow({
      steps: `      # the job pushes the generated docs with these credentials\n      - uses: actions/checkout@${sha} # v6.1.0\n`,
    });
    expect(messages(text)).toBe("");
  });

  it("lets a job calling a workflow ask for id-token: write only when a called job does", () => {
    const caller =
      "name: x\non: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      id-token: write # the called build pushes with OIDC\n    uses: ./.github/workflows/b.yml\n";
    expect(messages(caller, () => "jobs:\n  b:\n    permissions:\n      id-token: write # ECR\n")).toBe("");
    expect(messages(caller, () => "jobs:\n  b:\n    permissions:\n      contents: read # checkout\n")).toContain(
      "uses no OIDC token",
    );
  });

  const folders = [".github/workflows", "workflows"];
  const files = folders.flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((file) => file.endsWith(".yml"))
      .map((file) => path.join(folder, file)),
  );

  it.each(files)("%s keeps every rule", (file) => {
    const text = readFileSync(path.join(repoRoot, file), "utf8");
    expect(checkWorkflowPolicy(text, { calledWorkflow: (uses) => calledWorkflowText(repoRoot, uses) })).toEqual([]);
  });
});

describe("the suite's own CI workflow", () => {
  it("installs Debian packages apart, npm without install scripts, and tests as the runner user", () => {
    const text = readFileSync(path.join(repoRoot, ".github/workflows/ci.yml"), "utf8");
    expect(checkWorkflowPolicy(text)).toEqual([]);
    expect(text).toMatch(/- name: Test\n\s+run: npm test\n/);
    expect(text).toMatch(/actions\/checkout@[0-9a-f]{40} # v7\./);
    expect(text).toMatch(/actions\/setup-node@[0-9a-f]{40} # v7\./);
  });
});
