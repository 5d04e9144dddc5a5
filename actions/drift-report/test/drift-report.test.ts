import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type GitHubFake, startGitHubFake } from "../../../test/fakes/github/index.ts";
import { type ActionResult, runBundledAction } from "../../../test/harness/run-action.ts";
import { requireTerraform, runTerraform, terraformEnv } from "../../../test/harness/terraform.ts";
import { editState, makeWorkspace, moveApp, writeVars } from "./workspaces.ts";

interface Report {
  workspaces: {
    path: string;
    status: string;
    fingerprint: string;
    resources: { address: string; action: string; kind: string; attributes?: string[]; previousAddress?: string }[];
    outputs: { name: string; action: string }[];
    errorLines?: number;
  }[];
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "drift-report-test-"));
const dataDir = path.join(tmp, "terraform-data");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function report(result: ActionResult): Report {
  return JSON.parse(result.outputs.report ?? "null") as Report;
}

function byPath(result: ActionResult): Map<string, Report["workspaces"][number]> {
  return new Map(report(result).workspaces.map((w) => [w.path, w]));
}

describe("drift-report (bundled) against the real terraform", () => {
  const root = path.join(tmp, "repo");
  let direct: ActionResult;

  beforeAll(async () => {
    requireTerraform();
    await makeWorkspace(root, "infra/clean", { dataDir });
    editState(await makeWorkspace(root, "infra/state-edited", { dataDir }), "app", "input", {
      value: "changed by hand",
      type: "string",
    });
    writeVars(await makeWorkspace(root, "infra/variable", { dataDir }), { input: "two" });
    writeVars(await makeWorkspace(root, "infra/replace", { dataDir }), { trigger: "t2" });
    writeVars(await makeWorkspace(root, "infra/delete", { dataDir }), { extra_count: 0 });
    moveApp(await makeWorkspace(root, "infra/moved", { dataDir }));
    const outputOnly = await makeWorkspace(root, "infra/output-only", { dataDir });
    writeFileSync(path.join(outputOnly, "outputs.tf"), 'output "region" {\n  value = "eu-west-1"\n}\n');
    await makeWorkspace(root, "infra/broken", { dataDir, fixture: "broken", apply: false });
    direct = await runBundledAction("drift-report", {
      workspace: root,
      env: terraformEnv(dataDir),
      inputs: { workspaces: "infra/*", issues: "none" },
    });
  });

  it("plans every workspace and reports each one's status", () => {
    expect(direct.errors).toEqual([]);
    expect(direct.exitCode).toBe(0);
    const statuses = Object.fromEntries(report(direct).workspaces.map((w) => [w.path, w.status]));
    expect(statuses).toEqual({
      "infra/broken": "failed",
      "infra/clean": "clean",
      "infra/delete": "drifted",
      "infra/moved": "drifted",
      "infra/output-only": "drifted",
      "infra/replace": "drifted",
      "infra/state-edited": "drifted",
      "infra/variable": "drifted",
    });
    expect(direct.outputs.drifted).toBe("6");
    expect(direct.outputs.failed).toBe("1");
    expect(direct.outputs.issues).toBe("[]");
  });

  it.each([
    ["infra/state-edited", [{ address: "terraform_data.app", action: "update", attributes: ["input", "output"] }]],
    ["infra/variable", [{ address: "terraform_data.app", action: "update", attributes: ["input", "output"] }]],
    [
      "infra/replace",
      [{ address: "terraform_data.rebuilt", action: "replace", attributes: ["id", "triggers_replace"] }],
    ],
    ["infra/delete", [{ address: "terraform_data.extra[0]", action: "delete" }]],
    ["infra/moved", [{ address: "terraform_data.application", action: "move", previousAddress: "terraform_data.app" }]],
    ["infra/output-only", []],
    ["infra/clean", []],
  ])("%s: resources and actions", (workspace, resources) => {
    const entry = byPath(direct).get(workspace);
    expect(entry?.resources).toEqual(resources.map((r) => ({ kind: "code", ...r })));
  });

  it("reports output-only changes", () => {
    expect(byPath(direct).get("infra/output-only")?.outputs).toEqual([{ name: "region", action: "create" }]);
  });

  it("counts the error lines of a workspace whose plan fails; the text (values) is in the log only", () => {
    const entry = byPath(direct).get("infra/broken");
    expect(entry?.errorLines).toBeGreaterThan(0);
    expect(JSON.stringify(entry)).not.toContain("Invalid multi-line string");
    expect(direct.outputs.report).not.toContain("Invalid multi-line string");
    expect(direct.log).toMatch(/::warning::infra\/broken: Error: /);
    expect(direct.log).toContain("infra/broken: the plan failed");
  });

  it("names every drifted item in the log, without values", () => {
    expect(direct.log).toContain("infra/replace: drifted (code and state differ: 1 replace)");
    expect(direct.log).toContain("  replace terraform_data.rebuilt");
    expect(direct.log).toContain("  move terraform_data.application (from terraform_data.app)");
    expect(direct.log).toContain("  create output.region");
    expect(direct.log).not.toContain("changed by hand");
  });

  it("writes one table of every workspace into the step summary", () => {
    const rows = direct.summary.split("\n").filter((line) => line.startsWith("| `infra/"));
    expect(rows).toHaveLength(8);
    expect(direct.summary).toContain("| `infra/replace` | ⚠️ drifted | - | 1 replace | 0 | - |");
    expect(direct.summary).toContain("| `infra/broken` | ❌ failed |");
  });

  it("trusts the plan's JSON, not its exit code", async () => {
    // The real terraform, with plan's exit codes 0 and 2 swapped: the statuses must not move.
    const liar = path.join(tmp, "lying-terraform");
    writeFileSync(
      liar,
      `#!/bin/sh\n${JSON.stringify(requireTerraform())} "$@"\ncode=$?\nif [ "$1" = plan ]; then\n  [ $code -eq 0 ] && exit 2\n  [ $code -eq 2 ] && exit 0\nfi\nexit $code\n`,
      { mode: 0o755 },
    );
    const result = await runBundledAction("drift-report", {
      workspace: root,
      env: terraformEnv(dataDir),
      inputs: { workspaces: "infra/clean\ninfra/variable", issues: "none", terraform: liar },
    });
    expect(result.errors).toEqual([]);
    expect(report(result).workspaces.map((w) => [w.path, w.status])).toEqual([
      ["infra/clean", "clean"],
      ["infra/variable", "drifted"],
    ]);
    expect(result.log).toContain(
      "infra/clean: terraform plan exited 2, but its JSON shows no drift; the JSON decides.",
    );
    expect(result.log).toContain(
      "infra/variable: terraform plan exited 0, but its JSON shows drift; the JSON decides.",
    );
    expect(direct.log).not.toContain("the JSON decides");
  });

  it("gives the same report from plan files of separate runs (fan-in)", async () => {
    const fanIn = path.join(tmp, "fan-in");
    for (const workspace of report(direct).workspaces.filter((w) => w.status !== "failed")) {
      const dir = path.join(root, workspace.path);
      const plan = path.join(tmp, `${workspace.path.replace(/\//g, "-")}.tfplan`);
      await runTerraform(dir, ["plan", "-lock=false", "-input=false", `-out=${plan}`], { dataDir });
      const { stdout } = await runTerraform(dir, ["show", "-json", plan], { dataDir });
      const target = path.join(fanIn, workspace.path);
      await makeWorkspace(fanIn, workspace.path, { dataDir, apply: false });
      writeFileSync(path.join(target, "tfplan.json"), stdout);
    }
    const result = await runBundledAction("drift-report", {
      workspace: fanIn,
      inputs: { plans: "infra/*/tfplan.json", issues: "none" },
    });
    expect(result.errors).toEqual([]);
    const planned = report(direct).workspaces.filter((w) => w.status !== "failed");
    expect(report(result).workspaces).toEqual(planned);
    expect(result.outputs.drifted).toBe(direct.outputs.drifted);
  });
});

