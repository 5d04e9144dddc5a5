import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runCommand } from "./process.ts";

/**
 * Environment for git in tests: a fixed identity and clock (so commits are reproducible) and
 * no global or system config (the developer's hooks, signing or aliases must not leak in).
 */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: "C",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: "Harness Author",
    GIT_AUTHOR_EMAIL: "author@example.test",
    GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
    GIT_COMMITTER_NAME: "Harness Committer",
    GIT_COMMITTER_EMAIL: "committer@example.test",
    GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
    ...extra,
  };
}

/** Runs the real git in `cwd`; resolves with stdout, throws one line with stderr on failure. */
export async function git(
  cwd: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<string> {
  const { stdout } = await runCommand("git", args, { cwd, env: gitEnv(options.env), input: options.input });
  return stdout;
}

/** Files to write, by path relative to the work tree; `null` deletes the file. */
export type FileChanges = Record<string, string | null>;

function writeFiles(workDir: string, files: FileChanges): void {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(workDir, relative);
    if (content === null) {
      rmSync(target, { force: true });
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
}

/**
 * Writes `files`, stages everything and commits; resolves with the new commit's SHA.
 * With `push`, pushes HEAD to the same branch of `origin`.
 */
export async function commitFiles(
  workDir: string,
  files: FileChanges,
  message: string,
  options: { push?: boolean } = {},
): Promise<string> {
  writeFiles(workDir, files);
  await git(workDir, ["add", "--all"]);
  await git(workDir, ["commit", "--quiet", "--allow-empty", "--message", message]);
  if (options.push) await git(workDir, ["push", "--quiet", "origin", "HEAD"]);
  return (await git(workDir, ["rev-parse", "HEAD"])).trim();
}

/** Clones `url` into `dir` (a fresh temp dir by default) and resolves with the directory. */
export async function cloneRepo(url: string, dir?: string): Promise<string> {
  const target = dir ?? path.join(mkdtempSync(path.join(os.tmpdir(), "git-clone-")), "repo");
  await git(os.tmpdir(), ["clone", "--quiet", url, target]);
  return target;
}

/** The commit SHA a branch of a (bare) repository points at. */
export async function headOf(bareDir: string, branch: string): Promise<string> {
  return (await git(bareDir, ["rev-parse", "--verify", `refs/heads/${branch}^{commit}`])).trim();
}

/** A file's content at a ref (branch, tag or SHA) of a (bare) repository. */
export async function fileAt(bareDir: string, ref: string, filePath: string): Promise<string> {
  return git(bareDir, ["show", `${ref}:${filePath}`]);
}

/** Subjects of the commits reachable from `ref`, newest first. */
export async function logOf(bareDir: string, ref: string): Promise<string[]> {
  const out = await git(bareDir, ["log", "--format=%s", ref]);
  return out.split("\n").filter((line) => line !== "");
}

/**
 * Commits `files` on `branch` of the remote as somebody else would: in a throwaway clone,
 * pushed at once. How tests make a concurrent push race the code under test.
 */
export async function pushFiles(url: string, branch: string, files: FileChanges, message: string): Promise<string> {
  const dir = await cloneRepo(url);
  try {
    await git(dir, ["checkout", "--quiet", branch]);
    const sha = await commitFiles(dir, files, message);
    await git(dir, ["push", "--quiet", "origin", `HEAD:refs/heads/${branch}`]);
    return sha;
  } finally {
    rmSync(path.dirname(dir), { recursive: true, force: true });
  }
}

export interface BareRepo {
  bareDir: string;
  /** file:// URL of the bare repository, usable as a remote. */
  url: string;
  /** The branch seeded with the initial commit. */
  branch: string;
  /** The initial commit's SHA. */
  initialCommit: string;
  /** A fresh clone in a new directory (removed by `cleanup`). */
  workDir(): Promise<string>;
  cleanup(): Promise<void>;
}

/** A real bare repository in a temp dir, seeded with one commit holding `files`. */
export async function createBareRepo(
  options: { files?: Record<string, string>; branch?: string; message?: string } = {},
): Promise<BareRepo> {
  const root = mkdtempSync(path.join(os.tmpdir(), "git-bare-"));
  const branch = options.branch ?? "main";
  const bareDir = path.join(root, "remote.git");
  const url = pathToFileURL(bareDir).href;
  await git(root, ["init", "--quiet", "--bare", `--initial-branch=${branch}`, bareDir]);
  const seed = path.join(root, "seed");
  await git(root, ["init", "--quiet", `--initial-branch=${branch}`, seed]);
  await git(seed, ["remote", "add", "origin", url]);
  const initialCommit = await commitFiles(seed, options.files ?? {}, options.message ?? "chore: initial commit");
  await git(seed, ["push", "--quiet", "origin", `HEAD:refs/heads/${branch}`]);
  rmSync(seed, { recursive: true, force: true });
  let clones = 0;
  return {
    bareDir,
    url,
    branch,
    initialCommit,
    workDir: () => cloneRepo(url, path.join(root, `clone-${++clones}`)),
    cleanup: async () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Hooks an earlier step of a job (a pull request's tests) could plant in a checkout: each of
 * `hooks`, in `.git/hooks` and in a directory the checkout's own config names as
 * core.hooksPath, records that it ran, with the environment it saw. `ran()` lists the records.
 */
export async function plantRecordingHooks(
  checkout: string,
  hooks: readonly string[] = ["pre-push", "reference-transaction", "pre-commit", "post-checkout"],
): Promise<{ ran(): string[] }> {
  const markers = mkdtempSync(path.join(os.tmpdir(), "hook-markers-"));
  const planted = mkdtempSync(path.join(os.tmpdir(), "planted-hooks-"));
  for (const dir of [path.join(checkout, ".git", "hooks"), planted]) {
    mkdirSync(dir, { recursive: true });
    for (const hook of hooks) {
      const file = path.join(dir, hook);
      writeFileSync(file, `#!/bin/sh\nenv > "${markers}/${hook}-$$.env"\ncat >/dev/null\nexit 0\n`);
      chmodSync(file, 0o755);
    }
  }
  await git(checkout, ["config", "core.hooksPath", planted]);
  return { ran: () => readdirSync(markers).sort() };
}
