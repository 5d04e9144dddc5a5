// npm run bench -- startup [runs] [action ...] [--compare DIR]: each bundled action's fixed cost beside bare
// Node, in the same run, alternating: (1) start, from process start to the first read of an
// INPUT_* variable (a preloaded hook exits there; see start-probe.ts), in wall and CPU time;
// (2) a whole run with no inputs at all, which every action refuses with one line: wall time
// and peak RSS under GNU time, beside `node -e 0`. Medians, and the best start of the runs (the
// least disturbed by other processes); the load average is printed with
// the figures because this machine is shared. --compare DIR adds DIR/actions/<name>/dist (say
// an earlier commit's, from `git archive <commit> actions | tar -x -C DIR`) to the same rounds.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { listActions, repoRoot } from "../scripts/actions.ts";
import { firstInput, load, type WholeRun, wholeRun, writeFirstInputHook } from "./start-probe.ts";
import { median } from "./stats.ts";

const args = process.argv.slice(2);
const compareAt = args.indexOf("--compare");
const compareDir = compareAt >= 0 ? args.splice(compareAt, 2)[1] : undefined;
const runs = Number(args[0] ?? 7);
const named = args.slice(1);
const bundlePath = (root: string, name: string): string => path.join(root, "actions", name, "dist", "index.js");
const actions = (named.length > 0 ? named : listActions()).filter((name) => existsSync(bundlePath(repoRoot, name)));
const entries: [string, string][] = actions.flatMap((name): [string, string][] => [
  [name, bundlePath(repoRoot, name)],
  ...(compareDir && existsSync(bundlePath(compareDir, name))
    ? [[`${name} (compared)`, bundlePath(compareDir, name)] as [string, string]]
    : []),
]);

const scratch = mkdtempSync(path.join(os.tmpdir(), "bench-startup-"));
try {
  const hook = writeFirstInputHook(scratch);
  const readsInput = path.join(scratch, "reads-input.mjs");
  writeFileSync(readsInput, "process.env.INPUT_X;\n");
  // No GITHUB_* files: the runs that fail on empty inputs write nothing anywhere.
  const env = { PATH: process.env.PATH ?? "", HOME: scratch, RUNNER_TEMP: scratch, INPUT_X: "x" };
  const loadBefore = load();
  const rows: string[] = [];
  const node = { start: [] as number[], cpu: [] as number[], whole: [] as WholeRun[] };
  const bundles = new Map(
    entries.map(([name, file]) => [
      name,
      { file, start: [] as number[], cpu: [] as number[], whole: [] as WholeRun[] },
    ]),
  );
  for (let run = 0; run < runs; run++) {
    const bare = await firstInput(["--import", hook, readsInput], env);
    node.start.push(bare.wall);
    node.cpu.push(bare.cpu);
    node.whole.push(await wholeRun([process.execPath, "-e", "0"], env));
    for (const samples of bundles.values()) {
      const bundle = samples.file;
      const first = await firstInput(["--import", hook, bundle], env);
      samples.start.push(first.wall);
      samples.cpu.push(first.cpu);
      samples.whole.push(await wholeRun([process.execPath, bundle], env));
    }
  }
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  const above = (value: number, bare: number): string => ` (${value >= bare ? "+" : ""}${(value - bare).toFixed(0)})`;
  const best = (values: number[]): number => Math.min(...values);
  const row = (name: string, s: typeof node): string => {
    const isBare = name === "bare node";
    const start = median(s.start);
    const wall = `${ms(start)}${isBare ? "" : above(start, median(node.start))}`;
    // The best of the runs: what the start costs when nothing else holds the CPU (a shared machine).
    const quiet = `${ms(best(s.start))}${isBare ? "" : above(best(s.start), best(node.start))}`;
    const cpu = `${ms(median(s.cpu))}${isBare ? "" : above(median(s.cpu), median(node.cpu))}`;
    return `| ${name} | ${wall} | ${quiet} | ${cpu} | ${ms(median(s.whole.map((w) => w.wall)))} | ${median(s.whole.map((w) => w.rssMb)).toFixed(0)} MB |`;
  };
  rows.push(row("bare node", node));
  for (const [name, samples] of bundles) rows.push(row(name, samples));
  console.log(`\nload ${loadBefore} before, ${load()} after; medians of ${runs} alternating runs`);
  console.log(
    "| | start to first input, wall (above bare) | best of the runs (above bare's best) | CPU by then (above bare) | whole run, empty inputs | peak RSS |",
  );
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const line of rows) console.log(line);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
