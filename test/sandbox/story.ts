import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import type { JsonObject } from "../../packages/rehearsal/src/index.ts";
import { git } from "../harness/git.ts";
import { inspectRaw } from "../harness/skopeo.ts";
import { readApprovals, readDriftIssues, readEnvironments, readRelease } from "./collect.ts";
import { mergePullRequest, type OpenedPullRequest, openPullRequest, reviewDeployment } from "./developer.ts";
import { PRODUCTION_VALUES } from "./fixtures/gitops.ts";
import { helloFixChanges, PRODUCTION_PASSWORD_SECRET, pipelineFiles } from "./fixtures/hello-app.ts";
import { drawnJobs, type FinishedJob } from "./graph.ts";
import { botToken, type CallerRole, type Pipeline, type RehearsalEvent, type RehearsalOptions } from "./pipeline.ts";
import { formatSeconds } from "./report/html.ts";
import type { ReportJob, SandboxReport } from "./report/model.ts";
import type { World } from "./world.ts";

/*
 * The story a scenario plays, as data (steps), and the runner that plays it through the
 * pipeline's rehearsal, printing progress and recording each job for the report.
 */

export type ScenarioName = "happy" | "faults" | "race";
export const SCENARIOS: Record<ScenarioName, { description: string; faultProxies: boolean }> = {
  happy: {
    description: "pull request to a reviewed production release, a fix, a refused and a real rollback, drift",
    faultProxies: false,
  },
  faults: { description: "the happy story with the registries and GitHub behind the fault proxy", faultProxies: true },
  race: {
    description:
      "two promotions to production at once (1.0.1, and 1.0.0 as a hotfix): both land, in order, no lost commit",
    faultProxies: false,
  },
};

/** What steps share while the story plays. */
export interface StoryContext {
  world: World;
  pulls: OpenedPullRequest[];
  /** The digest each environment pinned at each version (`production@1.0.0`), for rollbacks and checks. */
  seen: Map<string, string>;
}

export interface WorkflowStep {
  kind: "workflow";
  /** The band in the report, e.g. "pull request #1". */
  run: string;
  caller: CallerRole;
  /** The repository whose checkout the run is for. */
  repository: "app" | "infra";
  event: RehearsalOptions["event"];
  /** main, or the head of the latest pull request. */
  ref: "main" | "pull";
  inputs?: (context: StoryContext) => Record<string, string>;
  /** A job that waits for production's reviewer gets this decision through the API. */
  review?: { decision: "approved" | "rejected"; comment: string };
  /** The story expects this run to be refused: a job fails with an error matching this. */
  refusal?: RegExp;
  /** Faults armed before the run (faults scenario). */
  arm?: (world: World) => void;
}

export interface ActionStep {
  kind: "action";
  title: string;
  /** Resolves with what it found to show (a string), or anything else to show nothing. */
  act(context: StoryContext): Promise<unknown>;
}

export interface ParallelStep {
  kind: "parallel";
  steps: WorkflowStep[];
}

export type StoryStep = WorkflowStep | ActionStep | ParallelStep;

const promote = (run: string, inputs: (context: StoryContext) => Record<string, string>): WorkflowStep => ({
  kind: "workflow",
  run,
  caller: "promote",
  repository: "app",
  event: "workflow_dispatch",
  ref: "main",
  inputs,
});

/** The digest an environment pinned at a version earlier in the story; the story stops if it never did. */
function seenDigest(context: StoryContext, key: string): string {
  const digest = context.seen.get(key);
  if (!digest) throw new Error(`the story has not seen ${key} pinned yet`);
  return digest;
}

