import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderReportHtml } from "./html.ts";
import { parseReport, type SandboxReport } from "./model.ts";

/** Writes report.json and report.html into `dir`; resolves with their paths. */
export function writeReport(dir: string, report: SandboxReport): { json: string; html: string } {
  parseReport(report, "the sandbox's report");
  const json = path.join(dir, "report.json");
  const html = path.join(dir, "report.html");
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(html, renderReportHtml(report));
  return { json, html };
}
