import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FieldError, type Logger, shownValue } from "@platform/action-kit";
import type { Exec, ExecResult } from "./exec.ts";

/**
 * What @platform/terraform may refuse, in its own terms (a FieldError's `field`): the executable
 * the plans run with. The action maps it to its input. (Workspace and plan patterns are named by
 * the caller: findWorkspaces and findPlanFiles take the input's name.)
 */
export type TerraformField = "terraform";

interface PlanRunOptions {
  /** The terraform (or tofu) executable. */
  terraform: string;
  init: boolean;
  planArgs: string[];
  exec: Exec;
  env?: NodeJS.ProcessEnv;
  /** Where plan files go (RUNNER_TEMP on a runner); never inside the workspace. */
  tempDir?: string;
  logger: Logger;
}

type PlanRun = { ok: true; planJson: string; exitCode: number } | { ok: false; errorLines: string[] };

const ERROR_LINE_LIMIT = 40;
const LINE_LENGTH_LIMIT = 400;
/**
 * A diagnostic's expression values ("│ var.token is \"...\""). Terraform prints them even for
 * sensitive variables (a failed validation shows the value), and a failed plan gives no JSON
 * to tell which are sensitive: no value is passed on, only the expression it belongs to.
 */
const EXPRESSION_VALUE = /^(\s*│\s+\S.*? is ).+$/;

/**
 * The lines of Terraform's output that explain a failure: its diagnostics without the box
 * drawing and without expression values, from the first "Error:" on (or the tail when there
 * is none).
 */
export function errorLines(output: string): string[] {
  const lines = output
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^[│╷╵]\s?/, "").trimEnd());
  const first = lines.findIndex((line) => /^(Error|error)\b/.test(line.trim()));
  const relevant = (first >= 0 ? lines.slice(first) : lines.slice(-ERROR_LINE_LIMIT)).filter(
    (line, i, all) => line.trim() !== "" || (i > 0 && (all[i - 1] ?? "").trim() !== ""),
  );
  const trimmed = relevant
    .map((line) => line.replace(EXPRESSION_VALUE, "$1(value not shown)"))
    .map((line) => (line.length > LINE_LENGTH_LIMIT ? `${line.slice(0, LINE_LENGTH_LIMIT)}…` : line));
  while (trimmed.length > 0 && (trimmed[trimmed.length - 1] ?? "").trim() === "") trimmed.pop();
  return trimmed.length > ERROR_LINE_LIMIT
    ? [...trimmed.slice(0, ERROR_LINE_LIMIT), `… ${trimmed.length - ERROR_LINE_LIMIT} more lines`]
    : trimmed;
}

async function step(options: PlanRunOptions, cwd: string, args: string[]): Promise<ExecResult> {
  try {
    return await options.exec(options.terraform, args, { cwd, env: options.env });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new FieldError<TerraformField>(
      "terraform",
      `${shownValue(options.terraform)} could not be run (${why}); install it or give the path of terraform or tofu.`,
    );
  }
}

/**
 * init, `plan -detailed-exitcode -lock=false -input=false -out`, then `show -json`. The
 * exit code of plan is recorded but not trusted: the caller reads the JSON.
 */
export async function runPlan(workspaceDir: string, label: string, options: PlanRunOptions): Promise<PlanRun> {
  const { logger } = options;
  if (options.init) {
    const init = await step(options, workspaceDir, ["init", "-input=false", "-no-color"]);
    if (init.exitCode !== 0) {
      logger.warning(`${label}: terraform init failed (exit ${init.exitCode})`);
      return { ok: false, errorLines: errorLines(init.stderr || init.stdout) };
    }
  }
  const dir = mkdtempSync(path.join(options.tempDir ?? os.tmpdir(), "drift-plan-"));
  try {
    const planFile = path.join(dir, "tfplan");
    const plan = await step(options, workspaceDir, [
      "plan",
      "-detailed-exitcode",
      "-lock=false",
      "-input=false",
      "-no-color",
      `-out=${planFile}`,
      ...options.planArgs,
    ]);
    if (plan.exitCode !== 0 && plan.exitCode !== 2) {
      logger.warning(`${label}: terraform plan failed (exit ${plan.exitCode})`);
      return { ok: false, errorLines: errorLines(plan.stderr || plan.stdout) };
    }
    const show = await step(options, workspaceDir, ["show", "-json", "-no-color", planFile]);
    if (show.exitCode !== 0) {
      logger.warning(`${label}: terraform show -json failed (exit ${show.exitCode})`);
      return { ok: false, errorLines: errorLines(show.stderr || show.stdout) };
    }
    return { ok: true, planJson: show.stdout, exitCode: plan.exitCode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
