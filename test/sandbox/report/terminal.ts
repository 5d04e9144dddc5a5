import { formatSeconds, shortDigest } from "./html.ts";
import { conclusionOf, type SandboxReport } from "./model.ts";

/*
 * The final table the command prints: environments x version x digest x GitOps commit, the
 * approvals, the drift issues and the time each job took. Plain text (no colour codes), so
 * it reads the same in a terminal, a CI log and the README.
 */

/** Left-aligned columns separated by two spaces, a rule under the header. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function renderReportText(report: SandboxReport): string {
  const sections: string[] = [];
  sections.push(
    textTable(
      ["environment", "version", "digest", "GitOps commit"],
      Object.entries(report.environments).map(([name, environment]) => [
        name,
        environment.version,
        shortDigest(environment.digest),
        environment.commit.slice(0, 7),
      ]),
    ),
  );
  const approvals = report.approvals ?? [];
  if (approvals.length > 0) {
    sections.push(
      textTable(
        ["approval", "run", "requested by", "reviewer", "decision", "reason"],
        approvals.map((a) => [a.environment, a.run, a.requestedBy, a.reviewer, a.state, a.reason ?? ""]),
      ),
    );
  }
  sections.push(
    report.drift.issues.length === 0
      ? "drift: no workspace drifted"
      : report.drift.issues.map((issue) => `drift: #${issue.number} ${issue.title} ${issue.url}`).join("\n"),
  );
  sections.push(
    textTable(
      ["job", "run", "conclusion", "time"],
      report.jobs.map((job) => [
        job.name,
        job.run ?? "",
        job.expected ? `${job.conclusion} (expected)` : job.conclusion,
        formatSeconds(job.seconds),
      ]),
    ),
  );
  const total = report.seconds !== undefined ? ` in ${formatSeconds(report.seconds)}` : "";
  sections.push(`${conclusionOf(report)}: release ${report.release.tag}, ${report.jobs.length} jobs${total}`);
  return `${sections.join("\n\n")}\n`;
}
