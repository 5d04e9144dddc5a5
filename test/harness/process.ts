import { type ChildProcess, spawn } from "node:child_process";

/** The part of a child's output kept for error messages and `output()`. */
const OUTPUT_LIMIT = 256 * 1024;

export interface ServerProcessOptions {
  command: string;
  args?: string[];
  /** The whole environment of the child; `process.env` when omitted. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Shown in errors; the command's base name by default. */
  name?: string;
  /** Polled until it resolves true; a throw counts as "not yet". */
  ready: () => Promise<boolean>;
  /** Default 30 s. */
  timeoutMs?: number;
}

export interface ServerProcess {
  pid: number;
  /** SIGTERM, SIGKILL after 5 s, and resolves once the process has exited. Idempotent. */
  stop(): Promise<void>;
  /** stdout and stderr interleaved (the last 256 KiB). */
  output(): string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The last `chars` characters of a text, on one line, for one-line error messages. */
export function tailLine(text: string, chars = 600): string {
  const oneLine = text.trim().replace(/\s*\r?\n\s*/g, " | ");
  return oneLine.length > chars ? `...${oneLine.slice(-chars)}` : oneLine;
}

/** A command line shortened to one line of at most `chars` characters, for error messages. */
export function commandLine(command: string, args: readonly string[], chars = 200): string {
  const oneLine = [command, ...args].join(" ").replace(/\s*\r?\n\s*/g, " ");
  return oneLine.length > chars ? `${oneLine.slice(0, chars)}...` : oneLine;
}

/**
 * Starts a long-running server (registry, dockerd, a fake) and resolves once `ready` says so.
 * On timeout or an early exit it throws one line naming the command, with the tail of its output,
 * and leaves no process behind.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const name = options.name ?? options.command.split("/").pop() ?? options.command;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const child = spawn(options.command, options.args ?? [], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  let exit: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.on("error", (error) => {
      exit ??= `could not start: ${error.message}`;
      resolve();
    });
    child.on("exit", (code, signal) => {
      exit ??= signal ? `was killed by ${signal}` : `exited with code ${code}`;
    });
    child.on("close", () => resolve());
  });

  const stop = makeStop(child, exited, () => exit !== undefined);
  const describe = `${name} (${commandLine(options.command, options.args ?? [])})`;
  const pid = child.pid;
  if (pid === undefined) {
    // spawn failed (ENOENT, EACCES): the "error" event follows.
    await exited;
    throw new Error(`${describe} ${exit ?? "could not start"}`);
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit !== undefined) {
      await exited;
      throw new Error(`${describe} ${exit} before it was ready: ${tailLine(output) || "(no output)"}`);
    }
    if (await readyNow(options.ready)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `${describe} was not ready after ${timeoutMs} ms and was stopped: ${tailLine(output) || "(no output)"}`,
      );
    }
    await sleep(100);
  }
  return { pid, stop, output: () => output };
}

async function readyNow(ready: () => Promise<boolean>): Promise<boolean> {
  try {
    return await ready();
  } catch {
    return false;
  }
}

function makeStop(child: ChildProcess, exited: Promise<void>, hasExited: () => boolean): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      if (hasExited()) return exited;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    })();
    return stopping;
  };
}

/** True when something answers HTTP at `url` (any status): usable as a `ready` check. */
export async function httpAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** Polls `check` until true; throws one line naming `what` after `timeoutMs` (default 30 s). */
export async function waitFor(
  check: () => Promise<boolean>,
  options: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  while (!(await readyNow(check))) {
    if (Date.now() > deadline) throw new Error(`${options.what} did not happen within ${timeoutMs} ms`);
    await sleep(options.intervalMs ?? 100);
  }
}

/** Waits until an HTTP server answers at `url` with any status. */
export async function waitForHttp(url: string, options: { timeoutMs?: number } = {}): Promise<void> {
  await waitFor(() => httpAnswers(url), { what: `an HTTP answer from ${url}`, timeoutMs: options.timeoutMs });
}

export interface RunCommandOptions {
  cwd?: string;
  /** The whole environment of the child; `process.env` when omitted. */
  env?: NodeJS.ProcessEnv;
  /** Written to stdin (then closed): how passwords reach a command, never argv. */
  input?: string | Buffer;
  /** Kill the command after this many ms (default 120 s). */
  timeoutMs?: number;
  /** Exit codes that are not failures (default [0]); e.g. [0, 2] for `terraform plan -detailed-exitcode`. */
  okExitCodes?: number[];
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs a command to completion. A non-zero exit throws one line naming the command with the
 * tail of its stderr (or stdout when stderr is empty).
 */
export async function runCommand(
  command: string,
  args: string[],
  options: RunCommandOptions = {},
): Promise<CommandResult> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // A command that exits without reading stdin must not crash the test with EPIPE.
  child.stdin.on("error", () => undefined);
  child.stdin.end(options.input ?? "");
  const timeoutMs = options.timeoutMs ?? 120_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeoutMs);
  const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on("error", (error) => resolve({ code: null, signal: null, error }));
    child.on("close", (code, signal) => resolve({ code, signal }));
  });
  clearTimeout(timer);
  const shown = commandLine(command, args);
  if (result.error) throw new Error(`${shown} could not start: ${result.error.message}`);
  if (result.code === null || !(options.okExitCodes ?? [0]).includes(result.code)) {
    const why = timedOut
      ? `was killed after ${timeoutMs} ms`
      : result.signal
        ? `was killed by ${result.signal}`
        : `exited with code ${result.code}`;
    throw new Error(`${shown} ${why}: ${tailLine(stderr || stdout) || "(no output)"}`);
  }
  return { stdout, stderr, exitCode: result.code };
}
