import * as core from "@actions/core";
import { ConfigurationError, errorMessage, isOneLineError } from "./errors.ts";
import type { Logger } from "./logger.ts";

/** The only module in the suite that touches @actions/core. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
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
    core.setFailed(errorMessage(error));
  }
}

/** True in the `post:` phase of an action whose main and post share one bundle. */
export function isPostPhase(): boolean {
  return core.getState("isPost") === "true";
}

function markMainPhaseDone(): void {
  core.saveState("isPost", "true");
}
