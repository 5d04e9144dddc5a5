import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { git } from "../harness/git.ts";
import { readApprovals, readDriftIssues, readEnvironments, readRelease } from "./collect.ts";
import { mergePullRequest, type OpenedPullRequest, openPullRequest, reviewDeployment } from "./developer.ts";
import { helloFixChanges, pipelineFiles } from "./fixtures/hello-app.ts";
import type { CallerRole, JobConclusion, Pipeline, RehearsalEvent, RehearsalOptions } from "./pipeline.ts";
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
  race: { description: "two promotions to staging at once: both land, in order, no lost commit", faultProxies: false },
};

/** What steps share while the story plays. */
export interface StoryContext {
  world: World;
  pulls: OpenedPullRequest[];
  /** Digests seen per environment after each step, for rollbacks and the faults scenario's comparison. */
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
  /** The story expects a refusal: the run fails, and this names why. */
  refusal?: RegExp;
  /** Faults armed before the run (faults scenario). */
  arm?: (world: World) => void;
}

export interface ActionStep {
  kind: "action";
  title: string;
  act(context: StoryContext): Promise<void>;
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
  toProduction.review = { decision: "approved", comment: "plan checked: one image, digest from staging" };
  const refusedRollback = promote("rollback without a reason", (context) => ({
    environment: "production",
    digest: context.seen.get("production@1.0.0") ?? "",
  }));
  refusedRollback.refusal = /reason/i;
  const rollback = promote("rollback", (context) => ({
    environment: "production",
    digest: context.seen.get("production@1.0.0") ?? "",
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
    refusedRollback,
    rollback,
    drift,
    nightly,
  ];
  if (scenario === "happy") return happy;
  if (scenario === "faults") {
    // One fault of each kind where it hurts most; the run must end with the same digests or stop cleanly.
    const faulty = happy.map((step) => step);
    const releaseStep = faulty[3] as WorkflowStep;
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
    return faulty;
  }
  const twice = [
    promote("promote staging A", () => ({ environment: "staging", reason: "race A" })),
    promote("promote staging B", () => ({ environment: "staging", reason: "race B" })),
  ];
  return [adopt, checks(1), merge(1), release("push main"), { kind: "parallel", steps: twice }];
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
  line(text: string): void;
  verbose: boolean;
  /** Aborts the story between steps and is handed to the rehearsal. */
  signal?: AbortSignal;
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
  const jobs: ReportJob[] = [];
  const runs = new Map<number, { name: string; actor: string; reason?: string }>();
  const clock = (): string => `[${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s]`;

  const playWorkflow = async (step: WorkflowStep): Promise<void> => {
    step.arm?.(world);
    const repository = step.repository === "app" ? world.repositories.app : world.repositories.infra;
    const pull = context.pulls.at(-1);
    const ref = step.ref === "pull" && pull ? `refs/pull/${pull.number}/merge` : "refs/heads/main";
    const sha = step.ref === "pull" && pull ? pull.headSha : ((await repository.branchHead("main")) ?? "");
    const checkout = mkdtempSync(path.join(world.workdir, "checkouts-"));
    await git(world.workdir, ["clone", "--quiet", "--no-checkout", repository.bareDir, checkout]);
    await git(checkout, ["checkout", "--quiet", sha]);
    const started: Record<string, { needs: string[]; at: number }> = {};
    const failedSteps = new Map<string, string>();
    const inputs = step.inputs?.(context) ?? {};
    progress.line(`${clock()} ▶ ${step.run} (${pipeline.callers[step.caller]}, ${step.event})`);
    const onEvent = (event: RehearsalEvent): void => {
      if (event.type === "job-started") {
        started[event.job] = { needs: event.needs, at: Date.now() };
        progress.line(`${clock()}   ▶ ${event.job}`);
      } else if (event.type === "step-started") {
        progress.line(`${clock()}     ▷ ${event.job} / ${event.step}`);
      } else if (event.type === "step-finished") {
        if (event.conclusion === "failure") failedSteps.set(event.job, event.step);
        progress.line(
          `${clock()}     ${mark(event.conclusion)} ${event.job} / ${event.step} (${event.seconds.toFixed(1)} s)`,
        );
      } else if (event.type === "job-finished") {
        const expected = event.conclusion === "failure" && step.refusal !== undefined;
        jobs.push({
          run: step.run,
          name: event.job,
          conclusion: event.conclusion,
          seconds: event.seconds,
          needs: started[event.job]?.needs ?? [],
          ...(expected ? { expected: true, note: `refused (${failedSteps.get(event.job) ?? "a step"})` } : {}),
        });
        progress.line(`${clock()}   ${mark(event.conclusion)} ${event.job} (${event.seconds.toFixed(1)} s)`);
        // The promotion's plan, what the reviewer approves: shown before the review.
        if (event.outputs?.plan) progress.line(`${clock()}     plan: ${oneLine(event.outputs.plan, 400)}`);
      } else if (event.type === "waiting-for-review") {
        progress.line(
          `${clock()}   ⏸ ${event.job} waits for ${event.reviewers.join(", ")} (environment ${event.environment})`,
        );
        const review = step.review;
        if (review) {
          void reviewDeployment(world, event.runId, event.environment, review.decision, review.comment).then(
            () => progress.line(`${clock()}   ${world.reviewer.login} ${review.decision}: ${review.comment}`),
            (error: unknown) => progress.line(`${clock()}   review failed: ${String(error)}`),
          );
        }
      } else if (event.type === "log" && progress.verbose) {
        progress.line(`             ${event.job}${event.step ? ` / ${event.step}` : ""} | ${event.line}`);
      }
    };
    try {
      const result = await pipeline.rehearse(
        path.join(checkout, ".github/workflows", path.basename(pipeline.callers[step.caller])),
        {
          event: step.event,
          inputs,
          // Production's registry has its own credentials: the promote caller hands them to promote.
          ...(step.caller === "promote"
            ? {
                secrets: {
                  PRODUCTION_REGISTRY_USERNAME: world.productionRegistry.username,
                  PRODUCTION_REGISTRY_PASSWORD: world.productionRegistry.password,
                },
              }
            : {}),
          repo: checkout,
          repository: repository.fullName,
          ref,
          sha,
          actor: world.developer.login,
          github: {
            serverUrl: world.endpoints.githubServerUrl,
            apiUrl: world.endpoints.githubApiUrl,
            graphqlUrl: world.endpoints.githubGraphqlUrl,
          },
          oidc: { requestUrl: world.oidc.url, requestToken: world.oidc.requestToken },
          env: { ...world.aws.env(), DOCKER_HOST: world.docker.host },
          onEvent,
        },
      );
      runs.set(result.runId, {
        name: step.run,
        actor: world.developer.login,
        ...(inputs.reason ? { reason: inputs.reason } : {}),
      });
      const failed = Object.entries(result.jobs).find(([, job]) => job.conclusion === "failure");
      if (step.refusal) {
        if (result.conclusion !== "failure" || !failed)
          throw new StoryFailure(step.run, undefined, undefined, "the story expected a refusal, but the run succeeded");
      } else if (result.conclusion !== "success") {
        throw new StoryFailure(
          step.run,
          failed?.[0],
          failed ? failedSteps.get(failed[0]) : undefined,
          `the run ended ${result.conclusion}`,
        );
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
      progress.line(`${clock()} • ${step.title}`);
      try {
        await step.act(context);
      } catch (error) {
        throw new StoryFailure(step.title, undefined, undefined, messageOf(error));
      }
    } else if (step.kind === "workflow") {
      await playWorkflow(step);
    } else {
      await Promise.all(step.steps.map(playWorkflow));
    }
  }

  const approvals = readApprovals(world, runs);
  return {
    scenario,
    conclusion: "success",
    seconds: (Date.now() - started) / 1000,
    release: await readRelease(world),
    environments: await readEnvironments(world),
    gitops: { repository: world.repositories.gitops.bareDir },
    drift: { issues: readDriftIssues(world) },
    jobs,
    approvals,
  };
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

export function mark(conclusion: JobConclusion): string {
  return { success: "✓", failure: "✗", cancelled: "⊘", skipped: "↷" }[conclusion];
}
