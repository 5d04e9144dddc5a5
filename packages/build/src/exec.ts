import { spawn } from "node:child_process";
import type { Logger } from "@platform/action-kit";

export interface ExecOptions {
  /** Added to (or, when undefined, removed from) this process's environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Written to stdin, then closed: how passwords reach a command, never argv. */
  stdin?: string;
  /** Stream stdout/stderr lines to the log (default true). */
  log?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type Exec = (command: string, args: string[], options?: ExecOptions) => Promise<ExecResult>;

/**
 * The environment a child command gets: ours, minus the step's inputs (a password input is
 * an INPUT_* variable) and the OIDC request token, which docker never needs.
 */
export function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("INPUT_") || key.startsWith("ACTIONS_ID_TOKEN_REQUEST_")) continue;
    result[key] = value;
  }
  return result;
}

/** Runs a command, streaming its output to the logger line by line and collecting it. */
export function processExec(logger: Logger): Exec {
  return (command, args, options = {}) =>
    new Promise((resolve, reject) => {
      const env = childEnvironment(process.env);
      for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined) delete env[key];
        else env[key] = value;
      }
      const stdin = options.stdin === undefined ? "ignore" : "pipe";
      const child = spawn(command, args, { cwd: options.cwd, env, stdio: [stdin, "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      const stream = (chunkSink: (text: string) => void) => {
        let pending = "";
        return {
          data: (chunk: Buffer) => {
            const text = chunk.toString();
            chunkSink(text);
            if (options.log === false) return;
            pending += text;
            const lines = pending.split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines) logger.info(line);
          },
          end: () => {
            if (options.log !== false && pending) logger.info(pending);
          },
        };
      };
      const out = stream((text) => {
        stdout += text;
      });
      const err = stream((text) => {
        stderr += text;
      });
      child.stdout?.on("data", out.data);
      child.stderr?.on("data", err.data);
      child.on("error", (error: NodeJS.ErrnoException) =>
        reject(error.code === "ENOENT" ? new Error(`${command} is not installed or not on PATH`) : error),
      );
      child.on("close", (code, signal) => {
        out.end();
        err.end();
        resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
      });
      if (child.stdin) {
        // A command that exits without reading its input must not crash us with EPIPE.
        child.stdin.on("error", () => {});
        child.stdin.end(options.stdin);
      }
    });
}
