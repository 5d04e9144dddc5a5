import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { childProcess } from "./child-process.ts";
import { createNodeExec, type Exec, type ExecResult } from "./exec.ts";

/** One `git -c key=value`, given through the environment instead (argv is visible in `ps`). */
export type GitConfigEntry = readonly [key: string, value: string];

/**
 * `entries` as GIT_CONFIG_COUNT/KEY_n/VALUE_n variables, numbered after those `env` already
 * carries (a workflow's own, or an earlier layer's), so nothing set before is lost.
 */
export function gitConfigVariables(env: NodeJS.ProcessEnv, entries: readonly GitConfigEntry[]): NodeJS.ProcessEnv {
  const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
  const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
  const result: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([key, value], index) => {
    result[`GIT_CONFIG_KEY_${start + index}`] = key;
    result[`GIT_CONFIG_VALUE_${start + index}`] = value;
  });
  return result;
}

let hooksDir: string | undefined;

/**
 * An empty directory of our own for `core.hooksPath`. Earlier steps of the job may have run
 * untrusted code (a pull request's tests) that planted hooks in the checkout's `.git/hooks`
 * or pointed its config elsewhere; configuration from the environment outranks the
 * repository's, so no hook of the checkout runs.
 */
function emptyHooksDir(): string {
  hooksDir ??= mkdtempSync(path.join(os.tmpdir(), "git-no-hooks-"));
  return hooksDir;
}

/**
 * What every git command the suite runs gets on top of its base environment: no hooks, no
 * fsmonitor program (another command a checkout's config can name), never a prompt.
 */
function gitSafetyEntries(): GitConfigEntry[] {
  return [
    ["core.hooksPath", emptyHooksDir()],
    ["core.fsmonitor", "false"],
  ];
}

/** The git commands that talk to a remote: the only ones that get its credentials. */
const REMOTE_COMMANDS = new Set(["fetch", "pull", "push", "ls-remote", "clone"]);

export function talksToRemote(args: readonly string[]): boolean {
  const command = args.find((arg) => !arg.startsWith("-"));
  return command !== undefined && REMOTE_COMMANDS.has(command);
}

export interface GitCredentials {
  /** Configuration that authenticates (an extra header, a credential helper). */
  config?: readonly GitConfigEntry[];
  /** Variables the configuration reads (a helper's $GITHUB_TOKEN). */
  env?: NodeJS.ProcessEnv;
}

interface GitEnvironments {
  /** For commands that stay in the repository: hooks disabled, no credentials. */
  local: NodeJS.ProcessEnv;
  /** For commands that talk to the remote: the same, plus the credentials. */
  remote: NodeJS.ProcessEnv;
}

/** The two environments of a git runner, from a base environment (PATH, HOME, proxies) and credentials. */
export function gitEnvironments(base: NodeJS.ProcessEnv, credentials: GitCredentials = {}): GitEnvironments {
  const local: NodeJS.ProcessEnv = {
    ...base,
    GIT_TERMINAL_PROMPT: "0",
    ...gitConfigVariables(base, gitSafetyEntries()),
  };
  const remote: NodeJS.ProcessEnv = {
    ...local,
    ...(credentials.config?.length ? gitConfigVariables(local, credentials.config) : {}),
    ...credentials.env,
  };
  return { local, remote };
}

interface GitRunOptions {
  /** Written to stdin (fast-import's stream). */
  input?: string | Buffer;
}

/** Runs git to completion; resolves whatever the exit code (callers decide what a failure means). */
export type GitRunner = (args: string[], options?: GitRunOptions) => Promise<ExecResult>;

/** A GitRunner bound to one repository, with the environments it gives its commands. */
export interface RepositoryGit extends GitRunner {
  environments: GitEnvironments;
  /** Starts git for a long conversation over stdin/stdout (`cat-file --batch`); local only. */
  spawn(args: string[]): ChildProcess;
}

interface GitRunnerOptions {
  cwd: string;
  /** Base environment: PATH, HOME, proxies; never a credential (give those as `credentials`). */
  env: NodeJS.ProcessEnv;
  credentials?: GitCredentials;
  /** Tests pass a recording Exec. */
  exec?: Exec;
}

/**
 * The one way the suite runs git: hooks disabled for every command, the credentials only on
 * the commands that talk to the remote, secrets in the environment (never argv).
 */
export function createGitRunner(options: GitRunnerOptions): RepositoryGit {
  const environments = gitEnvironments(options.env, options.credentials);
  const exec = options.exec ?? createNodeExec({ env: environments.local });
  const run: GitRunner = (args, runOptions = {}) =>
    exec("git", args, {
      cwd: options.cwd,
      stdin: runOptions.input ?? "",
      env: talksToRemote(args) ? environments.remote : environments.local,
    });
  return Object.assign(run, {
    environments,
    spawn: (args: string[]) =>
      childProcess().spawn("git", args, {
        cwd: options.cwd,
        env: environments.local,
        stdio: ["pipe", "pipe", "ignore"],
      }),
  });
}
