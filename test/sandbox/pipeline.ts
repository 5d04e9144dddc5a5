import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../harness/run-action.ts";

/*
 * The one place where the sandbox meets what other issues build: the rehearsal (13) that runs
 * a workflow file, the promote action (14) and the caller workflows (15). Everything here is
 * the interface the sandbox expects; `loadPipeline()` says what is missing until all three
 * have landed, and the command then says so instead of pretending.
 */

export type JobConclusion = "success" | "failure" | "cancelled" | "skipped";

/** What the rehearsal reports while it runs; the sandbox turns it into progress lines and times. */
export type RehearsalEvent =
  | { type: "job-started"; job: string; needs: string[] }
  /** `outputs` as the job set them (masked); a promote plan job's `plan` is shown before the review. */
  | { type: "job-finished"; job: string; conclusion: JobConclusion; seconds: number; outputs?: Record<string, string> }
  | { type: "step-started"; job: string; step: string }
  | { type: "step-finished"; job: string; step: string; conclusion: JobConclusion; seconds: number }
  /** A log line, already masked. Shown with --verbose. */
  | { type: "log"; job: string; step?: string; line: string }
  /** A job with `environment:` waits on its required reviewers: a pending deployment of run `runId` is in the GitHub fake. */
  | { type: "waiting-for-review"; job: string; environment: string; runId: number; reviewers: string[] };

export interface RehearsalOptions {
  event: "push" | "pull_request" | "workflow_dispatch" | "schedule" | "workflow_call";
  /** The event payload; generated from `ref`/`sha` when absent. */
  payload?: Record<string, unknown>;
  inputs?: Record<string, string | number | boolean>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** The checkout the run is for (a clone of the repository at `sha`). */
  repo: string;
  /** owner/name as GitHub knows it (GITHUB_REPOSITORY). */
  repository: string;
  /** github.ref as GitHub sets it: refs/heads/main, or refs/pull/<n>/merge for a pull request (no such ref exists in the bare repository). */
  ref: string;
  /** The commit to check out and report as github.sha (for a pull request: its head here, the fake makes no merge commit). */
  sha: string;
  /** Who triggered the run (github.actor). */
  actor: string;
  /** The GitHub fake (API, GraphQL, git) the run talks to; the rehearsal mints each job's token there. */
  github: { serverUrl: string; apiUrl: string; graphqlUrl: string };
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN of the OIDC fake, for jobs with `id-token: write`. */
  oidc: { requestUrl: string; requestToken: string };
  /** Extra environment for every step: AWS_ENDPOINT_URL_STS/_ECR, AWS_REGION, DOCKER_HOST. */
  env: Record<string, string>;
  /** Live events; review decisions are made through the GitHub fake's API meanwhile. */
  onEvent?: (event: RehearsalEvent) => void;
  signal?: AbortSignal;
}

/** Issue 13's result JSON; the run id is where its approvals are recorded. */
export interface RehearsalResult {
  conclusion: "success" | "failure" | "cancelled";
  /** By job id as GitHub shows it ("<caller job> / <called job>" inside a called workflow). */
  jobs: Record<string, { conclusion: JobConclusion; outputs: Record<string, string> }>;
  outputs: Record<string, string>;
  runId: number;
}

/** Runs one workflow file of a checkout the way GitHub Actions would. */
export type Rehearse = (workflowFile: string, options: RehearsalOptions) => Promise<RehearsalResult>;

export interface Pipeline {
  rehearse: Rehearse;
  /** The caller workflows an application copies, by role (files in this suite's `workflows/`). */
  callers: Record<CallerRole, string>;
}

export type CallerRole = "pr" | "release" | "promote" | "drift";

/** The caller templates of issue 15, by role. */
export const CALLER_FILES: Record<CallerRole, string> = {
  pr: "workflows/pr.yml",
  release: "workflows/release.yml",
  promote: "workflows/promote.yml",
  drift: "workflows/drift.yml",
};

/**
 * Where the rehearsal's library is expected, exporting `rehearse` of the type above. The lead
 * sets this to the module issue 13 lands (and adapts its options here if they differ).
 */
export const REHEARSAL_MODULE = "packages/rehearsal/src/index.ts";
export const PROMOTE_ACTION = "actions/promote/action.yml";

export interface NotWired {
  missing: string[];
}

/** The pipeline, or what is missing (named with its issue) for the sandbox to run it. */
export async function loadPipeline(root: string = repoRoot): Promise<Pipeline | NotWired> {
  const missing: string[] = [];
  const rehearsalFile = path.join(root, REHEARSAL_MODULE);
  if (!existsSync(rehearsalFile)) missing.push(`the rehearsal (issue 13): ${REHEARSAL_MODULE}`);
  if (!existsSync(path.join(root, PROMOTE_ACTION))) missing.push(`the promote action (issue 14): ${PROMOTE_ACTION}`);
  for (const file of Object.values(CALLER_FILES)) {
    if (!existsSync(path.join(root, file))) missing.push(`the caller workflows (issue 15): ${file}`);
  }
  if (missing.length > 0) return { missing };
  const module = (await import(pathToFileURL(rehearsalFile).href)) as { rehearse?: unknown };
  if (typeof module.rehearse !== "function") return { missing: [`${REHEARSAL_MODULE} exports no rehearse()`] };
  return { rehearse: module.rehearse as Rehearse, callers: CALLER_FILES };
}

export function isWired(pipeline: Pipeline | NotWired): pipeline is Pipeline {
  return !("missing" in pipeline);
}
