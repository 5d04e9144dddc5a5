import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { FieldError, type Logger, shownValue } from "@platform/action-kit";
import type { GitCredentials } from "@platform/process";
import type { GitopsField } from "./fields.ts";
import { createGit, type Git, GitTransport, unreadable } from "./git.ts";
import { gitAuthConfig } from "./git-auth.ts";

interface GitWorkspace {
  transport: GitTransport;
  git: Git;
  dir: string;
  /** The remote's default branch (`git ls-remote --symref origin HEAD`). */
  defaultBranch(): Promise<string>;
}

async function isCheckout(dir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const result = await createGit(dir, env)(["rev-parse", "--show-toplevel"]).catch(() => undefined);
  return result?.exitCode === 0 && path.resolve(result.stdout.trim()) === path.resolve(dir);
}

function workspaceIn(
  dir: string,
  env: NodeJS.ProcessEnv,
  credentials: GitCredentials,
  repository: string,
): GitWorkspace {
  const git = createGit(dir, env, credentials);
  return {
    dir,
    git,
    transport: new GitTransport({ git, spawnGit: git.spawn, repository }),
    defaultBranch: async () => {
      const result = await git(["ls-remote", "--symref", "origin", "HEAD"]);
      const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(result.stdout);
      if (result.exitCode === 0 && match?.[1]) return match[1];
      if (result.exitCode !== 0) throw unreadable(repository, result.stderr);
      throw new Error(`cannot read the remote's default branch: ${result.stderr.trim()}`);
    },
  };
}

/**
 * Where git mode works: the checkout at `checkout` (the `path` input), else the workspace
 * when it is a checkout of `repository`, else an empty repository in `runnerTemp` whose
 * origin is `${serverUrl}/${repository}.git` (only branch tips are fetched). With a token,
 * git authenticates through GIT_CONFIG_* environment variables, never argv or a config file,
 * and only the commands that talk to the remote get them; no hook of the checkout runs.
 */
export async function openGitWorkspace(options: {
  repository: string;
  currentRepository: string;
  checkout?: string;
  workspace?: string;
  runnerTemp: string;
  serverUrl: string;
  token?: string;
  /** Base environment for git (PATH, HOME, proxies). */
  env: NodeJS.ProcessEnv;
  logger: Logger;
}): Promise<GitWorkspace> {
  const credentials: GitCredentials = options.token ? { config: gitAuthConfig(options.serverUrl, options.token) } : {};
  const env = options.env;
  const checkout = options.checkout;
  if (checkout) {
    if (!(await isCheckout(checkout, options.env))) {
      throw new FieldError<GitopsField>(
        "checkout",
        (nameOf) =>
          `${shownValue(checkout)} is not the top of a git checkout; check out the repository there or leave ${nameOf("checkout")} empty.`,
      );
    }
    return workspaceIn(checkout, env, credentials, options.repository);
  }
  const current = options.repository.toLowerCase() === options.currentRepository.toLowerCase();
  if (current && options.workspace && (await isCheckout(options.workspace, options.env))) {
    return workspaceIn(options.workspace, env, credentials, options.repository);
  }
  mkdirSync(options.runnerTemp, { recursive: true });
  const dir = mkdtempSync(path.join(options.runnerTemp, "gitops-"));
  const created = workspaceIn(dir, env, credentials, options.repository);
  const url = `${options.serverUrl.replace(/\/+$/, "")}/${options.repository}.git`;
  for (const args of [
    ["init", "--quiet"],
    ["remote", "add", "origin", url],
    ["config", "core.autocrlf", "false"],
  ]) {
    const result = await created.git(args);
    if (result.exitCode !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
  }
  options.logger.info(`Working in a fresh repository in RUNNER_TEMP fetching from ${url}`);
  return created;
}
