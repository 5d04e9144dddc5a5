import type { Job, ReusableWorkflowJob, WorkflowJob } from "@actions/workflow-parser/model/workflow-template";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import type { ConcurrencyRequest } from "./concurrency.ts";
import type { JobResult, RunContext } from "./context.ts";
import { RehearsalError } from "./errors.ts";
import { asString, evaluateCondition, evaluateToken, type Json, type JsonObject, type Scope } from "./expressions.ts";
import { type InputDefinition, typedInputs } from "./inputs.ts";
import { runDefaults, runJob } from "./job.ts";
import { isMappingToken, type LoadedWorkflow, mappingGet, workflowCallToken } from "./load.ts";
import type { Conclusion } from "./log.ts";
import { expandMatrix } from "./matrix.ts";
import { effectivePermissions, type Permissions, parsePermissions } from "./permissions.ts";
import { stringMap } from "./steps.ts";

/** One workflow being run: the top-level one, or a called one with its caller's inputs and ceiling. */
export interface CallFrame {
  workflow: LoadedWorkflow;
  inputs: JsonObject;
  secrets: Record<string, string>;
  /** The calling job's permissions: the ceiling of this workflow's jobs. */
  ceiling?: Permissions;
  /** `caller / ` for a called workflow's jobs. */
  prefix: string;
  defaultPermissions: Permissions;
}

export interface JobOutcome {
  result: Conclusion;
  outputs: Record<string, string>;
}

function rawPermissions(token: TemplateToken | undefined): Permissions | undefined {
  return token ? parsePermissions(evaluateToken(token, { contexts: {} })) : undefined;
}

/** The called workflow's input definitions, defaults evaluated (github, inputs and vars only). */
export function inputDefinitions(workflow: LoadedWorkflow, scope: Scope): Record<string, InputDefinition> {
  const token = mappingGet(workflowCallToken(workflow), "inputs");
  const value = token ? evaluateToken(token, scope) : {};
  return (value && typeof value === "object" && !Array.isArray(value) ? value : {}) as unknown as Record<
    string,
    InputDefinition
  >;
}

/**
 * Refuses, before anything runs, a called workflow whose jobs ask for more than their caller
 * grants, as GitHub does when it starts the run.
 */
export function checkPermissionTree(
  workflow: LoadedWorkflow,
  ceiling: Permissions | undefined,
  defaults: Permissions,
): void {
  const workflowLevel = rawPermissions(mappingGet(workflow.rawRoot, "permissions"));
  for (const job of workflow.template.jobs) {
    const raw = workflow.rawJobs.get(job.id.value);
    const own = rawPermissions(mappingGet(raw, "permissions"));
    const permissions = effectivePermissions({
      job: own,
      workflow: workflowLevel,
      ceiling,
      defaults,
      jobName: job.id.value,
    });
    const callee = workflow.callees.get(job.id.value);
    if (job.type === "reusableWorkflowJob" && callee) checkPermissionTree(callee, permissions, defaults);
  }
}

