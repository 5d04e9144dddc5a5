// npm run bench -- update-overlay [runs]
//
// 1. Scale: the bundled action (git mode, a real bare remote, a clone as the workspace) edits
//    300 Kustomize overlays in ONE commit (300 `set` lines). Wall time of the whole action
//    process, and its peak RSS (process.resourceUsage().maxRSS, reported by a preloaded exit
//    hook). Baseline: what a hand-written script does with the `yaml` package: parse, setIn,
//    stringify each file, then `git commit -a` and `git push` (it loses comments and
//    formatting, see 2, and has no race handling). Runs alternate; medians are printed.
// 2. Fidelity on the corpus (test/fixtures/gitops): for every file every corpus case edits,
//    does the file differ from the original in exactly the expected lines? Ours, against
//    the same edited data dumped by the `yaml` package: `stringify(parse())` (a plain
//    parse-and-dump) and a Document round trip (`parseAllDocuments` + `toString()`).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { applyEdits, buildEditRequest, type FileChange, KUSTOMIZATION_FILES, memorySnapshot } from "@platform/gitops";
import { structuredPatch } from "diff";
import { parseAllDocuments, stringify } from "yaml";
import { createBareRepo, git } from "../test/harness/git.ts";
import { repoRoot, runBundledAction } from "../test/harness/run-action.ts";
import { median } from "./stats.ts";

const runs = Number(process.argv[2] ?? 5);
const OVERLAYS = 300;

function overlay(i: number): string {
  return [
    `# service ${i}: production overlay, bumped by CI`,
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    "namespace: prod",
    "resources:",
    "- ../../base",
    "images:",
    `- name: ghcr.io/octo-org/svc-${i}`,
    "  newTag: 1.0.0 # set by update-overlay",
    "replicas:",
    `- name: svc-${i}`,
    "  count: 2",
    "",
  ].join("\n");
}

// ---------- 1. scale ----------
const scratch = mkdtempSync(path.join(os.tmpdir(), "bench-update-overlay-"));
const files: Record<string, string> = {};
for (let i = 0; i < OVERLAYS; i++) files[`apps/svc-${i}/overlays/prod/kustomization.yaml`] = overlay(i);
const repo = await createBareRepo({ files });
const hook = path.join(scratch, "rss-hook.mjs");
const rssFile = path.join(scratch, "rss");
writeFileSync(
  hook,
  `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
);

const baselineScript = path.join(scratch, "baseline.mjs");
writeFileSync(
  baselineScript,
  `import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { parseDocument } from ${JSON.stringify(path.join(repoRoot, "node_modules", "yaml", "dist", "index.js"))};
const [dir, version, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  const file = dir + "/apps/svc-" + i + "/overlays/prod/kustomization.yaml";
  const doc = parseDocument(readFileSync(file, "utf8"));
  doc.setIn(["images", 0, "newTag"], version);
  writeFileSync(file, String(doc));
}
execFileSync("git", ["commit", "-q", "-a", "-m", "chore(deploy): bump"], { cwd: dir });
execFileSync("git", ["push", "-q", "origin", "HEAD:main"], { cwd: dir });
`,
);

async function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  });
  return performance.now() - start;
}

const ours: number[] = [];
const rss: number[] = [];
const baseline: number[] = [];
const baselineRss: number[] = [];
const workspace = await repo.workDir();
const baselineDir = await repo.workDir();
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "bench",
  GIT_AUTHOR_EMAIL: "bench@example.test",
  GIT_COMMITTER_NAME: "bench",
  GIT_COMMITTER_EMAIL: "bench@example.test",
};
for (let run = 0; run < runs; run++) {
  const version = `2.0.${run}`;
  const set = Array.from(
    { length: OVERLAYS },
    (_, i) => `apps/svc-${i}/overlays/prod/kustomization.yaml:images[name=ghcr.io/octo-org/svc-${i}].newTag=${version}`,
  ).join("\n");
  const start = performance.now();
  const result = await runBundledAction("update-overlay", {
    workspace,
    inputs: { set },
    env: { NODE_OPTIONS: `--import=${hook}` },
  });
  ours.push(performance.now() - start);
  if (result.exitCode !== 0 || result.outputs.changed !== "true") throw new Error(`action failed:\n${result.log}`);
  const changed = JSON.parse(result.outputs.files ?? "[]") as string[];
  if (changed.length !== OVERLAYS) throw new Error(`expected ${OVERLAYS} files, got ${changed.length}`);
  rss.push(Number(readFileSync(rssFile, "utf8")) / 1024);

  await git(baselineDir, ["pull", "-q", "--ff-only", "origin", "main"]);
  baseline.push(
    await timed(
      process.execPath,
      ["--import", hook, baselineScript, baselineDir, `3.0.${run}`, String(OVERLAYS)],
      baselineDir,
      gitEnv,
    ),
  );
  baselineRss.push(Number(readFileSync(rssFile, "utf8")) / 1024);
}
const log = execFileSync("git", ["log", "--format=%s", "-3", "main"], { cwd: repo.bareDir, encoding: "utf8" });
await repo.cleanup();

console.log(`\n## 1. ${OVERLAYS} overlays edited in one commit (median of ${runs}, git mode, bare remote)\n`);
console.log("| | wall time | peak RSS |");
console.log("| --- | --- | --- |");
console.log(
  `| update-overlay (bundled action, whole process) | ${median(ours).toFixed(0)} ms | ${median(rss).toFixed(0)} MiB |`,
);
console.log(
  `| naive script: yaml parse/setIn/stringify + git commit/push | ${median(baseline).toFixed(0)} ms | ${median(baselineRss).toFixed(0)} MiB |`,
);
console.log(
  `\nratio (ours / naive): ${(median(ours) / median(baseline)).toFixed(2)}x; targets: < 1000 ms and < 150 MiB`,
);
console.log(`last commits: ${log.trim().split("\n").join(" | ")}`);

// ---------- 2. fidelity ----------
interface CorpusCase {
  name: string;
  request: { overlay?: string; images?: string[]; replicas?: string[]; set?: string[]; allowCreate?: boolean };
  diff: Record<string, string[]>;
}
const fixtures = path.join(repoRoot, "test", "fixtures", "gitops");
function readTree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    const relative = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(full).isDirectory()) Object.assign(out, readTree(full, relative));
    else out[relative] = readFileSync(full, "utf8");
  }
  return out;
}
const corpus = readTree(path.join(fixtures, "repo"));
const cases = JSON.parse(readFileSync(path.join(fixtures, "cases.json"), "utf8")) as CorpusCase[];

