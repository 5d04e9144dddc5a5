import { codeBlock, escapeCell, inlineCode } from "@platform/action-kit";
import { RESOURCE_ACTIONS, type ResourceEntry } from "./model.ts";
import type { WorkspaceResult } from "./workspace.ts";

/** GitHub refuses issue and comment bodies over 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;
/** Room kept for the closing "and N more" line once the budget is reached. */
const RESERVE = 600;

/** Addresses, names and values as inline code that nothing inside can close (the kit's one helper). */
const code = inlineCode;

export function countByAction(entries: ResourceEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
  return RESOURCE_ACTIONS.filter((action) => counts.has(action))
    .map((action) => `${counts.get(action)} ${action}`)
    .join(" · ");
}

function attributeCell(entry: ResourceEntry): string {
  if (entry.values && entry.values.length > 0) {
    return entry.values.map((v) => `${code(v.name)}: ${code(v.before)} → ${code(v.after)}`).join("<br>");
  }
  const names = entry.attributes.map(code).join(", ");
  return entry.previousAddress ? `moved from ${code(entry.previousAddress)}${names ? `; ${names}` : ""}` : names;
}

/** Lines of markdown that stop at a character budget and count what did not fit. */
class BudgetedText {
  private readonly lines: string[] = [];
  private length = 0;
  private readonly budget: number;
  omitted: ResourceEntry[] = [];
  omittedOther = 0;

  constructor(budget: number) {
    this.budget = budget;
  }

  /** Adds a line if it fits; false when the budget is spent. */
  add(line: string): boolean {
    if (this.length + line.length + 1 > this.budget - RESERVE) return false;
    this.lines.push(line);
    this.length += line.length + 1;
    return true;
  }

  /** A line that must stay even past the budget (the reserve pays for it). */
  force(line: string): void {
    this.lines.push(line);
    this.length += line.length + 1;
  }

  text(): string {
    return this.lines.join("\n");
  }
}

function resourceTable(out: BudgetedText, title: string, entries: ResourceEntry[]): void {
  if (entries.length === 0) return;
  const header = [
    "",
    `**${title}**: ${countByAction(entries)}`,
    "",
    "| resource | action | attributes |",
    "| --- | --- | --- |",
  ];
  let from = 0;
  if (header.every((line) => out.add(line))) {
    for (; from < entries.length; from++) {
      const entry = entries[from] as ResourceEntry;
      const row = `| ${escapeCell(code(entry.address))} | ${entry.action} | ${escapeCell(attributeCell(entry))} |`;
      if (!out.add(row)) break;
    }
  }
  out.omitted.push(...entries.slice(from));
}

/**
 * A workspace's report as markdown within `budget` characters: every drifted resource while
 * they fit, then one line counting the rest by action (the run's log lists them all).
 * Sensitive values never appear: values are masked in the model and the text is scrubbed.
 */
export function renderWorkspace(result: WorkspaceResult, options: { budget?: number; heading?: string } = {}): string {
  const out = new BudgetedText(options.budget ?? GITHUB_BODY_LIMIT - 2_000);
  if (options.heading) out.force(options.heading);
  const analysis = result.analysis;
  if (result.status === "failed") {
    out.force("The plan failed, so drift is unknown for this workspace. Terraform said:");
    out.force("");
    const lines = result.errorLines ?? [];
    out.force(codeBlock(lines.length > 0 ? lines.join("\n") : "(no error output)", "text"));
    return out.text();
  }
  if (!analysis?.drifted) {
    out.force("No drift: the infrastructure matches the code and the state.");
    return out.text();
  }
  resourceTable(out, "Changed outside Terraform", analysis.drift);
  resourceTable(out, "Code and state differ (an apply would change)", analysis.changes);
  if (analysis.outputs.length > 0) {
    const lines = ["", "**Outputs that would change**:", "", "| output | action |", "| --- | --- |"];
    let shown = 0;
    if (lines.every((line) => out.add(line))) {
      for (const output of analysis.outputs) {
        const value = output.values ? ` (${code(output.values.before)} → ${code(output.values.after)})` : "";
        const note = output.sensitive ? " (sensitive)" : "";
        if (!out.add(`| ${escapeCell(code(output.name))}${note} | ${output.action}${escapeCell(value)} |`)) break;
        shown++;
      }
    }
    out.omittedOther += analysis.outputs.length - shown;
  }
  if (out.omitted.length > 0 || out.omittedOther > 0) {
    const parts = [out.omitted.length > 0 ? `${out.omitted.length} resources (${countByAction(out.omitted)})` : ""];
    if (out.omittedOther > 0) parts.push(`${out.omittedOther} outputs`);
    out.force("");
    out.force(
      `…and ${parts.filter(Boolean).join(" and ")} more, not listed to keep this under GitHub's size limit; the run's log lists every one.`,
    );
  }
  return analysis.secrets.scrub(out.text());
}

function statusCell(result: WorkspaceResult): string {
  return result.status === "drifted" ? "⚠️ drifted" : result.status === "failed" ? "❌ failed" : "✅ clean";
}

/** The step summary: one table of every workspace, with a link to its issue when there is one. */
export function renderSummaryTable(results: WorkspaceResult[], issueLinks: Map<string, string> = new Map()): string {
  const rows = results.map((result) => {
    const analysis = result.analysis;
    const link = issueLinks.get(result.path);
    return [
      code(result.path),
      statusCell(result),
      analysis ? countByAction(analysis.drift) || "-" : "-",
      analysis ? countByAction(analysis.changes) || "-" : "-",
      analysis ? String(analysis.outputs.length) : "-",
      link ? `[issue](${link})` : "-",
    ].map(escapeCell);
  });
  const header = "| workspace | status | changed outside Terraform | code and state differ | outputs | issue |";
  return [header, "| --- | --- | --- | --- | --- | --- |", ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join(
    "\n",
  );
}