export function storyOf(scenario: ScenarioName): StoryStep[] {
  const adopt: ActionStep = {
    kind: "action",
    title: "dana opens pull request #1: feat: ship hello through the platform",
    act: async (context) => {
      const changes = pipelineFiles(context.world.targets);
      context.pulls.push(
        await openPullRequest(context.world, {
          branch: "adopt-platform",
          title: "feat: ship hello through the platform",
          changes,
        }),
      );
    },
  };
  const fix: ActionStep = {
    kind: "action",
    title: "dana opens pull request #2: fix: end the greeting with a newline",
    act: async (context) => {
      const changes = await helloFixChanges();
      context.pulls.push(
        await openPullRequest(context.world, {
          branch: "fix-newline",
          title: "fix: end the greeting with a newline",
          changes,
        }),
      );
    },
  };
  const merge = (number: number): ActionStep => ({
    kind: "action",
    title: `dana merges pull request #${number}`,
    act: async (context) => {
      await mergePullRequest(context.world, number);
    },
  });
  const checks = (number: number): WorkflowStep => ({
    kind: "workflow",
    run: `pull request #${number}`,
    caller: "pr",
    repository: "app",
    event: "pull_request",
    ref: "pull",
  });
  const release = (run: string): WorkflowStep => ({
    kind: "workflow",
    run,
    caller: "release",
    repository: "app",
    event: "push",
    ref: "main",
  });
  const toProduction = promote("promote production", () => ({
    environment: "production",
    reason: "first release of hello",
  }));
  toProduction.review = { decision: "approved", comment: "plan checked: one image, the digest staging runs" };
  const fixToProduction = promote("promote production (fix)", () => ({
    environment: "production",
    reason: "ship the newline fix",
  }));
  fixToProduction.review = { decision: "approved", comment: "plan checked: 1.0.1 from staging" };
  // The form's required field would stop an empty reason; a blank one gets through to promote's own gate.
  const refusedRollback = promote("rollback, no reason", (context) => ({
    environment: "production",
    digest: seenDigest(context, "production@1.0.0"),
    reason: "",
  }));
  refusedRollback.refusal = /requires a reason/;
  const rollback = promote("rollback", (context) => ({
    environment: "production",
    digest: seenDigest(context, "production@1.0.0"),
    reason: "the newline breaks a client",
  }));
  rollback.review = { decision: "approved", comment: "rollback to 1.0.0 approved" };
  const drift: ActionStep = {
    kind: "action",
    title: "somebody changes production's DNS TTL by hand (drift)",
    act: async (context) => void context.world.drift(),
  };
  const nightly: WorkflowStep = {
    kind: "workflow",
    run: "nightly drift",
    caller: "drift",
    repository: "infra",
    event: "schedule",
    ref: "main",
  };

  const happy: StoryStep[] = [
    adopt,
    checks(1),
    merge(1),
    release("push main"),
    toProduction,
    fix,
    checks(2),
    merge(2),
    release("push main (fix)"),
    fixToProduction,
    refusedRollback,
    rollback,
    drift,
    nightly,
  ];
  if (scenario === "happy") return happy;
  if (scenario === "faults") {
    // One fault of each kind where it hurts most: the run must end as the happy one does, each
    // environment holding the digest it pins, or stop cleanly naming the job and step.
    const releaseStep = happy[3] as WorkflowStep;
    releaseStep.arm = (world) => {
      world.proxies?.devRegistry.inject({ kind: "status", status: 503, match: /^PUT .*\/manifests\//, times: 1 });
      world.proxies?.github.inject({ kind: "status", status: 502, match: /^POST .*\/releases$/, times: 1 });
    };
    toProduction.arm = (world) => {
      world.proxies?.devRegistry.inject({
        kind: "reset-mid-body",
        afterBytes: 4096,
        match: /^GET .*\/blobs\//,
        times: 1,
      });
      world.proxies?.productionRegistry.inject({
        kind: "status",
        status: 429,
        retryAfterSeconds: 1,
        match: /^PUT .*\/manifests\//,
        times: 1,
      });
    };
    const survived: ActionStep = {
      kind: "action",
      title: "check: every fault fired, and each environment's registry holds the digest it pins",
      act: async (context) => checkFaultsSurvived(context, { devRegistry: 2, github: 1, productionRegistry: 1 }),
    };
    return [...happy, survived];
  }
  // Both dispatched at once, both approved: the promotions to production queue in one
  // concurrency group (none cancels the other) and land one after the other in acme/gitops.
  const raceA = promote("promote production A", () => ({ environment: "production", reason: "race A: 1.0.1" }));
  raceA.review = { decision: "approved", comment: "race A approved" };
  const raceB = promote("promote production B", (context) => ({
    environment: "production",
    digest: seenDigest(context, "staging@1.0.0"),
    reason: "race B: 1.0.0 as a hotfix",
  }));
  raceB.review = { decision: "approved", comment: "race B approved" };
  const bothLanded: ActionStep = {
    kind: "action",
    title: "check: both promotions landed in acme/gitops, one after the other, the later one pinned",
    act: async (context) => checkBothLanded(context, ["race A: 1.0.1", "race B: 1.0.0 as a hotfix"]),
  };
  return [
    adopt,
    checks(1),
    merge(1),
    release("push main"),
    fix,
    merge(2),
    release("push main (fix)"),
    { kind: "parallel", steps: [raceA, raceB] },
    bothLanded,
  ];
}

/**
 * The faults scenario's outcome: each proxy fired the faults armed on it, and each
 * environment's registry serves the digest it pins (skopeo reads the manifest; its SHA-256 is
 * the digest, so the bytes are the ones built).
 */
async function checkFaultsSurvived(
  context: StoryContext,
  armed: Record<"devRegistry" | "github" | "productionRegistry", number>,
): Promise<string> {
  const { world } = context;
  const seen: string[] = [];
  for (const [name, count] of Object.entries(armed) as [keyof typeof armed, number][]) {
    const stats = world.proxies?.[name].stats;
    const fired = Object.values(stats?.fired ?? {}).reduce((sum, n) => sum + n, 0);
    if (fired < count) throw new Error(`${count} fault(s) were armed on the ${name} proxy, ${fired} fired`);
    seen.push(...(stats?.log ?? []).filter((line) => line.includes("[")).map((line) => `${name}: ${line}`));
  }
  const hosts: Record<string, string> = {
    dev: world.devRegistry.host,
    staging: world.devRegistry.host,
    production: world.productionRegistry.host,
  };
  for (const [name, environment] of Object.entries(await readEnvironments(world))) {
    const raw = await inspectRaw(`docker://${hosts[name]}/hello@${environment.digest}`);
    const digest = `sha256:${createHash("sha256").update(raw).digest("hex")}`;
    if (digest !== environment.digest) {
      throw new Error(`${name}: ${hosts[name]}/hello serves ${digest} for the pinned ${environment.digest}`);
    }
  }
  return `faults fired and survived:\n${seen.map((line) => `    ${line}`).join("\n")}`;
}

/**
 * The race's outcome, read from acme/gitops: one production commit per reason, and production
 * pins the digest of the one that landed last (nothing lost, nothing overwritten out of order).
 */
async function checkBothLanded(context: StoryContext, reasons: string[]): Promise<void> {
  const gitops = context.world.repositories.gitops;
  const log = await git(gitops.bareDir, ["log", "--reverse", "--format=%H%x00%B%x01", "main", "--", PRODUCTION_VALUES]);
  const landed = log
    .split("\x01")
    .map((entry) => entry.trim().split("\0"))
    .filter(([, body]) => body?.includes("Environment: production"))
    .map(([commit = "", body = ""]) => ({
      commit,
      reason: /^Reason: (.*)$/m.exec(body)?.[1] ?? "",
      digest: /^Image: [^=]+=[^@]+@(\S+)$/m.exec(body)?.[1] ?? "",
    }));
  const order = landed.map((entry) => entry.reason);
  for (const reason of reasons) {
    if (!order.includes(reason))
      throw new Error(`no production commit with Reason: ${reason} (found: ${order.join("; ")})`);
  }
  const last = landed.at(-1);
  const pinned = (await readEnvironments(context.world)).production?.digest;
  if (!last || pinned !== last.digest) {
    throw new Error(`production pins ${pinned}, but the last promotion (${last?.reason}) landed ${last?.digest}`);
  }
}

/** A step or job that failed when the story did not expect it: names the run, the job and the step. */
export class StoryFailure extends Error {
  readonly run: string;
  readonly job?: string;
  readonly step?: string;
  constructor(run: string, job: string | undefined, step: string | undefined, why: string) {
    super(`${[run, job, step].filter(Boolean).join(" / ")}: ${why}`);
    this.run = run;
    if (job !== undefined) this.job = job;
    if (step !== undefined) this.step = step;
  }
}

export interface Progress {
  /** One progress line (the command prefixes the time since it started). */
  line(text: string): void;
  verbose: boolean;
  /** Aborts the story between steps and is handed to the rehearsal. */
  signal?: AbortSignal;
}

/** The secrets each caller is given, as acme/hello's and acme/infra's repository secrets. */
function secretsFor(
  role: CallerRole,
  world: World,
  tokens: { gitopsWriter: string; gitopsReader: string },
): Record<string, string> {
  if (role === "release") return { GITOPS_TOKEN: tokens.gitopsWriter, GITOPS_READ_TOKEN: tokens.gitopsReader };
  if (role === "promote") {
    return {
      GITOPS_TOKEN: tokens.gitopsWriter,
      GITOPS_READ_TOKEN: tokens.gitopsReader,
      [PRODUCTION_PASSWORD_SECRET]: world.productionRegistry.password,
    };
  }
  return {};
}

/** What one run saw, for the report and for naming a failure. */
class RunRecord {
  readonly planned = new Map<string, string[]>();
  readonly finished = new Map<string, FinishedJob>();
  readonly outputs = new Map<string, Record<string, string>>();
  /** The first failed step of each job, and the job's error lines. */
  readonly failedStep = new Map<string, string>();
  readonly errors = new Map<string, string[]>();

  hear(event: RehearsalEvent): void {
    if (event.type === "job-planned") this.planned.set(event.job, event.needs);
    else if (event.type === "job-finished") {
      this.finished.set(event.job, { conclusion: event.conclusion, seconds: event.seconds });
      if (event.outputs) this.outputs.set(event.job, event.outputs);
    } else if (event.type === "step-finished" && event.conclusion === "failure" && !this.failedStep.has(event.job)) {
      this.failedStep.set(event.job, event.step);
    } else if (event.type === "log" && event.error) {
      this.errors.set(event.job, [...(this.errors.get(event.job) ?? []), event.line.replace(/^error: /, "")]);
    }
  }

  /** The drawn jobs that failed, first first. */
  failures(): string[] {
    return drawnJobs(this.planned, this.finished)
      .filter((job) => job.conclusion === "failure")
      .map((job) => job.name);
  }
}

/** Plays a scenario; resolves with the report read back from the world, or throws a StoryFailure. */
export async function playStory(
  world: World,
  pipeline: Pipeline,
  scenario: ScenarioName,
  progress: Progress,
): Promise<SandboxReport> {
  const started = Date.now();
  const context: StoryContext = { world, pulls: [], seen: new Map() };
  const tokens = {
    gitopsWriter: botToken(world, "acme-gitops-bot"),
    gitopsReader: botToken(world, "acme-gitops-reader", true),
  };
  const jobs: ReportJob[] = [];
  const runs = new Map<number, { name: string; actor: string; reason?: string }>();
  const say = (text: string): void => progress.line(text);

  const playWorkflow = async (step: WorkflowStep): Promise<void> => {
    step.arm?.(world);
    const repository = step.repository === "app" ? world.repositories.app : world.repositories.infra;
    const pull = step.ref === "pull" ? context.pulls.at(-1) : undefined;
    if (step.ref === "pull" && !pull) throw new StoryFailure(step.run, undefined, undefined, "no pull request is open");
    const ref = pull ? `refs/pull/${pull.number}/merge` : "refs/heads/main";
    const sha = pull ? pull.headSha : ((await repository.branchHead("main")) ?? "");
    const checkout = mkdtempSync(path.join(world.workdir, "checkouts-"));
    await git(world.workdir, ["clone", "--quiet", "--no-checkout", repository.bareDir, checkout]);
    await git(checkout, ["checkout", "--quiet", sha]);
    const record = new RunRecord();
    let inputs: Record<string, string>;
    try {
      inputs = step.inputs?.(context) ?? {};
    } catch (error) {
      throw new StoryFailure(step.run, undefined, undefined, messageOf(error));
    }
    const shown = Object.entries(inputs)
      .map(([name, value]) => `${name}=${value.startsWith("sha256:") ? value.slice(0, 19) : JSON.stringify(value)}`)
      .join(" ");
    say(`▶ ${step.run}: ${pipeline.callers[step.caller]} on ${step.event}${shown ? ` (${shown})` : ""}`);
    const onEvent = (event: RehearsalEvent): void => {
      record.hear(event);
      if (event.type === "job-started") say(`  ▶ ${event.job}`);
      else if (event.type === "step-started") say(`    ▷ ${event.job} › ${event.step}`);
      else if (event.type === "step-finished") {
        if (event.conclusion === "skipped") return;
        say(`    ${mark(event.conclusion)} ${event.job} › ${event.step} (${formatSeconds(event.seconds)})`);
      } else if (event.type === "job-finished") {
        if (event.conclusion === "skipped") return;
        say(`  ${mark(event.conclusion)} ${event.job} (${formatSeconds(event.seconds)})`);
        // The promotion's plan, what the reviewer approves: shown before the review.
        const plan = event.outputs?.plan;
        if (plan && event.job.endsWith(" / plan")) for (const line of planLines(plan)) say(`      ${line}`);
      } else if (event.type === "waiting-for-review") {
        say(`  ⏸ ${event.job} waits for ${event.reviewers.join(", ")} (environment ${event.environment})`);
        const review = step.review;
        if (review) {
          void reviewDeployment(world, event.runId, event.environment, review.decision, review.comment).then(
            () => say(`  ${world.reviewer.login} ${review.decision}: ${review.comment}`),
            (error: unknown) => say(`  the review failed: ${messageOf(error)}`),
          );
        } else {
          say(`  nobody reviews it in this story: the run waits (Ctrl-C stops it)`);
        }
      } else if (event.type === "log") {
        if (progress.verbose || event.error) say(`      ${event.job} | ${event.line}`);
      }
    };
    try {
      const result = await pipeline.rehearse(path.join(checkout, pipeline.callers[step.caller]), {
        event: step.event,
        ...(pull ? { payload: pullRequestPayload(repository.fullName, pull, ref) } : {}),
        inputs,
        secrets: secretsFor(step.caller, world, tokens),
        repo: checkout,
        repository: repository.fullName,
        ref,
        sha,
        actor: world.developer.login,
        onEvent,
        ...(progress.signal ? { signal: progress.signal } : {}),
      });
      runs.set(result.runId, {
        name: step.run,
        actor: world.developer.login,
        ...(inputs.reason ? { reason: inputs.reason } : {}),
      });
      const failed = record.failures();
      const refusedWith = failed.flatMap((job) => record.errors.get(job) ?? []).find((e) => step.refusal?.test(e));
      for (const job of drawnJobs(record.planned, record.finished)) {
        const expected = step.refusal !== undefined && job.conclusion === "failure" && refusedWith !== undefined;
        jobs.push({
          run: step.run,
          ...job,
          ...(expected ? { expected: true, note: `refused: ${oneLine(refusedWith, 120)}` } : {}),
        });
      }
      const first = failed[0];
      const why = (job: string | undefined): string =>
        oneLine((job && record.errors.get(job)?.at(-1)) || `the run ended ${result.conclusion}`, 400);
      if (step.refusal) {
        if (refusedWith === undefined) {
          throw new StoryFailure(
            step.run,
            first,
            first ? record.failedStep.get(first) : undefined,
            result.conclusion === "success"
              ? "the story expected a refusal, but the run succeeded"
              : `the story expected a refusal matching ${step.refusal}, but: ${why(first)}`,
          );
        }
        say(`  refused as the story expects: ${oneLine(refusedWith, 200)}`);
      } else if (result.conclusion !== "success") {
        throw new StoryFailure(step.run, first, first ? record.failedStep.get(first) : undefined, why(first));
      }
      for (const [name, environment] of Object.entries(await readEnvironments(world))) {
        if (environment.digest) context.seen.set(`${name}@${environment.version}`, environment.digest);
      }
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  };

  for (const step of storyOf(scenario)) {
    progress.signal?.throwIfAborted();
    if (step.kind === "action") {
      say(`• ${step.title}`);
      try {
        const found = await step.act(context);
        if (typeof found === "string") say(`  ${found}`);
      } catch (error) {
        throw new StoryFailure(step.title, undefined, undefined, messageOf(error));
      }
    } else if (step.kind === "workflow") {
      await playWorkflow(step);
    } else {
      await Promise.all(step.steps.map(playWorkflow));
    }
  }

  return {
    scenario,
    conclusion: "success",
    seconds: (Date.now() - started) / 1000,
    release: await readRelease(world),
    environments: await readEnvironments(world),
    gitops: { repository: world.repositories.gitops.bareDir },
    drift: { issues: readDriftIssues(world) },
    jobs,
    approvals: readApprovals(world, runs),
  };
}

/** The pull_request event as GitHub sends it for an opened pull request (the fields the workflows read). */
function pullRequestPayload(fullName: string, pull: OpenedPullRequest, ref: string): JsonObject {
  const [owner = "", name = ""] = fullName.split("/");
  const repository = { full_name: fullName, name, owner: { login: owner }, default_branch: "main", private: true };
  return {
    action: "opened",
    number: pull.number,
    pull_request: {
      number: pull.number,
      head: { ref: pull.branch, sha: pull.headSha, repo: repository },
      base: { ref: "main", repo: repository },
      merge_commit_sha: null,
      _links: { self: { href: ref } },
    },
    repository,
  };
}

interface PlanJson {
  environment?: string;
  from?: string;
  gitops?: { commit?: string };
  gates?: { gate: string; outcome: string; detail: string }[];
  images?: { name: string; to: string; digest: string; version?: string; lineage?: string }[];
  refused?: string;
}

/** A promotion's plan (promote's `plan` output) in a few lines: what goes where, and each gate. */
export function planLines(text: string): string[] {
  let plan: PlanJson;
  try {
    plan = JSON.parse(text) as PlanJson;
  } catch {
    return [`plan: ${oneLine(text, 200)}`];
  }
  const lines = [`plan: ${plan.environment} ← ${plan.from} (GitOps at ${(plan.gitops?.commit ?? "").slice(0, 7)})`];
  for (const image of plan.images ?? []) {
    lines.push(
      `  ${image.name} ${image.digest.slice(0, 19)}… ${image.version ?? ""} → ${image.to}${image.lineage && image.lineage !== "current" ? ` (${image.lineage})` : ""}`,
    );
  }
  const gates = (plan.gates ?? []).map((gate) => `${gate.gate} ${gate.outcome === "refuse" ? "✗" : "✓"}`);
  if (gates.length > 0) lines.push(`  gates: ${gates.join(", ")}`);
  if (plan.refused) lines.push(`  refused: ${oneLine(plan.refused, 200)}`);
  return lines;
}

/** An error's message, also for errors from another realm (Jest's VM, child processes). */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : String(error);
}

function oneLine(text: string, chars: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > chars ? `${line.slice(0, chars - 1)}…` : line;
}

export function mark(conclusion: FinishedJob["conclusion"]): string {
  return { success: "✓", failure: "✗", cancelled: "⊘", skipped: "↷" }[conclusion];
}
