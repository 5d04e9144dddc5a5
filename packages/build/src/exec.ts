import type { Logger } from "@platform/action-kit";
import { type Exec, nodeExec } from "@platform/process";

export { childEnvironment, type Exec, type ExecOptions, type ExecResult } from "@platform/process";

/** nodeExec with every output line in the log (unless `silent`), for runs outside Actions. */
export function processExec(logger: Logger, exec: Exec = nodeExec): Exec {
  return (command, args, options = {}) => {
    if (options.silent) return exec(command, args, options);
    const log = (line: string) => logger.info(line);
    return exec(command, args, {
      ...options,
      onStdoutLine: (line) => {
        log(line);
        options.onStdoutLine?.(line);
      },
      onStderrLine: (line) => {
        log(line);
        options.onStderrLine?.(line);
      },
    });
  };
}
