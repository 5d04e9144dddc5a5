import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface RunActionOptions {
  /** Inputs by their action.yml name; passed as INPUT_<NAME> like the runner does. */
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_API_URL, AWS_ENDPOINT_URL_STS, ...). */
  env?: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE and the working directory; a fresh temp dir by default. */
  workspace?: string;
  /** Run the post: phase with the state the main phase saved. */
  post?: { state: Record<string, string> };
  /** Kill the action after this many ms (default 120 s). */
  timeoutMs?: number;
  /** Run this script instead of actions/<name>/dist/index.js (the harness's own tests). */
  entry?: string;
}

export interface ActionResult {
  exitCode: number;
  outputs: Record<string, string>;
  /** Variables the action exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** State saved through GITHUB_STATE, for a following post phase. */
  state: Record<string, string>;
  summary: string;
  /** stdout and stderr interleaved as the runner would show them. */
  log: string;
  workspace: string;
  runnerTemp: string;
  /** Lines the action declared with ::add-mask:: */
  masked: string[];
  /** The ::error:: line(s) the step failed with. */
  errors: string[];
}

/** Parses GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE files: `name=value` and `name<<DELIM` blocks. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? "");
      result[name] = body.join("\n");
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      result[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return result;
}

/**
 * Runs actions/<name>/dist/index.js as GitHub does: a child process on this Node (24),
 * inputs as INPUT_* variables, and the runner's command files in a fresh temp dir.
 */
export async function runBundledAction(name: string, options: RunActionOptions = {}): Promise<ActionResult> {
  const root = mkdtempSync(path.join(os.tmpdir(), `action-${name}-`));
  const runnerTemp = path.join(root, "runner-temp");
  const workspace = options.workspace ?? path.join(root, "workspace");
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(workspace, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(root, "output"),
    GITHUB_ENV: path.join(root, "env"),
    GITHUB_STATE: path.join(root, "state"),
    GITHUB_STEP_SUMMARY: path.join(root, "summary"),
    GITHUB_PATH: path.join(root, "path"),
  };
  for (const file of Object.values(files)) writeFileSync(file, "");

  const env: Record<string, string> = {};
  // Only what a runner would give: PATH and HOME, not the developer's or CI's own secrets.
  for (const key of ["PATH", "HOME", "LANG", "TMPDIR", "DOCKER_HOST"]) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  Object.assign(env, {
    ...files,
    GITHUB_ACTIONS: "true",
    CI: "true",
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: "octo-org/app",
    GITHUB_REPOSITORY_OWNER: "octo-org",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_NUMBER: "17",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REF_NAME: "main",
    GITHUB_EVENT_NAME: "push",
    GITHUB_WORKFLOW: "ci",
    GITHUB_JOB: "test",
    GITHUB_ACTOR: "octocat",
  });
  for (const [key, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${key.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  for (const [key, value] of Object.entries(options.post?.state ?? {})) env[`STATE_${key}`] = value;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const entry = options.entry ?? path.join(repoRoot, "actions", name, "dist", "index.js");
  const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  clearTimeout(timer);

  const read = (file: string): string => readFileSync(file, "utf8");
  const masked = [...log.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1] ?? "");
  const errors = [...log.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => m[1] ?? "");
  return {
    exitCode,
    outputs: parseCommandFile(read(files.GITHUB_OUTPUT)),
    exportedEnv: parseCommandFile(read(files.GITHUB_ENV)),
    state: parseCommandFile(read(files.GITHUB_STATE)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    log,
    workspace,
    runnerTemp,
    masked,
    errors,
  };
}
