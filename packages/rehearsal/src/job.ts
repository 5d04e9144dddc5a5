import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Job } from "@actions/workflow-parser/model/workflow-template";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { runPreSteps } from "./actions.ts";
import type { JobResult, RunContext } from "./context.ts";
import { asString, evaluateToken, type Json, type JsonObject } from "./expressions.ts";
import type { StepsFrame } from "./frame.ts";
import { isMappingToken, mappingGet } from "./load.ts";
import type { Conclusion } from "./log.ts";
import type { Permissions } from "./permissions.ts";
import type { JobGrants, JobIdentity } from "./services.ts";
import { StepOutput } from "./step-process.ts";
import { runSteps, scopeOf, stringMap } from "./steps.ts";

export interface JobRequest {
  key: string;
  jobId: string;
  job: Job;
  raw: MappingToken;
  /** github, needs, inputs, matrix, strategy, vars, secrets (before the token is added). */
  contexts: JsonObject;
  permissions: Permissions;
  workflowEnv: Record<string, string>;
  defaults: { shell?: string; workingDirectory?: string };
  /** The workflow file the job is written in: `job.workflow_*` and the OIDC job_workflow_ref. */
  jobWorkflow: { ref: string; sha: string; repository: string; file: string };
  /** Aborted when a sibling matrix leg fails (fail-fast) or a concurrency group cancels this job. */
  cancel?: AbortSignal;
}

let jobCounter = 0;

/** `defaults.run` of a workflow or job mapping. */
export function runDefaults(token: TemplateToken | undefined): { shell?: string; workingDirectory?: string } {
  const run = isMappingToken(token) ? mappingGet(token, "run") : undefined;
  if (!isMappingToken(run)) return {};
  const out: { shell?: string; workingDirectory?: string } = {};
  const shell = mappingGet(run, "shell") as unknown as { value?: string } | undefined;
  const dir = mappingGet(run, "working-directory") as unknown as { value?: string } | undefined;
  if (shell?.value !== undefined) out.shell = String(shell.value);
  if (dir?.value !== undefined) out.workingDirectory = String(dir.value);
  return out;
}

/** A job's environment (`environment: name` or `environment: { name, url }`), evaluated; undefined without one. */
function environmentOf(request: JobRequest, scope: { contexts: JsonObject; workspace: string }): string | undefined {
  const token = mappingGet(request.raw, "environment");
  if (!token) return undefined;
  const value = evaluateToken(token, scope);
  const name = value && typeof value === "object" && !Array.isArray(value) ? value.name : value;
  return name === null || name === undefined || name === "" ? undefined : asString(name as Json);
}

