import { EOL } from "node:os";
import { issueCommand, issueFileCommand, prepareKeyValueMessage, summary, toCommandValue } from "./core-commands.ts";
import { errorMessage, isOneLineError } from "./errors.ts";
import type { Logger } from "./logger.ts";

/**
 * The only module in the suite that writes workflow commands, each as @actions/core writes it
 * (core.info, core.warning, ...: see core-commands.ts for why not through its index).
 */
const core = {
  info: (message: string): void => {
    process.stdout.write(message + EOL);
  },
  warning: (message: string): void => issueCommand("warning", {}, message),
  debug: (message: string): void => issueCommand("debug", {}, message),
  error: (message: string): void => issueCommand("error", {}, message),
  setSecret: (secret: string): void => issueCommand("add-mask", {}, secret),
  setFailed: (message: string): void => {
    process.exitCode = 1;
    core.error(message);
  },
  /** GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV when the runner gives the file, else the old command. */
  fileOrCommand: (file: "OUTPUT" | "STATE" | "ENV", command: string, name: string, value: string): void => {
    if (process.env[`GITHUB_${file}`]) issueFileCommand(file, prepareKeyValueMessage(name, value));
    else {
      if (file === "OUTPUT") process.stdout.write(EOL);
      issueCommand(command, { name }, toCommandValue(value));
    }
  },
};

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
  for (const [name, value] of Object.entries(outputs)) core.fileOrCommand("OUTPUT", "set-output", name, String(value));
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addRaw(markdown, true).write();
}

export function saveState(name: string, value: string): void {
  core.fileOrCommand("STATE", "save-state", name, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || "";
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  core.fileOrCommand("ENV", "set-env", name, value);
}

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
    core.setFailed(errorMessage(error));
  }
}

/** True in the `post:` phase of an action whose main and post share one bundle. */
export function isPostPhase(): boolean {
  return getState("isPost") === "true";
}

export function markMainPhaseDone(): void {
  saveState("isPost", "true");
}
