import { type Conclusion, conclusionOf, type ReportJob, type SandboxReport } from "./model.ts";

/*
 * report.html: one self-contained file (inline CSS and SVG, no script, no external asset)
 * that shows a sandbox run as a picture: the job graph per workflow run with conclusions and
 * times, the environment table, the approvals and the drift issues.
 */

const COLORS: Record<Conclusion, { stroke: string; fill: string; mark: string }> = {
  success: { stroke: "#1a7f37", fill: "#dafbe1", mark: "\u2713" },
  failure: { stroke: "#cf222e", fill: "#ffebe9", mark: "\u2717" },
  cancelled: { stroke: "#6e7781", fill: "#eaeef2", mark: "\u2298" },
  skipped: { stroke: "#8c959f", fill: "#f6f8fa", mark: "\u21b7" },
};

const NODE_WIDTH = 188;
const NODE_HEIGHT = 62;
const COLUMN_GAP = 34;
const ROW_GAP = 14;
const LABEL_WIDTH = 190;
const BAND_PADDING = 14;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** 1.2 s, 42 s, 2m 05s. */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m ${String(Math.round(seconds - minutes * 60)).padStart(2, "0")}s`;
}

/** sha256:0123456789ab (12 hex digits, as registries' UIs show). */
export function shortDigest(digest: string): string {
  const [algorithm, hex = ""] = digest.split(":");
  return hex ? `${algorithm}:${hex.slice(0, 12)}` : digest;
}

function clip(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars - 1)}\u2026` : text;
}

/**
 * A job's name inside its band: without the caller's job, which every job of a run shares
 * (`pipeline / build / build` -> `build`), a called workflow named like its one job once. The
 * full name is the box's tooltip.
 */
export function shownName(name: string): string {
  const segments = name.split(" / ");
  const inside = segments.length > 1 ? segments.slice(1) : segments;
  return inside.filter((segment, index) => segment !== inside[index - 1]).join(" / ");
}

interface PlacedJob {
  job: ReportJob;
  x: number;
  y: number;
}

interface Band {
  run: string;
  y: number;
  height: number;
  jobs: PlacedJob[];
}

/** Each run a horizontal band; inside it, a job's column is the length of its longest `needs` chain. */
export function layoutJobs(jobs: ReportJob[]): { bands: Band[]; width: number; height: number } {
  const runs = new Map<string, ReportJob[]>();
  for (const job of jobs) {
    const run = job.run ?? "jobs";
    runs.set(run, [...(runs.get(run) ?? []), job]);
  }
  const bands: Band[] = [];
  let y = 0;
  let columns = 1;
  for (const [run, members] of runs) {
    const byName = new Map(members.map((job) => [job.name, job]));
    const depth = new Map<string, number>();
    const depthOf = (job: ReportJob, seen: Set<string>): number => {
      const known = depth.get(job.name);
      if (known !== undefined) return known;
      if (seen.has(job.name)) return 0; // a cycle in a hand-written report: draw it flat
      seen.add(job.name);
      const needs = (job.needs ?? []).map((name) => byName.get(name)).filter((need) => need !== undefined);
      const value = needs.length === 0 ? 0 : 1 + Math.max(...needs.map((need) => depthOf(need, seen)));
      depth.set(job.name, value);
      return value;
    };
    const rowsPerColumn: number[] = [];
    const placed: PlacedJob[] = members.map((job) => {
      const column = depthOf(job, new Set());
      const row = rowsPerColumn[column] ?? 0;
      rowsPerColumn[column] = row + 1;
      return {
        job,
        x: LABEL_WIDTH + column * (NODE_WIDTH + COLUMN_GAP),
        y: y + BAND_PADDING + row * (NODE_HEIGHT + ROW_GAP),
      };
    });
    columns = Math.max(columns, rowsPerColumn.length);
    const rows = Math.max(...rowsPerColumn.map((count) => count ?? 0), 1);
    const height = BAND_PADDING * 2 + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP;
    bands.push({ run, y, height, jobs: placed });
    y += height;
  }
  return { bands, width: LABEL_WIDTH + columns * (NODE_WIDTH + COLUMN_GAP), height: Math.max(y, 1) };
}

