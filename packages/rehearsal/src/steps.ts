import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Step } from "@actions/workflow-parser/model/workflow-template";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import { runAction } from "./actions.ts";
import { RehearsalError } from "./errors.ts";
import { execStep, processEnvironment } from "./exec.ts";
import { asString, evaluateCondition, evaluateToken, type Json, type JsonObject, type Scope } from "./expressions.ts";
import { isCancelled, type StepsFrame } from "./frame.ts";
import { mappingGet } from "./load.ts";
import type { Conclusion } from "./log.ts";
import { StepOutput } from "./step-process.ts";

export function scopeOf(frame: StepsFrame, extra: JsonObject = {}): Scope {
  return {
    contexts: { ...frame.contexts, env: { ...frame.env }, steps: frame.steps, ...extra },
    workspace: frame.workspace,
    status: {
      succeeded: () => !frame.state.failed,
      failed: () => frame.state.failed,
      cancelled: () => isCancelled(frame),
    },
  };
}

export function stringMap(value: Json): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) out[key] = asString(item);
  }
  return out;
}

/** GitHub's shells (docs: "jobs.<job_id>.steps[*].shell"); anything else is a template with {0}. */
export function shellCommand(
  shell: string | undefined,
  script: string,
): { command: string; args: string[]; ext: string } {
  switch (shell) {
    case undefined:
      return { command: "bash", args: ["-e", script], ext: ".sh" };
    case "bash":
      return { command: "bash", args: ["--noprofile", "--norc", "-eo", "pipefail", script], ext: ".sh" };
    case "sh":
      return { command: "sh", args: ["-e", script], ext: ".sh" };
    case "python":
      return { command: "python3", args: [script], ext: ".py" };
    case "pwsh":
      return { command: "pwsh", args: ["-command", `. '${script}'`], ext: ".ps1" };
    default: {
      if (!shell.includes("{0}"))
        throw new RehearsalError(
          `Invalid shell option. Shell must be a valid built-in (bash, sh, python, pwsh) or a format string containing '{0}', got '${shell}'`,
        );
      const [command = "", ...args] = shell.trim().split(/\s+/);
      return { command, args: args.map((a) => a.replace("{0}", script)), ext: "" };
    }
  }
}

function defaultName(step: Step): string {
  if ("run" in step) {
    const token = step.run as unknown as { value?: string; source?: string; expression?: string };
    const text = token.value ?? token.source ?? "";
    return `Run ${text.split("\n")[0]?.trim() ?? ""}`;
  }
  if ("uses" in step) return `Run ${step.uses.value}`;
  return "step";
}

/** Runs a job's (or a composite action's) steps in order, honouring if:, continue-on-error and timeouts. */
export async function runSteps(
  frame: StepsFrame,
  steps: Step[],
  raws: MappingToken[],
  composite = false,
): Promise<void> {
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index];
    const raw = raws[index];
    if (!step || !raw) continue;
    await runStep(frame, step, raw, composite);
  }
}

