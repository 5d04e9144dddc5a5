import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ActionTemplate } from "@actions/workflow-parser/actions/index";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { RehearsalError } from "./errors.ts";
import { execStep, processEnvironment } from "./exec.ts";
import { asString, evaluateCondition, evaluateToken, type JsonObject } from "./expressions.ts";
import type { StepsFrame } from "./frame.ts";
import { isMappingToken, mappingGet, type SuiteLocation } from "./load.ts";
import { actionParser } from "./parser.ts";
import { STAND_INS } from "./stand-ins.ts";
import type { StepOutput } from "./step-process.ts";
import { runSteps, scopeOf } from "./steps.ts";
import { suiteRoot } from "./suite.ts";

export interface ActionCall {
  uses: string;
  inputs: Record<string, string>;
  stepEnv: Record<string, string>;
  cwd: string;
  output: StepOutput;
  signal: AbortSignal;
  name: string;
}

export interface ActionResult {
  ok: boolean;
  outputs: Record<string, string>;
}

interface LoadedAction {
  dir: string;
  template: ActionTemplate;
  raw: MappingToken;
}

/** Where a `uses:` points: a directory with action.yml, a stand-in, or a one-line refusal. */
export function resolveAction(
  uses: string,
  workspace: string,
  suite: SuiteLocation,
): { dir: string } | { standIn: string } | { refused: string } {
  if (uses.startsWith("./")) {
    const dir = path.resolve(workspace, uses);
    if (!existsSync(path.join(dir, "action.yml")) && !existsSync(path.join(dir, "action.yaml"))) {
      return {
        refused: `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${dir}'. Did you forget to run actions/checkout before running your local action?`,
      };
    }
    return { dir };
  }
  const match = /^([^/@]+)\/([^/@]+)((?:\/[^@]*)?)@(.+)$/.exec(uses);
  if (match) {
    const [, owner = "", repo = "", sub = "", version = ""] = match;
    if (repo === suite.name && (!suite.owners || suite.owners.includes(owner))) {
      return { dir: path.join(suiteRoot(suite, version), sub) };
    }
    const standIn = `${owner}/${repo}${sub}`;
    if (STAND_INS[standIn]) return { standIn };
  }
  return {
    refused: `Unable to resolve action '${uses}': the rehearsal runs ./ actions, ${suite.name}'s own actions and stand-ins for ${Object.keys(STAND_INS).join(", ")} only`,
  };
}

async function loadAction(dir: string): Promise<LoadedAction> {
  const { parseAction, convertActionTemplate } = await actionParser();
  const { NoOperationTraceWriter } = await import("@actions/workflow-parser");
  const file = existsSync(path.join(dir, "action.yml")) ? "action.yml" : "action.yaml";
  const parsed = parseAction(
    { name: file, content: readFileSync(path.join(dir, file), "utf8") },
    new NoOperationTraceWriter(),
  );
  const errors = parsed.context.errors.getErrors();
  if (errors.length > 0 || !parsed.value) {
    throw new RehearsalError(`The action at ${dir} is not valid. ${errors.map((e) => e.message).join("; ")}`);
  }
  const template = convertActionTemplate(parsed.context, parsed.value);
  return { dir, template, raw: parsed.value as MappingToken };
}

/** INPUT_<NAME> as the runner sets it: upper case, spaces as underscores. */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

