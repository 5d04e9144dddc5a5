// npm run bench -- promote [--runs N] [--image-mib N] [--trace] [--compare DIR] [--gates-only] [--profile DIR]
// The bundled promote action against the script a team writes today (seed 001: `crane copy`,
// here its stand-in `skopeo copy --all --preserve-digests`, per image, then a YAML edit and
// `git commit`/`git push`), on the same loopback registries and GitOps remote (the GitHub fake),
// in rotating order, median wall time, CPU time (%U+%S, children included) and peak RSS (GNU
// time's %M). Six images per promotion: three already present at the target (a re-promotion) and
// three new ones; a fresh target registry per run.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type GitHubFake, startGitHubFake } from "../test/fakes/github/index.ts";
import { pushTestImage, type TestImage } from "../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../test/harness/registry.ts";
import { repoRoot } from "../test/harness/run-action.ts";
import { load } from "./start-probe.ts";
import { median } from "./stats.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option("runs", 3);
/** Each image: two platforms, one layer each of half this size. */
const IMAGE_MIB = option("image-mib", 64);
const TRACE = args.includes("--trace");
/** An earlier build's root (`git archive <commit> actions | tar -x -C DIR`): its promote dist runs in the same rounds. */
const COMPARE = args.includes("--compare") ? args[args.indexOf("--compare") + 1] : undefined;
/** --gates-only: also this tree's action with dry-run, in the same rounds (its fixed cost without copy or commit). */
const GATES = args.includes("--gates-only");
/** --profile DIR: the action runs under `node --cpu-prof` writing there (see where its CPU goes). */
const PROFILE = args.includes("--profile") ? args[args.indexOf("--profile") + 1] : undefined;
const NAMES = ["img0", "img1", "img2", "img3", "img4", "img5"];
/** img0..img2 are present at the target before each run; img3..img5 are new. */
const PRESENT = 3;

interface Sample {
  seconds: number;
  /** user + system CPU of the process and the children it waited for (git, skopeo). */
  cpuSeconds: number;
  rssMb: number;
}

function timed(command: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "BENCH %e %M %U %S", ...command], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const started = Date.now();
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      // --trace: the action's log with elapsed milliseconds, to see where the time goes.
      if (TRACE)
        for (const line of chunk.toString().split("\n").filter(Boolean))
          console.log(`${Date.now() - started} ms  ${line.slice(0, 160)}`);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const match = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(output);
      if (code !== 0 || !match || /^::error::/m.test(output)) {
        reject(new Error(`${command.join(" ")} failed (${code}): ${output.slice(-3000)}`));
        return;
      }
      resolve({
        seconds: Number(match[1]),
        rssMb: Number(match[2]) / 1024,
        cpuSeconds: Number(match[3]) + Number(match[4]),
      });
    });
  });
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed: ${stderr}`))));
  });
}

const skopeoCopy = (from: string, to: string): string[] => [
  "copy",
  "--all",
  "--preserve-digests",
  "--quiet",
  "--src-tls-verify=false",
  "--dest-tls-verify=false",
  `docker://${from}`,
  `docker://${to}`,
];

function kustomization(entries: { name: string; newName: string; digest?: string }[]): string {
  const lines = [
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    "resources:",
    "  - ../base",
    "images:",
  ];
  for (const entry of entries) {
    lines.push(`  - name: ${entry.name}`, `    newName: ${entry.newName}`);
    if (entry.digest) lines.push(`    digest: ${entry.digest}`);
  }
  return `${lines.join("\n")}\n`;
}