function compact(before: string, after: string): string[] {
  const patch = structuredPatch("a", "b", before, after, "", "", { context: 0 });
  return patch.hunks.flatMap((hunk) => [`@${hunk.oldStart}`, ...hunk.lines.map((line) => line.replace(/\r$/, ""))]);
}
const plainDump = (text: string): string =>
  parseAllDocuments(text)
    .map((doc) => stringify(doc.toJS()))
    .join("---\n");
const documentDump = (text: string): string =>
  parseAllDocuments(text)
    .map((doc) => doc.toString())
    .join("");

const score = { ours: 0, plain: 0, document: 0, total: 0 };
for (const testCase of cases) {
  const request = buildEditRequest(testCase.request);
  const changes: FileChange[] = await applyEdits(request, memorySnapshot(corpus));
  const touched = new Set<string>([...changes.map((c) => c.path), ...(request.sets ?? []).map((s) => s.file)]);
  if (request.overlay) {
    const dir = request.overlay;
    const file =
      corpus[dir] !== undefined
        ? dir
        : KUSTOMIZATION_FILES.map((n) => `${dir}/${n}`).find((f) => corpus[f] !== undefined);
    if (file) touched.add(file);
  }
  for (const file of touched) {
    const before = corpus[file] ?? "";
    const after = changes.find((c) => c.path === file)?.after ?? before;
    const expected = testCase.diff[file] ?? [];
    const same = (candidate: string): number =>
      JSON.stringify(compact(before, candidate)) === JSON.stringify(expected) ? 1 : 0;
    score.total++;
    score.ours += same(after);
    score.plain += same(plainDump(after));
    score.document += same(documentDump(after));
  }
}
const pct = (n: number): string => `${n}/${score.total} (${((100 * n) / score.total).toFixed(0)}%)`;
console.log(`\n## 2. Fidelity on the corpus (${cases.length} cases, ${Object.keys(corpus).length} files)\n`);
console.log("| editor | files whose only changed lines are the edited ones |");
console.log("| --- | --- |");
console.log(`| update-overlay (surgical splice) | ${pct(score.ours)} |`);
console.log(`| yaml: stringify(parse()) (plain parse-and-dump) | ${pct(score.plain)} |`);
console.log(`| yaml: Document round trip (parseAllDocuments + toString) | ${pct(score.document)} |`);
rmSync(scratch, { recursive: true, force: true });