async function runStep(frame: StepsFrame, step: Step, raw: MappingToken, composite: boolean): Promise<void> {
  const reporter = frame.run.reporter;
  const output = new StepOutput(frame.jobKey, reporter, frame.run.masker);
  const nameToken = mappingGet(raw, "name");
  let name = defaultName(step);
  try {
    if (nameToken) name = asString(evaluateToken(nameToken, scopeOf(frame)));
  } catch {
    // a name that cannot be evaluated keeps the default, as on GitHub
  }
  const started = Date.now();
  const record = (outcome: Conclusion, conclusion: Conclusion, outputs: Record<string, string>): void => {
    if (!step.id.startsWith("__")) frame.steps[step.id] = { outputs, outcome, conclusion };
    if (conclusion === "failure") frame.state.failed = true;
    reporter.stepFinished(frame.jobKey, name, conclusion, (Date.now() - started) / 1000);
  };
  const condition = "if" in step && step.if ? step.if.expression : "success()";
  let run: boolean;
  try {
    run = evaluateCondition(condition, scopeOf(frame));
  } catch (error) {
    reporter.stepStarted(frame.jobKey, name);
    output.annotate("error", (error as Error).message);
    return record("failure", "failure", {});
  }
  if (!run) {
    if (!step.id.startsWith("__")) frame.steps[step.id] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
    reporter.stepFinished(frame.jobKey, name, "skipped", 0);
    return;
  }
  reporter.stepStarted(frame.jobKey, name);
  let continueOnError = false;
  let outcome: Conclusion = "failure";
  let outputs: Record<string, string> = {};
  const timeoutToken = mappingGet(raw, "timeout-minutes");
  const timeout = timeoutToken ? Number(evaluateToken(timeoutToken, scopeOf(frame))) : undefined;
  // A step that runs after the job was cancelled (always(), cancelled()) gets GitHub's default
  // cancel-timeout-minutes (5) instead of the already-aborted job signal.
  const base = isCancelled(frame) ? AbortSignal.timeout(5 * 60_000) : frame.signal;
  const stepSignal = timeout ? AbortSignal.any([base, AbortSignal.timeout(timeout * 60_000)]) : base;
  try {
    const coeToken = mappingGet(raw, "continue-on-error");
    continueOnError = coeToken ? Boolean(evaluateToken(coeToken, scopeOf(frame))) : false;
    const envToken = mappingGet(raw, "env");
    const stepEnv = envToken ? stringMap(evaluateToken(envToken, scopeOf(frame))) : {};
    const scope = scopeOf(frame, { env: { ...frame.env, ...stepEnv } });
    const workdirToken = mappingGet(raw, "working-directory");
    const workdir = workdirToken ? asString(evaluateToken(workdirToken, scope)) : frame.defaults.workingDirectory;
    const cwd = workdir ? path.resolve(frame.workspace, workdir) : frame.workspace;
    if ("run" in step) {
      const script = asString(evaluateToken(step.run, scope));
      const shellToken = mappingGet(raw, "shell");
      const shell = shellToken ? asString(evaluateToken(shellToken, scope)) : frame.defaults.shell;
      if (composite && shell === undefined) throw new RehearsalError("Required property is missing: shell");
      const probe = shellCommand(shell, "");
      const file = path.join(frame.runnerTemp, `${randomUUID()}${probe.ext}`);
      writeFileSync(file, script);
      const shellRun = shellCommand(shell, file);
      const result = await execStep(frame, {
        command: shellRun.command,
        args: shellRun.args,
        cwd,
        env: processEnvironment(frame, stepEnv),
        output,
        signal: stepSignal,
      });
      outputs = result.outputs;
      if (result.exitCode !== 0) {
        output.annotate(
          "error",
          stepSignal.aborted && !base.aborted
            ? `The action '${name}' has timed out after ${timeout} minutes.`
            : `Process completed with exit code ${result.exitCode}.`,
        );
      }
      outcome = result.exitCode === 0 ? "success" : "failure";
    } else if ("uses" in step) {
      const withToken = mappingGet(raw, "with");
      const inputs = withToken ? stringMap(evaluateToken(withToken, scope)) : {};
      const result = await runAction(frame, {
        uses: step.uses.value,
        inputs,
        stepEnv,
        cwd,
        output,
        signal: stepSignal,
        name,
      });
      outputs = result.outputs;
      outcome = result.ok ? "success" : "failure";
    } else {
      throw new RehearsalError("The rehearsal runs run: and uses: steps only");
    }
  } catch (error) {
    output.annotate("error", (error as Error).message);
    outcome = "failure";
  }
  if (isCancelled(frame) && outcome === "failure") {
    return record("cancelled", "cancelled", outputs);
  }
  record(outcome, outcome === "failure" && continueOnError ? "success" : outcome, outputs);
}
