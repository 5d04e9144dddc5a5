import path from "node:path";

/** One entry of a commit's tree, as `git ls-tree` and GitHub's trees API both describe it. */
export interface TreeEntry {
  mode: string;
  type: "blob" | "tree" | "commit";
  oid: string;
}

/**
 * A read-only view of one commit: what the edits are computed from. Git mode reads it with
 * `git ls-tree`/`cat-file`, API mode through GitHub's trees and blobs: the same edit code
 * runs on both, and again on a newer head when a push loses a race.
 */
export interface Snapshot {
  commit: string;
  entries: ReadonlyMap<string, TreeEntry>;
  readBlob(oid: string): Promise<string>;
  /** Releases what reading needed (a git cat-file process). */
  close?(): void;
}

export class PathEscapeError extends Error {
  override readonly name = "PathEscapeError";
}

const MAX_LINKS = 40;

/**
 * Resolves a repository-relative path the way the checkout would, following symlinks
 * inside the tree, and refuses absolute paths, `..` above the root and links leading out.
 * Returns the canonical path ("" for the root).
 */
export async function resolveInTree(snapshot: Snapshot, input: string, base = ""): Promise<string> {
  if (input.includes("\0")) throw new PathEscapeError("contains a NUL byte");
  if (path.posix.isAbsolute(input) || path.win32.isAbsolute(input) || /^[A-Za-z]:/.test(input)) {
    throw new PathEscapeError("is an absolute path");
  }
  let pending = [...splitPath(base), ...splitPath(input)];
  const resolved: string[] = [];
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift() ?? "";
    if (part === "." || part === "") continue;
    if (part === "..") {
      if (resolved.length === 0) throw new PathEscapeError("leads outside the repository");
      resolved.pop();
      continue;
    }
    resolved.push(part);
    const entry = snapshot.entries.get(resolved.join("/"));
    if (entry?.mode === "120000") {
      if (++links > MAX_LINKS) throw new PathEscapeError("has too many levels of symbolic links");
      const target = await snapshot.readBlob(entry.oid);
      if (path.posix.isAbsolute(target)) throw new PathEscapeError(`is a symbolic link to the absolute path ${target}`);
      resolved.pop();
      pending = [...splitPath(target), ...pending];
    }
  }
  return resolved.join("/");
}

function splitPath(value: string): string[] {
  return value.split(/[\\/]+/).filter((part) => part !== "");
}

export function isFile(snapshot: Snapshot, file: string): boolean {
  const entry = snapshot.entries.get(file);
  return entry?.type === "blob" && entry.mode !== "120000";
}

export function isDirectory(snapshot: Snapshot, dir: string): boolean {
  return dir === "" || snapshot.entries.get(dir)?.type === "tree";
}
