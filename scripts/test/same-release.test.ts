import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { SUITE_CHECKOUT_PATH, SUITE_REPOSITORY } from "../action-metadata.ts";
import { repoRoot } from "../actions.ts";

/**
 * "A caller that pins the reusable workflow at a release runs the suite's actions of that
 * same release" (issue 15; README, "Same release, same actions"). GitHub resolves a remote
 * `uses: org/platform/actions/x@v1` when the job starts, to whatever v1 names then; so no
 * reusable workflow uses the suite's actions that way. Each job checks the suite out at
 * job.workflow_sha (the commit GitHub resolved the caller's `@ref` to) and uses the actions by
 * local path; nested workflows are called by local path, which GitHub takes from that same
 * commit.
 */
interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  steps?: Step[];
}
interface Workflow {
  on?: Record<string, unknown> | string;
  jobs?: Record<string, Job>;
}

const workflowsDir = path.join(repoRoot, ".github/workflows");
const read = (file: string) => parse(readFileSync(file, "utf8")) as Workflow;
const isReusable = (workflow: Workflow) =>
  typeof workflow.on === "object" && workflow.on !== null && "workflow_call" in workflow.on;
const reusable = readdirSync(workflowsDir)
  .filter((file) => file.endsWith(".yml") && isReusable(read(path.join(workflowsDir, file))))
  .sort();
const callers = readdirSync(path.join(repoRoot, "workflows"))
  .filter((file) => file.endsWith(".yml"))
  .sort();

const suiteAction = new RegExp(`^\\./${SUITE_CHECKOUT_PATH.replace(".", "\\.")}/actions/[a-z0-9-]+$`);

describe("same release, same actions", () => {
  it("covers the six reusable workflows and the four callers", () => {
    expect(reusable).toEqual(["build.yml", "drift.yml", "pipeline.yml", "pr.yml", "promote.yml", "release.yml"]);
    expect(callers).toEqual(["drift.yml", "pr.yml", "promote.yml", "release.yml"]);
  });

  it.each(reusable)(
    "%s uses the suite's actions only from its own commit's checkout, nested workflows by local path",
    (file) => {
      const workflow = read(path.join(workflowsDir, file));
      for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
        if (job.uses !== undefined) {
          expect({ job: name, uses: job.uses }).toEqual({
            job: name,
            uses: expect.stringMatching(/^\.\/\.github\/workflows\/[a-z-]+\.yml$/),
          });
          expect(existsSync(path.join(repoRoot, job.uses))).toBe(true);
          continue;
        }
        let suiteCheckedOut = false;
        for (const step of job.steps ?? []) {
          const uses = step.uses ?? "";
          expect(uses.startsWith(`${SUITE_REPOSITORY}/`)).toBe(false);
          if (/^actions\/checkout@/.test(uses) && step.with?.path === SUITE_CHECKOUT_PATH) {
            expect(step.with).toMatchObject({
              repository: "${{ job.workflow_repository }}",
              ref: "${{ job.workflow_sha }}",
              "persist-credentials": false,
            });
            suiteCheckedOut = true;
          }
          if (uses.startsWith("./")) {
            expect({ job: name, uses }).toEqual({ job: name, uses: expect.stringMatching(suiteAction) });
            // The checkout comes first: the action is the one at the workflow's commit.
            expect({ job: name, uses, suiteCheckedOut }).toEqual({ job: name, uses, suiteCheckedOut: true });
          }
        }
      }
    },
  );

  it.each(callers)("workflows/%s fits on a screen (40 lines) and says why it asks for each scope", (file) => {
    const text = readFileSync(path.join(repoRoot, "workflows", file), "utf8");
    expect(text.trimEnd().split("\n").length).toBeLessThanOrEqual(40);
    for (const line of text.split("\n").filter((l) => /^\s+[a-z-]+: (read|write)\b/.test(l)))
      expect({ line, explained: line.includes("#") }).toEqual({ line, explained: true });
  });

  it.each(callers)("workflows/%s calls the suite's reusable workflows at a release, nothing else", (file) => {
    const workflow = read(path.join(repoRoot, "workflows", file));
    for (const job of Object.values(workflow.jobs ?? {})) {
      const match = new RegExp(`^${SUITE_REPOSITORY}/\\.github/workflows/([a-z-]+\\.yml)@v\\d+(\\.\\d+){0,2}$`).exec(
        job.uses ?? "",
      );
      expect(match?.[1]).toBeDefined();
      expect(reusable).toContain(match?.[1]);
      expect(job.steps).toBeUndefined();
    }
  });
});