let github: GitHubFake | undefined;
const registries: TestRegistry[] = [];
try {
  github = await startGitHubFake();
  const dev = await startRegistry();
  registries.push(dev);
  console.log(`building ${NAMES.length} images of 2 platforms x ${IMAGE_MIB / 2} MiB ...`);
  const images: TestImage[] = [];
  for (const name of NAMES) {
    images.push(
      await pushTestImage(dev, `dev/${name}:1.0.0`, {
        platforms: ["linux/amd64", "linux/arm64"],
        layers: 1,
        layerSize: (IMAGE_MIB / 2) * 1024 * 1024,
        // The action tags the target with the version label, as the script tags it by hand.
        labels: { "org.opencontainers.image.version": "1.0.0" },
      }),
    );
  }
  const digestOf = (i: number): string => images[i]?.digest ?? "";
  const gitops = await github.createRepository("octo-org/gitops", {
    files: {
      "apps/dev/kustomization.yaml": kustomization(
        NAMES.map((name, i) => ({ name, newName: `${dev.host}/dev/${name}`, digest: digestOf(i) })),
      ),
      "apps/staging/kustomization.yaml": kustomization(NAMES.map((name) => ({ name, newName: "registry.invalid/x" }))),
    },
  });
  const app = await github.createRepository("octo-org/app", { files: { "README.md": "# app\n" } });

  // Each run gets its own target registry holding only the three present images. skopeo keeps a
  // blob-info cache for root in /var/lib/containers/cache (not in HOME): with one target registry
  // for all runs, from the second run on it mounted the "new" blobs from the previous run's
  // repositories instead of copying them. A runner starts with neither the cache nor the blobs.
  const prepare = async (label: string): Promise<{ prefix: string; branch: string; prod: TestRegistry }> => {
    const prefix = `s-${label}`;
    const branch = `b-${label}`;
    const prod = await startRegistry();
    registries.push(prod);
    await gitops.createBranch(branch);
    for (let i = 0; i < PRESENT; i++) {
      await run(
        "skopeo",
        skopeoCopy(`${dev.host}/dev/${NAMES[i]}@${digestOf(i)}`, `${prod.host}/${prefix}/${NAMES[i]}:1.0.0`),
      );
    }
    const config = `version: 1
gitops: { repository: octo-org/gitops, branch: ${branch} }
images: { ${NAMES.map((n) => `${n}: {}`).join(", ")} }
environments:
  dev: { overlay: apps/dev, images: { ${NAMES.map((n) => `${n}: ${dev.host}/dev/${n}`).join(", ")} } }
  staging: { from: dev, overlay: apps/staging, images: { ${NAMES.map((n) => `${n}: ${prod.host}/${prefix}/${n}`).join(", ")} } }
`;
    await app.commitFiles({
      branch: "main",
      message: "config",
      changes: [{ path: ".github/platform.yml", content: Buffer.from(config), mode: "100644" }],
    });
    return { prefix, branch, prod };
  };
  const finish = async (prod: TestRegistry): Promise<void> => {
    registries.splice(registries.indexOf(prod), 1);
    await prod.stop();
  };

  const promote = async (label: string, bundle: string, dryRun = false): Promise<Sample> => {
    const { prod } = await prepare(label);
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-promote-"));
    const files = Object.fromEntries(
      ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_STATE"].map((k) => [k, path.join(dir, k)]),
    );
    for (const file of Object.values(files)) writeFileSync(file, "");
    const profile = PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE}`] : [];
    try {
      return await timed([process.execPath, ...profile, bundle], {
        PATH: process.env.PATH,
        HOME: dir,
        ...files,
        RUNNER_TEMP: dir,
        GITHUB_WORKSPACE: dir,
        GITHUB_REPOSITORY: "octo-org/app",
        GITHUB_RUN_ID: "1",
        GITHUB_ACTOR: "bench",
        GITHUB_SHA: "0".repeat(40),
        GITHUB_API_URL: github?.apiUrl,
        GITHUB_SERVER_URL: github?.serverUrl,
        GITHUB_GRAPHQL_URL: github?.graphqlUrl,
        INPUT_ENVIRONMENT: "staging",
        "INPUT_GITHUB-TOKEN": github?.token,
        INPUT_CONFIG: ".github/platform.yml",
        "INPUT_DRY-RUN": String(dryRun),
      });
    } finally {
      await finish(prod);
    }
  };

  const script = async (label: string): Promise<Sample> => {
    const { prefix, branch, prod } = await prepare(label);
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-script-"));
    const url = `${github?.serverUrl}/octo-org/gitops.git`.replace("://", `://x-access-token:${github?.token}@`);
    const lines = ["set -eu"];
    for (const [i, name] of NAMES.entries()) {
      lines.push(
        [
          "skopeo",
          ...skopeoCopy(`${dev.host}/dev/${name}@${digestOf(i)}`, `${prod.host}/${prefix}/${name}:1.0.0`),
        ].join(" "),
      );
    }
    lines.push(`git clone --quiet --depth 1 --branch ${branch} ${url} ${dir}/gitops`, `cd ${dir}/gitops`);
    for (const [i, name] of NAMES.entries()) {
      lines.push(
        `sed -i '/- name: ${name}$/{n;s|newName: .*|newName: ${prod.host}/${prefix}/${name}\\n    newTag: "1.0.0"\\n    digest: ${digestOf(i)}|}' apps/staging/kustomization.yaml`,
      );
    }
    lines.push(
      "git -c user.name=bench -c user.email=bench@example.com commit --quiet -am 'promote to staging'",
      `git push --quiet origin HEAD:${branch}`,
    );
    writeFileSync(path.join(dir, "promote.sh"), `${lines.join("\n")}\n`);
    // A fresh HOME: no git configuration carried from one run to the next (skopeo's cache: see prepare).
    try {
      return await timed(["bash", path.join(dir, "promote.sh")], { PATH: process.env.PATH, HOME: dir, TMPDIR: dir });
    } finally {
      await finish(prod);
    }
  };

  // "gates": this tree's action with dry-run (start, configuration, GitOps fetch, registry reads, no copy or commit).
  type Tool = "ours" | "compared" | "gates" | "script";
  const tools: Tool[] = [
    "ours",
    ...(COMPARE ? ["compared" as const] : []),
    ...(GATES ? ["gates" as const] : []),
    "script",
  ];
  const bundleOf = (root: string) => path.join(root, "actions", "promote", "dist", "index.js");
  const runTool = (tool: Tool, label: string): Promise<Sample> =>
    tool === "script"
      ? script(label)
      : promote(label, bundleOf(tool === "compared" ? (COMPARE ?? "") : repoRoot), tool === "gates");
  const loadBefore = load();
  console.log(`${RUNS} rounds, the tools in rotating order; medians; load ${loadBefore}\n`);
  const samples: Record<Tool, Sample[]> = { ours: [], compared: [], gates: [], script: [] };
  for (let i = 0; i < RUNS; i++) {
    const order = tools.map((_, k) => tools[(i + k) % tools.length] as Tool);
    for (const tool of order) {
      const sample = await runTool(tool, `${tool}-${i}`);
      samples[tool].push(sample);
      console.log(
        `${tool.padEnd(8)} run ${i + 1}: ${sample.seconds.toFixed(2)} s, CPU ${sample.cpuSeconds.toFixed(2)} s, ${sample.rssMb.toFixed(0)} MB (load ${load()})`,
      );
    }
  }
  const pick = (list: Sample[]) => ({
    seconds: median(list.map((s) => s.seconds)),
    cpuSeconds: median(list.map((s) => s.cpuSeconds)),
    rssMb: median(list.map((s) => s.rssMb)),
  });
  const b = pick(samples.script);
  console.log(`\nload ${loadBefore} before, ${load()} after`);
  console.log(
    "| promote build | promote (s) | script (s) | ratio | promote CPU (s) | script CPU (s) | promote peak RSS (MB) | script peak RSS (MB) |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const tool of tools.filter((t) => t !== "script")) {
    const a = pick(samples[tool]);
    console.log(
      `| ${{ ours: "this tree", compared: COMPARE, gates: "this tree, dry-run (gates only)" }[tool]} | ${a.seconds.toFixed(2)} | ${b.seconds.toFixed(2)} | ${(a.seconds / Math.max(b.seconds, 0.001)).toFixed(2)}x | ${a.cpuSeconds.toFixed(2)} | ${b.cpuSeconds.toFixed(2)} | ${a.rssMb.toFixed(0)} | ${b.rssMb.toFixed(0)} |`,
    );
  }
} finally {
  await Promise.all(registries.map((r) => r.stop()));
  await github?.stop();
}
