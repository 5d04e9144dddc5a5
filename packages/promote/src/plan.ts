import { codeBlock, table } from "@platform/action-kit";
import type { GateResult } from "./gates.ts";
import type { PlannedImage } from "./record.ts";

/** Everything decided before anything is written: the `plan` output and the summary's first half. */
export interface PromotionPlan {
  environment: string;
  from: string;
  config: string;
  gitops: { repository: string; branch: string; commit: string };
  gates: GateResult[];
  images: PlannedImage[];
  requestedBy: string;
  approvedBy: string[];
  reason: string | undefined;
  dryRun: boolean;
  /** The refusal line, when a gate refused. */
  refused?: string;
}

export function renderSummary(
  plan: PromotionPlan,
  landed?: { diff: string; commitUrl?: string; pullRequest?: string; changed: boolean },
): string {
  // The heading is the action's (actions/promote/src/run.ts).
  const lines: string[] = [];
  if (plan.refused) lines.push(`**Refused:** ${plan.refused}`, "");
  else if (plan.dryRun) lines.push("_dry run: gates checked, nothing written_", "");
  lines.push(
    `GitOps: \`${plan.gitops.repository}@${plan.gitops.branch}\` at \`${plan.gitops.commit.slice(0, 12) || "-"}\`; configuration: \`${plan.config}\``,
    "",
  );
  lines.push(
    table(
      ["gate", "image", "outcome", "detail"],
      plan.gates.map((g) => [g.gate, g.image ?? "", g.outcome, g.detail]),
    ),
    "",
  );
  if (plan.images.length > 0) {
    lines.push(
      table(
        ["image", "from", "to", "digest", "version", "lineage", "changed"],
        plan.images.map((i) => [
          i.name,
          i.from,
          i.to,
          `\`${i.digest}\``,
          i.version ?? "-",
          i.lineage,
          String(i.changed),
        ]),
      ),
      "",
    );
  }
  const who = [`Requested by ${plan.requestedBy || "-"}`];
  if (plan.approvedBy.length) who.push(`approved by ${plan.approvedBy.join(", ")}`);
  if (plan.reason) who.push(`reason: ${plan.reason}`);
  lines.push(`${who.join("; ")}.`, "");
  if (landed) {
    if (landed.pullRequest) lines.push(`Pull request: ${landed.pullRequest}`, "");
    else if (landed.commitUrl && landed.changed) lines.push(`Commit: ${landed.commitUrl}`, "");
    if (!landed.changed) lines.push("_The target already pins these images: no commit._", "");
    if (landed.diff) lines.push(codeBlock(landed.diff.trimEnd(), "diff"), "");
  }
  return lines.join("\n");
}
