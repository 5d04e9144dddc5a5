import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConcurrencyGroups, defaultConcurrency } from "./concurrency.ts";
import { type JobResult, type RunContext, Semaphore } from "./context.ts";
import { RehearsalError } from "./errors.ts";
import { asString, evaluateToken, type Json, type JsonObject } from "./expressions.ts";
import { type InputDefinition, typedInputs } from "./inputs.ts";
import { loadWorkflow, mappingGet, type SuiteLocation } from "./load.ts";
import { type Conclusion, consoleReporter, Masker, type Reporter } from "./log.ts";
import { type Permissions, RESTRICTED_DEFAULT } from "./permissions.ts";
import type { RehearsalServices } from "./services.ts";
import {
  calledWorkflowOutputs,
  checkPermissionTree,
  concurrencyOf,
  inputDefinitions,
  runWorkflowJobs,
} from "./workflow.ts";

export type RehearsalEvent = "push" | "pull_request" | "workflow_dispatch" | "schedule" | "workflow_call";

export interface RehearseOptions {
  /** The workflow file, absolute or relative to `repoDir`. */
  workflow: string;
  /** The checkout the run is for (its committed HEAD is what actions/checkout gets). */
  repoDir: string;
  /** `owner/name` of that repository; default `org/<directory name>`. */
  repository?: string;
  event: RehearsalEvent;
  payload?: JsonObject;
  inputs?: Record<string, string>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  services: RehearsalServices;
  /** Where `<owner>/platform/...@ref` resolves; default this repository (the suite). */
  suite?: SuiteLocation;
  reporter?: Reporter;
  /** Scratch directory (kept); default a new temp directory. */
  workDir?: string;
  /** Jobs running at once (runners); default 4. */
  maxParallelJobs?: number;
  ref?: string;
  sha?: string;
  actor?: string;
  runId?: number;
  runNumber?: number;
  /** GitHub's default token permissions for the repository; default the "restricted" set. */
  defaultPermissions?: Permissions;
  concurrency?: ConcurrencyGroups;
  /** The machine's variables a step sees; default PATH, HOME, LANG, TMPDIR, DOCKER_HOST of this process. */
  hostEnv?: Record<string, string>;
}

export interface RehearsalResult {
  conclusion: "success" | "failure" | "cancelled";
  jobs: Record<string, { conclusion: Conclusion; outputs: Record<string, string>; seconds: number }>;
  outputs: Record<string, string>;
  runId: number;
  workDir: string;
}

/** This repository (the suite), found from this file: packages/rehearsal/src. */
export const SUITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

let runCounter = 0;