/** Runs a workflow's jobs along `needs`, as many at once as the graph and the runners allow. */
export async function runWorkflowJobs(run: RunContext, frame: CallFrame): Promise<Map<string, JobOutcome>> {
  const { workflow } = frame;
  const baseContexts: JsonObject = {
    github: run.github,
    inputs: frame.inputs,
    vars: run.vars,
    secrets: frame.secrets,
  };
  const envToken = mappingGet(workflow.rawRoot, "env");
  const workflowEnv = envToken ? stringMap(evaluateToken(envToken, { contexts: baseContexts })) : {};
  const defaults = runDefaults(mappingGet(workflow.rawRoot, "defaults"));
  const workflowPermissions = rawPermissions(mappingGet(workflow.rawRoot, "permissions"));
  const jobs = workflow.template.jobs;
  const byId = new Map(jobs.map((job) => [job.id.value, job]));
  const done = new Map<string, JobOutcome>();
  const running = new Map<string, Promise<void>>();

  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const need of byId.get(id)?.needs ?? []) {
      if (seen.has(need.value)) continue;
      seen.add(need.value);
      ancestors(need.value, seen);
    }
    return seen;
  };

  const start = async (job: WorkflowJob): Promise<JobOutcome> => {
    const id = job.id.value;
    const key = `${frame.prefix}${id}`;
    const needs: JsonObject = {};
    for (const need of job.needs ?? []) {
      const outcome = done.get(need.value);
      needs[need.value] = { result: outcome?.result ?? "skipped", outputs: outcome?.outputs ?? {} };
    }
    const above = [...ancestors(id)].map((a) => done.get(a)?.result ?? "skipped");
    const scope: Scope = {
      contexts: { ...baseContexts, needs },
      status: {
        succeeded: () => above.every((r) => r === "success"),
        failed: () => above.includes("failure"),
        cancelled: () => run.cancel.signal.aborted,
      },
    };
    let proceed: boolean;
    try {
      proceed = evaluateCondition(job.if.expression, scope);
    } catch (error) {
      run.reporter.annotation(key, "error", (error as Error).message);
      return record(key, { conclusion: "failure", outputs: {}, seconds: 0, name: key });
    }
    if (!proceed) {
      run.reporter.jobFinished(key, "skipped", 0);
      return record(key, { conclusion: "skipped", outputs: {}, seconds: 0, name: key });
    }
    const raw = workflow.rawJobs.get(id) as MappingToken;
    const strategyToken = mappingGet(raw, "strategy");
    let legs: JsonObject[];
    let failFast = true;
    let maxParallel = Number.POSITIVE_INFINITY;
    try {
      const strategy = strategyToken ? evaluateToken(strategyToken, scope) : {};
      const s = (strategy ?? {}) as JsonObject;
      legs = s.matrix === undefined ? [{}] : expandMatrix(s.matrix);
      if (s["fail-fast"] === false) failFast = false;
      if (typeof s["max-parallel"] === "number") maxParallel = s["max-parallel"];
    } catch (error) {
      run.reporter.annotation(key, "error", (error as Error).message);
      return record(key, { conclusion: "failure", outputs: {}, seconds: 0, name: key });
    }
    const isMatrix = strategyToken !== undefined && mappingGet(strategyToken as MappingToken, "matrix") !== undefined;
    const failFastAbort = new AbortController();
    const results: { leg: number; result: JobResult; tolerated: boolean }[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < legs.length) {
        const index = next++;
        const matrix = legs[index] ?? {};
        const legKey = isMatrix
          ? `${key} (${Object.values(matrix)
              .map((v) => asString(v as Json))
              .join(", ")})`
          : key;
        const strategyContext: JsonObject = {
          "fail-fast": failFast,
          "job-index": index,
          "job-total": legs.length,
          "max-parallel": Number.isFinite(maxParallel) ? maxParallel : legs.length,
        };
        const legScope: Scope = { ...scope, contexts: { ...scope.contexts, matrix, strategy: strategyContext } };
        if (failFastAbort.signal.aborted) {
          run.reporter.jobFinished(legKey, "cancelled", 0);
          const cancelled: JobResult = { conclusion: "cancelled", outputs: {}, seconds: 0, name: legKey };
          run.results[legKey] = cancelled;
          results.push({ leg: index, result: cancelled, tolerated: false });
          continue;
        }
        const coeToken = mappingGet(raw, "continue-on-error");
        const tolerated = coeToken ? Boolean(evaluateToken(coeToken, legScope)) : false;
        const result = await runLeg(job, raw, legKey, legScope, failFastAbort.signal);
        if (isMatrix && legKey !== key) run.results[legKey] = result;
        results.push({ leg: index, result, tolerated });
        if (result.conclusion === "failure" && !tolerated && failFast) failFastAbort.abort();
      }
    };
    const width = Math.max(1, Math.min(maxParallel, legs.length));
    await Promise.all(Array.from({ length: width }, worker));
    const conclusions = results.map((r) =>
      r.tolerated && r.result.conclusion === "failure" ? "success" : r.result.conclusion,
    );
    const conclusion: Conclusion = conclusions.includes("failure")
      ? "failure"
      : conclusions.includes("cancelled")
        ? "cancelled"
        : "success";
    // A matrix job's output is the last successful leg's non-empty value (GitHub's documented rule).
    const outputs: Record<string, string> = {};
    if (!isMatrix) Object.assign(outputs, results[0]?.result.outputs ?? {});
    for (const { result } of isMatrix ? results : []) {
      if (result.conclusion !== "success") continue;
      for (const [name, value] of Object.entries(result.outputs)) if (value !== "") outputs[name] = value;
    }
    const seconds = Math.max(0, ...results.map((r) => r.result.seconds));
    return record(key, { conclusion, outputs, seconds, name: key });
  };

  const record = (key: string, result: JobResult): JobOutcome => {
    run.results[key] = result;
    return { result: result.conclusion, outputs: result.outputs };
  };

  const runLeg = async (
    job: WorkflowJob,
    raw: MappingToken,
    key: string,
    scope: Scope,
    failFast: AbortSignal,
  ): Promise<JobResult> => {
    const own = rawPermissions(mappingGet(raw, "permissions"));
    const permissions = effectivePermissions({
      job: own,
      workflow: workflowPermissions,
      ceiling: frame.ceiling,
      defaults: frame.defaultPermissions,
      jobName: job.id.value,
    });
    const cancel = new AbortController();
    const abort = (): void => cancel.abort();
    failFast.addEventListener("abort", abort, { once: true });
    let release: (() => void) | undefined;
    try {
      const concurrencyToken = mappingGet(raw, "concurrency");
      if (concurrencyToken) {
        let concurrency: ReturnType<typeof concurrencyOf>;
        try {
          concurrency = concurrencyOf(evaluateToken(concurrencyToken, scope));
        } catch (error) {
          run.reporter.annotation(key, "error", (error as Error).message);
          run.reporter.jobFinished(key, "failure", 0);
          return { conclusion: "failure", outputs: {}, seconds: 0, name: key };
        }
        const { group, ...request } = concurrency;
        release = await run.concurrency.enter(group, request, (reason) => {
          run.reporter.annotation(key, "error", reason);
          cancel.abort();
        });
        if (!release) {
          run.reporter.jobFinished(key, "cancelled", 0);
          return { conclusion: "cancelled", outputs: {}, seconds: 0, name: key };
        }
      }
      if (job.type === "reusableWorkflowJob")
        return await callWorkflow(job, raw, key, scope, permissions, cancel.signal);
      return await runJob(run, {
        key,
        jobId: job.id.value,
        job: job as Job,
        raw,
        contexts: { ...scope.contexts },
        permissions,
        workflowEnv,
        defaults,
        jobWorkflow: { ref: workflow.ref, sha: workflow.sha, repository: workflow.repository, file: workflow.file },
        cancel: cancel.signal,
      });
    } finally {
      failFast.removeEventListener("abort", abort);
      release?.();
    }
  };

  const callWorkflow = async (
    job: ReusableWorkflowJob,
    raw: MappingToken,
    key: string,
    scope: Scope,
    permissions: Permissions,
    cancel: AbortSignal,
  ): Promise<JobResult> => {
    const started = Date.now();
    const callee = workflow.callees.get(job.id.value);
    if (!callee) throw new RehearsalError(`No called workflow loaded for ${key}`);
    run.reporter.jobStarted(key);
    const fail = (message: string): JobResult => {
      run.reporter.annotation(key, "error", message);
      run.reporter.jobFinished(key, "failure", (Date.now() - started) / 1000);
      return { conclusion: "failure", outputs: {}, seconds: (Date.now() - started) / 1000, name: key };
    };
    let inputs: JsonObject;
    let secrets: Record<string, string>;
    try {
      const withToken = mappingGet(raw, "with");
      const given = withToken ? (evaluateToken(withToken, scope) as JsonObject) : {};
      const definitions = inputDefinitions(callee, { contexts: { github: run.github, inputs: {}, vars: run.vars } });
      inputs = typedInputs(definitions, given ?? {}, "workflow_call");
      if (job["inherit-secrets"]) secrets = { ...frame.secrets };
      else {
        const secretsToken = mappingGet(raw, "secrets");
        secrets = isMappingToken(secretsToken) ? stringMap(evaluateToken(secretsToken, scope)) : {};
      }
      for (const value of Object.values(secrets)) if (value) run.masker.add(value);
    } catch (error) {
      return fail(`${workflow.file}: error calling workflow '${job.ref.value}'. ${(error as Error).message}`);
    }
    // The called workflow's own top-level concurrency applies to this call, as on GitHub.
    const groupCancel = new AbortController();
    const childCancel = AbortSignal.any([cancel, run.cancel.signal, groupCancel.signal]);
    let release: (() => void) | undefined;
    const concurrencyToken = mappingGet(callee.rawRoot, "concurrency");
    if (concurrencyToken) {
      try {
        const { group, ...request } = concurrencyOf(
          evaluateToken(concurrencyToken, { contexts: { github: run.github, inputs, vars: run.vars } }),
        );
        release = await run.concurrency.enter(group, request, (reason) => {
          run.reporter.annotation(key, "error", reason);
          groupCancel.abort();
        });
      } catch (error) {
        return fail((error as Error).message);
      }
      if (!release) {
        run.reporter.jobFinished(key, "cancelled", (Date.now() - started) / 1000);
        return { conclusion: "cancelled", outputs: {}, seconds: (Date.now() - started) / 1000, name: key };
      }
    }
    let results: Map<string, JobOutcome>;
    try {
      results = await runWorkflowJobs(
        { ...run, cancel: controllerFollowing(childCancel) },
        {
          workflow: callee,
          inputs,
          secrets,
          ceiling: permissions,
          prefix: `${key} / `,
          defaultPermissions: frame.defaultPermissions,
        },
      );
    } finally {
      release?.();
    }
    const conclusions = [...results.values()].map((r) => r.result);
    const conclusion: Conclusion = conclusions.includes("failure")
      ? "failure"
      : conclusions.includes("cancelled") || childCancel.aborted
        ? "cancelled"
        : "success";
    let outputs: Record<string, string> = {};
    try {
      outputs = calledWorkflowOutputs(callee, run, inputs, results);
    } catch (error) {
      return fail((error as Error).message);
    }
    const seconds = (Date.now() - started) / 1000;
    run.reporter.jobFinished(key, conclusion, seconds);
    return { conclusion, outputs, seconds, name: key };
  };

  while (done.size < jobs.length) {
    for (const job of jobs) {
      const id = job.id.value;
      if (done.has(id) || running.has(id)) continue;
      if (!(job.needs ?? []).every((need) => done.has(need.value))) continue;
      running.set(
        id,
        start(job).then((outcome) => {
          done.set(id, outcome);
          running.delete(id);
        }),
      );
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  return done;
}

/** An AbortController aborted with `signal`: a called workflow's jobs see the calling job's cancellation. */
function controllerFollowing(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener("abort", () => controller.abort(), { once: true });
  return controller;
}

/** `on.workflow_call.outputs` evaluated over the called jobs' results (the `jobs` context). */
export function calledWorkflowOutputs(
  workflow: LoadedWorkflow,
  run: RunContext,
  inputs: JsonObject,
  results: Map<string, JobOutcome>,
): Record<string, string> {
  const token = mappingGet(workflowCallToken(workflow), "outputs");
  if (!isMappingToken(token)) return {};
  const jobs: JsonObject = {};
  for (const [id, outcome] of results) jobs[id] = { result: outcome.result, outputs: outcome.outputs };
  const scope: Scope = { contexts: { github: run.github, inputs, vars: run.vars, jobs } };
  const outputs: Record<string, string> = {};
  for (const pair of token) {
    const name = String((pair.key as unknown as { value: unknown }).value);
    const value = isMappingToken(pair.value) ? mappingGet(pair.value, "value") : undefined;
    outputs[name] = value ? asString(evaluateToken(value, scope)) : "";
  }
  return outputs;
}

/** `concurrency:` as a string (the group) or `{ group, cancel-in-progress, queue }`. */
export function concurrencyOf(value: Json): { group: string } & ConcurrencyRequest {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const queue = value.queue ?? "single";
    if (queue !== "single" && queue !== "max") {
      throw new RehearsalError(`concurrency.queue must be single or max, got ${JSON.stringify(queue)}`);
    }
    const cancelInProgress = value["cancel-in-progress"] === true;
    if (queue === "max" && cancelInProgress) {
      throw new RehearsalError("'queue: max' cannot be combined with 'cancel-in-progress: true'.");
    }
    return { group: asString(value.group ?? ""), cancelInProgress, queue };
  }
  return { group: asString(value), cancelInProgress: false, queue: "single" };
}
