import type { GitRunner } from "@platform/process";

/** Runs git with fixed arguments (never a secret) and resolves with stdout. */
export type Git = (args: string[]) => Promise<string>;

/**
 * A Git on the suite's runner (hooks disabled, the token only where the remote is talked to);
 * a non-zero exit rejects with the line of stderr that says why: a push's rejected refs
 * (" ! [remote rejected] v1 -> v1 (hook declined)") rather than its closing "failed to push
 * some refs", otherwise the last line.
 */
export function createGit(runner: GitRunner): Git {
  return async (args) => {
    const result = await runner(args);
    if (result.exitCode !== 0) throw new Error(`git ${args[0] ?? ""} failed: ${failureDetail(result)}`);
    return result.stdout;
  };
}

export function failureDetail(result: { exitCode: number; stderr: string }): string {
  const lines = result.stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const rejected = lines.filter((line) => line.startsWith("! "));
  if (rejected.length > 0) return rejected.join("; ");
  return lines.at(-1) ?? `exit code ${result.exitCode}`;
}

export async function isShallow(git: Git): Promise<boolean> {
  return (await git(["rev-parse", "--is-shallow-repository"])).trim() === "true";
}

export async function isWorkTree(git: Git): Promise<boolean> {
  try {
    return (await git(["rev-parse", "--is-inside-work-tree"])).trim() === "true";
  } catch {
    return false;
  }
}

/** The commit a tag points at in the local repository, or undefined. */
export async function localTagCommit(git: Git, tag: string): Promise<string | undefined> {
  try {
    return (await git(["rev-parse", "--quiet", "--verify", `refs/tags/${tag}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The commit a tag points at on the remote (peeled for annotated tags), or undefined. */
export async function remoteTagCommit(git: Git, remote: string, tag: string): Promise<string | undefined> {
  const out = await git(["ls-remote", "--tags", "--", remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`]);
  const refs = new Map(
    out
      .split("\n")
      .filter((line) => line.includes("\t"))
      .map((line) => {
        const [sha = "", ref = ""] = line.split("\t");
        return [ref, sha] as const;
      }),
  );
  return refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
}

export async function listTags(git: Git): Promise<string[]> {
  return (await git(["tag", "--list"])).split("\n").filter((line) => line !== "");
}

/** Points one floating tag at `sha`, locally and on the remote; only that ref is forced. */
export async function moveTag(git: Git, remote: string, tag: string, sha: string): Promise<void> {
  await git(["tag", "--force", tag, sha]);
  await git(["push", "--quiet", "--", remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
}
