import { createTwoFilesPatch } from "diff";
import type { FileChange } from "./plan.ts";

/** A `git diff`-style unified diff of the changes, for the log, the summary and the `diff` output. */
export function unifiedDiff(changes: FileChange[]): string {
  return changes
    .map((change) =>
      createTwoFilesPatch(`a/${change.path}`, `b/${change.path}`, change.before, change.after, "", "", { context: 3 }),
    )
    .map((patch) => patch.replace(/^=+\n/, ""))
    .join("");
}
