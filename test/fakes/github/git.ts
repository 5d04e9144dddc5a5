import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO date; now when absent. */
  date?: string;
}

export class GitError extends Error {
  readonly exitCode: number;
  readonly stderr: string;

  constructor(args: string[], exitCode: number, stderr: string) {
    super(`git ${args.join(" ")} failed (${exitCode}): ${stderr.trim()}`);
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/** Runs the real git binary against a bare repository. Input goes through stdin. */
export function gitRaw(
  gitDir: string,
  args: string[],
  options: { input?: Buffer | string; env?: Record<string, string> } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: os.tmpdir(),
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_DIR: gitDir,
        ...options.env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(args, code ?? 1, Buffer.concat(err).toString()));
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
}

export async function git(
  gitDir: string,
  args: string[],
  options?: { input?: Buffer | string; env?: Record<string, string> },
): Promise<string> {
  return (await gitRaw(gitDir, args, options)).toString("utf8").replace(/\n$/, "");
}

function identityEnv(author: GitIdentity, committer: GitIdentity): Record<string, string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  };
  if (author.date) env.GIT_AUTHOR_DATE = author.date;
  if (committer.date) env.GIT_COMMITTER_DATE = committer.date;
  return env;
}

export async function initBare(gitDir: string, defaultBranch: string): Promise<void> {
  await gitRaw(gitDir, ["init", "--quiet", "--bare", `--initial-branch=${defaultBranch}`, gitDir]);
  await git(gitDir, ["config", "http.receivepack", "true"]);
  await git(gitDir, ["config", "uploadpack.allowAnySHA1InWant", "true"]);
}

/** The object id a revision resolves to, or undefined when it does not exist. */
export async function resolve(gitDir: string, revision: string): Promise<string | undefined> {
  try {
    return await git(gitDir, ["rev-parse", "--verify", "--quiet", `${revision}`]);
  } catch {
    return undefined;
  }
}

export async function objectType(gitDir: string, sha: string): Promise<string | undefined> {
  try {
    return await git(gitDir, ["cat-file", "-t", sha]);
  } catch {
    return undefined;
  }
}

export async function writeBlob(gitDir: string, content: Buffer): Promise<string> {
  return git(gitDir, ["hash-object", "-w", "--stdin"], { input: content });
}

export async function readBlob(gitDir: string, sha: string): Promise<Buffer> {
  return gitRaw(gitDir, ["cat-file", "blob", sha]);
}

export interface TreeEdit {
  path: string;
  /** undefined removes the path. */
  sha?: string;
  mode?: string;
  /** "tree" entries replace a whole directory. */
  type?: "blob" | "tree" | "commit";
}

/**
 * Builds a tree from a base tree plus edits with a private index file, the way git itself
 * does: nested paths, deletions and whole-directory replacement all come for free.
 */
export async function buildTree(gitDir: string, baseTree: string | undefined, edits: TreeEdit[]): Promise<string> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "gh-fake-index-"));
  // An empty work tree: update-index insists on one, though only the index is touched.
  const env = { GIT_INDEX_FILE: path.join(scratch, "index"), GIT_WORK_TREE: scratch };
  try {
    if (baseTree) await git(gitDir, ["read-tree", baseTree], { env });
    else await git(gitDir, ["read-tree", "--empty"], { env });
    for (const edit of edits) {
      const clean = edit.path.replace(/^\/+|\/+$/g, "");
      const existing = (await git(gitDir, ["ls-files", "-z", "--", clean], { env })).split("\0").filter(Boolean);
      const under = (await git(gitDir, ["ls-files", "-z", "--", `${clean}/`], { env })).split("\0").filter(Boolean);
      const remove = [...existing, ...under];
      if (remove.length > 0) {
        await git(gitDir, ["update-index", "--force-remove", "-z", "--stdin"], {
          input: `${remove.join("\0")}\0`,
          env,
        });
      }
      if (edit.sha === undefined) continue;
      if (edit.type === "tree") {
        await git(gitDir, ["read-tree", `--prefix=${clean}/`, edit.sha], { env });
      } else {
        await git(gitDir, ["update-index", "--add", "--cacheinfo", `${edit.mode ?? "100644"},${edit.sha},${clean}`], {
          env,
        });
      }
    }
    return await git(gitDir, ["write-tree"], { env });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export async function commitTree(
  gitDir: string,
  options: { tree: string; parents: string[]; message: string; author: GitIdentity; committer?: GitIdentity },
): Promise<string> {
  const args = ["commit-tree", options.tree];
  for (const parent of options.parents) args.push("-p", parent);
  return git(gitDir, args, {
    input: options.message,
    env: identityEnv(options.author, options.committer ?? options.author),
  });
}

/** Moves a ref only if it still points at `expected` ("" = must not exist): git's own compare-and-swap. */
export async function updateRef(gitDir: string, ref: string, sha: string, expected?: string): Promise<boolean> {
  const args = ["update-ref", ref, sha];
  if (expected !== undefined) args.push(expected === "" ? "0".repeat(40) : expected);
  try {
    await git(gitDir, args);
    return true;
  } catch {
    return false;
  }
}

export async function deleteRef(gitDir: string, ref: string): Promise<void> {
  await git(gitDir, ["update-ref", "-d", ref]);
}

export interface RefInfo {
  ref: string;
  sha: string;
  type: string;
}

export async function listRefs(gitDir: string, prefix = "refs/"): Promise<RefInfo[]> {
  const out = await git(gitDir, ["for-each-ref", "--format=%(refname) %(objectname) %(objecttype)", prefix]);
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [ref = "", sha = "", type = ""] = line.split(" ");
      return { ref, sha, type };
    })
    .filter((info) => info.ref.startsWith(prefix));
}

