import { accessSync, appendFileSync, constants } from "node:fs";
import { EOL } from "node:os";
import { issueCommand, issueFileCommand, prepareKeyValueMessage, toCommandValue } from "./core-commands.ts";
import { ConfigurationError, errorMessage, isOneLineError, namedForInputs } from "./errors.ts";
import { escapeLog } from "./log-escape.ts";
import type { Logger } from "./logger.ts";

/**
 * The only module in the suite that writes workflow commands, each as @actions/core writes it
 * (core.info, core.warning, ...: see core-commands.ts for why not through its index). Every
 * message is escaped: packages log what registries, GitHub, terraform and git said, which must
 * not run as workflow commands.
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
  info: (message) => core.info(escapeLog(message)),
  warning: (message) => core.warning(escapeLog(message)),
  debug: (message) => core.debug(escapeLog(message)),
};

/** Masks a secret in every later log line. Call it the moment a secret exists. */
export function mask(secret: string | undefined): void {
  if (secret) core.setSecret(secret);
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.fileOrCommand("OUTPUT", "set-output", name, String(value));
}

/**
 * Appends the step summary as `core.summary.addRaw(markdown, true).write()` does (the same bytes,
 * the same error), synchronously: @actions/core's summary module loads node:fs/promises (and
 * with it readline and the file watchers, ~4 ms) when it is evaluated, at every action's start.
 */
export function writeSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, markdown + EOL, { encoding: "utf8" });
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

/** What an action's main hands back: the kit sets the outputs, writes the summary, then fails the step with `failure` if given. */
export interface ActionResult {
  outputs?: Record<string, string | number | boolean>;
  summary?: string;
  /** One line: the step fails after its outputs and summary are written (drift-report's fail-on-drift). */
  failure?: string;
}
/** Longest error line a step fails with (values inside are cut to a prefix before that). */
const MAX_ERROR_LINE = 4000;

/**
 * Runs an action: its `post` in the post phase, else its main, whose outputs and summary the
 * kit writes. A ConfigurationError or ServiceError fails the step with its one line (a
 * package's FieldError named by the input `inputNames` gives for its field); any other error is
 * a bug: its stack goes to the log so it can be reported.
 */
export async function runAction(
  main: () => Promise<ActionResult | undefined> | Promise<void>,
  options: { post?: () => Promise<void> | void; inputNames?: Readonly<Record<string, string>> } = {},
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
    if (result?.summary) writeSummary(result.summary);
    if (result?.failure) throw new ConfigurationError(result.failure);
  } catch (thrown) {
    const error = namedForInputs(thrown, options.inputNames ?? {});
    if (!isOneLineError(error) && error instanceof Error && error.stack) {
      core.error(error.stack);
    }
    // The last guard against a value echoed whole: an error line is never longer than this.
    const message = errorMessage(error);
    core.setFailed(message.length > MAX_ERROR_LINE ? `${message.slice(0, MAX_ERROR_LINE)}… (cut)` : message);
  }
}

/** True in the `post:` phase of an action whose main and post share one bundle. */
function isPostPhase(): boolean {
  return getState("isPost") === "true";
}

function markMainPhaseDone(): void {
  saveState("isPost", "true");
}
