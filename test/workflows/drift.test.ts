import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SUITE_DIR } from "../../packages/rehearsal/src/index.ts";
import { type FileMap, writeFileMap } from "../sandbox/fixtures/files.ts";
import { applyWorkspaces, DRIFTED_WORKSPACE, driftWorkspace, infraFiles } from "../sandbox/fixtures/infra.ts";
import { callerTemplate, DRIFT_ROLE, E2E_TIMEOUT, REGION, startWorld, type World } from "./world.ts";

/*
 * workflows/drift.yml as acme/infra runs it every night (issue 15, "Tests"): real Terraform
 * plans of three workspaces whose state lives outside the repository, one of them changed by
 * hand; the first night opens one issue, the next night says nothing. And the token: a job
 * stripped of one permission fails in the rehearsal as it would on GitHub.
 */

let world: World;
let scratch: string;

/** acme/infra-like repository: Terraform workspaces applied once (state under `stateDir`), and the drift caller. */
async function infrastructure(name: string, withs: Record<string, string | boolean> = {}) {
  const stateDir = path.join(scratch, name, "state");
  const files: FileMap = {
    ...infraFiles(stateDir),
    ".github/workflows/drift.yml": callerTemplate("drift", {
      workspaces: "workspaces/*",
      "aws-role": DRIFT_ROLE,
      "aws-region": REGION,
      ...withs,
    }),
  };
  const applied = path.join(scratch, name, "applied");
  writeFileMap(applied, files);
  await applyWorkspaces(applied, path.join(scratch, name, "terraform-data"));
  const app = await world.createApp(`acme/${name}`, files);
  return { app, stateDir };
}

beforeAll(async () => {
  world = await startWorld();
  scratch = mkdtempSync(path.join(os.tmpdir(), "workflows-drift-"));
}, 300_000);

afterAll(async () => {
  await world?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const drifted = (title: string): boolean => title.includes(DRIFTED_WORKSPACE);

describe("the nightly drift run (workflows/drift.yml)", () => {
  it(
    "the first night opens one issue for the drifted workspace; the next night is silent",
    async () => {
      const { app, stateDir } = await infrastructure("infra");
      driftWorkspace(stateDir);
      const first = await app.run("drift", { event: "schedule" });
      expect({ conclusion: first.result.conclusion, errors: first.log.errors() }).toEqual({
        conclusion: "success",
        errors: "",
      });
      expect(first.result.jobs.drift?.outputs).toMatchObject({ drifted: "1", failed: "0" });
      const issues = app.fake.issues.filter((issue) => issue.pull_request === undefined);
      expect(issues.map((issue) => [drifted(issue.title), issue.state, issue.labels.map((l) => l.name)])).toEqual([
        [true, "open", ["drift"]],
      ]);
      // The job's OIDC token (id-token: write) is the default branch's, which the read-only role trusts.
      const claims = first.services.oidcJobs.find((job) => job.job === "drift / report")?.claims;
      expect(claims?.ref).toBe("refs/heads/main");

      const counters = { ...app.fake.counters };
      const second = await app.run("drift", { event: "schedule" });
      expect(second.result.conclusion).toBe("success");
      expect(second.result.jobs.drift?.outputs).toMatchObject({ drifted: "1" });
      expect(app.fake.counters).toEqual(counters);
    },
    E2E_TIMEOUT,
  );

  it(
    "fan-out: one matrix job per workspace, then one report over their plans, the same one issue",
    async () => {
      const { app, stateDir } = await infrastructure("infra-large", { "fan-out": true });
      driftWorkspace(stateDir);
      const run = await app.run("drift", { event: "workflow_dispatch" });
      expect({ conclusion: run.result.conclusion, errors: run.log.errors() }).toEqual({
        conclusion: "success",
        errors: "",
      });
      expect(
        Object.keys(run.result.jobs)
          .filter((key) => key.startsWith("drift / plan ("))
          .sort(),
      ).toEqual([
        "drift / plan (workspaces/dev)",
        "drift / plan (workspaces/production)",
        "drift / plan (workspaces/staging)",
      ]);
      expect(run.result.jobs.drift?.outputs).toMatchObject({ drifted: "1", failed: "0" });
      const issues = app.fake.issues.filter((issue) => issue.pull_request === undefined);
      expect(issues.map((issue) => drifted(issue.title))).toEqual([true]);
    },
    E2E_TIMEOUT,
  );
});

describe("a job stripped of one permission", () => {
  it(
    "a caller that does not grant issues: write: GitHub's refusal before any job runs",
    async () => {
      const { app } = await infrastructure("infra-caller");
      const caller = readFileSync(path.join(app.dir, ".github/workflows/drift.yml"), "utf8").replace(
        /^\s+issues: write.*\n/m,
        "",
      );
      await app.commit({ ".github/workflows/drift.yml": caller }, "ci: the drift caller without issues: write");
      await expect(app.run("drift", { event: "schedule" })).rejects.toThrow(
        "The nested job 'report' is requesting 'issues: write', but is only allowed 'issues: none'.",
      );
      expect(app.fake.issues).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    "a reusable job that forgets issues: write gets GitHub's 403 from the issues API: one line naming the permission, nothing written",
    async () => {
      // The suite as it would be with that mistake in drift.yml's report job.
      const suiteDir = path.join(scratch, "suite-without-issues-write");
      for (const dir of ["actions", ".github/workflows"]) {
        cpSync(path.join(SUITE_DIR, dir), path.join(suiteDir, dir), {
          recursive: true,
          filter: (source) => !source.includes(`${path.sep}node_modules`) && !source.includes(`${path.sep}test`),
        });
      }
      const drift = path.join(suiteDir, ".github/workflows/drift.yml");
      const text = readFileSync(drift, "utf8");
      const stripped = text.replace("      issues: write # opens, updates and closes the drift issues\n", "");
      expect(stripped).not.toBe(text);
      writeFileSync(drift, stripped);
      const stripWorld = await startWorld({ suite: { name: "platform", dir: suiteDir } });
      const previous = world;
      world = stripWorld;
      try {
        const { app, stateDir } = await infrastructure("infra-stripped");
        driftWorkspace(stateDir);
        const run = await app.run("drift", { event: "schedule" });
        expect(run.result.conclusion).toBe("failure");
        expect(run.result.jobs["drift / report"]?.conclusion).toBe("failure");
        expect(run.log.errors()).toBe(
          'drift / report: Input "github-token": GitHub refused the token on the issues of acme/infra-stripped (HTTP 403 Resource not accessible by integration); give the job permissions: issues: write.',
        );
        expect(run.services.minted.find((m) => m.job === "drift / report")?.permissions).toEqual({
          contents: "read",
          "id-token": "write",
          metadata: "read",
        });
        expect(app.fake.issues).toEqual([]);
        expect(
          stripWorld.github.requests.filter((r) => r.path.endsWith("/issues")).map((r) => [r.method, r.status]),
        ).toEqual([["GET", 403]]);
      } finally {
        world = previous;
        await stripWorld.stop();
      }
    },
    E2E_TIMEOUT,
  );
});
