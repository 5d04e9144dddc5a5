import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { ConcurrencyGroups, MAX_QUEUE } from "../src/concurrency.ts";
import { makeRepo, rehearseFiles, removeRepo, single } from "./helpers.ts";

// What the suite's reusable workflows lean on: the job context's workflow_* fields ("Contexts
// reference", job context), a called workflow checking out the suite at its own commit,
// strategy.matrix on a job that calls a reusable workflow ("Reusing workflows": using a matrix
// strategy with a reusable workflow), concurrency `queue` ("Control the concurrency of
// workflows and jobs"), and the stand-ins of the setup actions.

let suiteDir: string;
let v1: string;

const called = `
on:
  workflow_call:
    inputs:
      tier: { type: string, default: none }
    outputs:
      seen: { value: "\${{ jobs.inner.outputs.seen }}" }
jobs:
  inner:
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - name: Check out the suite at this workflow's commit
        uses: actions/checkout@v6
        with:
          repository: \${{ job.workflow_repository }}
          ref: \${{ job.workflow_sha }}
          path: .platform
          sparse-checkout: actions
          persist-credentials: false
      - id: s
        env:
          TIER: \${{ inputs.tier }}
          REF: \${{ job.workflow_ref }}
          SHA: \${{ job.workflow_sha }}
          REPO: \${{ job.workflow_repository }}
          FILE: \${{ job.workflow_file_path }}
        run: |
          files=$(cd .platform && find . -type f | sort | tr '\\n' ' ')
          echo "seen=$TIER|$REPO|$FILE|$REF|$SHA|$(cat .platform/actions/say/word.txt)|$files" >> "$GITHUB_OUTPUT"
`;

beforeAll(() => {
  suiteDir = makeRepo({
    ".github/workflows/called.yml": called,
    "actions/say/word.txt": "one",
    "README.md": "suite",
    "bench/heavy.txt": "not in the sparse checkout",
  });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: suiteDir, encoding: "utf8" });
  git("tag", "v1");
  v1 = git("rev-parse", "HEAD").trim();
  writeFileSync(path.join(suiteDir, "actions/say/word.txt"), "two");
  git("commit", "-qam", "two");
});

afterAll(() => {
  rmSync(path.join(os.tmpdir(), `rehearsal-suite-${v1}`), { recursive: true, force: true });
  removeRepo(suiteDir);
});

describe("a called workflow of the suite", () => {
  it("job.workflow_* name the called file; checkout of job.workflow_repository at job.workflow_sha gets that commit, sparse", async () => {
    const caller = `
on: push
jobs:
  call:
    uses: acme/platform/.github/workflows/called.yml@v1
    with: { tier: gold }
  own:
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        run: echo "seen=\${{ job.workflow_repository }}|\${{ job.workflow_file_path }}|\${{ job.workflow_sha == github.sha }}" >> "$GITHUB_OUTPUT"
`;
    const { result, log } = await single(caller, { suite: { name: "platform", dir: suiteDir, refs: "git" } });
    expect(log.errors()).toBe("");
    expect(result.outputs).toEqual({});
    expect(result.jobs["call / inner"]?.outputs.seen).toBe(
      `gold|acme/platform|.github/workflows/called.yml|acme/platform/.github/workflows/called.yml@v1|${v1}|one|./README.md ./actions/say/word.txt `,
    );
    expect(result.jobs.own?.outputs.seen).toBe("octo-org/app|.github/workflows/w.yml|true");
  });

  it("strategy.matrix on a calling job: one call per leg, keyed 'caller (leg) / called', outputs of the last successful leg", async () => {
    const caller = `
on: push
jobs:
  call:
    strategy:
      max-parallel: 1
      matrix:
        tier: [gold, silver]
    uses: acme/platform/.github/workflows/called.yml@v1
    with:
      tier: \${{ matrix.tier }}
  after:
    needs: call
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        env:
          SEEN: \${{ needs.call.outputs.seen }}
        run: echo "seen=\${SEEN%%|*}" >> "$GITHUB_OUTPUT"
`;
    const { result, log } = await single(caller, { suite: { name: "platform", dir: suiteDir, refs: "git" } });
    expect(log.errors()).toBe("");
    expect(Object.keys(result.jobs).sort()).toEqual([
      "after",
      "call",
      "call (gold)",
      "call (gold) / inner",
      "call (silver)",
      "call (silver) / inner",
    ]);
    expect(result.jobs["call (silver) / inner"]?.outputs.seen).toMatch(/^silver\|/);
    expect(result.jobs.after?.outputs.seen).toBe("silver");
  });
});

