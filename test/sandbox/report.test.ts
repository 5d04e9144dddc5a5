import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { dumpDom, screenshot } from "../harness/chromium.ts";
import { countColor, decodePng, nonBackgroundShare } from "../harness/png.ts";
import { repoRoot } from "../harness/run-action.ts";
import { layoutJobs } from "./report/html.ts";
import { parseReport } from "./report/model.ts";
import { sampleReport } from "./report/sample.ts";
import { renderReportText } from "./report/terminal.ts";
import { writeReport } from "./report/write.ts";

/*
 * report.html in a real browser (Debian's headless Chromium): the DOM it renders holds the
 * rows, and the screenshot (kept in artifacts/sandbox/ for a person to look at) is the
 * window's size and shows the graph's colours.
 */

const artifacts = path.join(repoRoot, "artifacts", "sandbox");
mkdirSync(artifacts, { recursive: true });

describe("report.json", () => {
  it("refuses a report with a wrong field in one line naming it", () => {
    const broken = { ...sampleReport(), jobs: [{ name: "build", conclusion: "green", seconds: 1 }] };
    expect(() => parseReport(JSON.parse(JSON.stringify(broken)))).toThrow(
      new Error("report.json: jobs[0].conclusion must be success, failure, cancelled, skipped"),
    );
    expect(() => parseReport({ ...sampleReport(), environments: { dev: { version: "1" } } })).toThrow(
      "report.json: environments.dev.digest must be a string",
    );
  });
});

describe("the job graph's layout", () => {
  it("puts a job one column right of the longest chain of what it needs, each run in its own band", () => {
    const { bands } = layoutJobs(sampleReport().jobs);
    expect(bands.map((band) => band.run)).toEqual([
      "pull request #1",
      "push main",
      "promote #3",
      "push main (fix)",
      "promote #5",
      "promote #6",
      "nightly drift",
    ]);
    const push = bands[1]?.jobs ?? [];
    const xs = push.map((placed) => placed.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(4);
    const pr = bands[0]?.jobs ?? [];
    expect(pr[0]?.x).toBe(pr[1]?.x); // no needs: one column, two rows
    expect(pr[0]?.y).toBeLessThan(pr[1]?.y ?? 0);
  });
});

describe("report.html in headless Chromium", () => {
  const report = sampleReport();
  report.jobs.push({ run: "nightly drift", name: "<script>alert(1)</script>", conclusion: "cancelled", seconds: 0.4 });
  const { html, json } = writeReport(artifacts, report);

  it("is one self-contained file: no script, no external asset", () => {
    const text = readFileSync(html, "utf8");
    expect(text).not.toMatch(/<script|<link|<img|<iframe|@import|\bsrc=/i);
    expect(new Set(text.match(/url\([^)]*\)/g))).toEqual(new Set(["url(#arrow)"]));
    expect(parseReport(JSON.parse(readFileSync(json, "utf8")))).toEqual(report);
  });

  it("renders every job, the environment rows, the approvals and the drift issue", async () => {
    const dom = await dumpDom(html);
    expect(dom.match(/<g class="job"/g)).toHaveLength(report.jobs.length);
    expect(dom).not.toContain("<script>");
    expect(dom).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    for (const [name, environment] of Object.entries(report.environments)) {
      const row = new RegExp(`<tr data-environment="${name}">[\\s\\S]*?</tr>`).exec(dom)?.[0] ?? "";
      expect(row).toContain(`data-digest="${environment.digest}"`);
      expect(row).toContain(`<td class="version">${environment.version}</td>`);
      expect(row).toContain(`data-commit="${environment.commit}"`);
    }
    expect(dom.match(/<tr class="approval" data-state="approved">/g)).toHaveLength(2);
    expect(dom).toContain(
      '<li class="drift-issue" data-number="1"><a href="http://127.0.0.1:41003/acme/infra/issues/1">',
    );
    expect(dom).toContain('id="conclusion">success</span>');
    expect(dom).toMatch(
      /data-conclusion="failure"[^>]*>\s*<title>promote \/ plan: failure in 1\.6 s \(refused: no reason given\)/,
    );
  });

  it("screenshots at the window's size, with the graph's colours on a non-blank page", async () => {
    const png = path.join(artifacts, "report.png");
    await screenshot(html, png, { width: 1400, height: 1500 });
    const image = decodePng(readFileSync(png));
    expect([image.width, image.height]).toEqual([1400, 1500]);
    expect(nonBackgroundShare(image)).toBeGreaterThan(0.05);
    // The solid stripes of the job boxes: green for success, red for the refusal, grey for cancelled.
    expect(countColor(image, "#1a7f37")).toBeGreaterThan(500);
    expect(countColor(image, "#cf222e")).toBeGreaterThan(100);
    expect(countColor(image, "#6e7781")).toBeGreaterThan(100);
  });
});

describe("the terminal table", () => {
  it("lists the environments, approvals, drift issue and every job's time", () => {
    const text = renderReportText(sampleReport());
    expect(text).toMatch(/^environment\s+version\s+digest\s+GitOps commit$/m);
    expect(text).toMatch(/^production\s+1\.0\.0\s+sha256:[0-9a-f]{12}\s+[0-9a-f]{7}$/m);
    expect(text).toMatch(/^production\s+promote #6\s+dana\s+rita\s+approved\s+roll back the fix$/m);
    expect(text).toContain("drift: #1 Drift in workspaces/production http://127.0.0.1:41003/acme/infra/issues/1");
    expect(text).toMatch(/^promote \/ plan\s+promote #5\s+failure \(expected\)\s+1\.6 s$/m);
    expect(text.trimEnd().split("\n").pop()).toBe("success: release v1.0.1, 17 jobs in 2m 28s");
  });
});
