// npm run bench -- promote-image [--runs N] [--layer-mib N] [--big] [--compare DIR]
// Our bundled action against `skopeo copy --all --preserve-digests`, on the same local
// registries, alternating, median wall time and peak RSS (GNU time's %M) of each. Between two
// registries, a third column is the floor: the same blobs pushed with `curl -T`, four at a time,
// from the source registry's own files, digests known (nothing hashed, no manifests).
// --compare DIR runs DIR/actions/promote-image/dist/index.js too, in the same rotation (say an
// earlier build: `git archive REV actions | tar -x -C DIR`, then `npm run build` there, or a
// copy of actions/promote-image and actions/_shared/dist taken before a change).
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
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
const compareAt = args.indexOf("--compare");
const COMPARE = compareAt >= 0 ? args[compareAt + 1] : undefined;

interface Sample {
  seconds: number;
  rssMb: number;
}

/**
 * Runs a command under GNU time: wall seconds from spawn to exit (measured here: GNU time's %e
 * counts in 10 ms steps, too coarse for a 0.15 s run) and peak resident set in MB (%M).
 */
function timed(command: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
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
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const match = /BENCH ([\d.]+) (\d+)/.exec(stderr);
      if (code !== 0 || !match) {
        reject(new Error(`${command.join(" ")} failed (${code}): ${stderr.slice(-2000)} ${stdout.slice(-2000)}`));
        return;
      }
      resolve({ seconds, rssMb: Number(match[2]) / 1024 });
    });
  });
}

