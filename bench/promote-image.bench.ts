// npm run bench -- promote-image [--runs N] [--layer-mib N] [--big]
// Our bundled action against `skopeo copy --all --preserve-digests`, on the same local
// registries, alternating, median wall time and peak RSS (GNU time's %M) of each.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pushTestImage } from "../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../test/harness/registry.ts";
import { repoRoot } from "../test/harness/run-action.ts";
import { median } from "./stats.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option("runs", 5);
const LAYER_MIB = option("layer-mib", 32);
const BIG = args.includes("--big");

interface Sample {
  seconds: number;
  rssMb: number;
}

/** Runs a command under GNU time; wall seconds and peak resident set in MB. */
function timed(command: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "BENCH %e %M", ...command], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const match = /BENCH ([\d.]+) (\d+)/.exec(stderr);
      if (code !== 0 || !match) {
        reject(new Error(`${command.join(" ")} failed (${code}): ${stderr.slice(-2000)} ${stdout.slice(-2000)}`));
        return;
      }
      resolve({ seconds: Number(match[1]), rssMb: Number(match[2]) / 1024 });
    });
  });
}

function ours(source: string, target: string): Promise<Sample> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-action-"));
  const files = ["output", "summary", "env", "state"].map((f) => path.join(dir, f));
  for (const file of files) writeFileSync(file, "");
  const [output, summary, envFile, state] = files;
  return timed([process.execPath, path.join(repoRoot, "actions", "promote-image", "dist", "index.js")], {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ENV: envFile,
    GITHUB_STATE: state,
    RUNNER_TEMP: dir,
    INPUT_SOURCE: source,
    INPUT_TARGETS: target,
    INPUT_REFERRERS: "true",
    INPUT_CONCURRENCY: "4",
  });
}

function skopeo(source: string, target: string): Promise<Sample> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-skopeo-"));
  return timed(
    [
      "skopeo",
      "copy",
      "--all",
      "--preserve-digests",
      "--quiet",
      "--src-tls-verify=false",
      "--dest-tls-verify=false",
      `docker://${source}`,
      `docker://${target}`,
    ],
    // A fresh HOME: no blob-info cache carried from one run to the next.
    { PATH: process.env.PATH, HOME: dir, TMPDIR: dir },
  );
}

interface Row {
  scenario: string;
  ours: Sample;
  skopeo: Sample;
}

async function scenario(
  name: string,
  runs: number,
  make: (
    run: number,
    tool: "ours" | "skopeo",
  ) => Promise<{ source: string; target: string; done?: () => Promise<void> }>,
): Promise<Row> {
  const samples: Record<"ours" | "skopeo", Sample[]> = { ours: [], skopeo: [] };
  for (let run = 0; run < runs; run++) {
    // Alternate which tool goes first, so neither always meets a warm page cache.
    const order: ("ours" | "skopeo")[] = run % 2 === 0 ? ["ours", "skopeo"] : ["skopeo", "ours"];
    for (const tool of order) {
      const { source, target, done } = await make(run, tool);
      samples[tool].push(await (tool === "ours" ? ours(source, target) : skopeo(source, target)));
      await done?.();
    }
  }
  const pick = (list: Sample[]): Sample => ({
    seconds: median(list.map((s) => s.seconds)),
    rssMb: median(list.map((s) => s.rssMb)),
  });
  const row = { scenario: name, ours: pick(samples.ours), skopeo: pick(samples.skopeo) };
  print(row);
  return row;
}

function print(row: Row): void {
  const ratio = row.ours.seconds / Math.max(row.skopeo.seconds, 0.001);
  console.log(
    `${row.scenario.padEnd(44)} ours ${row.ours.seconds.toFixed(2)} s ${row.ours.rssMb.toFixed(0)} MB | skopeo ${row.skopeo.seconds.toFixed(2)} s ${row.skopeo.rssMb.toFixed(0)} MB | time ratio ${ratio.toFixed(2)}x`,
  );
}

const registries: TestRegistry[] = [];
try {
  const [a, b] = await Promise.all([startRegistry(), startRegistry()]);
  if (!a || !b) throw new Error("registries did not start");
  registries.push(a, b);
  console.log(`building 2 platforms x 4 layers x ${LAYER_MIB} MiB ...`);
  await pushTestImage(a, "bench/app:v1", {
    platforms: ["linux/amd64", "linux/arm64"],
    layers: 4,
    layerSize: LAYER_MIB * 1024 * 1024,
  });
  await skopeo(`${a.host}/bench/app:v1`, `${b.host}/done/app:v1`);
  console.log(`${RUNS} alternating runs per tool; medians\n`);
  const rows: Row[] = [];
  rows.push(
    // A fresh, empty target registry per run: skopeo (as root) keeps a blob-info cache in
    // /var/lib/containers and would mount from an earlier run's repository otherwise.
    await scenario("between two registries", RUNS, async () => {
      const fresh = await startRegistry();
      return { source: `${a.host}/bench/app:v1`, target: `${fresh.host}/prod/app:v1`, done: () => fresh.stop() };
    }),
  );
  rows.push(
    await scenario("within one registry (mount)", RUNS, async (run, tool) => ({
      source: `${a.host}/bench/app:v1`,
      target: `${a.host}/mount-${tool}-${run}/app:v1`,
    })),
  );
  rows.push(
    await scenario("already promoted (re-run)", RUNS, async () => ({
      source: `${a.host}/bench/app:v1`,
      target: `${b.host}/done/app:v1`,
    })),
  );
  if (BIG) {
    console.log("\nbuilding one 1 GiB layer ...");
    await pushTestImage(a, "bench/big:v1", { platforms: ["linux/amd64"], layers: 1, layerSize: 1024 * 1024 * 1024 });
    rows.push(
      await scenario("one 1 GiB layer between two registries", 1, async () => {
        const fresh = await startRegistry();
        return { source: `${a.host}/bench/big:v1`, target: `${fresh.host}/big/app:v1`, done: () => fresh.stop() };
      }),
    );
  }
  console.log("\n| scenario | ours (s) | skopeo (s) | ratio | ours peak RSS (MB) | skopeo peak RSS (MB) |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    console.log(
      `| ${row.scenario} | ${row.ours.seconds.toFixed(2)} | ${row.skopeo.seconds.toFixed(2)} | ${(row.ours.seconds / Math.max(row.skopeo.seconds, 0.001)).toFixed(2)}x | ${row.ours.rssMb.toFixed(0)} | ${row.skopeo.rssMb.toFixed(0)} |`,
    );
  }
} finally {
  await Promise.all(registries.map((r) => r.stop()));
}
