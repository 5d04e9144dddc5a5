import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RehearsalError } from "./errors.ts";
import type { SuiteLocation } from "./load.ts";

function revParse(dir: string, revision: string): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The commit `<owner>/<suite>/...@<version>` stands for (`job.workflow_sha` of the suite's
 * called workflows): the version's commit with `refs: "git"`, else the checkout's HEAD (forty
 * zeros outside git), since the checkout at hand is what runs.
 */
export function suiteCommit(suite: SuiteLocation, version: string): string {
  if (suite.refs !== "git") return revParse(suite.dir, "HEAD") ?? "0".repeat(40);
  const commit = revParse(suite.dir, version);
  if (!commit) {
    throw new RehearsalError(
      `Unable to resolve '${version}' in ${suite.name} (${suite.dir}): no such tag, branch or commit`,
    );
  }
  return commit;
}

/**
 * The directory `<owner>/<suite>/...@<version>` reads from. With `refs: "checkout"` (the
 * default) that is the checkout at hand, whatever the version. With `refs: "git"` the version
 * is resolved in the checkout's git (a tag, branch or SHA) and that commit's tree is used, so a
 * caller pinned at a release runs that release's actions and workflows; an unknown version is refused.
 */
export function suiteRoot(suite: SuiteLocation, version: string): string {
  if (suite.refs !== "git") return suite.dir;
  const commit = suiteCommit(suite, version);
  const dir = path.join(os.tmpdir(), `rehearsal-suite-${commit}`);
  if (existsSync(dir)) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // git archive | tar: the commit's tree, committed dist/ bundles included, nothing uncommitted.
  execFileSync("sh", ["-c", `git -C "$1" archive "$2" | tar -x -C "$3"`, "sh", suite.dir, commit, partial]);
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  return dir;
}
