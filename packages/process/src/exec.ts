import { childProcess } from "./child-process.ts";
import { childEnvironment, withOverrides } from "./environment.ts";

export interface ExecOptions {
  cwd?: string;
  /** Applied on top of the implementation's base environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Written to stdin, then closed: how passwords reach a command, never argv. */
  stdin?: string | Buffer;
  /** Each complete line of output, as it arrives (the last one even without a newline). */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** Do not echo the command or its output to the log (for implementations that do). */
  silent?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to completion. Resolves whatever the exit code; rejects only when the
 * command cannot start ("X is not installed or not on PATH").
 */
export type Exec = (command: string, args: string[], options?: ExecOptions) => Promise<ExecResult>;

/** The error an Exec rejects with when `command` cannot be started. */
function startError(command: string, error: NodeJS.ErrnoException): Error {
  return error.code === "ENOENT" ? new Error(`${command} is not installed or not on PATH`) : error;
}

/** Calls `sink` once per line; `end()` flushes a last line that has no newline. */
function lineSplitter(sink: (line: string) => void): { push: (chunk: Buffer) => void; end: () => void } {
  let pending = "";
  return {
    push: (chunk) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) sink(line);
    },
    end: () => {
      if (pending) sink(pending);
      pending = "";
    },
  };
}

/**
 * An Exec on node:child_process. Output is kept as Buffers until the end: `terraform show
 * -json` of a large plan is tens of megabytes and per-chunk string concatenation would copy
 * it again and again. The base environment defaults to ours without the step's inputs and
 * the OIDC request variables (`childEnvironment`). With `timeoutMs`, a command still running
 * then is killed (SIGTERM) and resolves with exit code 128.
 */
export function createNodeExec(defaults: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Exec {
  return (command, args, options = {}) =>
    new Promise((resolve, reject) => {
      const env = withOverrides(defaults.env ?? childEnvironment(process.env), options.env);
      const stdinMode = options.stdin === undefined ? "ignore" : "pipe";
      const child = childProcess().spawn(command, args, {
        cwd: options.cwd,
        env,
        stdio: [stdinMode, "pipe", "pipe"],
      });
      // Our own timer rather than spawn's `timeout`: Node clears that one only on 'exit',
      // which a command that never started (ENOENT) does not emit, so the timer would hold
      // the process open for the whole timeout after the failure was already reported.
      const timer =
        defaults.timeoutMs === undefined ? undefined : setTimeout(() => child.kill("SIGTERM"), defaults.timeoutMs);
      const settle = (): void => clearTimeout(timer);
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
      const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
      child.stdout?.on("data", (chunk: Buffer) => {
        stdout.push(chunk);
        outLines?.push(chunk);
      });
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr.push(chunk);
        errLines?.push(chunk);
      });
      child.on("error", (error: NodeJS.ErrnoException) => {
        settle();
        reject(startError(command, error));
      });
      child.on("close", (code, signal) => {
        settle();
        outLines?.end();
        errLines?.end();
        resolve({
          exitCode: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(stdout).toString("utf8"),
          stderr: Buffer.concat(stderr).toString("utf8"),
        });
      });
      if (child.stdin) {
        // A command that exits without reading its input must not crash us with EPIPE.
        child.stdin.on("error", () => {});
        child.stdin.end(options.stdin);
      }
    });
}

/** The default node Exec: base environment `childEnvironment(process.env)`. */
export const nodeExec: Exec = createNodeExec();
