import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { structuredPatch } from "diff";
import { repoRoot } from "../../../test/harness/run-action.ts";
import { applyEdits, buildEditRequest, type FileChange, memorySnapshot } from "../src/index.ts";

export const corpusDir = path.join(repoRoot, "test", "fixtures", "gitops", "repo");

interface CorpusCase {
  name: string;
  request: { overlay?: string; images?: string[]; replicas?: string[]; set?: string[]; allowCreate?: boolean };
  diff: Record<string, string[]>;
  render?: string[];
}

function readTree(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    const relative = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(full).isDirectory()) Object.assign(files, readTree(full, relative));
    else files[relative] = readFileSync(full, "utf8");
  }
  return files;
}

/** Hunks without context: `@<old start>` then the -/+ lines, CR shown nowhere (checked apart). */
function compactDiff(change: FileChange): string[] {
  const patch = structuredPatch("a", "b", change.before, change.after, "", "", { context: 0 });
  return patch.hunks.flatMap((hunk) => [`@${hunk.oldStart}`, ...hunk.lines.map((line) => line.replace(/\r$/, ""))]);
}

const cases = JSON.parse(
  readFileSync(path.join(repoRoot, "test", "fixtures", "gitops", "cases.json"), "utf8"),
) as CorpusCase[];
const corpus = readTree(corpusDir);
const scratch = mkdtempSync(path.join(os.tmpdir(), "gitops-corpus-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the editing corpus", () => {
  it("is realistic in size", () => {
    expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(20);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s: only the edited lines differ", async (_name, testCase) => {
    const changes = await applyEdits(buildEditRequest(testCase.request), memorySnapshot(corpus));
    const actual = Object.fromEntries(changes.map((change) => [change.path, compactDiff(change)]));
    expect(actual).toEqual(testCase.diff);
    for (const change of changes) {
      expect(change.before).toBe(corpus[change.path]);
      if (change.before.includes("\r\n")) expect(change.after.replace(/\r\n/g, "")).not.toContain("\n");
      expect(change.after.endsWith("\n")).toBe(change.before.endsWith("\n"));
    }
  });

  const rendered = cases.filter((c) => c.render && c.request.overlay);
  it.each(rendered.map((c, i) => [c.name, c, i] as const))(
    "%s: kubectl kustomize renders the edit",
    async (_name, testCase, index) => {
      const changes = await applyEdits(buildEditRequest(testCase.request), memorySnapshot(corpus));
      const dir = path.join(scratch, String(index));
      const files = { ...corpus, ...Object.fromEntries(changes.map((change) => [change.path, change.after])) };
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      const output = execFileSync(
        "kubectl",
        ["kustomize", overlayDir(path.join(dir, testCase.request.overlay ?? ""))],
        { encoding: "utf8" },
      );
      for (const expected of testCase.render ?? []) {
        expect(output).toContain(expected.startsWith("replicas:") ? expected : `image: ${expected}`);
      }
    },
  );
});

function overlayDir(target: string): string {
  return statSync(target).isDirectory() ? target : path.dirname(target);
}