describe("concurrency queue", () => {
  const entrant = (groups: ConcurrencyGroups, queue: "single" | "max", log: string[], name: string) =>
    groups
      .enter("Deploy-Production", { cancelInProgress: false, queue }, (reason) =>
        log.push(`${name} cancelled: ${reason}`),
      )
      .then((release) => {
        log.push(`${name} ${release ? "admitted" : "not admitted"}`);
        return release;
      });

  it("queue: single (the default): a third entrant cancels the waiting second", async () => {
    const groups = new ConcurrencyGroups();
    const log: string[] = [];
    const first = await entrant(groups, "single", log, "first");
    const second = entrant(groups, "single", log, "second");
    const third = entrant(groups, "single", log, "third");
    await second;
    first?.();
    (await third)?.();
    expect(log).toEqual([
      "first admitted",
      "second cancelled: Canceling since a higher priority waiting request for 'Deploy-Production' exists",
      "second not admitted",
      "third admitted",
    ]);
  });

  it("queue: max: entrants wait in order, none is cancelled; the group name ignores case", async () => {
    const groups = new ConcurrencyGroups();
    const log: string[] = [];
    const first = await entrant(groups, "max", log, "first");
    const waiting = ["second", "third", "fourth"].map((name) =>
      groups
        .enter("deploy-PRODUCTION", { cancelInProgress: false, queue: "max" }, () => log.push(`${name} cancelled`))
        .then((release) => {
          log.push(`${name} admitted`);
          release?.();
        }),
    );
    expect(groups.waiting("deploy-production")).toBe(3);
    first?.();
    await Promise.all(waiting);
    expect(log).toEqual(["first admitted", "second admitted", "third admitted", "fourth admitted"]);
  });

  it(`queue: max holds ${MAX_QUEUE} waiting; one more is cancelled`, async () => {
    const groups = new ConcurrencyGroups();
    const log: string[] = [];
    const first = await entrant(groups, "max", log, "first");
    const waiting = Array.from({ length: MAX_QUEUE }, (_, i) => entrant(groups, "max", [], `w${i}`));
    const extra = await entrant(groups, "max", log, "extra");
    expect(extra).toBeUndefined();
    expect(log[1]).toBe(
      "extra cancelled: Canceling since the queue of concurrency group 'Deploy-Production' is full (100 waiting)",
    );
    first?.();
    for (const next of waiting) (await next)?.();
  });

  it("refuses queue: max with cancel-in-progress: true before the run, with the language service's words", async () => {
    const workflow = `
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    concurrency:
      group: deploy
      cancel-in-progress: true
      queue: max
    steps: [{ run: echo }]
`;
    await expect(single(workflow)).rejects.toThrow("'queue: max' cannot be combined with 'cancel-in-progress: true'.");
  });

  it("three runs of a job with queue: max all run, one after another", async () => {
    const groups = new ConcurrencyGroups();
    const workflow = `
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    concurrency: { group: deploy, cancel-in-progress: false, queue: max }
    outputs: { span: "\${{ steps.s.outputs.span }}" }
    steps:
      - id: s
        run: |
          start=$(date +%s%N); sleep 1; echo "span=$start-$(date +%s%N)" >> "$GITHUB_OUTPUT"
`;
    const runs = await Promise.all([1, 2, 3].map(() => single(workflow, { concurrency: groups })));
    expect(runs.map((r) => r.result.conclusion)).toEqual(["success", "success", "success"]);
    const spans = runs
      .map((r) => (r.result.jobs.deploy?.outputs.span ?? "").split("-").map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i - 1]?.[1]).toBeLessThanOrEqual(spans[i]?.[0] ?? 0);
  });
});

