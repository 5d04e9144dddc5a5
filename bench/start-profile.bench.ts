// npm run bench -- start-profile <action> [runs]: where an action's start-up goes, package by
// package. Bundles the action again with source maps (same ncc options otherwise, so the same
// code) into a temp dir, runs it under `node --cpu-prof` until its first input read (the hook of
// start-probe.ts), `runs` times, and adds up each sample's self time by the package its function
// came from (node_modules/<package>, packages/<name>, Node's own internals, V8's (program) and
// (garbage collector)). Bare `node` reading one input is profiled the same way beside it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import { bundleAction } from "../scripts/bundle.ts";
import { firstInput, load, writeFirstInputHook } from "./start-probe.ts";

const action = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
if (!action) {
  console.error("usage: npm run bench -- start-profile <action> [runs]");
  process.exit(2);
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, TraceMap | null>();
function traceMap(file: string): TraceMap | null {
  if (!maps.has(file)) {
    try {
      maps.set(file, new TraceMap(readFileSync(`${file}.map`, "utf8")));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file) ?? null;
}

/** The package a source path belongs to: the last node_modules/<name>, or packages/<name>. */
function packageOf(source: string): string {
  const modules = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (modules?.[1]) return modules[1];
  const ours = /(?:^|\/)(packages|actions)\/([^/]+)\//.exec(source);
  if (ours) return ours[1] === "packages" ? `@platform/${ours[2]}` : `actions/${ours[2]}`;
  if (source.startsWith("webpack/")) return "(webpack runtime)";
  return source;
}

function groupOf(frame: CallFrame): string {
  if (frame.url === "") return frame.functionName; // (program), (garbage collector), (idle), (root)
  if (frame.url.startsWith("node:"))
    return process.env.BY_FUNCTION ? `${frame.url} ${frame.functionName}` : "(node internals)";
  const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  const map = traceMap(file);
  if (!map) return path.basename(file);
  const original = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  return original.source ? packageOf(original.source) : `${path.basename(file)} (unmapped)`;
}

/** Self time (ms) per group, summed over every profile in dir. */
function selfTimes(dir: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, index) => {
      const frame = byId.get(id);
      if (!frame) return;
      const group = groupOf(frame);
      totals.set(group, (totals.get(group) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  return totals;
}

interface StatsModule {
  name: string;
  size: number;
  chunks?: (number | string)[];
  modules?: StatsModule[];
}
interface Stats {
  chunks: { id: number | string; files: string[]; initial: boolean }[];
  modules: StatsModule[];
}

/** Bytes of source per package in each output file (webpack stats; concatenated modules opened). */
function sizesByFile(stats: Stats): Map<string, Map<string, number>> {
  const files = new Map(stats.chunks.map((chunk) => [chunk.id, chunk.files.join(",")]));
  const result = new Map<string, Map<string, number>>();
  const add = (module: StatsModule, chunks: (number | string)[]): void => {
    if (module.modules?.length) {
      for (const inner of module.modules) add(inner, chunks);
      return;
    }
    const name = module.name.replace(/ \+ \d+ modules$/, "");
    for (const chunk of chunks) {
      const file = files.get(chunk) ?? String(chunk);
      const sizes = result.get(file) ?? new Map<string, number>();
      const group = packageOf(name);
      sizes.set(group, (sizes.get(group) ?? 0) + module.size);
      result.set(file, sizes);
    }
  };
  for (const module of stats.modules) add(module, module.chunks ?? []);
  return result;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "bench-start-profile-"));
try {
  const out = path.join(scratch, "dist");
  console.log(`bundling ${action} with source maps ...`);
  const statsFile = path.join(scratch, "stats.json");
  await bundleAction(action, out, ["--source-map", "--no-source-map-register", "--stats-out", statsFile]);
  const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
  for (const [file, sizes] of sizesByFile(JSON.parse(readFileSync(statsFile, "utf8")) as Stats)) {
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const top = [...sizes.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, file === "index.js" ? 25 : Number(process.env.TOP ?? 6));
    console.log(`${file}: ${kib(total)} of source; ${top.map(([name, bytes]) => `${name} ${kib(bytes)}`).join(", ")}`);
  }
  writeFileSync(path.join(out, "package.json"), readFileSync(path.join("actions", action, "dist", "package.json")));
  const hook = writeFirstInputHook(scratch);
  const empty = path.join(scratch, "empty.mjs");
  writeFileSync(empty, "process.env.INPUT_X;\n");
  const env = { PATH: process.env.PATH ?? "", RUNNER_TEMP: scratch, INPUT_X: "x" };
  const profiles = { bundle: path.join(scratch, "prof-bundle"), node: path.join(scratch, "prof-node") };
  const walls = { bundle: [] as number[], node: [] as number[] };
  console.log(`load ${load()}; ${runs} profiled runs each`);
  for (let run = 0; run < runs; run++) {
    for (const [kind, script] of [
      ["bundle", path.join(out, "index.js")],
      ["node", empty],
    ] as const) {
      const args = ["--cpu-prof", "--cpu-prof-dir", profiles[kind], "--cpu-prof-interval", "100", "--import", hook];
      walls[kind].push((await firstInput([...args, script], env)).wall);
    }
  }
  const bundle = selfTimes(profiles.bundle);
  const node = selfTimes(profiles.node);
  const perRun = (ms: number | undefined): string => ((ms ?? 0) / runs).toFixed(1).padStart(7);
  const groups = [...bundle.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\nself time per run until the first input read (ms), ${action} vs bare node, load ${load()}`);
  for (const [group, ms] of groups) {
    if (ms / runs < 0.5) continue;
    console.log(`${perRun(ms)} ${perRun(node.get(group))}  ${group}`);
  }
  const sum = (totals: Map<string, number>): number => [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`${perRun(sum(bundle))} ${perRun(sum(node))}  total sampled`);
  const mid = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  console.log(
    `first input at ${mid(walls.bundle).toFixed(1)} ms (bare node ${mid(walls.node).toFixed(1)} ms), profiler on`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
