import type { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type ConfigurationError, FieldError } from "@platform/action-kit";
import { createGitRunner, type GitCredentials, type GitRunner, type RepositoryGit } from "@platform/process";
import type { GitopsField } from "./fields.ts";
import type { CommitRequest, CommitResult, PreparedCommit, Transport } from "./retry.ts";
import type { Snapshot, TreeEntry } from "./tree.ts";

/** Runs git; the action passes one bound to the checkout, its environment and credentials. */
export type Git = GitRunner;

/** Starts git for a long conversation over stdin/stdout (`cat-file --batch`), hooks disabled, no credentials. */
export function spawnGitIn(cwd: string, env: NodeJS.ProcessEnv): (args: string[]) => ReturnType<typeof spawn> {
  return createGitRunner({ cwd, env }).spawn;
}

/**
 * The suite's git runner (@platform/process) in `cwd`: hooks disabled, `credentials` only on
 * the commands that talk to the remote.
 */
export function createGit(cwd: string, env: NodeJS.ProcessEnv, credentials?: GitCredentials): RepositoryGit {
  return createGitRunner({ cwd, env, ...(credentials ? { credentials } : {}) });
}

async function ok(git: Git, args: string[], options?: { input?: string | Buffer }): Promise<string> {
  const result = await git(args, options);
  if (result.exitCode !== 0) {
    throw new Error(
      `git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim().split("\n").slice(-3).join(" / ")}`,
    );
  }
  return result.stdout;
}

/** A remote git cannot read: a wrong name, or a token without access (GitHub answers both alike). */
export function unreadable(repository: string, stderr: string): ConfigurationError {
  const reason = stderr.trim().split("\n").filter(Boolean).at(-1) ?? "no answer";
  return new FieldError<GitopsField>(
    "repository",
    `${JSON.stringify(repository)} cannot be read (${reason}); check the name, and that the token can read it.`,
  );
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
  private readonly repository: string;
  private readonly identity: { name: string; email: string };
  private shallow: boolean | undefined;

  constructor(options: {
    git: Git;
    /** Starts a long-running git (cat-file --batch) in the same place and environment as `git`. */
    spawnGit: (args: string[]) => ReturnType<typeof spawn>;
    remote?: string;
    /** owner/name, for messages. */
    repository?: string;
    identity?: { name: string; email: string };
    /**
     * Fetch the branch tip only (true) or its whole history (false); unset: as the repository
     * is (a shallow checkout stays shallow), which costs one `git rev-parse` to learn.
     */
    shallow?: boolean;
  }) {
    this.git = options.git;
    this.spawnGit = options.spawnGit;
    this.remote = options.remote ?? "origin";
    this.repository = options.repository ?? this.remote;
    this.identity = options.identity ?? {
      name: "github-actions[bot]",
      email: "41898282+github-actions[bot]@users.noreply.github.com",
    };
    this.shallow = options.shallow;
  }

  async head(branch: string): Promise<string | undefined> {
    if (this.shallow === undefined) {
      this.shallow = (await ok(this.git, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
    }
    const depth = this.shallow ? ["--depth=1"] : [];
    const ref = `refs/update-overlay/${branch}`;
    // No `git maintenance run --auto` after the fetch: one process less on the way to the
    // first read, and a runner's checkout is thrown away with the job.
    const fetched = await this.git([
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-auto-maintenance",
      ...depth,
      this.remote,
      `+refs/heads/${branch}:${ref}`,
    ]);
    if (fetched.exitCode !== 0) {
      if (/couldn't find remote ref/i.test(fetched.stderr)) return undefined;
      if (/not found|not exist|authenticat|denied|403|401|could not read/i.test(fetched.stderr)) {
        throw unreadable(this.repository, fetched.stderr);
      }
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

  async commit(request: CommitRequest): Promise<CommitResult> {
    return (await this.prepare(request)).push();
  }

  /** Builds the commit in the local object store (no ref left behind); `push` sends it. */
  async prepare(request: CommitRequest): Promise<PreparedCommit> {
    // One `git fast-import` writes the blobs, the trees and the commit as a single pack:
    // much faster than loose objects from hash-object/write-tree for hundreds of files.
    const ref = `refs/update-overlay/commit-${randomBytes(8).toString("hex")}`;
    const chunks: Buffer[] = [];
    const data = (text: string): void => {
      const bytes = Buffer.from(text, "utf8");
      chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n"));
    };
    const who = `${this.identity.name} <${this.identity.email}> now`;
    chunks.push(Buffer.from(`commit ${ref}\nmark :1\nauthor ${who}\ncommitter ${who}\n`));
    data(request.message);
    chunks.push(Buffer.from(`from ${request.parent}\n`));
    for (const change of request.changes) {
      if (/[\n"]/.test(change.path)) throw new Error(`unsupported path ${JSON.stringify(change.path)}`);
      chunks.push(Buffer.from(`M ${change.mode} inline ${change.path}\n`));
      data(change.after);
    }
    chunks.push(Buffer.from("get-mark :1\n"));
    const imported = await ok(this.git, ["fast-import", "--quiet", "--date-format=now", "--cat-blob-fd=1"], {
      input: Buffer.concat(chunks),
    });
    const commit = imported.trim().split("\n").at(-1)?.trim() ?? "";
    await ok(this.git, ["update-ref", "-d", ref]);
    if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`git fast-import printed no commit: ${imported}`);
    return { commit, push: () => this.push(commit, request.branch) };
  }

  private async push(commit: string, branch: string): Promise<CommitResult> {
    // A plain (non-force) push: the remote refuses it unless it fast-forwards from `parent`.
    const push = await this.git(["push", "--porcelain", this.remote, `${commit}:refs/heads/${branch}`]);
    if (push.exitCode === 0) return { status: "committed", commit };
    const detail = `${push.stdout}\n${push.stderr}`;
    if (
      /\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|stale info/i.test(
        detail,
      )
    ) {
      // The porcelain status line says why (`[remote rejected] (pre-receive hook declined)`),
      // and a hook's own words come as `remote:` lines.
      const lines = detail.split("\n").map((line) => line.trim());
      const status = lines.find((line) => /\[(remote )?rejected\]/.test(line))?.replace(/^!\s*\S+\s*/, "");
      const remote = lines.filter((line) => /^remote: \S/.test(line)).slice(-2);
      return {
        status: "stale",
        detail: [status ?? lines.filter(Boolean).at(-1) ?? "rejected", ...remote].join("; "),
        moved: /non-fast-forward|fetch first|stale info/i.test(detail),
      };
    }
    throw new Error(`git push failed: ${push.stderr.trim().split("\n").slice(-2).join(" / ")}`);
  }
}
