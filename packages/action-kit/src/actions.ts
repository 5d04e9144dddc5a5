import * as core from "@actions/core";
import { ConfigurationError, errorMessage, isOneLineError } from "./errors.ts";
import { escapeLog } from "./log-escape.ts";
import type { Logger } from "./logger.ts";

/**
 * The only module in the suite that touches @actions/core. Every message is escaped: packages
 * log what registries, GitHub, terraform and git said, which must not run as workflow commands.
 */
export const actionsLogger: Logger = {
  info: (message) => core.info(escapeLog(message)),
  warning: (message) => core.warning(escapeLog(message)),
  debug: (message) => core.debug(escapeLog(message)),
};

/** Masks a secret in every later log line. Call it the moment a secret exists. */
export function mask(secret: string | undefined): void {
  if (secret) core.setSecret(secret);
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

export function saveState(name: string, value: string): void {
  core.saveState(name, value);
}

export function getState(name: string): string {
  return core.getState(name);
}

export async function getIDToken(audience?: string): Promise<string> {
  return core.getIDToken(audience);
}

export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value);
}

/** What an action's main hands back: the kit sets the outputs, writes the summary, then fails the step with `failure` if given. */
export interface ActionResult {
  outputs?: Record<string, string | number | boolean>;
  summary?: string;
  /** One line: the step fails after its outputs and summary are written (drift-report's fail-on-drift). */
  failure?: string;
}
/** Longest error line a step fails with (values inside are cut to a prefix before that). */
export const MAX_ERROR_LINE = 4000;

/**
 * Runs an action: its `post` in the post phase, else its main, whose outputs and summary the
 * kit writes. A ConfigurationError or ServiceError fails the step with its one line; any
 * other error is a bug: its stack goes to the log so it can be reported.
 */
export async function runAction(
  main: () => Promise<ActionResult | undefined> | Promise<void>,
  options: { post?: () => Promise<void> | void } = {},
): Promise<void> {
  try {
    if (options.post) {
      if (isPostPhase()) {
        await options.post();
        return;
      }
      // Marked before main runs: a main that fails half-way still gets its post step to clean up.
      markMainPhaseDone();
    }
    const result: ActionResult | undefined = (await main()) ?? undefined;
    if (result?.outputs) setOutputs(result.outputs);
    if (result?.summary) await writeSummary(result.summary);
    if (result?.failure) throw new ConfigurationError(result.failure);
  } catch (error) {
    if (!isOneLineError(error) && error instanceof Error && error.stack) {
      core.error(error.stack);
    }
    // The last guard against a value echoed whole: an error line is never longer than this.
    const message = errorMessage(error);
    core.setFailed(message.length > MAX_ERROR_LINE ? `${message.slice(0, MAX_ERROR_LINE)}… (cut)` : message);
  }
}

/** True in the `post:` phase of an action whose main and post share one bundle. */
export function isPostPhase(): boolean {
  return core.getState("isPost") === "true";
}

function markMainPhaseDone(): void {
  core.saveState("isPost", "true");
}