function gitOutput(dir: string, args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

function eventPayload(
  event: RehearsalEvent,
  base: { sha: string; ref: string; repository: string; actor: string; defaultBranch: string },
  inputs: Record<string, string>,
): JsonObject {
  const { sha, ref, repository, actor, defaultBranch } = base;
  const [owner = "", name = ""] = String(repository).split("/");
  const repo = { full_name: repository, name, owner: { login: owner }, default_branch: defaultBranch, private: false };
  const sender = { login: actor, type: "User" };
  switch (event) {
    case "push":
      return {
        ref,
        before: "0".repeat(40),
        after: sha,
        repository: repo,
        pusher: { name: actor },
        sender,
        head_commit: { id: sha },
      };
    case "pull_request":
      return {
        action: "opened",
        number: 1,
        pull_request: {
          number: 1,
          head: { ref: String(ref).replace(/^refs\/heads\//, ""), sha },
          base: { ref: defaultBranch, sha },
          user: { login: actor },
        },
        repository: repo,
        sender,
      };
    case "workflow_dispatch":
      return { inputs, ref, repository: repo, sender };
    case "schedule":
      return { schedule: "0 0 * * *", repository: repo };
    default:
      return { ref, repository: repo, sender };
  }
}

/**
 * Runs one workflow file as GitHub Actions would, on this machine. Refusals (a workflow GitHub
 * would not start, bad inputs) throw a RehearsalError before any job runs.
 */
export async function rehearse(options: RehearseOptions): Promise<RehearsalResult> {
  const repoDir = path.resolve(options.repoDir);
  const suite = options.suite ?? { name: "platform", dir: SUITE_DIR };
  const repository = options.repository ?? `org/${path.basename(repoDir)}`;
  const workflowPath = path.resolve(repoDir, options.workflow);
  const file = path.relative(repoDir, workflowPath);
  const sha = options.sha ?? (gitOutput(repoDir, ["rev-parse", "HEAD"]) || "0".repeat(40));
  const branch = gitOutput(repoDir, ["symbolic-ref", "--short", "HEAD"]) || "main";
  const ref = options.ref ?? (options.event === "pull_request" ? "refs/pull/1/merge" : `refs/heads/${branch}`);
  const runId = options.runId ?? 1000 + ++runCounter;
  const actor = options.actor ?? "octocat";
  const workflowRef = `${repository}/${file}@${ref}`;
  const workflow = await loadWorkflow({ root: repoDir, file, ref: workflowRef, repository, sha }, suite);
  const events = Object.keys(workflow.template.events ?? {});
  if (!events.includes(options.event)) {
    throw new RehearsalError(`${file} does not run on ${options.event} (on: ${events.join(", ")})`);
  }
  const defaultPermissions = options.defaultPermissions ?? RESTRICTED_DEFAULT;
  checkPermissionTree(workflow, undefined, defaultPermissions);

  const vars = options.vars ?? {};
  const nameToken = mappingGet(workflow.rawRoot, "name") as unknown as { value?: string } | undefined;
  const refName = ref.replace(/^refs\/(heads|tags)\//, "");
  const github: JsonObject = {
    event_name: options.event,
    sha,
    ref,
    ref_name: options.event === "pull_request" ? "1/merge" : refName,
    ref_type: ref.startsWith("refs/tags/") ? "tag" : "branch",
    head_ref: options.event === "pull_request" ? branch : "",
    base_ref: options.event === "pull_request" ? "main" : "",
    repository,
    repository_owner: repository.split("/")[0] ?? "",
    actor,
    triggering_actor: actor,
    run_id: String(runId),
    run_number: String(options.runNumber ?? 1),
    run_attempt: "1",
    server_url: options.services.serverUrl,
    api_url: options.services.apiUrl,
    graphql_url: options.services.graphqlUrl,
    workflow: nameToken?.value ?? file,
    workflow_ref: workflowRef,
    workflow_sha: sha,
    workspace: "",
    action: "",
    retention_days: "90",
  };
  const scope = { contexts: { github, inputs: {}, vars } };
  let inputs: JsonObject = {};
  if (options.event === "workflow_dispatch") {
    const dispatch = workflow.template.events.workflow_dispatch?.inputs ?? {};
    inputs = typedInputs(
      dispatch as unknown as Record<string, InputDefinition>,
      options.inputs ?? {},
      "workflow_dispatch",
    );
  } else if (options.event === "workflow_call") {
    inputs = typedInputs(inputDefinitions(workflow, scope), options.inputs ?? {}, "workflow_dispatch");
  } else if (Object.keys(options.inputs ?? {}).length > 0) {
    throw new RehearsalError(`--input is for workflow_dispatch and workflow_call, not ${options.event}`);
  }
  const payload =
    options.payload ??
    eventPayload(
      options.event,
      { sha, ref, repository, actor, defaultBranch: "main" },
      Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, asString(v as Json)])),
    );
  github.event = payload;

  const workDir = options.workDir ?? mkdtempSync(path.join(os.tmpdir(), "rehearsal-"));
  mkdirSync(path.join(workDir, "artifacts"), { recursive: true });
  const eventPath = path.join(workDir, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  const masker = new Masker();
  const secrets = options.secrets ?? {};
  for (const value of Object.values(secrets)) masker.add(value);
  const hostEnv =
    options.hostEnv ??
    Object.fromEntries(
      ["PATH", "HOME", "LANG", "TMPDIR", "DOCKER_HOST"].flatMap((k) =>
        process.env[k] ? [[k, process.env[k] as string]] : [],
      ),
    );
  const run: RunContext = {
    services: options.services,
    reporter: options.reporter ?? consoleReporter(),
    masker,
    suite,
    workDir,
    artifactsDir: path.join(workDir, "artifacts"),
    eventPath,
    github,
    vars,
    identity: {
      runId,
      runNumber: options.runNumber ?? 1,
      runAttempt: 1,
      repository,
      ref,
      sha,
      eventName: options.event,
      actor,
      workflow: String(github.workflow),
      workflowRef,
      workflowSha: sha,
      ...(options.event === "pull_request" ? { headRef: branch, baseRef: "main" } : {}),
    },
    hostEnv,
    runner: {
      os: "Linux",
      arch: "X64",
      name: "rehearsal",
      temp: path.join(workDir, "runner-temp"),
      tool_cache: path.join(workDir, "tool-cache"),
      environment: "github-hosted",
    },
    runners: new Semaphore(options.maxParallelJobs ?? 4),
    cancel: new AbortController(),
    results: {},
    concurrency: options.concurrency ?? defaultConcurrency,
  };
  mkdirSync(String(run.runner.temp), { recursive: true });
  mkdirSync(String(run.runner.tool_cache), { recursive: true });

  let release: (() => void) | undefined;
  const concurrencyToken = mappingGet(workflow.rawRoot, "concurrency");
  if (concurrencyToken) {
    const { group, ...request } = concurrencyOf(
      evaluateToken(concurrencyToken, { contexts: { github, inputs, vars } }),
    );
    release = await run.concurrency.enter(group, request, (reason) => {
      run.reporter.annotation("run", "error", reason);
      run.cancel.abort();
    });
    if (!release) return { conclusion: "cancelled", jobs: {}, outputs: {}, runId, workDir };
  }
  try {
    const results = await runWorkflowJobs(run, { workflow, inputs, secrets, prefix: "", defaultPermissions });
    const conclusions = Object.values(run.results).map((r: JobResult) => r.conclusion);
    const conclusion = run.cancel.signal.aborted
      ? "cancelled"
      : conclusions.includes("failure")
        ? "failure"
        : conclusions.includes("cancelled")
          ? "cancelled"
          : "success";
    const outputs = options.event === "workflow_call" ? calledWorkflowOutputs(workflow, run, inputs, results) : {};
    const jobs: RehearsalResult["jobs"] = {};
    for (const [key, result] of Object.entries(run.results)) {
      jobs[key] = {
        conclusion: result.conclusion,
        outputs: result.outputs,
        seconds: Math.round(result.seconds * 1000) / 1000,
      };
    }
    return { conclusion, jobs, outputs, runId, workDir };
  } finally {
    release?.();
  }
}

/** Reads a --payload file. */
export function readPayload(file: string): JsonObject {
  return JSON.parse(readFileSync(file, "utf8")) as JsonObject;
}

export { ConcurrencyGroups };
