import { formatBytes, inlineCode, table } from "@platform/action-kit";
import type { CopyResult } from "@platform/oci";

/** The step summary: one row per target. */
export function renderSummary(result: CopyResult): string {
  const rows = result.targets.map((t) => [
    t.reference,
    inlineCode(t.digest),
    t.platforms.join(", ") || "-",
    t.tagAction,
    String(t.copiedBlobs),
    String(t.mountedBlobs),
    String(t.skippedBlobs),
    formatBytes(t.copiedBytes),
    t.durationMs < 1000 ? `${Math.round(t.durationMs)} ms` : `${(t.durationMs / 1000).toFixed(1)} s`,
  ]);
  const note = result.dryRun ? "_dry run: nothing was written_\n\n" : "";
  return `${note}${table(
    ["reference", "digest", "platforms", "tag", "blobs copied", "blobs mounted", "blobs skipped", "bytes", "time"],
    rows,
  )}\n`;
}
