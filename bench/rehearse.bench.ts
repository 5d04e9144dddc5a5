// npm run bench -- rehearse [runs]
//
// A workflow of 20 jobs x (5 `run:` steps + one call of a node action), rehearsed with one
// runner (jobs one after another, so the figures are not contention), against the same
// scripts and the same action run directly (`bash -e <file>` and `node main.js`, each with a
// GITHUB_OUTPUT file, one after another). Reported, medians over alternating runs:
// - per step: the rehearsal's step time minus the direct run of the same script (or action);
// - per job: a job's time minus the sum of its steps' times (start, token, dirs, outputs);
// - the whole workflow against the whole baseline.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ConcurrencyGroups, type Reporter, rehearse } from "../packages/rehearsal/src/index.ts";
import { makeRepo, removeRepo } from "../packages/rehearsal/test/helpers.ts";
import { median } from "./stats.ts";

const runs = Number(process.argv[2] ?? 3);
const JOBS = 20;
const STEPS = 5;

const script = (job: number, step: number): string =>
  `echo "job ${job} step ${step}"\necho "v${step}=${job}-${step}" >> "$GITHUB_OUTPUT"\n`;

const suite = mkdtempSync(path.join(os.tmpdir(), "bench-rehearse-suite-"));
mkdirSync(path.join(suite, "actions", "note"), { recursive: true });
writeFileSync(
  path.join(suite, "actions", "note", "action.yml"),
  "name: note\ndescription: writes an output\ninputs:\n  text:\n    description: t\n    required: true\noutputs:\n  noted:\n    description: n\nruns:\n  using: node24\n  main: main.js\n",
);
const actionMain = path.join(suite, "actions", "note", "main.js");
writeFileSync(
  actionMain,
  'require("node:fs").appendFileSync(process.env.GITHUB_OUTPUT, "noted=" + process.env.INPUT_TEXT + "\\n");\n',
);

const lines = ["name: bench", "on: push", "jobs:"];
for (let j = 0; j < JOBS; j++) {
  lines.push(`  job${j}:`, "    runs-on: ubuntu-latest", "    steps:");
  for (let s = 0; s < STEPS; s++) {
    lines.push(
      `      - name: step${s}`,
      "        run: |",
      ...script(j, s)
        .trimEnd()
        .split("\n")
        .map((l) => `          ${l}`),
    );
  }
  lines.push(
    "      - name: action",
    "        uses: org/platform/actions/note@v1",
    "        with:",
    `          text: job${j}`,
  );
}
const repo = makeRepo({ ".github/workflows/bench.yml": `${lines.join("\n")}\n` });

const services = {
  serverUrl: "http://127.0.0.1:9",
  apiUrl: "http://127.0.0.1:9/api/v3",
  graphqlUrl: "http://127.0.0.1:9/api/graphql",
  mintToken: async () => "ghs_bench",
  oidcFor: async () => ({ requestUrl: "http://127.0.0.1:9", requestToken: "x" }),
  gate: async () => "approved" as const,
  checkoutRemote: async () => repo,
};

interface RehearsalFigures {
  wall: number;
  runSteps: number[];
  actionSteps: number[];
  jobOverheads: number[];
}

