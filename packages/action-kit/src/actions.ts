import * as core from "@actions/core";
import { errorMessage, isOneLineError } from "./errors.ts";
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

/** Longest error line a step fails with (values inside are cut to a prefix before that). */
export const MAX_ERROR_LINE = 4000;

/**
 * Runs an action's body. A ConfigurationError or ServiceError fails the step with its one
 * line; any other error is a bug: its stack goes to the log so it can be reported.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
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

export function markMainPhaseDone(): void {
  core.saveState("isPost", "true");
}
