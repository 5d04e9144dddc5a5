import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type GitHubFake, startGitHubFake } from "../../../test/fakes/github/index.ts";
import { type ActionResult, runBundledAction } from "../../../test/harness/run-action.ts";
import { requireTerraform, terraformEnv } from "../../../test/harness/terraform.ts";
import { editState, makeWorkspace, writeVars } from "./workspaces.ts";

let REPOSITORY = "octo-org/app-0";
const tmp = mkdtempSync(path.join(os.tmpdir(), "drift-report-issues-"));
const dataDir = path.join(tmp, "terraform-data");
let fake: GitHubFake;
let repoCount = 0;

beforeAll(async () => {
  requireTerraform();
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** A fresh checkout and GitHub repository per test, so issue numbers and counts start afresh. */
async function freshRepo(): Promise<string> {
  repoCount++;
  REPOSITORY = `octo-org/app-${repoCount}`;
  await fake.createRepository(REPOSITORY);
  return path.join(tmp, `repo-${repoCount}`);
}

function driftReport(root: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runBundledAction("drift-report", {
    workspace: root,
    env: { ...terraformEnv(dataDir), GITHUB_API_URL: fake.apiUrl, GITHUB_REPOSITORY: REPOSITORY },
    inputs: { "github-token": fake.token, ...inputs },
  });
}

/** A GraphQL query (not a mutation) is a read, though POSTed. */
function isGraphQLQuery(r: { path: string; body?: unknown }): boolean {
  const query = typeof r.body === "object" && r.body !== null && "query" in r.body ? r.body.query : undefined;
  return r.path === "/graphql" && typeof query === "string" && !/^\s*mutation\b/.test(query);
}

/** Requests that change something on GitHub: what a notification could come from. */
function writes(from: number): string[] {
  return fake.requests
    .slice(from)
    .filter((r) => r.method !== "GET" && !isGraphQLQuery(r))
    .map((r) => `${r.method} ${r.path.replace(/\?.*$/, "")}`);
}

const issues = () => fake.repository(REPOSITORY).issues;
const commentsOf = (n: number) =>
  fake.repository(REPOSITORY).comments.filter((c) => c.issue_url.endsWith(`/issues/${n}`));
const labelsOf = (n: number) => (issues().find((i) => i.number === n)?.labels ?? []).map((l) => l.name);

describe("drift-report (bundled) keeps one honest issue per workspace", () => {
  it("four mornings: opens, stays silent, closes, reopens the same issue", async () => {
    const root = await freshRepo();
    const dir = await makeWorkspace(root, "infra/app", { dataDir });
    const inputs = { workspaces: "infra/*" };
    const clean = editState(dir, "app", "input", { value: "changed by hand", type: "string" });

    const monday = await driftReport(root, inputs);
    expect(monday.errors).toEqual([]);
    expect(issues()).toHaveLength(1);
    const issue = issues()[0];
    expect(issue?.state).toBe("open");
    expect(issue?.title).toBe("Terraform drift in infra/app");
    expect(issue?.body).toContain("<!-- drift-report:workspace=infra/app -->");
    expect(issue?.body).toContain("| `terraform_data.app` | update | `input`, `output` |");
    expect(labelsOf(1)).toEqual(["drift"]);
    expect(JSON.parse(monday.outputs.issues ?? "[]")).toEqual([issue?.html_url]);
    expect(monday.summary).toContain(`[issue](${issue?.html_url})`);

    const before = fake.requests.length;
    const tuesday = await driftReport(root, inputs);
    expect(tuesday.errors).toEqual([]);
    expect(writes(before)).toEqual([]);
    expect(commentsOf(1)).toHaveLength(0);
    expect(JSON.parse(tuesday.outputs.issues ?? "[]")).toEqual([issue?.html_url]);

    writeFileSync(path.join(dir, "terraform.tfstate"), clean);
    const wednesday = await driftReport(root, inputs);
    expect(wednesday.outputs.drifted).toBe("0");
    expect(issues()[0]?.state).toBe("closed");
    expect(issues()[0]?.state_reason).toBe("completed");
    expect(labelsOf(1)).toEqual(["drift", "drift-resolved"]);
    expect(commentsOf(1).map((c) => c.body)).toEqual([expect.stringContaining("No drift in `infra/app` any more")]);

    editState(dir, "app", "input", { value: "changed by hand", type: "string" });
    const thursday = await driftReport(root, inputs);
    expect(thursday.outputs.drifted).toBe("1");
    expect(issues()).toHaveLength(1);
    expect(issues()[0]?.state).toBe("open");
    expect(labelsOf(1)).toEqual(["drift"]);
    expect(commentsOf(1)).toHaveLength(2);
  });

  it("a GitHub that keeps answering 502 fails the step in one line after the retries, with no stack", async () => {
    const root = await freshRepo();
    const dir = await makeWorkspace(root, "infra/app", { dataDir });
    writeVars(dir, { input: "two" });
    // Octokit's retry plugin makes 3 retries: 4 answers of 502 use the fault up.
    fake.failNext(/^POST \/repos\/octo-org\/app-\d+\/issues$/, 502, 4, { message: "Server Error" });
    const before = fake.requests.length;

    const result = await driftReport(root, { workspaces: "infra/app" });

    expect(result.exitCode).not.toBe(0);
    expect(fake.requests.slice(before).filter((r) => r.method === "POST" && r.status === 502)).toHaveLength(4);
    expect(result.errors).toEqual([
      "GitHub kept failing: POST /repos/{owner}/{repo}/issues answered HTTP 502 (Server Error - https://docs.github.com/rest) after the retries; try again later, or check GitHub's status.",
    ]);
    expect(result.log).not.toMatch(/^\s+at /m);
    expect(issues()).toEqual([]);
  });

  it("a label removed by hand (or a changed labels input) loses no issue: the same one is updated and relabelled", async () => {
    const root = await freshRepo();
    const dir = await makeWorkspace(root, "infra/app", { dataDir });
    writeVars(dir, { input: "two" });
    await driftReport(root, { workspaces: "infra/app" });
    expect(labelsOf(1)).toEqual(["drift"]);
    const issue = issues()[0];
    if (!issue) throw new Error("no issue opened");
    issue.labels = [];

    writeVars(dir, { input: "two", extra_count: 0 });
    let before = fake.requests.length;
    const changed = await driftReport(root, { workspaces: "infra/app" });
    expect(changed.errors).toEqual([]);
    expect(issues()).toHaveLength(1);
    expect(writes(before)).toEqual([
      `POST /repos/${REPOSITORY}/issues/1/labels`,
      `PATCH /repos/${REPOSITORY}/issues/1`,
      `POST /repos/${REPOSITORY}/issues/1/comments`,
    ]);
    expect(labelsOf(1)).toEqual(["drift"]);
    expect(issues()[0]?.body).toContain("terraform_data.extra[0]");
    expect(changed.log).toContain("Issue #1 lacked the label(s) drift; put back.");
    expect(JSON.parse(changed.outputs.issues ?? "[]")).toEqual([issue.html_url]);

    before = fake.requests.length;
    const relabelled = await driftReport(root, { workspaces: "infra/app", labels: "terraform-drift" });
    expect(relabelled.errors).toEqual([]);
    expect(issues()).toHaveLength(1);
    expect(labelsOf(1)).toEqual(["drift", "terraform-drift"]);
    expect(writes(before)).toEqual([`POST /repos/${REPOSITORY}/labels`, `POST /repos/${REPOSITORY}/issues/1/labels`]);

    // Found by its labels again: the same drift sends nothing.
    before = fake.requests.length;
    await driftReport(root, { workspaces: "infra/app" });
    expect(writes(before)).toEqual([]);
  });

  it("duplicate issues for one workspace (a race): the oldest is kept, the others closed as its duplicates", async () => {
    const root = await freshRepo();
    writeVars(await makeWorkspace(root, "infra/app", { dataDir }), { input: "two" });
    await driftReport(root, { workspaces: "infra/app" });
    const first = issues()[0];
    if (!first) throw new Error("no issue opened");
    const second = fake.repository(REPOSITORY).createIssue({
      title: first.title,
      body: first.body,
      labels: ["drift"],
      user: first.user,
    });
    const before = fake.requests.length;
    const result = await driftReport(root, { workspaces: "infra/app" });
    expect(result.errors).toEqual([]);
    expect(writes(before)).toEqual([
      `POST /repos/${REPOSITORY}/issues/2/comments`,
      `PATCH /repos/${REPOSITORY}/issues/2`,
    ]);
    expect(issues().map((i) => [i.number, i.state, i.state_reason])).toEqual([
      [1, "open", null],
      [2, "closed", "duplicate"],
    ]);
    expect(commentsOf(2).map((c) => c.body)).toEqual([expect.stringContaining("Duplicate of #1")]);
    expect(commentsOf(1)).toHaveLength(0);
    expect(JSON.parse(result.outputs.issues ?? "[]")).toEqual([first.html_url, second.html_url]);
    expect(result.summary).toContain(`[issue](${first.html_url})`);
  });

  it("different drift edits the body once and adds one comment saying what changed", async () => {
    const root = await freshRepo();
    const dir = await makeWorkspace(root, "infra/app", { dataDir });
    writeVars(dir, { input: "two" });
    await driftReport(root, { workspaces: "infra/app" });
    const before = fake.requests.length;
    writeVars(dir, { input: "two", extra_count: 0 });
    const result = await driftReport(root, { workspaces: "infra/app" });
    expect(result.errors).toEqual([]);
    expect(writes(before)).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/1`,
      `POST /repos/${REPOSITORY}/issues/1/comments`,
    ]);
    expect(issues()[0]?.body).toContain("terraform_data.extra[0]");
    expect(commentsOf(1)[0]?.body).toContain("**New:**\n- `delete terraform_data.extra[0]`");
  });

  it("a failing plan gets its own drift-error issue and leaves the drift issue alone", async () => {
    const root = await freshRepo();
    const dir = await makeWorkspace(root, "infra/app", { dataDir });
    writeVars(dir, { input: "two" });
    await driftReport(root, { workspaces: "infra/app" });
    writeFileSync(path.join(dir, "broken.tf"), 'resource "terraform_data" "x" {\n  input = "unterminated\n}\n');
    const failed = await driftReport(root, { workspaces: "infra/app" });
    expect(failed.outputs.failed).toBe("1");
    expect(issues().map((i) => [i.number, i.state, i.title])).toEqual([
      [1, "open", "Terraform drift in infra/app"],
      [2, "open", "Terraform plan fails in infra/app"],
    ]);
    expect(labelsOf(2)).toEqual(["drift", "drift-error"]);
    expect(issues()[1]?.body).toContain("Invalid multi-line string");
    expect(commentsOf(1)).toHaveLength(0);

    rmSync(path.join(dir, "broken.tf"));
    await driftReport(root, { workspaces: "infra/app" });
    expect(issues().map((i) => [i.number, i.state])).toEqual([
      [1, "open"],
      [2, "closed"],
    ]);
  });

  it("opens no more than max-new-issues; creates missing labels", async () => {
    const root = await freshRepo();
    for (const name of ["a", "b", "c"])
      writeVars(await makeWorkspace(root, `infra/${name}`, { dataDir }), { input: "x" });
    const result = await driftReport(root, { workspaces: "infra/*", "max-new-issues": "2", labels: "drift, infra" });
    expect(result.errors).toEqual([]);
    expect(issues().map((i) => i.title)).toEqual(["Terraform drift in infra/a", "Terraform drift in infra/b"]);
    expect(result.summary).toContain("1 issue(s) not opened: max-new-issues (2) reached.");
    expect(result.log).toContain("Not opening an issue for drift in infra/c");
    expect(
      fake
        .repository(REPOSITORY)
        .labels.map((l) => l.name)
        .sort(),
    ).toEqual(["drift", "infra"]);
    expect(
      fake.requests.filter((r) => r.method === "POST" && r.path.startsWith(`/repos/${REPOSITORY}/labels`)),
    ).toHaveLength(2);
  });

  it("rollup: one issue listing every drifted workspace, closed when all are clean", async () => {
    const root = await freshRepo();
    const a = await makeWorkspace(root, "infra/a", { dataDir });
    const b = await makeWorkspace(root, "infra/b", { dataDir });
    writeVars(a, { input: "x" });
    writeVars(b, { trigger: "t9" });
    const c = await makeWorkspace(root, "infra/c", { dataDir });
    writeFileSync(path.join(c, "broken.tf"), 'resource "terraform_data" "x" {\n  input = "unterminated\n}\n');
    const result = await driftReport(root, { workspaces: "infra/*", issues: "rollup" });
    expect(result.errors).toEqual([]);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]?.body).toContain("<!-- drift-report:rollup -->");
    expect(issues()[0]?.body).toContain("### `infra/a`: drifted");
    expect(issues()[0]?.body).toContain("### `infra/b`: drifted");
    expect(issues()[0]?.body).toContain("### `infra/c`: the plan fails");
    expect(issues()[0]?.body).toContain("Invalid multi-line string");
    expect(JSON.parse(result.outputs.issues ?? "[]")).toEqual([issues()[0]?.html_url]);
    rmSync(path.join(c, "broken.tf"));
    const stillDrifted = await driftReport(root, { workspaces: "infra/*", issues: "rollup" });
    expect(stillDrifted.errors).toEqual([]);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]?.body).not.toContain("infra/c");
    expect(commentsOf(1).map((c) => c.body)).toEqual([
      expect.stringContaining("**No longer drifted:**\n- `infra/c: the plan fails`"),
    ]);
    rmSync(path.join(a, "terraform.tfvars"));
    rmSync(path.join(b, "terraform.tfvars"));
    await driftReport(root, { workspaces: "infra/*", issues: "rollup" });
    expect(issues()[0]?.state).toBe("closed");
  });

  it("a report too big for an issue: the body stays under 65,536 characters and counts the rest", async () => {
    const root = await freshRepo();
    const count = 3_000;
    const changes = Array.from({ length: count }, (_, i) => ({
      address: `aws_instance.a_fairly_long_server_name_${String(i).padStart(5, "0")}`,
      change: {
        actions: i % 2 ? ["update"] : ["delete"],
        before: { id: `i-${i}`, instance_type: "t3.medium" },
        after: i % 2 ? { id: `i-${i}`, instance_type: "m5.large" } : null,
      },
    }));
    mkdirSync(path.join(root, "infra/big"), { recursive: true });
    writeFileSync(
      path.join(root, "infra/big/tfplan.json"),
      JSON.stringify({ format_version: "1.2", resource_changes: changes }),
    );
    const result = await driftReport(root, { plans: "infra/big/tfplan.json" });
    expect(result.errors).toEqual([]);
    const body = issues()[0]?.body ?? "";
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain("| `aws_instance.a_fairly_long_server_name_00001` | update | `instance_type` |");
    const rest = /…and (\d+) resources \((\d+) update · (\d+) delete\) more, not listed/.exec(body);
    expect(rest).not.toBeNull();
    const listed = body.split("\n").filter((line) => line.startsWith("| `aws_instance.")).length;
    expect(listed + Number(rest?.[1])).toBe(count);
    expect(Number(rest?.[2]) + Number(rest?.[3])).toBe(Number(rest?.[1]));
    // The log and the report output still name every resource.
    expect(result.log).toContain("  update aws_instance.a_fairly_long_server_name_02999");
    expect(JSON.parse(result.outputs.report ?? "{}").workspaces[0].resources).toHaveLength(count);
  });

  it("issues: none touches nothing on GitHub", async () => {
    const root = await freshRepo();
    writeVars(await makeWorkspace(root, "infra/app", { dataDir }), { input: "x" });
    const before = fake.requests.length;
    const result = await driftReport(root, { workspaces: "infra/app", issues: "none" });
    expect(result.outputs.drifted).toBe("1");
    expect(fake.requests.length).toBe(before);
  });

  it("fail-on-drift fails the step after the issues are kept", async () => {
    const root = await freshRepo();
    writeVars(await makeWorkspace(root, "infra/app", { dataDir }), { input: "x" });
    const result = await driftReport(root, { workspaces: "infra/app", "fail-on-drift": "true" });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      "1 workspace(s) drifted and 0 failed to plan; failing because fail-on-drift is true.",
    ]);
    expect(issues()).toHaveLength(1);
    expect(result.outputs.drifted).toBe("1");
  });
});

