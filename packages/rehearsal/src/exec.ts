import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCommandFile, parsePathFile } from "./command-files.ts";
import type { StepsFrame } from "./frame.ts";
import { runStepProcess, type StepOutput } from "./step-process.ts";

export interface StepProcessResult {
  exitCode: number;
  outputs: Record<string, string>;
  state: Record<string, string>;
}

/** Variables GitHub refuses to take from GITHUB_ENV. */
const PROTECTED_ENV = new Set(["NODE_OPTIONS"]);

/** The environment a step's process sees, as on a runner: defaults, then env context, then the step's. */
export function processEnvironment(frame: StepsFrame, stepEnv: Record<string, string>): Record<string, string> {
  const github = frame.contexts.github as Record<string, string | number | null>;
  const text = (key: string): string => String(github[key] ?? "");
  const hostPath = frame.run.hostEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin";
  return {
    ...frame.run.hostEnv,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: frame.workspace,
    GITHUB_REPOSITORY: text("repository"),
    GITHUB_REPOSITORY_OWNER: text("repository_owner"),
    GITHUB_SHA: text("sha"),
    GITHUB_REF: text("ref"),
    GITHUB_REF_NAME: text("ref_name"),
    GITHUB_REF_TYPE: text("ref_type"),
    GITHUB_HEAD_REF: text("head_ref"),
    GITHUB_BASE_REF: text("base_ref"),
    GITHUB_EVENT_NAME: text("event_name"),
    GITHUB_EVENT_PATH: frame.run.eventPath,
    GITHUB_RUN_ID: text("run_id"),
    GITHUB_RUN_NUMBER: text("run_number"),
    GITHUB_RUN_ATTEMPT: text("run_attempt"),
    GITHUB_ACTOR: text("actor"),
    GITHUB_TRIGGERING_ACTOR: text("triggering_actor"),
    GITHUB_WORKFLOW: text("workflow"),
    GITHUB_WORKFLOW_REF: text("workflow_ref"),
    GITHUB_WORKFLOW_SHA: text("workflow_sha"),
    GITHUB_JOB: text("job"),
    GITHUB_SERVER_URL: frame.run.services.serverUrl,
    GITHUB_API_URL: frame.run.services.apiUrl,
    GITHUB_GRAPHQL_URL: frame.run.services.graphqlUrl,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "rehearsal",
    RUNNER_ENVIRONMENT: "github-hosted",
    RUNNER_TEMP: frame.runnerTemp,
    RUNNER_TOOL_CACHE: String((frame.run.runner as Record<string, unknown>).tool_cache ?? ""),
    ...frame.processEnv,
    ...(frame.actionPath ? { GITHUB_ACTION_PATH: frame.actionPath } : {}),
    ...frame.env,
    ...stepEnv,
    PATH: [...frame.path, stepEnv.PATH ?? frame.env.PATH ?? hostPath].join(path.delimiter),
  };
}

/**
 * Runs one process as a step (a script, a node action's main/pre/post) with fresh command
 * files, then applies GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY to the job.
 */
export async function execStep(
  frame: StepsFrame,
  request: {
    command: string;
    args: string[];
    cwd: string;
    env: Record<string, string>;
    output: StepOutput;
    signal: AbortSignal;
  },
): Promise<StepProcessResult> {
  const id = randomUUID();
  const files = {
    GITHUB_OUTPUT: path.join(frame.runnerTemp, `output_${id}`),
    GITHUB_ENV: path.join(frame.runnerTemp, `env_${id}`),
    GITHUB_PATH: path.join(frame.runnerTemp, `path_${id}`),
    GITHUB_STATE: path.join(frame.runnerTemp, `state_${id}`),
    GITHUB_STEP_SUMMARY: path.join(frame.runnerTemp, `summary_${id}`),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const exitCode = await runStepProcess({
    command: request.command,
    args: request.args,
    cwd: request.cwd,
    env: { ...request.env, ...files },
    output: request.output,
    signal: request.signal,
  });
  const read = (file: string): Record<string, string> => {
    try {
      return parseCommandFile(file);
    } catch (error) {
      request.output.annotate("error", `Unable to process file command: ${(error as Error).message}`);
      return {};
    }
  };
  for (const [name, value] of Object.entries(read(files.GITHUB_ENV))) {
    if (PROTECTED_ENV.has(name.toUpperCase())) {
      request.output.annotate("warning", `Can't store ${name} output parameter using '$GITHUB_ENV' command.`);
      continue;
    }
    frame.env[name] = value;
  }
  frame.path.unshift(...parsePathFile(files.GITHUB_PATH).reverse());
  const summary = readFileSync(files.GITHUB_STEP_SUMMARY, "utf8");
  if (summary.trim() !== "") frame.summaries.push(summary);
  return {
    exitCode,
    outputs: { ...request.output.legacyOutputs, ...read(files.GITHUB_OUTPUT) },
    state: { ...request.output.legacyState, ...read(files.GITHUB_STATE) },
  };
}
