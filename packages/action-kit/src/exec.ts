import { childEnvironment, type Exec, withOverrides } from "@platform/process";
import { actionsLogger } from "./actions.ts";
import type { Logger } from "./logger.ts";

/**
 * The Exec port on @actions/exec, as the runner's own toolkit runs commands: the command line
 * and its output go to the job log live (none of it with `silent`). With a `logger`, output
 * lines go to it instead of straight to stdout. The child never sees the step's inputs nor
 * the OIDC request variables (`childEnvironment`). Output never goes to stdout raw: without a
 * `logger` it goes to the escaping actionsLogger, after a `[command]` line as @actions/exec writes.
 */
export function actionsExec(given?: Logger): Exec {
  const logger = given ?? actionsLogger;
  return async (command, args, options = {}) => {
    if (given === undefined && !options.silent) logger.info(`[command]${[command, ...args].join(" ")}`);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(withOverrides(childEnvironment(process.env), options.env))) {
      if (value !== undefined) env[key] = value;
    }
    const toLogger = !options.silent;
    const stdline = (line: string) => {
      if (toLogger) logger.info(line);
      options.onStdoutLine?.(line);
    };
    const errline = (line: string) => {
      if (toLogger) logger.info(line);
      options.onStderrLine?.(line);
    };
    // Loaded at the first command, not at start (@actions/exec and @actions/io, ~45 KB).
    const { getExecOutput } = await import("@actions/exec");
    try {
      const { exitCode, stdout, stderr } = await getExecOutput(command, args, {
        cwd: options.cwd,
        env,
        input: options.stdin === undefined ? undefined : Buffer.from(options.stdin),
        ignoreReturnCode: true,
        silent: true,
        listeners: { stdline, errline },
      });
      return { exitCode, stdout, stderr };
    } catch (error) {
      // @actions/io's which() says "Unable to locate executable file" when nothing is on PATH.
      if (error instanceof Error && /Unable to locate executable file/.test(error.message)) {
        throw new Error(`${command} is not installed or not on PATH`);
      }
      throw error;
    }
  };
}