async function rehearsed(): Promise<RehearsalFigures> {
  const steps = new Map<string, number[]>();
  const figures: RehearsalFigures = { wall: 0, runSteps: [], actionSteps: [], jobOverheads: [] };
  const reporter: Reporter = {
    jobStarted: () => {},
    stepStarted: () => {},
    line: () => {},
    annotation: (job, kind, message) => {
      if (kind === "error") console.error(`${job}: ${message}`);
    },
    stepFinished: (job, step, _conclusion, seconds) => {
      steps.set(job, [...(steps.get(job) ?? []), seconds]);
      (step === "action" ? figures.actionSteps : figures.runSteps).push(seconds * 1000);
    },
    jobFinished: (job, _conclusion, seconds) => {
      const sum = (steps.get(job) ?? []).reduce((a, b) => a + b, 0);
      figures.jobOverheads.push((seconds - sum) * 1000);
    },
  };
  const started = performance.now();
  const result = await rehearse({
    workflow: ".github/workflows/bench.yml",
    repoDir: repo,
    event: "push",
    services,
    suite: { name: "platform", dir: suite },
    reporter,
    maxParallelJobs: 1,
    concurrency: new ConcurrencyGroups(),
  });
  figures.wall = performance.now() - started;
  if (result.conclusion !== "success") throw new Error(`the bench workflow failed: ${JSON.stringify(result.jobs)}`);
  rmSync(result.workDir, { recursive: true, force: true });
  return figures;
}

function timed(command: string, args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.resume();
    child.stderr.resume();
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} ${code}`)),
    );
  });
}

interface DirectFigures {
  wall: number;
  runSteps: number[];
  actionSteps: number[];
}

async function direct(): Promise<DirectFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-rehearse-direct-"));
  const figures: DirectFigures = { wall: 0, runSteps: [], actionSteps: [] };
  const base = { PATH: process.env.PATH ?? "", HOME: dir };
  const started = performance.now();
  for (let j = 0; j < JOBS; j++) {
    for (let s = 0; s < STEPS; s++) {
      const file = path.join(dir, `j${j}s${s}.sh`);
      const output = path.join(dir, `out${j}s${s}`);
      writeFileSync(file, script(j, s));
      writeFileSync(output, "");
      figures.runSteps.push(await timed("bash", ["-e", file], { ...base, GITHUB_OUTPUT: output }));
    }
    const output = path.join(dir, `out${j}a`);
    writeFileSync(output, "");
    figures.actionSteps.push(
      await timed(process.execPath, [actionMain], { ...base, GITHUB_OUTPUT: output, INPUT_TEXT: `job${j}` }),
    );
  }
  figures.wall = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

const ours: RehearsalFigures[] = [];
const theirs: DirectFigures[] = [];
await rehearsed(); // warm-up: module loading and the parser's schema
for (let i = 0; i < runs; i++) {
  ours.push(await rehearsed());
  theirs.push(await direct());
}
removeRepo(repo);
rmSync(suite, { recursive: true, force: true });

const med = (values: number[]): number => median(values);
const all = <T>(list: T[], pick: (item: T) => number[]): number[] => list.flatMap(pick);
const stepOurs = med(all(ours, (f) => f.runSteps));
const stepDirect = med(all(theirs, (f) => f.runSteps));
const actionOurs = med(all(ours, (f) => f.actionSteps));
const actionDirect = med(all(theirs, (f) => f.actionSteps));
const jobOverhead = med(all(ours, (f) => f.jobOverheads));
const wallOurs = med(ours.map((f) => f.wall));
const wallDirect = med(theirs.map((f) => f.wall));
const ms = (value: number): string => `${value.toFixed(1)} ms`;

console.log(
  `rehearse: ${JOBS} jobs x (${STEPS} run steps + 1 node action), one runner, ${runs} runs, medians (load ${os.loadavg()[0]?.toFixed(2)})`,
);
console.log(
  `run step      rehearsal ${ms(stepOurs)}  direct ${ms(stepDirect)}  overhead ${ms(stepOurs - stepDirect)} (target < 30 ms)`,
);
console.log(
  `node action   rehearsal ${ms(actionOurs)}  direct ${ms(actionDirect)}  overhead ${ms(actionOurs - actionDirect)} (target < 30 ms)`,
);
console.log(`job           overhead beyond its steps ${ms(jobOverhead)} (target < 100 ms)`);
console.log(
  `workflow      rehearsal ${ms(wallOurs)}  direct ${ms(wallDirect)}  ratio ${(wallOurs / wallDirect).toFixed(2)}x`,
);