/** Runs one job (one matrix leg): gate, then on a "runner": token, steps, post steps, outputs. */
export async function runJob(run: RunContext, request: JobRequest): Promise<JobResult> {
  const started = Date.now();
  run.reporter.jobStarted(request.key);
  const dir = path.join(run.workDir, "jobs", `${++jobCounter}-${request.key.replace(/[^A-Za-z0-9_.-]+/g, "_")}`);
  const workspace = path.join(dir, "workspace");
  const runnerTemp = path.join(dir, "temp");
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const output = new StepOutput(request.key, run.reporter, run.masker);
  const baseScope = { contexts: { ...request.contexts, env: { ...request.workflowEnv } }, workspace };
  let conclusion: Conclusion = "success";
  let outputs: Record<string, string> = {};
  let environment: string | undefined;
  let deploying = false;
  let release: (() => void) | undefined;
  const grants: JobGrants = {};
  const identity: JobIdentity = {
    ...run.identity,
    job: request.key,
    jobWorkflowRef: request.jobWorkflow.ref,
    jobWorkflowSha: request.jobWorkflow.sha,
  };
  try {
    for (const unsupported of ["container", "services"]) {
      if (mappingGet(request.raw, unsupported)) {
        throw new Error(
          `The rehearsal does not run job ${unsupported} (jobs.${request.jobId}.${unsupported}); see its README`,
        );
      }
    }
    environment = environmentOf(request, baseScope);
    if (environment) {
      identity.environment = environment;
      // Waiting for a review holds no runner, as on GitHub.
      const waitSignal = AbortSignal.any([run.cancel.signal, ...(request.cancel ? [request.cancel] : [])]);
      const gate = await run.services.gate(environment, identity, waitSignal);
      const outcome = typeof gate === "string" ? { decision: gate } : gate;
      if (outcome.decision === "rejected") {
        output.annotate("error", outcome.message || `The deployment to environment '${environment}' was rejected.`);
        conclusion = waitSignal.aborted ? "cancelled" : "failure";
        return await finish();
      }
      deploying = true;
    }
    release = await run.runners.acquire();
    const token = await run.services.mintToken(request.permissions, identity);
    grants.token = token;
    run.masker.add(token);
    const processEnv: Record<string, string> = {};
    if (request.permissions["id-token"] === "write") {
      const oidc = await run.services.oidcFor(identity);
      grants.oidcRequestToken = oidc.requestToken;
      run.masker.add(oidc.requestToken);
      processEnv.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.requestUrl;
      processEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestToken;
    }
    const secrets = { ...(request.contexts.secrets as JsonObject), GITHUB_TOKEN: token };
    const github = { ...(request.contexts.github as JsonObject), token, job: request.jobId, workspace };
    // The file the job is written in (the called workflow's, in a called workflow).
    const jobContext: JsonObject = {
      status: "success",
      workflow_ref: request.jobWorkflow.ref,
      workflow_sha: request.jobWorkflow.sha,
      workflow_repository: request.jobWorkflow.repository,
      workflow_file_path: request.jobWorkflow.file,
    };
    if (environment) jobContext.environment = environment;
    const runner = { ...run.runner, temp: runnerTemp };
    const contexts: JsonObject = { ...request.contexts, github, secrets, job: jobContext, runner };
    const jobEnvToken = mappingGet(request.raw, "env");
    const jobEnv = jobEnvToken
      ? stringMap(evaluateToken(jobEnvToken, { contexts: { ...contexts, env: request.workflowEnv }, workspace }))
      : {};
    const timeoutToken = mappingGet(request.raw, "timeout-minutes");
    const minutes = timeoutToken ? Number(evaluateToken(timeoutToken, { contexts, workspace })) : 360;
    const timeout = AbortSignal.timeout(minutes * 60_000);
    const cancelled = AbortSignal.any([run.cancel.signal, ...(request.cancel ? [request.cancel] : [])]);
    const signal = AbortSignal.any([timeout, cancelled]);
    const jobDefaults = runDefaults(mappingGet(request.raw, "defaults"));
    const frame: StepsFrame = {
      run,
      jobKey: request.key,
      identity,
      workspace,
      runnerTemp,
      contexts,
      env: { ...request.workflowEnv, ...jobEnv },
      path: [],
      steps: {},
      state: { failed: false },
      signal,
      defaults: { ...request.defaults, ...jobDefaults },
      posts: [],
      summaries: [],
      processEnv,
    };
    const stepsToken = mappingGet(request.raw, "steps");
    const raws: MappingToken[] = [];
    if (stepsToken)
      for (const item of stepsToken as unknown as Iterable<TemplateToken>) if (isMappingToken(item)) raws.push(item);
    const uses = request.job.steps.flatMap((s) => ("uses" in s ? [s.uses.value] : []));
    if (!(await runPreSteps(frame, uses, output))) frame.state.failed = true;
    else await runSteps(frame, request.job.steps, raws);
    for (const post of frame.posts.reverse()) {
      run.reporter.stepStarted(request.key, post.name);
      const postStarted = Date.now();
      await post.run();
      run.reporter.stepFinished(
        request.key,
        post.name,
        frame.state.failed ? "failure" : "success",
        (Date.now() - postStarted) / 1000,
      );
    }
    if (timeout.aborted) {
      output.annotate(
        "error",
        `The job running on runner rehearsal has exceeded the maximum execution time of ${minutes} minutes.`,
      );
    }
    conclusion = cancelled.aborted ? "cancelled" : frame.state.failed || timeout.aborted ? "failure" : "success";
    jobContext.status = conclusion;
    if (request.job.outputs) {
      const values = evaluateToken(request.job.outputs, scopeOf(frame));
      for (const [name, value] of Object.entries(stringMap(values))) {
        if (run.masker.contains(value)) {
          output.annotate("warning", `Skip output '${name}' since it may contain secret.`);
          continue;
        }
        outputs[name] = value;
      }
    }
    if (frame.summaries.length > 0) output.write(`Job summary:\n${frame.summaries.join("\n")}`);
  } catch (error) {
    output.annotate("error", (error as Error).message);
    conclusion = "failure";
    outputs = {};
  }
  return finish();

  async function finish(): Promise<JobResult> {
    release?.();
    const seconds = (Date.now() - started) / 1000;
    if (grants.token || grants.oidcRequestToken) {
      try {
        await run.services.jobEnded?.(identity, grants);
      } catch (error) {
        output.annotate("warning", `Could not revoke the job's tokens: ${(error as Error).message}`);
      }
    }
    if (environment && deploying && run.services.deploymentFinished && conclusion !== "skipped") {
      try {
        await run.services.deploymentFinished(environment, identity, conclusion === "success" ? "success" : "failure");
      } catch (error) {
        output.annotate("warning", `Could not record the deployment status: ${(error as Error).message}`);
      }
    }
    run.reporter.jobFinished(request.key, conclusion, seconds);
    return { conclusion, outputs, seconds, name: request.key };
  }
}
