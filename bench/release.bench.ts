// npm run bench -- release [runs]: the release action's dry run beside semantic-release's own CLI
// (node_modules/semantic-release/bin/semantic-release.js --dry-run, what `npx semantic-release`
// starts, without npm's own start-up) on a repository of 5,000 commits and 500 tags, with the
// same configuration and plugins, both talking to the loopback GitHub fake (no other network).
// Alternating runs; medians of wall time and of CPU time (user+sys of the process and its git
// children, steadier on a loaded machine), and their ratios.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startGitHubFake } from "../test/fakes/github/index.ts";
import { git } from "../test/harness/git.ts";
import { repoRoot } from "../test/harness/run-action.ts";
import { median } from "./stats.ts";

const COMMITS = 5000;
const TAGS = 500;
const runs = Number(process.argv[2] ?? 7);
const expectedVersion = `1.${TAGS}.0`;

const types = ["feat", "fix", "chore", "docs", "refactor", "perf", "test", "fix(api)", "feat(ui)", "ci"];

/** The history as a git fast-import stream: one file changed per commit, a tag every 10th commit. */
function history(): string {
  const parts: string[] = [];
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let tag = 0;
  for (let i = 1; i <= COMMITS; i++) {
    const message = `${types[i % types.length]}: change number ${i}\n\nBody of change ${i}.\n`;
    parts.push(
      `commit refs/heads/main\nmark :${i}\ncommitter Bench <bench@example.test> ${1_700_000_000 + i * 60} +0000\n`,
      data(message),
      i > 1 ? `from :${i - 1}\n` : "",
      `M 644 inline file-${i % 50}.txt\n`,
      data(`${i}\n`),
      "\n",
    );
    // Tags end 5 commits before the tip, so the dry run has a release to compute.
    if (i % 10 === 5 && tag < TAGS) {
      parts.push(`reset refs/tags/v1.${tag}.0\nfrom :${i}\n\n`);
      tag++;
    }
  }
  return parts.join("");
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Runs a command under bash's `time`, which counts the CPU of every child (git) too. */
function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv, check: () => boolean): Promise<Timing> {
  const script = 'TIMEFORMAT="@@time %R %U %S"; time "$@" >"$BENCH_LOG" 2>&1';
  return new Promise((resolve, reject) => {
    let stderr = "";
    const child = spawn("bash", ["-c", script, "bash", ...args], { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", () => {
      const match = /@@time ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stderr);
      if (!match || !check()) {
        reject(new Error(`${args.join(" ")} failed:\n${readFileSync(String(env.BENCH_LOG), "utf8").slice(-3000)}`));
        return;
      }
      resolve({ wall: Number(match[1]) * 1000, cpu: (Number(match[2]) + Number(match[3])) * 1000 });
    });
  });
}

const fake = await startGitHubFake();
const root = mkdtempSync(path.join(os.tmpdir(), "bench-release-"));
try {
  await fake.createRepository("octo-org/big");
  const work = path.join(root, "repo");
  await git(root, ["init", "--quiet", "--initial-branch=main", work]);
  console.log(`generating ${COMMITS} commits and ${TAGS} tags...`);
  await git(work, ["fast-import", "--quiet"], { input: history() });
  await git(work, ["reset", "--quiet", "--hard", "main"]);
  await git(work, ["remote", "add", "origin", `${fake.serverUrl}/octo-org/big.git`]);
  const basic = Buffer.from(`x-access-token:${fake.token}`).toString("base64");
  await git(work, ["config", "--local", `http.${fake.serverUrl}/.extraheader`, `AUTHORIZATION: basic ${basic}`]);
  await git(work, ["push", "--quiet", "origin", "main", "--tags"]);
  // The same configuration for both: the CLI loads these plugins by name, the action its bundled ones.
  writeFileSync(
    path.join(work, ".releaserc.json"),
    JSON.stringify({
      branches: ["main", { name: "next", prerelease: true }],
      tagFormat: "v${version}",
      plugins: [
        ["@semantic-release/commit-analyzer", { preset: "conventionalcommits" }],
        ["@semantic-release/release-notes-generator", { preset: "conventionalcommits" }],
        ["@semantic-release/github", { successComment: false, failComment: false, releasedLabels: false }],
      ],
    }),
  );

  const log = path.join(root, "run.log");
  const output = path.join(root, "output");
  const ciEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    BENCH_LOG: log,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: "release",
    GITHUB_EVENT_NAME: "push",
    GITHUB_REF: "refs/heads/main",
    GITHUB_REF_NAME: "main",
    GITHUB_REPOSITORY: "octo-org/big",
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_SERVER_URL: fake.serverUrl,
    GITHUB_URL: fake.serverUrl,
    GITHUB_TOKEN: fake.token,
  };
  // The action as the runner starts it: INPUT_* variables and the command files.
  const actionEnv: NodeJS.ProcessEnv = {
    ...ciEnv,
    GITHUB_WORKSPACE: work,
    GITHUB_OUTPUT: output,
    "INPUT_GITHUB-TOKEN": fake.token,
    "INPUT_DRY-RUN": "true",
  };
  const node = process.execPath;
  const cli = path.join(repoRoot, "node_modules", "semantic-release", "bin", "semantic-release.js");
  const action = path.join(repoRoot, "actions", "release", "dist", "index.js");
  const runCli = (): Promise<Timing> =>
    timed([node, cli, "--dry-run"], work, ciEnv, () =>
      readFileSync(log, "utf8").includes(`The next release version is ${expectedVersion}`),
    );
  const runOurs = (): Promise<Timing> => {
    writeFileSync(output, "");
    return timed(
      [node, action],
      work,
      actionEnv,
      () =>
        readFileSync(output, "utf8").includes(`version<<`) && readFileSync(output, "utf8").includes(expectedVersion),
    );
  };

  // One warm-up each (page cache, the fake's first requests), not counted.
  await runCli();
  await runOurs();
  const ours: Timing[] = [];
  const theirs: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      ours.push(await runOurs());
      theirs.push(await runCli());
    } else {
      theirs.push(await runCli());
      ours.push(await runOurs());
    }
    const a = ours[i];
    const b = theirs[i];
    console.log(
      `run ${i + 1}: action ${a?.wall.toFixed(0)} ms (cpu ${a?.cpu.toFixed(0)}), ` +
        `semantic-release CLI ${b?.wall.toFixed(0)} ms (cpu ${b?.cpu.toFixed(0)})`,
    );
  }
  const wallA = median(ours.map((t) => t.wall));
  const wallB = median(theirs.map((t) => t.wall));
  const cpuA = median(ours.map((t) => t.cpu));
  const cpuB = median(theirs.map((t) => t.cpu));
  console.log(
    `release dry run, ${COMMITS} commits / ${TAGS} tags, medians of ${runs}:\n` +
      `  wall: action ${wallA.toFixed(0)} ms, semantic-release CLI ${wallB.toFixed(0)} ms, ratio ${(wallA / wallB).toFixed(2)}x\n` +
      `  cpu:  action ${cpuA.toFixed(0)} ms, semantic-release CLI ${cpuB.toFixed(0)} ms, ratio ${(cpuA / cpuB).toFixed(2)}x`,
  );
} finally {
  await fake.stop();
  rmSync(root, { recursive: true, force: true });
}
