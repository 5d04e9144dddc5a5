// Shared by the start-up benchmarks: how long a bundle takes from process start to the first
// read of an INPUT_* variable (a preloaded hook exits there), and what a whole run that fails
// on empty inputs costs in wall time and peak RSS (GNU time's %e %M).
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

/** Writes the preload (ESM) that stops the process at the first INPUT_* read; returns its path. */
export function writeFirstInputHook(dir: string): string {
  const hook = path.join(dir, "first-input.mjs");
  writeFileSync(
    hook,
    `const env = process.env;
process.env = new Proxy(env, {
  get(target, key) {
    if (typeof key === "string" && key.startsWith("INPUT_")) {
      const cpu = process.cpuUsage();
      process.stderr.write("first-input " + performance.now().toFixed(2) + " " + ((cpu.user + cpu.system) / 1000).toFixed(2) + " " + (process.memoryUsage.rss() / 1048576).toFixed(1) + "\\n");
      process.exit(0);
    }
    return Reflect.get(target, key);
  },
});
`,
  );
  return hook;
}

export interface FirstInput {
  /** performance.now() at the first input read: ms since the process started. */
  wall: number;
  /** user+system CPU ms of the process by then. */
  cpu: number;
  /** resident set (MB) by then. */
  rssMb: number;
}

/** Runs node with the hook preloaded; resolves with what the hook reported. */
export function firstInput(nodeArgs: string[], env: NodeJS.ProcessEnv): Promise<FirstInput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", () => {
      const reported = /first-input ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stderr);
      if (!reported) reject(new Error(`node ${nodeArgs.join(" ")} read no input: ${stderr.slice(0, 800)}`));
      else resolve({ wall: Number(reported[1]), cpu: Number(reported[2]), rssMb: Number(reported[3]) });
    });
  });
}

export interface WholeRun {
  /** wall ms of the whole process, as GNU time sees it. */
  wall: number;
  /** peak resident set in MB. */
  rssMb: number;
  exitCode: number;
}

/** Runs a command under GNU time (any exit code is fine: an empty input is meant to fail). */
export function wholeRun(command: string[], env: NodeJS.ProcessEnv): Promise<WholeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-f", "BENCH %e %M %x", ...command], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", () => {
      const wall = performance.now() - started;
      const match = /BENCH ([\d.]+) (\d+) (\d+)/.exec(stderr);
      if (!match) reject(new Error(`${command.join(" ")}: no timing: ${stderr.slice(-800)}`));
      // GNU time's %e has 10 ms resolution; the spawn-to-close time is ours, within ~1 ms of it.
      else resolve({ wall, rssMb: Number(match[2]) / 1024, exitCode: Number(match[3]) });
    });
  });
}

/** The 1, 5 and 15 minute load averages, for printing beside each figure. */
export function load(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
}