describe("stand-ins of the setup actions (nothing is downloaded)", () => {
  const setup = (uses: string, withs: string) => `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      out: \${{ steps.s.outputs.platforms }}
      tf: \${{ steps.v.outputs.tf }}
    steps:
      - id: s
        uses: ${uses}
        with: ${withs}
      - id: v
        run: echo "tf=$(command -v terraform >/dev/null && echo found)" >> "$GITHUB_OUTPUT"
`;
  it("hashicorp/setup-terraform: the machine's terraform for latest; another version fails naming both", async () => {
    const installed = (
      JSON.parse(execFileSync("terraform", ["version", "-json"], { encoding: "utf8" })) as { terraform_version: string }
    ).terraform_version;
    const ok = await single(
      setup("hashicorp/setup-terraform@v4", "{ terraform_version: latest, terraform_wrapper: false }"),
    );
    expect(ok.log.errors()).toBe("");
    expect(ok.result.jobs.j?.outputs.tf).toBe("found");
    const major = installed.split(".")[0];
    const sameMajor = await single(
      setup("hashicorp/setup-terraform@v4", `{ terraform_version: "${major}", terraform_wrapper: false }`),
    );
    expect(sameMajor.result.conclusion).toBe("success");
    const other = await single(setup("hashicorp/setup-terraform@v4", "{ terraform_version: 0.11.0 }"));
    expect(other.log.errors()).toBe(
      `j: hashicorp/setup-terraform: Terraform 0.11.0 was asked for, this machine has ${installed} (the rehearsal downloads nothing)`,
    );
  });

  it("docker/setup-qemu-action reports this machine's platforms and warns about a foreign one it cannot run", async () => {
    const { result, log } = await single(setup("docker/setup-qemu-action@v4", "{ platforms: linux/s390x }"));
    expect(result.conclusion).toBe("success");
    expect(result.jobs.j?.outputs.out).toMatch(/^linux\//);
    const registered = log.text().includes("linux/s390x");
    if (!registered) expect(log.annotations.map((a) => a.kind)).toContain("warning");
  });

  it("docker/setup-buildx-action fails in one line when no Docker Engine answers", async () => {
    const { log, result } = await single(setup("docker/setup-buildx-action@v4", "{}"), {
      hostEnv: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), DOCKER_HOST: "unix:///nonexistent/docker.sock" },
    });
    expect(result.conclusion).toBe("failure");
    expect(log.errors()).toBe(
      "j: docker/setup-buildx-action: no Docker Engine answers at unix:///nonexistent/docker.sock on this machine",
    );
  });

  it("upload-artifact keeps a directory's layout; download-artifact: pattern picks by name, merge-multiple puts them in one directory", async () => {
    const workflow = `
on: push
jobs:
  up:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        slug: [amd64, arm64]
    steps:
      - run: mkdir -p out && echo "\${{ matrix.slug }}" > "out/\${{ matrix.slug }}"
      - uses: actions/upload-artifact@v7
        with: { name: "digest-\${{ matrix.slug }}", path: "out/\${{ matrix.slug }}" }
      - uses: actions/upload-artifact@v7
        with: { name: "other-\${{ matrix.slug }}", path: "out/\${{ matrix.slug }}" }
      - run: mkdir -p "plans/workspaces/\${{ matrix.slug }}" && echo plan > "plans/workspaces/\${{ matrix.slug }}/plan.json"
      - uses: actions/upload-artifact@v7
        with: { name: "plan-\${{ matrix.slug }}", path: plans }
  down:
    needs: up
    runs-on: ubuntu-latest
    outputs:
      merged: \${{ steps.l.outputs.merged }}
      apart: \${{ steps.l.outputs.apart }}
      plans: \${{ steps.l.outputs.plans }}
    steps:
      - uses: actions/download-artifact@v8
        with: { pattern: "digest-*", merge-multiple: true, path: merged }
      - uses: actions/download-artifact@v8
        with: { pattern: "digest-*", path: apart }
      - uses: actions/download-artifact@v8
        with: { pattern: "plan-*", merge-multiple: true, path: . }
      - id: l
        run: |
          echo "merged=$(cd merged && ls | tr '\\n' ' ')" >> "$GITHUB_OUTPUT"
          echo "apart=$(cd apart && find . -type f | sort | tr '\\n' ' ')" >> "$GITHUB_OUTPUT"
          echo "plans=$(find workspaces -type f | sort | tr '\\n' ' ')" >> "$GITHUB_OUTPUT"
`;
    const { result, log } = await single(workflow);
    expect(log.errors()).toBe("");
    expect(result.jobs.down?.outputs).toEqual({
      merged: "amd64 arm64 ",
      apart: "./digest-amd64/amd64 ./digest-arm64/arm64 ",
      // A directory uploaded keeps its layout below it, even with one file in it.
      plans: "workspaces/amd64/plan.json workspaces/arm64/plan.json ",
    });
  });
});

describe("actions/checkout of the suite outside git", () => {
  it("refs: checkout copies the checkout at hand (uncommitted files too) whatever the ref", async () => {
    const dir = makeRepo({ "actions/say/word.txt": "committed" });
    writeFileSync(path.join(dir, "actions/say/word.txt"), "uncommitted");
    try {
      const workflow = `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs: { word: "\${{ steps.w.outputs.word }}" }
    steps:
      - uses: actions/checkout@v6
        with: { repository: acme/platform, ref: v1, path: .platform, persist-credentials: false }
      - id: w
        run: echo "word=$(cat .platform/actions/say/word.txt)" >> "$GITHUB_OUTPUT"
`;
      const { result } = await rehearseFiles({ ".github/workflows/w.yml": workflow }, "w.yml", {
        suite: { name: "platform", dir },
      });
      expect(result.jobs.j?.outputs.word).toBe("uncommitted");
    } finally {
      removeRepo(dir);
    }
  });
});
