import type { RunContext } from "./context.ts";
import type { JsonObject } from "./expressions.ts";
import type { JobIdentity } from "./services.ts";

/** A post step registered by a node action's main step, run in reverse order at the job's end. */
export interface PostStep {
  name: string;
  run: () => Promise<void>;
}

/** The state a job's steps share (a composite action gets its own frame over the same job). */
export interface StepsFrame {
  run: RunContext;
  jobKey: string;
  identity: JobIdentity;
  workspace: string;
  runnerTemp: string;
  /** github, needs, matrix, strategy, inputs, vars, secrets, job, runner. */
  contexts: JsonObject;
  /** The env context: workflow, job and GITHUB_ENV variables (a step's own env goes on top). */
  env: Record<string, string>;
  /** GITHUB_PATH additions, newest first. */
  path: string[];
  steps: JsonObject;
  state: { failed: boolean };
  signal: AbortSignal;
  defaults: { shell?: string; workingDirectory?: string };
  posts: PostStep[];
  summaries: string[];
  /** Extra GITHUB_* variables this job's processes get (token request URLs and so on). */
  processEnv: Record<string, string>;
  /** A composite action's path (GITHUB_ACTION_PATH), when the frame runs one. */
  actionPath?: string;
}

export function isCancelled(frame: StepsFrame): boolean {
  return frame.signal.aborted;
}
