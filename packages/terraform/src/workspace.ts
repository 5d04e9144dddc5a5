import { createHash } from "node:crypto";
import type { PlanAnalysis, ResourceEntry } from "./model.ts";

type WorkspaceStatus = "clean" | "drifted" | "failed";

/** One workspace's outcome: its plan analysis, or the error lines of the step that failed. */
export interface WorkspaceResult {
  /** The workspace directory relative to the repository root, with forward slashes. */
  path: string;
  status: WorkspaceStatus;
  analysis?: PlanAnalysis;
  /** For `failed`: the error lines Terraform printed, without the values of expressions. */
  errorLines?: string[];
  /** Identifies the drift (or, for `failed`, the error): equal fingerprints render equal reports. */
  fingerprint: string;
}

function entryKey(section: string, entry: ResourceEntry): unknown[] {
  return [section, entry.address, entry.action, entry.previousAddress ?? "", entry.attributes, entry.values ?? []];
}

/**
 * A digest of exactly what the report shows (addresses, actions, attribute names, and the
 * masked values when they are shown), so "the same drift" means "the same report" and a
 * sensitive value never feeds the digest.
 */
export function driftFingerprint(analysis: PlanAnalysis): string {
  const hash = createHash("sha256");
  for (const entry of analysis.drift) hash.update(`${JSON.stringify(entryKey("drift", entry))}\n`);
  for (const entry of analysis.changes) hash.update(`${JSON.stringify(entryKey("change", entry))}\n`);
  for (const output of analysis.outputs) {
    hash.update(`${JSON.stringify(["output", output.name, output.action, output.values ?? {}])}\n`);
  }
  return hash.digest("hex").slice(0, 32);
}

function errorFingerprint(errorLines: string[]): string {
  return createHash("sha256").update(errorLines.join("\n")).digest("hex").slice(0, 32);
}

export function analysedWorkspace(path: string, analysis: PlanAnalysis): WorkspaceResult {
  return {
    path,
    status: analysis.drifted ? "drifted" : "clean",
    analysis,
    fingerprint: driftFingerprint(analysis),
  };
}

export function failedWorkspace(path: string, errorLines: string[]): WorkspaceResult {
  return { path, status: "failed", errorLines, fingerprint: errorFingerprint(errorLines) };
}

interface ReportResource {
  address: string;
  action: string;
  /** `outside`: changed outside Terraform (resource_drift); `code`: code and state differ. */
  kind: "outside" | "code";
  previousAddress?: string;
  attributes?: string[];
}

interface ReportWorkspace {
  path: string;
  status: WorkspaceStatus;
  fingerprint: string;
  resources: ReportResource[];
  outputs: { name: string; action: string }[];
  /**
   * For a failed plan, how many lines of error output the job log shows. Never the text: terraform
   * prints values in its errors (a failed validation shows the variable, sensitive or not).
   */
  errorLines?: number;
  /** Resources left out to keep the output under GitHub's size limit. */
  resourcesOmitted?: number;
}

function reportResource(kind: "outside" | "code", entry: ResourceEntry): ReportResource {
  const resource: ReportResource = { address: entry.address, action: entry.action, kind };
  if (entry.previousAddress) resource.previousAddress = entry.previousAddress;
  if (entry.attributes.length > 0) resource.attributes = entry.attributes;
  return resource;
}

/** The machine-readable report: names and actions only, never a value. */
export function reportWorkspace(result: WorkspaceResult): ReportWorkspace {
  const analysis = result.analysis;
  const report: ReportWorkspace = {
    path: result.path,
    status: result.status,
    fingerprint: result.fingerprint,
    resources: analysis
      ? [
          ...analysis.drift.map((entry) => reportResource("outside", entry)),
          ...analysis.changes.map((entry) => reportResource("code", entry)),
        ]
      : [],
    outputs: analysis ? analysis.outputs.map((output) => ({ name: output.name, action: output.action })) : [],
  };
  if (result.errorLines) report.errorLines = result.errorLines.length;
  return report;
}

/**
 * Short lines naming each drifted item ("update terraform_data.a"), for comparing two reports
 * and telling in a comment what changed.
 */
export function driftItems(result: WorkspaceResult): string[] {
  const analysis = result.analysis;
  if (!analysis) return [];
  return [
    ...analysis.drift.map((e) => `${e.action} ${e.address} (changed outside Terraform)`),
    ...analysis.changes.map(
      (e) => `${e.action} ${e.address}${e.previousAddress ? ` (from ${e.previousAddress})` : ""}`,
    ),
    ...analysis.outputs.map((o) => `${o.action} output.${o.name}`),
  ];
}

/** GitHub keeps a step output up to 1 MB; the report leaves room for the other outputs. */
export const REPORT_OUTPUT_LIMIT = 900_000;

/**
 * The report as JSON within `limit` characters. When every resource does not fit (tens of
 * thousands of changes), each workspace keeps its first resources and says how many it left
 * out in `resourcesOmitted`; statuses, fingerprints and outputs always stay.
 */
export function reportJson(reports: ReportWorkspace[], limit = REPORT_OUTPUT_LIMIT): string {
  const full = JSON.stringify({ workspaces: reports });
  if (full.length <= limit) return full;
  let keep = Math.max(...reports.map((r) => r.resources.length));
  for (;;) {
    keep = Math.floor(keep / 2);
    const trimmed = reports.map((r) =>
      r.resources.length > keep
        ? { ...r, resources: r.resources.slice(0, keep), resourcesOmitted: r.resources.length - keep }
        : r,
    );
    const text = JSON.stringify({ workspaces: trimmed, truncated: true });
    if (text.length <= limit || keep === 0) return text;
  }
}
