// npm run bench -- build-push-oidc [runs]: the action's own overhead for a cached two-platform
// build (everything except docker's build time) and the bundle's start-up time.
//
// Overhead: the bundled action pushes a FROM-scratch image for linux/amd64 and linux/arm64 to
// a real htpasswd registry through the full OIDC -> STS -> ECR path of the loopback fakes. A
// `docker` shim first on PATH records how long each `docker build` takes; overhead is the
// action's wall time minus those. The baseline is the same job by hand, as a shell would do it
// without buildx: `docker login --password-stdin`, `docker build` per platform, `docker push`
// each, `docker manifest create` + `docker manifest push` (the builds' time is subtracted the
// same way; the baseline has no OIDC/STS/ECR round trips: it is given the password).
//
// Start-up: `node dist/index.js` with a preloaded hook that stops the process the moment the
// first INPUT_* variable is read, reporting performance.now() (ms since the process started);
// the baseline is `node` running a module that only reads an input.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startAwsFake } from "../test/fakes/aws.ts";
import { startOidcFake } from "../test/fakes/oidc.ts";
import { ensureDocker } from "../test/harness/docker.ts";
import { startRegistry } from "../test/harness/registry.ts";
import { repoRoot, runBundledAction } from "../test/harness/run-action.ts";
import { median } from "./stats.ts";

const runs = Number(process.argv[2] ?? 5);
const ROLE = "arn:aws:iam::123456789012:role/bench";

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;

const scratch = mkdtempSync(path.join(os.tmpdir(), "bench-bpo-"));
const realDocker = execFileSync("sh", ["-c", "command -v docker"], { encoding: "utf8" }).trim();
const shimDir = path.join(scratch, "shim");
mkdirSync(shimDir);
const buildLog = path.join(scratch, "builds.log");
writeFileSync(
  path.join(shimDir, "docker"),
  `#!/bin/bash
# Records the wall time of each "docker build" (ns start and end), runs the real docker.
if [ "$1" = build ]; then
  s=$(date +%s%N); "${realDocker}" "$@"; rc=$?; e=$(date +%s%N)
  echo "$s $e" >> "${buildLog}"; exit $rc
fi
exec "${realDocker}" "$@"
`,
);
chmodSync(path.join(shimDir, "docker"), 0o755);

function buildMsSince(mark: number): number {
  let text = "";
  try {
    text = readFileSync(buildLog, "utf8");
  } catch {
    return 0;
  }
  const lines = text.trim().split("\n").slice(mark);
  return lines.reduce((sum, line) => {
    const [start = "0", end = "0"] = line.split(" ");
    return sum + Number(BigInt(end) - BigInt(start)) / 1e6;
  }, 0);
}

function buildCount(): number {
  try {
    return readFileSync(buildLog, "utf8").trim().split("\n").filter(Boolean).length;
  } catch {
    return 0;
  }
}

const engine = await ensureDocker();
const oidc = await startOidcFake();
const registry = await startRegistry({ auth: "basic", username: "AWS" });
const aws = await startAwsFake({
  oidc,
  roles: [{ arn: ROLE, trust: { audience: "sts.amazonaws.com", subject: "repo:octo-org/app:ref:refs/heads/*" } }],
  registry: { endpoint: registry.url, username: registry.username, password: registry.password },
});
aws.addRepository("bench-app");

const workspace = path.join(scratch, "workspace");
mkdirSync(path.join(workspace, "app"), { recursive: true });
writeFileSync(path.join(workspace, "app", "Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
writeFileSync(path.join(workspace, "app", "hello.txt"), "hello\n");
const home = path.join(scratch, "home");
mkdirSync(home);

async function ours(): Promise<{ wall: number; build: number }> {
  const mark = buildCount();
  const started = performance.now();
  const result = await runBundledAction("build-push-oidc", {
    workspace,
    env: {
      PATH: `${shimDir}:${process.env.PATH ?? ""}`,
      DOCKER_HOST: engine.host,
      HOME: home,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      ...aws.env(),
    },
    inputs: {
      registry: "ecr",
      "aws-region": "eu-central-1",
      "role-to-assume": ROLE,
      image: "bench-app",
      context: "app",
      version: "v1.2.3",
      tags: "{{version}}\nsha-{{sha7}}",
    },
    timeoutMs: 600_000,
  });
  const wall = performance.now() - started;
  if (result.exitCode !== 0) throw new Error(`action failed: ${result.errors.join("; ")}\n${result.log.slice(-2000)}`);
  return { wall, build: buildMsSince(mark) };
}

async function baseline(): Promise<{ wall: number; build: number }> {
  const config = mkdtempSync(path.join(scratch, "baseline-config-"));
  const env = { ...process.env, DOCKER_HOST: engine.host, DOCKER_CONFIG: config, DOCKER_BUILDKIT: "0" };
  const repo = `${registry.host}/bench-baseline`;
  let build = 0;
  const docker = (args: string[], input?: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn(realDocker, args, { env, stdio: ["pipe", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`docker ${args[0]}: ${stderr}`))));
      child.stdin.end(input ?? "");
    });
  const started = performance.now();
  await docker(["login", "--username", registry.username, "--password-stdin", registry.host], registry.password);
  const created = new Date().toISOString();
  for (const arch of ["amd64", "arm64"]) {
    const t = performance.now();
    // --no-cache for arm64: the legacy builder's cache would hand back the amd64 image.
    await docker([
      "build",
      "--platform",
      `linux/${arch}`,
      ...(arch === "arm64" ? ["--no-cache"] : []),
      "--label",
      `org.opencontainers.image.created=${created}`,
      "--tag",
      `${repo}:v1.2.3-linux-${arch}`,
      path.join(workspace, "app"),
    ]);
    build += performance.now() - t;
  }
  for (const arch of ["amd64", "arm64"]) await docker(["push", `${repo}:v1.2.3-linux-${arch}`]);
  for (const tag of ["v1.2.3", "sha-0123456"]) {
    await docker([
      "manifest",
      "create",
      "--insecure",
      `${repo}:${tag}`,
      `${repo}:v1.2.3-linux-amd64`,
      `${repo}:v1.2.3-linux-arm64`,
    ]);
    await docker(["manifest", "push", "--insecure", `${repo}:${tag}`]);
  }
  const wall = performance.now() - started;
  rmSync(config, { recursive: true, force: true });
  return { wall, build };
}