export async function isAncestor(gitDir: string, ancestor: string, descendant: string): Promise<boolean> {
  try {
    await git(gitDir, ["merge-base", "--is-ancestor", ancestor, descendant]);
    return true;
  } catch {
    return false;
  }
}

export interface ParsedCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: GitIdentity & { date: string };
  committer: GitIdentity & { date: string };
  message: string;
}

function parseIdentity(line: string): GitIdentity & { date: string } {
  const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!match) return { name: line, email: "", date: new Date(0).toISOString() };
  const [, name = "", email = "", seconds = "0"] = match;
  return { name, email, date: new Date(Number(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z") };
}

export async function readCommit(gitDir: string, sha: string): Promise<ParsedCommit> {
  const text = (await gitRaw(gitDir, ["cat-file", "commit", sha])).toString("utf8");
  const split = text.indexOf("\n\n");
  const header = split === -1 ? text : text.slice(0, split);
  const message = split === -1 ? "" : text.slice(split + 2);
  const parsed: ParsedCommit = {
    sha,
    tree: "",
    parents: [],
    author: parseIdentity(""),
    committer: parseIdentity(""),
    message: message.replace(/\n$/, ""),
  };
  for (const line of header.split("\n")) {
    const space = line.indexOf(" ");
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === "tree") parsed.tree = value;
    else if (key === "parent") parsed.parents.push(value);
    else if (key === "author") parsed.author = parseIdentity(value);
    else if (key === "committer") parsed.committer = parseIdentity(value);
  }
  return parsed;
}

export interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  size?: number;
  path: string;
}

export async function lsTree(gitDir: string, treeish: string, options: { recursive?: boolean; path?: string } = {}) {
  const args = ["ls-tree", "-l", "-z"];
  if (options.recursive) args.push("-r", "-t");
  args.push(treeish);
  if (options.path !== undefined) args.push("--", options.path);
  const out = await git(gitDir, args);
  return out
    .split("\0")
    .filter(Boolean)
    .map((line): TreeEntry => {
      const tab = line.indexOf("\t");
      const [mode = "", type = "", sha = "", size = "-"] = line.slice(0, tab).split(/\s+/);
      const entry: TreeEntry = { mode, type, sha, path: line.slice(tab + 1) };
      if (size !== "-") entry.size = Number(size);
      return entry;
    });
}

export interface ParsedTag {
  sha: string;
  object: string;
  type: string;
  tag: string;
  tagger: GitIdentity & { date: string };
  message: string;
}

export async function readTag(gitDir: string, sha: string): Promise<ParsedTag> {
  const text = (await gitRaw(gitDir, ["cat-file", "tag", sha])).toString("utf8");
  const split = text.indexOf("\n\n");
  const header = split === -1 ? text : text.slice(0, split);
  const tag: ParsedTag = {
    sha,
    object: "",
    type: "",
    tag: "",
    tagger: parseIdentity(""),
    message: split === -1 ? "" : text.slice(split + 2),
  };
  for (const line of header.split("\n")) {
    const space = line.indexOf(" ");
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === "object") tag.object = value;
    else if (key === "type") tag.type = value;
    else if (key === "tag") tag.tag = value;
    else if (key === "tagger") tag.tagger = parseIdentity(value);
  }
  return tag;
}

export function gitDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : `${Math.floor(ms / 1000)} +0000`;
}

export async function writeTag(
  gitDir: string,
  options: { tag: string; object: string; type: string; message: string; tagger: GitIdentity },
): Promise<string> {
  const when = gitDate(options.tagger.date) ?? `${Math.floor(Date.now() / 1000)} +0000`;
  const body = [
    `object ${options.object}`,
    `type ${options.type}`,
    `tag ${options.tag}`,
    `tagger ${options.tagger.name} <${options.tagger.email}> ${when}`,
    "",
    options.message.endsWith("\n") ? options.message : `${options.message}\n`,
  ].join("\n");
  return git(gitDir, ["mktag"], { input: body });
}
