import { accessSync, constants, existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import {
  type CommandResult,
  type RunCommandOptions,
  runCommand,
  type ServerProcess,
  startServerProcess,
} from "./process.ts";

/*
 * A Docker Engine for tests. Debian's docker.io has no buildx, so builds use the legacy
 * builder (DOCKER_BUILDKIT=0). Its cache is not keyed by platform: building the same context
 * for linux/amd64 and then linux/arm64 can return the amd64 image. Per-platform builds must
 * pass `--no-cache` (or use distinct contexts).
 */

export interface DockerEngine {
  /** The DOCKER_HOST value to hand to clients, e.g. unix:///tmp/dockerd-x/docker.sock. */
  host: string;
  /** Releases this reference; the daemon the harness started stops with the last one. */
  stop(): Promise<void>;
}

const DEFAULT_SOCKET = "/var/run/docker.sock";

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => path.join(dir, name))
    .find(executable);
}

/** The docker client: Debian's /usr/bin/docker (same version as its dockerd), else `docker` on PATH. */
export function dockerClient(): string {
  if (executable("/usr/bin/docker")) return "/usr/bin/docker";
  const found = onPath("docker");
  if (found === undefined) throw new Error("docker is not on PATH: install docker.io to run this test");
  return found;
}

/** Runs the docker client against `host` with the legacy builder; throws one line with stderr on failure. */
export async function docker(
  host: string,
  args: string[],
  options: Omit<RunCommandOptions, "env"> & { env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return runCommand(dockerClient(), args, {
    ...options,
    env: { ...process.env, DOCKER_HOST: host, DOCKER_BUILDKIT: "0", DOCKER_CLI_HINTS: "false", ...options.env },
  });
}

/** True when a Docker Engine answers GET /_ping at a unix:// or tcp:// DOCKER_HOST. */
export async function dockerAnswers(host: string): Promise<boolean> {
  const target = host.startsWith("unix://")
    ? { socketPath: host.slice("unix://".length) }
    : host.startsWith("tcp://")
      ? (() => {
          const url = new URL(`http://${host.slice("tcp://".length)}`);
          return { host: url.hostname, port: Number(url.port || 2375) };
        })()
      : undefined;
  if (target === undefined) return false;
  return new Promise<boolean>((resolve) => {
    const request = http.get({ ...target, path: "/_ping", timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

interface Engine {
  host: string;
  refs: number;
  shutdown(): Promise<void>;
}

let engine: Promise<Engine> | undefined;

/**
 * A Docker Engine: the one answering at DOCKER_HOST or /var/run/docker.sock, else (as root,
 * with dockerd installed) a private dockerd the harness starts on a socket in a temp dir.
 * References are counted within this process, so test files share one daemon.
 */
export async function ensureDocker(): Promise<DockerEngine> {
  engine ??= findOrStartEngine().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  const current = engine;
  const shared = await current;
  // The last reference was released while this call waited: that daemon is going away.
  if (engine !== current) return ensureDocker();
  shared.refs++;
  let released = false;
  return {
    host: shared.host,
    stop: async () => {
      if (released) return;
      released = true;
      shared.refs--;
      if (shared.refs > 0) return;
      if (engine === current) engine = undefined;
      await shared.shutdown();
    },
  };
}

/** The one-line reason no engine can be had, or undefined when dockerd can be started. */
export function whyNoDocker(asked: string[], dockerd: string | undefined, isRoot: boolean): string | undefined {
  const where = asked.join(" or ");
  if (dockerd === undefined) {
    return `no Docker Engine answers at ${where} and dockerd is not installed: install docker.io (Debian) or start Docker and set DOCKER_HOST`;
  }
  if (!isRoot) {
    return `no Docker Engine answers at ${where} and ${dockerd} needs root: start Docker and set DOCKER_HOST, or run as root`;
  }
  return undefined;
}

async function findOrStartEngine(): Promise<Engine> {
  const candidates = [process.env.DOCKER_HOST, `unix://${DEFAULT_SOCKET}`].filter(
    (host): host is string => host !== undefined && host !== "",
  );
  for (const host of candidates) {
    if (await dockerAnswers(host)) return { host, refs: 0, shutdown: async () => undefined };
  }
  const dockerd = existsSync("/usr/sbin/dockerd") ? "/usr/sbin/dockerd" : onPath("dockerd");
  const unavailable = whyNoDocker(candidates, dockerd, process.getuid?.() === 0);
  if (unavailable !== undefined || dockerd === undefined) throw new Error(unavailable ?? "dockerd is not installed");
  return startDockerd(dockerd);
}

async function startDockerd(dockerd: string): Promise<Engine> {
  const root = mkdtempSync(path.join(os.tmpdir(), "dockerd-"));
  const host = `unix://${path.join(root, "docker.sock")}`;
  let daemon: ServerProcess;
  try {
    daemon = await startServerProcess({
      command: dockerd,
      name: "dockerd",
      args: [
        `--host=${host}`,
        "--storage-driver=vfs",
        "--iptables=false",
        "--ip6tables=false",
        "--bridge=none",
        `--data-root=${path.join(root, "data")}`,
        `--exec-root=${path.join(root, "exec")}`,
        `--pidfile=${path.join(root, "dockerd.pid")}`,
      ],
      ready: () => dockerAnswers(host),
      timeoutMs: 60_000,
    });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  try {
    await docker(host, ["version"]);
  } catch (error) {
    await daemon.stop();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  // A test that forgets stop() must not leave a daemon behind when the process exits.
  const onExit = (): void => {
    try {
      process.kill(daemon.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.once("exit", onExit);
  return {
    host,
    refs: 0,
    shutdown: async () => {
      process.off("exit", onExit);
      await daemon.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