function ours(source: string, target: string, root = repoRoot): Promise<Sample> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-action-"));
  const files = ["output", "summary", "env", "state"].map((f) => path.join(dir, f));
  for (const file of files) writeFileSync(file, "");
  const [output, summary, envFile, state] = files;
  return timed([process.execPath, path.join(root, "actions", "promote-image", "dist", "index.js")], {
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

/**
 * Monolithic blob uploads, as a shell script would do them: POST for an upload URL, then
 * `curl -T` the blob's file with its digest, four blobs at a time (xargs -P 4).
 */
const floorScript = path.join(mkdtempSync(path.join(os.tmpdir(), "bench-floor-")), "push-blobs.sh");
writeFileSync(
  floorScript,
  `#!/bin/bash
# push-blobs.sh HOST REPO LIST: LIST has one "digest file" per line.
set -euo pipefail
host=$1 repo=$2
push() {
  location=$(curl -sSf -X POST -o /dev/null -D - "http://$host/v2/$repo/blobs/uploads/" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  case $location in http*) ;; *) location="http://$host$location" ;; esac
  case $location in *?*) sep='&' ;; *) sep='?' ;; esac
  curl -sSf -o /dev/null -T "$2" -H 'Content-Type: application/octet-stream' "$location\${sep}digest=$1"
}
export -f push
export host repo
xargs -P 4 -L 1 bash -c 'push "$0" "$1"' < "$3"
`,
);
chmodSync(floorScript, 0o755);

function curlFloor(target: string, blobList: string): Promise<Sample> {
  const [host = "", ...rest] = target.split("/");
  const repo = rest.join("/").replace(/:[^/]*$/, "");
  return timed([floorScript, host, repo, blobList], { PATH: process.env.PATH });
}

interface Row {
  scenario: string;
  ours: Sample;
  skopeo: Sample;
  floor?: Sample;
  compared?: Sample;
}

type Tool = "ours" | "skopeo" | "floor" | "compared";

async function scenario(
  name: string,
  runs: number,
  make: (run: number, tool: Tool) => Promise<{ source: string; target: string; done?: () => Promise<void> }>,
  floorBlobs?: string,
): Promise<Row> {
  const samples: Record<Tool, Sample[]> = { ours: [], skopeo: [], floor: [], compared: [] };
  const tools: Tool[] = [
    "ours",
    "skopeo",
    ...(floorBlobs ? ["floor" as const] : []),
    ...(COMPARE ? ["compared" as const] : []),
  ];
  for (let run = 0; run < runs; run++) {
    // Rotate which tool goes first, so none always meets a warm page cache.
    const order = tools.map((_, i) => tools[(i + run) % tools.length] as Tool);
    for (const tool of order) {
      const { source, target, done } = await make(run, tool);
      const measured =
        tool === "ours"
          ? ours(source, target)
          : tool === "compared"
            ? ours(source, target, COMPARE)
            : tool === "skopeo"
              ? skopeo(source, target)
              : curlFloor(target, floorBlobs ?? "");
      samples[tool].push(await measured);
      await done?.();
    }
  }
  const pick = (list: Sample[]): Sample => ({
    seconds: median(list.map((s) => s.seconds)),
    rssMb: median(list.map((s) => s.rssMb)),
  });
  const row: Row = { scenario: name, ours: pick(samples.ours), skopeo: pick(samples.skopeo) };
  if (floorBlobs) row.floor = pick(samples.floor);
  if (COMPARE) row.compared = pick(samples.compared);
  print(row);
  return row;
}

function print(row: Row): void {
  const ratio = row.ours.seconds / Math.max(row.skopeo.seconds, 0.001);
  const floor = row.floor
    ? ` | curl -T floor ${row.floor.seconds.toFixed(2)} s, ours ${(row.ours.seconds / Math.max(row.floor.seconds, 0.001)).toFixed(2)}x`
    : "";
  const compared = row.compared
    ? ` | compared ${row.compared.seconds.toFixed(2)} s ${row.compared.rssMb.toFixed(1)} MB`
    : "";
  console.log(
    `${row.scenario.padEnd(44)} ours ${row.ours.seconds.toFixed(2)} s ${row.ours.rssMb.toFixed(1)} MB | skopeo ${row.skopeo.seconds.toFixed(2)} s ${row.skopeo.rssMb.toFixed(0)} MB | time ratio ${ratio.toFixed(2)}x${floor}${compared}`,
  );
}

/**
 * What each tool costs before it does anything, in the same session: bare Node (`node -e 0`, the
 * least any Node action can take) and `skopeo --version`. The mount and re-run rows subtract
 * them: what is left is each tool's registry work, round trips and exit.
 */
async function starts(runs: number): Promise<{ node: number; skopeo: number }> {
  const node: number[] = [];
  const skopeoStart: number[] = [];
  for (let run = 0; run < runs; run++) {
    node.push((await timed([process.execPath, "-e", "0"], { PATH: process.env.PATH })).seconds);
    skopeoStart.push((await timed(["skopeo", "--version"], { PATH: process.env.PATH })).seconds);
  }
  return { node: median(node), skopeo: median(skopeoStart) };
}

const registries: TestRegistry[] = [];
try {
  console.log(
    `load ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(" ")} at the start`,
  );
  const [a, b] = await Promise.all([startRegistry(), startRegistry()]);
  if (!a || !b) throw new Error("registries did not start");
  registries.push(a, b);
  console.log(`building 2 platforms x 4 layers x ${LAYER_MIB} MiB ...`);
  const image = await pushTestImage(a, "bench/app:v1", {
    platforms: ["linux/amd64", "linux/arm64"],
    layers: 4,
    layerSize: LAYER_MIB * 1024 * 1024,
  });
  await skopeo(`${a.host}/bench/app:v1`, `${b.host}/done/app:v1`);
  // The floor pushes the blobs straight from the source registry's storage (filesystem driver).
  const blobList = path.join(os.tmpdir(), `bench-floor-blobs-${process.pid}.txt`);
  const blobFile = (digest: string): string =>
    path.join(a.dataDir, "docker", "registry", "v2", "blobs", "sha256", digest.slice(7, 9), digest.slice(7), "data");
  writeFileSync(blobList, `${image.blobs.map((digest) => `${digest} ${blobFile(digest)}`).join("\n")}\n`);
  console.log(`${RUNS} alternating runs per tool; medians\n`);
  const rows: Row[] = [];
  rows.push(
    // A fresh, empty target registry per run: skopeo (as root) keeps a blob-info cache in
    // /var/lib/containers and would mount from an earlier run's repository otherwise.
    await scenario(
      "between two registries",
      RUNS,
      async () => {
        const fresh = await startRegistry();
        return { source: `${a.host}/bench/app:v1`, target: `${fresh.host}/prod/app:v1`, done: () => fresh.stop() };
      },
      blobList,
    ),
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
  const start = await starts(Math.max(RUNS, 7) * 3);
  const ms = (seconds: number): string => `${Math.round(seconds * 1000)} ms`;
  console.log(
    `\nstart: bare node ${ms(start.node)}, skopeo --version ${ms(start.skopeo)}; beyond them (the registry work):`,
  );
  for (const row of rows.filter((r) => !r.floor)) {
    console.log(
      `  ${row.scenario.padEnd(42)} ours ${ms(row.ours.seconds - start.node)} | skopeo ${ms(row.skopeo.seconds - start.skopeo)}`,
    );
  }
  console.log(
    `\nload ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(" ")} at the end`,
  );
  const comparedHead = COMPARE ? " compared (s) | compared / floor | compared peak RSS (MB) |" : "";
  console.log(
    `| scenario | ours (s) | skopeo (s) | ratio | curl -T floor (s) | ours / floor | ours peak RSS (MB) | skopeo peak RSS (MB) |${comparedHead}`,
  );
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |${COMPARE ? " --- | --- | --- |" : ""}`);
  for (const row of rows) {
    const perFloor = (sample: Sample): string =>
      row.floor ? `${(sample.seconds / Math.max(row.floor.seconds, 0.001)).toFixed(2)}x` : "-";
    const floor = row.floor ? `${row.floor.seconds.toFixed(2)} | ${perFloor(row.ours)}` : "- | -";
    const compared = row.compared
      ? ` ${row.compared.seconds.toFixed(2)} | ${perFloor(row.compared)} | ${row.compared.rssMb.toFixed(1)} |`
      : "";
    console.log(
      `| ${row.scenario} | ${row.ours.seconds.toFixed(2)} | ${row.skopeo.seconds.toFixed(2)} | ${(row.ours.seconds / Math.max(row.skopeo.seconds, 0.001)).toFixed(2)}x | ${floor} | ${row.ours.rssMb.toFixed(1)} | ${row.skopeo.rssMb.toFixed(0)} |${compared}`,
    );
  }
} finally {
  await Promise.all(registries.map((r) => r.stop()));
}