function jobGraph(jobs: ReportJob[]): string {
  const { bands, width, height } = layoutJobs(jobs);
  const parts: string[] = [];
  bands.forEach((band, index) => {
    parts.push(
      `<rect class="band" x="0" y="${band.y}" width="${width}" height="${band.height}" fill="${index % 2 === 0 ? "#ffffff" : "#f6f8fa"}"/>`,
      `<text class="run" x="12" y="${band.y + band.height / 2 + 5}">${escapeHtml(clip(band.run, 24))}</text>`,
    );
    const byName = new Map(band.jobs.map((placed) => [placed.job.name, placed]));
    for (const placed of band.jobs) {
      for (const need of placed.job.needs ?? []) {
        const from = byName.get(need);
        if (!from) continue;
        const x1 = from.x + NODE_WIDTH;
        const y1 = from.y + NODE_HEIGHT / 2;
        const x2 = placed.x - 4;
        const y2 = placed.y + NODE_HEIGHT / 2;
        const middle = (x1 + x2) / 2;
        parts.push(
          `<path class="edge" d="M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}" fill="none" stroke="#8c959f" stroke-width="1.5" marker-end="url(#arrow)"/>`,
        );
      }
    }
    for (const { job, x, y } of band.jobs) {
      const color = COLORS[job.conclusion];
      const status = `${color.mark} ${job.conclusion}${job.expected ? " (expected)" : ""} \u00b7 ${formatSeconds(job.seconds)}`;
      parts.push(
        `<g class="job" data-name="${escapeHtml(job.name)}" data-conclusion="${job.conclusion}" data-seconds="${job.seconds}">`,
        `<title>${escapeHtml(`${job.name}: ${job.conclusion} in ${formatSeconds(job.seconds)}${job.note ? ` (${job.note})` : ""}`)}</title>`,
        `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8" fill="${color.fill}" stroke="${color.stroke}" stroke-width="1.5"/>`,
        `<rect x="${x}" y="${y}" width="6" height="${NODE_HEIGHT}" rx="3" fill="${color.stroke}"/>`,
        `<text class="name" x="${x + 14}" y="${y + 20}">${escapeHtml(clip(shownName(job.name), 25))}</text>`,
        `<text class="status" x="${x + 14}" y="${y + 38}" fill="${color.stroke}">${escapeHtml(status)}</text>`,
        job.note ? `<text class="note" x="${x + 14}" y="${y + 54}">${escapeHtml(clip(job.note, 31))}</text>` : "",
        "</g>",
      );
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="job graph" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#8c959f"/></marker></defs>
${parts.filter((part) => part !== "").join("\n")}
</svg>`;
}

function environmentTable(report: SandboxReport): string {
  const rows = Object.entries(report.environments).map(
    ([name, environment]) => `<tr data-environment="${escapeHtml(name)}">
<th scope="row">${escapeHtml(name)}</th>
<td class="version">${escapeHtml(environment.version)}</td>
<td class="digest" data-digest="${escapeHtml(environment.digest)}" title="${escapeHtml(environment.digest)}"><code>${escapeHtml(shortDigest(environment.digest))}</code></td>
<td class="image"><code>${escapeHtml(environment.image)}</code></td>
<td class="commit" data-commit="${escapeHtml(environment.commit)}" title="${escapeHtml(environment.commit)}"><code>${escapeHtml(environment.commit.slice(0, 7))}</code></td>
</tr>`,
  );
  return `<table id="environment-table">
<thead><tr><th scope="col">Environment</th><th scope="col">Version</th><th scope="col">Digest</th><th scope="col">Image</th><th scope="col">GitOps commit</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
<p class="muted">GitOps repository: <code>${escapeHtml(report.gitops.repository)}</code>. Every environment runs the digest above; the version is the tag beside it, for people.</p>`;
}

function approvalsTable(report: SandboxReport): string {
  const approvals = report.approvals ?? [];
  if (approvals.length === 0) return `<p class="muted">No environment asked for a review in this run.</p>`;
  const rows = approvals.map(
    (approval) => `<tr class="approval" data-state="${approval.state}">
<th scope="row">${escapeHtml(approval.environment)}</th><td>${escapeHtml(approval.run)}</td><td>${escapeHtml(approval.requestedBy)}</td>
<td>${escapeHtml(approval.reviewer)}</td><td class="${approval.state}">${escapeHtml(approval.state)}</td><td>${escapeHtml(approval.reason ?? "")}</td>
</tr>`,
  );
  return `<table id="approvals-table">
<thead><tr><th scope="col">Environment</th><th scope="col">Run</th><th scope="col">Requested by</th><th scope="col">Reviewer</th><th scope="col">Decision</th><th scope="col">Reason</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

function driftList(report: SandboxReport): string {
  if (report.drift.issues.length === 0) return `<p class="muted">No workspace drifted.</p>`;
  const items = report.drift.issues.map(
    (issue) =>
      `<li class="drift-issue" data-number="${issue.number}"><a href="${escapeHtml(issue.url)}">#${issue.number} ${escapeHtml(issue.title)}</a>${issue.workspace ? ` <span class="muted">(<code>${escapeHtml(issue.workspace)}</code>)</span>` : ""}</li>`,
  );
  return `<ul id="drift-issues">\n${items.join("\n")}\n</ul>`;
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 28px 36px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; background: #ffffff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #d0d7de; }
code { font: 12.5px/1.3 ui-monospace, "DejaVu Sans Mono", monospace; }
.muted { color: #59636e; }
.badge { display: inline-block; padding: 1px 10px; border-radius: 12px; font-weight: 600; color: #ffffff; }
.badge.success { background: #1a7f37; } .badge.failure { background: #cf222e; }
.graph { display: inline-block; max-width: 100%; border: 1px solid #d0d7de; border-radius: 8px; }
.graph svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: system-ui, "DejaVu Sans", sans-serif; }
svg .run { font-size: 12.5px; font-weight: 600; fill: #424a53; }
svg .name { font-size: 12.5px; font-weight: 600; fill: #1f2328; }
svg .status { font-size: 12px; }
svg .note { font-size: 11px; fill: #59636e; }
table { border-collapse: collapse; min-width: 60%; }
th, td { text-align: left; padding: 6px 14px 6px 0; border-bottom: 1px solid #eaeef2; vertical-align: top; }
thead th { color: #59636e; font-weight: 600; font-size: 12.5px; }
td.approved { color: #1a7f37; font-weight: 600; } td.rejected { color: #cf222e; font-weight: 600; }
`;

export function renderReportHtml(report: SandboxReport): string {
  const conclusion = conclusionOf(report);
  const facts = [
    report.scenario ? `scenario <b>${escapeHtml(report.scenario)}</b>` : "",
    `release <b>${escapeHtml(report.release.tag)}</b>`,
    `${report.jobs.length} jobs`,
    report.seconds !== undefined ? `${escapeHtml(formatSeconds(report.seconds))} in all` : "",
  ].filter((fact) => fact !== "");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>platform sandbox: ${escapeHtml(report.release.tag)} (${conclusion})</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>platform sandbox <span class="badge ${conclusion}" id="conclusion">${conclusion}</span></h1>
<p class="muted">${facts.join(" \u00b7 ")}</p>
</header>
<section id="jobs">
<h2>Jobs</h2>
<div class="graph">
${jobGraph(report.jobs)}
</div>
</section>
<section id="environments">
<h2>Environments</h2>
${environmentTable(report)}
</section>
<section id="approvals">
<h2>Approvals</h2>
${approvalsTable(report)}
</section>
<section id="drift">
<h2>Drift</h2>
${driftList(report)}
</section>
</body>
</html>
`;
}