describe("drift-report (bundled) refuses bad input with one line and touches nothing", () => {
  const root = path.join(tmp, "bad");
  let fake: GitHubFake;
  beforeAll(async () => {
    fake = await startGitHubFake();
    await fake.createRepository("octo-org/bad");
    await makeWorkspace(root, "infra/app", { dataDir, apply: false });
    // A drifted plan before a bad one: nothing may be opened for it either.
    writeFileSync(
      path.join(root, "infra/app/tfplan.json"),
      JSON.stringify({
        format_version: "1.2",
        resource_changes: [{ address: "terraform_data.x", change: { actions: ["create"] } }],
      }),
    );
    writeFileSync(path.join(root, "text.json"), "Terraform will perform the following actions:");
    writeFileSync(path.join(root, "state.json"), JSON.stringify({ format_version: "1.0", values: {} }));
    writeFileSync(path.join(root, "future.json"), JSON.stringify({ format_version: "2.0", resource_changes: [] }));
    writeFileSync(path.join(root, "array.json"), "[]");
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it.each([
    [{ workspaces: "infra/app", plans: "*.json" }, /Inputs "workspaces" and "plans": both are set/],
    [{}, /Inputs "workspaces" and "plans": neither is set/],
    [{ workspaces: "infra/nothing-*" }, /Input "workspaces": "infra\/nothing-\*" matches no Terraform directory/],
    [{ workspaces: "../outside" }, /Input "workspaces": "..\/outside" leads outside/],
    [{ plans: "missing/*.json" }, /Input "plans": "missing\/\*.json" matches no file/],
    [{ plans: "text.json" }, /Input "plans": text.json is not JSON/],
    [{ plans: "array.json" }, /Input "plans": array.json is not a Terraform plan JSON object/],
    [{ plans: "state.json" }, /Input "plans": state.json has no plan sections/],
    [{ plans: "future.json" }, /Input "plans": future.json has plan format_version "2.0", but only 1.x/],
    [{ workspaces: "infra/app", "plan-args": "-var 'x=1" }, /Input "plan-args": .* cannot be split/],
    [{ workspaces: "infra/app", issues: "some" }, /Input "issues": "some" is not a known value/],
    [{ workspaces: "infra/app", concurrency: "0" }, /Input "concurrency": "0" is not a whole number in range/],
    [{ workspaces: "infra/app", "max-new-issues": "-1" }, /Input "max-new-issues": "-1" is not a whole number/],
    [{ workspaces: "infra/app", "show-values": "maybe" }, /Input "show-values": "maybe"/],
    [{ workspaces: "infra/app", "github-token": "" }, /Input "github-token": "" is empty/],
    [{ plans: "infra/app/tfplan.json\nfuture.json" }, /Input "plans": future.json has plan format_version "2.0"/],
    [
      { workspaces: "infra/app", terraform: "/nonexistent/terraform" },
      /Input "terraform": "\/nonexistent\/terraform" could not be run/,
    ],
  ])("%j", async (inputs, message) => {
    const before = fake.requests.length;
    const result = await runBundledAction("drift-report", {
      workspace: root,
      env: { ...terraformEnv(dataDir), GITHUB_API_URL: fake.apiUrl, GITHUB_REPOSITORY: "octo-org/bad" },
      inputs: { "github-token": fake.token, ...inputs },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(fake.requests.length).toBe(before);
  });

  it("a repository that is not owner/name is one line too", async () => {
    const before = fake.requests.length;
    const result = await runBundledAction("drift-report", {
      workspace: root,
      env: { ...terraformEnv(dataDir), GITHUB_API_URL: fake.apiUrl, GITHUB_REPOSITORY: "no-slash" },
      inputs: { "github-token": fake.token, workspaces: "infra/app" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^GITHUB_REPOSITORY is "no-slash", not owner\/name/)]);
    expect(fake.requests.length).toBe(before);
  });
});