export async function runAction(frame: StepsFrame, call: ActionCall): Promise<ActionResult> {
  const resolved = resolveAction(call.uses, frame.workspace, frame.run.suite);
  if ("refused" in resolved) throw new RehearsalError(resolved.refused);
  if ("standIn" in resolved) {
    const standIn = STAND_INS[resolved.standIn];
    if (!standIn) throw new RehearsalError(`No stand-in for ${resolved.standIn}`);
    return standIn(frame, call);
  }
  const action = await loadAction(resolved.dir);
  const declared = action.template.inputs ?? [];
  const unexpected = Object.keys(call.inputs).filter(
    (name) => !declared.some((d) => d.id.toLowerCase() === name.toLowerCase()),
  );
  if (unexpected.length > 0) {
    call.output.annotate(
      "warning",
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.map((d) => d.id).join("', '")}']`,
    );
  }
  const inputs: Record<string, string> = {};
  for (const definition of declared) {
    const given = Object.entries(call.inputs).find(([k]) => k.toLowerCase() === definition.id.toLowerCase())?.[1];
    inputs[definition.id] =
      given ?? (definition.default ? asString(evaluateToken(definition.default, scopeOf(frame))) : "");
  }
  for (const [name, value] of Object.entries(call.inputs)) if (!(name in inputs)) inputs[name] = value;
  const runs = action.template.runs;
  if (runs.using === "composite") return runComposite(frame, action, inputs, call);
  if (runs.using === "docker")
    throw new RehearsalError(`${call.uses}: docker actions are not supported by the rehearsal`);
  const env = {
    ...processEnvironment(frame, call.stepEnv),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])),
    GITHUB_ACTION_PATH: action.dir,
    GITHUB_ACTION_REPOSITORY: call.uses.startsWith("./") ? "" : (call.uses.split("@")[0] ?? ""),
    GITHUB_ACTION_REF: call.uses.split("@")[1] ?? "",
  };
  const node = process.execPath;
  const main = await execStep(frame, {
    command: node,
    args: [path.join(action.dir, runs.main)],
    cwd: frame.workspace,
    env,
    output: call.output,
    signal: call.signal,
  });
  if (runs.post) {
    const postFile = path.join(action.dir, runs.post);
    const postIf = runs.postIf ?? "always()";
    const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]));
    frame.posts.push({
      name: `Post ${call.name}`,
      run: async () => {
        if (!evaluateCondition(postIf, scopeOf(frame))) return;
        const post = await execStep(frame, {
          command: node,
          args: [postFile],
          cwd: frame.workspace,
          env: { ...env, ...processEnvironment(frame, call.stepEnv), ...stateEnv },
          output: call.output,
          signal: AbortSignal.timeout(5 * 60_000),
        });
        if (post.exitCode !== 0) {
          call.output.annotate("error", `Post step of ${call.uses} completed with exit code ${post.exitCode}.`);
          frame.state.failed = true;
        }
      },
    });
  }
  if (main.exitCode !== 0 && call.output.errors.length === 0) {
    call.output.annotate("error", `${call.uses} completed with exit code ${main.exitCode}.`);
  }
  return { ok: main.exitCode === 0, outputs: main.outputs };
}

/** A composite action: its steps with `inputs` of its own, `steps` of its own, outputs mapped. */
async function runComposite(
  frame: StepsFrame,
  action: LoadedAction,
  inputs: Record<string, string>,
  call: ActionCall,
): Promise<ActionResult> {
  const runs = action.template.runs;
  if (runs.using !== "composite") throw new RehearsalError("not a composite action");
  const runsToken = mappingGet(action.raw, "runs");
  const stepsToken = isMappingToken(runsToken) ? mappingGet(runsToken, "steps") : undefined;
  const raws: MappingToken[] = [];
  if (stepsToken)
    for (const item of stepsToken as unknown as Iterable<TemplateToken>) if (isMappingToken(item)) raws.push(item);
  const inner: StepsFrame = {
    ...frame,
    contexts: { ...frame.contexts, inputs: inputs as JsonObject },
    env: frame.env,
    steps: {},
    state: { failed: false },
    signal: call.signal,
    actionPath: action.dir,
    defaults: {},
  };
  await runSteps(inner, runs.steps, raws, true);
  const outputs: Record<string, string> = {};
  for (const output of action.template.outputs ?? []) {
    if (output.value) outputs[output.id] = asString(evaluateToken(output.value, scopeOf(inner)));
  }
  return { ok: !inner.state.failed, outputs };
}

/** Runs the `pre:` of the suite's node actions a job uses, at the job's start as the runner does. */
export async function runPreSteps(frame: StepsFrame, uses: string[], output: StepOutput): Promise<boolean> {
  for (const ref of uses) {
    const resolved = resolveAction(ref, frame.workspace, frame.run.suite);
    if (!("dir" in resolved) || ref.startsWith("./")) continue;
    const action = await loadAction(resolved.dir);
    const runs = action.template.runs;
    if (runs.using === "composite" || runs.using === "docker" || !runs.pre) continue;
    if (!evaluateCondition(runs.preIf ?? "always()", scopeOf(frame))) continue;
    const pre = await execStep(frame, {
      command: process.execPath,
      args: [path.join(action.dir, runs.pre)],
      cwd: frame.workspace,
      env: { ...processEnvironment(frame, {}), GITHUB_ACTION_PATH: action.dir },
      output,
      signal: frame.signal,
    });
    if (pre.exitCode !== 0) return false;
  }
  return true;
}
