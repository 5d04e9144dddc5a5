import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inlineCode, type Logger } from "@platform/action-kit";
import {
  analysedWorkspace,
  analysePlan,
  countByAction,
  DRIFT_BODY_BUDGET,
  type DriftIssuePort,
  DriftIssueSync,
  type DriftSubject,
  driftItems,
  type Exec,
  failedWorkspace,
  findPlanFiles,
  findWorkspaces,
  mapLimit,
  parsePlanJson,
  renderSummaryTable,
  renderWorkspace,
  reportJson,
  reportWorkspace,
  runPlan,
  type SubjectOutcome,
  type WorkspaceResult,
} from "@platform/terraform";
import { Inputs, type IssueMode, Outputs } from "./constants.ts";

export interface RunInputs {
  workspaces: string[];
  plans: string[];
  terraform: string;
  init: boolean;
  planArgs: string[];
  concurrency: number;
  issues: IssueMode;
  labels: string[];
  maxNewIssues: number;
  showValues: boolean;
  failOnDrift: boolean;
  /** The repository checkout (GITHUB_WORKSPACE): paths are relative to it. */
  root: string;
  /** RUNNER_TEMP: plan files go there, never into the workspace (empty: the OS temp dir). */
  tempDir: string;
  runUrl?: string;
}

export interface RunDeps {
  logger: Logger;
  exec: Exec;
  /** The environment terraform runs with. */
  env: NodeJS.ProcessEnv;
  /** Registers a secret with the runner so no log line shows it. */
  mask: (secret: string) => void;
  /** Only needed when `issues` is not `none`. */
  issues?: DriftIssuePort;
}

export interface RunResult {
  /** The action's outputs, by name. */
  outputs: Record<string, string | number>;
  /** With fail-on-drift and something drifted or failed: the line the step fails with. */
  failure?: string;
  results: WorkspaceResult[];
  outcomes: SubjectOutcome[];
  drifted: number;
  failed: number;
  report: string;
  issueUrls: string[];
  summary: string;
}

async function planAll(inputs: RunInputs, deps: RunDeps): Promise<WorkspaceResult[]> {
  const paths = await findWorkspaces(Inputs.Workspaces, inputs.workspaces, inputs.root);
  deps.logger.info(`Planning ${paths.length} workspace(s), ${inputs.concurrency} at a time.`);
  return mapLimit(paths, inputs.concurrency, async (workspace) => {
    const run = await runPlan(path.join(inputs.root, workspace), workspace, {
      terraform: inputs.terraform,
      init: inputs.init,
      planArgs: inputs.planArgs,
      exec: deps.exec,
      env: deps.env,
      tempDir: inputs.tempDir || undefined,
      logger: deps.logger,
    });
    if (!run.ok) return failedWorkspace(workspace, run.errorLines);
    const plan = parsePlanJson(run.planJson, `The "terraform show -json" output of ${workspace}`);
    const result = analysedWorkspace(workspace, analysePlan(plan, { showValues: inputs.showValues }));
    if ((run.exitCode === 2) !== (result.status === "drifted")) {
      deps.logger.info(
        `${workspace}: terraform plan exited ${run.exitCode}, but its JSON shows ${result.status === "drifted" ? "drift" : "no drift"}; the JSON decides.`,
      );
    }
    return result;
  });
}

async function readPlans(inputs: RunInputs): Promise<WorkspaceResult[]> {
  const files = await findPlanFiles(Inputs.Plans, inputs.plans, inputs.root);
  const results: WorkspaceResult[] = [];
  for (const { file, workspace } of files) {
    const source = `Input "${Inputs.Plans}": ${path.relative(inputs.root, file)}`;
    const plan = parsePlanJson(await readFile(file, "utf8"), source);
    if (plan.errored) {
      results.push(failedWorkspace(workspace, ['The plan in this file errored ("errored": true).']));
      continue;
    }
    results.push(analysedWorkspace(workspace, analysePlan(plan, { showValues: inputs.showValues })));
  }
  return results;
}

function workspaceSubject(result: WorkspaceResult): DriftSubject {
  return {
    kind: "workspace",
    key: result.path,
    status: result.status,
    fingerprint: result.fingerprint,
    title: `Terraform drift in ${result.path}`,
    body: renderWorkspace(result, {
      budget: DRIFT_BODY_BUDGET,
      heading: `Terraform found drift in ${inlineCode(result.path)}.`,
    }),
    items: driftItems(result),
    errorTitle: `Terraform plan fails in ${result.path}`,
    errorBody:
      result.status === "failed"
        ? renderWorkspace(result, {
            budget: DRIFT_BODY_BUDGET,
            heading: `The drift check of ${inlineCode(result.path)} fails.`,
          })
        : undefined,
  };
}