describe("drift-report (bundled) never shows a sensitive value", () => {
  it.each(["false", "true"])("show-values: %s", async (showValues) => {
    const root = await freshRepo();
    const dir = await makeWorkspace(root, "infra/app", { dataDir });
    writeVars(dir, { secret: "rotated-secret-value", input: "two" });
    const first = await driftReport(root, { workspaces: "infra/app", "show-values": showValues });
    // Drift changes (new secret), so the issue is edited and commented too.
    writeVars(dir, { secret: "rotated-again-secret", input: "three", extra_count: 0 });
    const second = await driftReport(root, { workspaces: "infra/app", "show-values": showValues });
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    expect(issues()).toHaveLength(1);
    expect(commentsOf(1)).toHaveLength(1);
    const body = issues()[0]?.body ?? "";
    expect(body).toContain("terraform_data.credentials");
    if (showValues === "true") {
      expect(body).toContain("`input`: `(sensitive)` → `(sensitive)`");
      expect(body).toContain('`input`: `"one"` → `"three"`');
    }
    const texts = [
      body,
      ...commentsOf(1).map((c) => c.body),
      // Everything the action sent to GitHub, not only what ended up stored.
      JSON.stringify(fake.requests.map((r) => r.body ?? null)),
      ...[first, second].flatMap((r) => [
        r.summary,
        r.log.replace(/^::add-mask::.*$/gm, ""),
        JSON.stringify(r.outputs),
      ]),
    ].join("\n");
    for (const secret of ["initial-secret-value", "rotated-secret-value", "rotated-again-secret"]) {
      expect(texts).not.toContain(secret);
    }
    // The runner is told to mask them in any later log line.
    expect(second.masked).toEqual(expect.arrayContaining(["rotated-again-secret", "user:rotated-again-secret"]));
  });
});

