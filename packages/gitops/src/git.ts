import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FileChange } from "./plan.ts";
import type { Transport } from "./retry.ts";
import type { Snapshot, TreeEntry } from "./tree.ts";

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs git; the action passes one bound to the checkout, its environment and credentials. */
export type Git = (args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }) => Promise<GitResult>;

/** Starts git for a long conversation over stdin/stdout (`cat-file --batch`). */
export function spawnGitIn(cwd: string, env: NodeJS.ProcessEnv): (args: string[]) => ReturnType<typeof spawn> {
  return (args) => spawn("git", args, { cwd, env, stdio: ["pipe", "pipe", "ignore"] });
}

/** A Git runner on the real binary. Secrets go in `env` (never in argv, where `ps` shows them). */
export function createGit(cwd: string, env: NodeJS.ProcessEnv): Git {
  return (args, options = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn("git", args, { cwd, env: { ...env, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
      child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
      child.on("error", reject);
      child.on("close", (code) =>
        resolve({
          stdout: Buffer.concat(out).toString("utf8"),
          stderr: Buffer.concat(err).toString("utf8"),
          exitCode: code ?? 1,
        }),
      );
      child.stdin.on("error", () => {});
      child.stdin.end(options.input ?? "");
    });
}

async function ok(git: Git, args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  const result = await git(args, options);
  if (result.exitCode !== 0) {
    throw new Error(
      `git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim().split("\n").slice(-3).join(" / ")}`,
    );
  }
  return result.stdout;
}

/**
 * Environment that makes git authenticate to `serverUrl` with a token: an extra header
 * through GIT_CONFIG_* variables (not argv, not the checkout's config). The empty first value
 * clears a header actions/checkout may have persisted, so exactly one is sent.
 */
export function gitAuthEnv(serverUrl: string, token: string): NodeJS.ProcessEnv {
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
  return {
    GIT_CONFIG_COUNT: "2",
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: "",
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

/** The base64 credential gitAuthEnv sends, so callers can mask it too. */
export function gitAuthSecret(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}

/**
 * Git mode. Works only with objects and a private index: the checkout's working tree, index
 * and branches are never touched, so the user's files stay as they are and a commit is built
 * on exactly the fetched head (no rebase, no merge, no force).
 */
export class GitTransport implements Transport {
  private readonly git: Git;
  private readonly spawnGit: (args: string[]) => ReturnType<typeof spawn>;
  private readonly remote: string;
  private readonly identity: { name: string; email: string };
  private shallow: boolean | undefined;

  constructor(options: {
    git: Git;
    /** Starts a long-running git (cat-file --batch) in the same place and environment as `git`. */
    spawnGit: (args: string[]) => ReturnType<typeof spawn>;
    remote?: string;
    identity?: { name: string; email: string };
  }) {
    this.git = options.git;
    this.spawnGit = options.spawnGit;
    this.remote = options.remote ?? "origin";
    this.identity = options.identity ?? {
      name: "github-actions[bot]",
      email: "41898282+github-actions[bot]@users.noreply.github.com",
    };
  }

  async head(branch: string): Promise<string | undefined> {
    if (this.shallow === undefined) {
      this.shallow = (await ok(this.git, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
    }
    const depth = this.shallow ? ["--depth=1"] : [];
    const ref = `refs/update-overlay/${branch}`;
    const fetched = await this.git([
      "fetch",
      "--quiet",
      "--no-tags",
      ...depth,
      this.remote,
      `+refs/heads/${branch}:${ref}`,
    ]);
    if (fetched.exitCode !== 0) {
      if (/couldn't find remote ref/i.test(fetched.stderr)) return undefined;
      throw new Error(`git fetch failed: ${fetched.stderr.trim().split("\n").slice(-2).join(" / ")}`);
    }
    return (await ok(this.git, ["rev-parse", "--verify", `${ref}^{commit}`])).trim();
  }

  async snapshot(commit: string): Promise<Snapshot> {
    const listing = await ok(this.git, ["ls-tree", "-r", "-t", "-z", "--full-tree", commit]);
    const entries = new Map<string, TreeEntry>();
    for (const record of listing.split("\0")) {
      const match = /^(\d{6}) (blob|tree|commit) ([0-9a-f]+)\t(.*)$/s.exec(record);
      if (match?.[4])
        entries.set(match[4], { mode: match[1] ?? "", type: match[2] as TreeEntry["type"], oid: match[3] ?? "" });
    }
    const reader = this.batchReader();
    return { commit, entries, readBlob: (oid) => reader.read(oid), close: () => reader.close() };
  }

  /** One `git cat-file --batch` for all reads of a snapshot: hundreds of files, one process. */
  private batchReader(): { read(oid: string): Promise<string>; close(): void } {
    let child: ReturnType<typeof spawn> | undefined;
    let buffer = Buffer.alloc(0);
    const waiting: { resolve: (text: string) => void; reject: (error: Error) => void }[] = [];
    const drain = (): void => {
      for (;;) {
        const newline = buffer.indexOf(10);
        if (newline < 0) return;
        const header = buffer.subarray(0, newline).toString("utf8");
        const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        const waiter = waiting[0];
        if (!match) {
          buffer = buffer.subarray(newline + 1);
          waiting.shift();
          waiter?.reject(new Error(`git cat-file: ${header}`));
          continue;
        }
        const size = Number(match[2]);
        if (buffer.length < newline + 1 + size + 1) return;
        const body = buffer.subarray(newline + 1, newline + 1 + size).toString("utf8");
        buffer = buffer.subarray(newline + 1 + size + 1);
        waiting.shift();
        waiter?.resolve(body);
      }
    };
    const start = (): ReturnType<typeof spawn> => {
      const started = this.spawnGit(["cat-file", "--batch"]);
      started.stdout?.on("data", (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        drain();
      });
      started.on("close", () => {
        for (const waiter of waiting.splice(0)) waiter.reject(new Error("git cat-file exited"));
      });
      return started;
    };
    return {
      read: (oid) =>
        new Promise((resolve, reject) => {
          child ??= start();
          waiting.push({ resolve, reject });
          child.stdin?.write(`${oid}\n`);
        }),
      close: () => {
        child?.stdin?.end();
        child = undefined;
      },
    };
  }

  async commit(request: { branch: string; parent: string; create: boolean; changes: FileChange[]; message: string }) {
    const index = mkdtempSync(path.join(os.tmpdir(), "update-overlay-index-"));
    const env = { GIT_INDEX_FILE: path.join(index, "index") };
    try {
      await ok(this.git, ["read-tree", request.parent], { env });
      // All new blobs in one process: the contents go through files in the private temp dir.
      const files = request.changes.map((change, i) => {
        const file = path.join(index, `blob-${i}`);
        writeFileSync(file, change.after);
        return file;
      });
      const hashed = await ok(this.git, ["hash-object", "-w", "--no-filters", "--stdin-paths"], {
        input: `${files.join("\n")}\n`,
      });
      const blobs = hashed.trim().split("\n");
      const lines = request.changes.map((change, i) => `${change.mode} ${blobs[i]}\t${change.path}`);
      await ok(this.git, ["update-index", "-z", "--index-info"], {
        env,
        input: lines.map((line) => `${line}\0`).join(""),
      });
      const tree = (await ok(this.git, ["write-tree"], { env })).trim();
      const who = {
        GIT_AUTHOR_NAME: this.identity.name,
        GIT_AUTHOR_EMAIL: this.identity.email,
        GIT_COMMITTER_NAME: this.identity.name,
        GIT_COMMITTER_EMAIL: this.identity.email,
      };
      const commit = (
        await ok(this.git, ["-c", "commit.gpgsign=false", "commit-tree", tree, "-p", request.parent, "-F", "-"], {
          input: request.message,
          env: who,
        })
      ).trim();
      // A plain (non-force) push: the remote refuses it unless it fast-forwards from `parent`.
      const push = await this.git(["push", "--porcelain", this.remote, `${commit}:refs/heads/${request.branch}`]);
      if (push.exitCode === 0) return { status: "committed" as const, commit };
      const detail = `${push.stdout}\n${push.stderr}`;
      if (
        /\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|stale info/i.test(
          detail,
        )
      ) {
        return {
          status: "stale" as const,
          detail: detail.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "rejected",
        };
      }
      throw new Error(`git push failed: ${push.stderr.trim().split("\n").slice(-2).join(" / ")}`);
    } finally {
      rmSync(index, { recursive: true, force: true });
    }
  }
}