// Start-up: a preload that exits at the first read of an INPUT_* variable.
const hook = path.join(scratch, "first-input.mjs");
writeFileSync(
  hook,
  `const env = process.env;
process.env = new Proxy(env, {
  get(target, key) {
    if (typeof key === "string" && key.startsWith("INPUT_")) {
      const cpu = process.cpuUsage();
      process.stderr.write("first-input " + performance.now().toFixed(2) + " " + ((cpu.user + cpu.system) / 1000).toFixed(2) + "\\n");
      process.exit(0);
    }
    return Reflect.get(target, key);
  },
});
`,
);
const empty = path.join(scratch, "empty.mjs");
// Reads its input at once: the floor of Node's own start-up with the same hook.
writeFileSync(empty, "process.env.INPUT_REGISTRY;\n");

function startup(args: string[]): Promise<{ wall: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? "", INPUT_REGISTRY: "ecr", RUNNER_TEMP: scratch },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", () => {
      const wall = performance.now() - started;
      const reported = /first-input ([\d.]+) ([\d.]+)/.exec(stderr);
      if (!reported) reject(new Error(`no input was read (${wall.toFixed(0)} ms): ${stderr.slice(0, 500)}`));
      else resolve({ wall: Number(reported[1]), cpu: Number(reported[2]) });
    });
  });
}

try {
  const bundle = path.join(repoRoot, "actions", "build-push-oidc", "dist", "index.js");
  console.log(`build-push-oidc bench: ${runs} alternating runs after one warm-up each (medians)`);
  await ours();
  await baseline();
  const ourRuns: Array<{ wall: number; build: number }> = [];
  const baseRuns: Array<{ wall: number; build: number }> = [];
  for (let i = 0; i < runs; i++) {
    ourRuns.push(await ours());
    baseRuns.push(await baseline());
  }
  const ourOverhead = median(ourRuns.map((r) => r.wall - r.build));
  const baseOverhead = median(baseRuns.map((r) => r.wall - r.build));
  console.log(
    `action (OIDC->STS->ECR, 2 platforms): wall ${fmt(median(ourRuns.map((r) => r.wall)))}, docker build ${fmt(median(ourRuns.map((r) => r.build)))}, overhead ${fmt(ourOverhead)}`,
  );
  console.log(
    `baseline (login, build x2, push x2, manifest create/push x2): wall ${fmt(median(baseRuns.map((r) => r.wall)))}, docker build ${fmt(median(baseRuns.map((r) => r.build)))}, overhead ${fmt(baseOverhead)}`,
  );
  console.log(`overhead ratio (action / baseline): ${(ourOverhead / baseOverhead).toFixed(2)}x (target: under 1 s)`);

  const starts: Array<{ wall: number; cpu: number }> = [];
  const nodeStarts: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < Math.max(runs, 10); i++) {
    starts.push(await startup(["--import", hook, bundle]));
    nodeStarts.push(await startup(["--import", hook, empty]));
  }
  for (const key of ["wall", "cpu"] as const) {
    const start = median(starts.map((s) => s[key]));
    const nodeStart = median(nodeStarts.map((s) => s[key]));
    console.log(
      `start-up to first input (${key}): bundle ${start.toFixed(1)} ms, bare node ${nodeStart.toFixed(1)} ms, ratio ${(start / nodeStart).toFixed(2)}x (target: under 150 ms)`,
    );
  }
} finally {
  await aws.stop();
  await oidc.stop();
  await registry.stop();
  await engine.stop();
  rmSync(scratch, { recursive: true, force: true });
}