describe("drift-report (bundled) never shows a sensitive value from a failed plan", () => {
  it("Terraform prints a sensitive variable's value when its validation fails: it goes nowhere", async () => {
    const root = await freshRepo();
    const dir = await makeWorkspace(root, "infra/app", { dataDir, apply: false });
    writeFileSync(
      path.join(dir, "validation.tf"),
      'variable "token" {\n  type      = string\n  sensitive = true\n  default   = "leaky-token-value-42"\n  validation {\n    condition     = length(var.token) < 5\n    error_message = "The token is too long."\n  }\n}\n',
    );
    const result = await driftReport(root, { workspaces: "infra/app", "show-values": "true" });
    expect(result.errors).toEqual([]);
    expect(result.outputs.failed).toBe("1");
    const body = issues()[0]?.body ?? "";
    expect(issues()[0]?.title).toBe("Terraform plan fails in infra/app");
    expect(body).toContain("Invalid value for variable");
    expect(body).toContain("var.token is (value not shown)");
    const texts = [
      body,
      JSON.stringify(fake.requests.map((r) => r.body ?? null)),
      result.summary,
      result.log,
      JSON.stringify(result.outputs),
    ].join("\n");
    expect(texts).not.toContain("leaky-token-value-42");
  });
});

describe("drift-report (bundled) bad input touches no issue", () => {
  it.each([
    [{ workspaces: "infra/nothing-*" }, /matches no Terraform directory/],
    [{ workspaces: "infra/app", plans: "x.json" }, /both are set/],
  ])("%j", async (inputs, message) => {
    const root = await freshRepo();
    await makeWorkspace(root, "infra/app", { dataDir, apply: false });
    const before = fake.requests.length;
    const result = await driftReport(root, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(message)]);
    expect(fake.requests.length).toBe(before);
  });
});