/** One issue for all workspaces: open while any drifted or failed, closed when all are clean. */
function rollupSubject(results: WorkspaceResult[]): DriftSubject {
  const notClean = results.filter((result) => result.status !== "clean");
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(notClean.map((r) => [r.path, r.status, r.fingerprint])))
    .digest("hex")
    .slice(0, 32);
  const budget = Math.max(1_000, Math.floor(DRIFT_BODY_BUDGET / Math.max(1, notClean.length)));
  const sections = notClean.map((result) =>
    renderWorkspace(result, {
      budget,
      heading: `### ${inlineCode(result.path)}: ${result.status === "failed" ? "the plan fails" : "drifted"}\n`,
    }),
  );
  return {
    kind: "rollup",
    key: "all workspaces",
    status: notClean.length > 0 ? "drifted" : "clean",
    fingerprint,
    title: "Terraform drift",
    body: [`${renderSummaryTable(notClean)}\n`, ...sections].join("\n\n"),
    items: notClean.flatMap((result) =>
      result.status === "failed"
        ? [`${result.path}: the plan fails`]
        : driftItems(result).map((item) => `${result.path}: ${item}`),
    ),
  };
}

function describe(result: WorkspaceResult): string {
  if (result.status === "failed") return `${result.path}: the plan failed`;
  const analysis = result.analysis;
  if (!analysis || result.status === "clean") return `${result.path}: clean`;
  const parts = [
    analysis.drift.length > 0 ? `changed outside Terraform: ${countByAction(analysis.drift)}` : "",
    analysis.changes.length > 0 ? `code and state differ: ${countByAction(analysis.changes)}` : "",
    analysis.outputs.length > 0 ? `${analysis.outputs.length} output(s)` : "",
  ];
  return `${result.path}: drifted (${parts.filter(Boolean).join("; ")})`;
}

/**
 * Plans (or reads plans), then keeps the issues. Every plan is read before any issue is
 * touched, so a bad input or an unreadable plan changes nothing on GitHub.
 */
export async function run(inputs: RunInputs, deps: RunDeps): Promise<RunResult> {
  const results = inputs.plans.length > 0 ? await readPlans(inputs) : await planAll(inputs, deps);
  for (const result of results) {
    for (const secret of result.analysis?.secrets.maskable() ?? []) deps.mask(secret);
  }
  for (const result of results) {
    deps.logger.info(describe(result));
    // Every item, even those an issue body has no room for: names and actions only.
    for (const item of driftItems(result)) deps.logger.info(`  ${item}`);
  }
  for (const result of results.filter((r) => r.status === "failed")) {
    deps.logger.warning(`${result.path}: ${(result.errorLines ?? []).slice(0, 5).join(" | ")}`);
  }

  let outcomes: SubjectOutcome[] = [];
  if (inputs.issues !== "none") {
    if (!deps.issues) throw new Error("run: issues are enabled but no GitHub port was given");
    const sync = new DriftIssueSync(deps.issues, {
      labels: inputs.labels,
      maxNewIssues: inputs.maxNewIssues,
      logger: deps.logger,
      runUrl: inputs.runUrl,
    });
    const subjects = inputs.issues === "rollup" ? [rollupSubject(results)] : results.map(workspaceSubject);
    outcomes = await sync.syncAll(subjects);
  }

  const listed = new Set(["opened", "updated", "unchanged", "reopened", "closed"]);
  const issueUrls = outcomes.flatMap((outcome) =>
    [outcome.drift, outcome.error, ...outcome.duplicates].flatMap((o) =>
      listed.has(o.action) && o.url ? [o.url] : [],
    ),
  );
  const links = new Map<string, string>();
  for (const outcome of outcomes) {
    const shown = [outcome.error, outcome.drift].find((o) => listed.has(o.action) && o.action !== "closed" && o.url);
    if (shown?.url) {
      if (inputs.issues === "rollup") for (const r of results) if (r.status !== "clean") links.set(r.path, shown.url);
      links.set(outcome.key, shown.url);
    }
  }
  const capped = outcomes.filter((o) => o.drift.action === "capped" || o.error.action === "capped").length;
  const summary = [
    "### Terraform drift",
    "",
    renderSummaryTable(results, links),
    capped > 0 ? `\n${capped} issue(s) not opened: max-new-issues (${inputs.maxNewIssues}) reached.` : "",
  ].join("\n");
  const drifted = results.filter((r) => r.status === "drifted").length;
  const failed = results.filter((r) => r.status === "failed").length;
  const report = reportJson(results.map(reportWorkspace));
  return {
    outputs: {
      [Outputs.Drifted]: drifted,
      [Outputs.Failed]: failed,
      [Outputs.Report]: report,
      [Outputs.Issues]: JSON.stringify(issueUrls),
    },
    ...(inputs.failOnDrift && drifted + failed > 0
      ? {
          failure: `${drifted} workspace(s) drifted and ${failed} failed to plan; failing because fail-on-drift is true.`,
        }
      : {}),
    results,
    outcomes,
    drifted,
    failed,
    report,
    issueUrls,
    summary,
  };
}
