import { glob, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { inputError, resolveInside, staysInside } from "@platform/action-kit";

const GLOB_CHARS = /[*?[\]{}]/;

function toPosix(relative: string): string {
  return relative.split(path.sep).join("/") || ".";
}

async function isTerraformDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).some((name) => name.endsWith(".tf") || name.endsWith(".tf.json"));
  } catch {
    return false;
  }
}

async function expand(input: string, pattern: string, root: string): Promise<string[]> {
  const absolute = resolveInside(input, pattern, root);
  const relative = path.relative(root, absolute) || ".";
  if (!GLOB_CHARS.test(pattern)) return [absolute];
  const found: string[] = [];
  for await (const match of glob(relative, { cwd: root })) {
    const full = path.resolve(root, match);
    // A glob may be given by an untrusted pull request, and a match may be a symbolic link
    // it planted: keep only what stays inside the root.
    if (staysInside(root, full)) found.push(full);
  }
  return found.sort();
}

/**
 * The Terraform working directories that the `workspaces` lines name, as paths relative to
 * `root` with forward slashes (the issue marker uses them). A glob keeps only directories
 * with .tf files; every line must match something, or the user hears which one did not.
 */
export async function findWorkspaces(input: string, patterns: string[], root: string): Promise<string[]> {
  const result = new Set<string>();
  for (const pattern of patterns) {
    const matches: string[] = [];
    for (const candidate of await expand(input, pattern, root)) {
      const isDir = await stat(candidate).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (isDir && (!GLOB_CHARS.test(pattern) || (await isTerraformDir(candidate)))) matches.push(candidate);
    }
    if (matches.length === 0) {
      throw inputError(
        input,
        pattern,
        "matches no Terraform directory",
        `give directories (or globs of them) with .tf files, relative to ${root}`,
      );
    }
    for (const match of matches) result.add(toPosix(path.relative(root, match)));
  }
  return [...result].sort();
}

/** Plan JSON files the `plans` lines name, each with its workspace: the file's directory. */
export async function findPlanFiles(
  input: string,
  patterns: string[],
  root: string,
): Promise<{ file: string; workspace: string }[]> {
  const byWorkspace = new Map<string, string>();
  for (const pattern of patterns) {
    let count = 0;
    for (const candidate of await expand(input, pattern, root)) {
      const isFile = await stat(candidate).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) continue;
      count++;
      const workspace = toPosix(path.relative(root, path.dirname(candidate)));
      const other = byWorkspace.get(workspace);
      if (other !== undefined && other !== candidate) {
        throw inputError(
          input,
          pattern,
          `gives two plan files for workspace ${workspace} (${path.basename(other)} and ${path.basename(candidate)})`,
          "keep one plan JSON per workspace directory",
        );
      }
      byWorkspace.set(workspace, candidate);
    }
    if (count === 0) {
      throw inputError(input, pattern, "matches no file", `give plan JSON files (globs allowed) relative to ${root}`);
    }
  }
  return [...byWorkspace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([workspace, file]) => ({ workspace, file }));
}
