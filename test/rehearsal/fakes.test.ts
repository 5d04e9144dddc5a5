import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import {
  ConcurrencyGroups,
  type RehearsalResult,
  type RehearseOptions,
  rehearse,
  SUITE_DIR,
} from "../../packages/rehearsal/src/index.ts";
import { makeRepo, Recorder, removeRepo } from "../../packages/rehearsal/test/helpers.ts";
import { type GitHubFake, startGitHubFake } from "../fakes/github/index.ts";
import { type OidcFake, startOidcFake } from "../fakes/oidc.ts";
import { createFakeServices, type FakeServicesOptions } from "./fake-services.ts";

// The rehearsal against the GitHub and OIDC fakes: tokens limited to the job's permissions,
// actions/checkout over git smart HTTP, environment reviews, OIDC, and a node action of this
// suite (update-overlay, its committed dist) run through `org/platform/actions/...@v1`.
let github: GitHubFake;
let oidc: OidcFake;
let counter = 0;

beforeAll(async () => {
  github = await startGitHubFake();
  oidc = await startOidcFake();
  await github.createRepository("octo-org/gitops", {
    files: {
      "apps/web/overlays/dev/kustomization.yaml": [
        "resources:",
        "  - ../../base",
        "images:",
        "  - name: ghcr.io/octo-org/web",
        "    newTag: 1.0.0",
        "",
      ].join("\n"),
    },
  });
});
afterAll(async () => {
  await oidc.stop();
  await github.stop();
});

/** Pushes a repository made of `files` into the fake as octo-org/app-N and rehearses `workflow` there. */
async function run(
  files: Record<string, string>,
  options: Partial<RehearseOptions> = {},
  services: Partial<FakeServicesOptions> = {},
): Promise<{ result: RehearsalResult; log: Recorder; repository: string }> {
  const dir = makeRepo(files);
  const repository = `octo-org/app-${++counter}`;
  const log = new Recorder();
  try {
    const result = await rehearse({
      workflow: ".github/workflows/w.yml",
      repoDir: dir,
      repository,
      event: "push",
      services: await createFakeServices({ github, oidc, repositories: { [repository]: dir }, ...services }),
      reporter: log,
      concurrency: new ConcurrencyGroups(),
      ...options,
    });
    rmSync(result.workDir, { recursive: true, force: true });
    return { result, log, repository };
  } finally {
    removeRepo(dir);
  }
}

const createIssue = (permissions: string) => `
on: push
permissions: {}
jobs:
  file:
    runs-on: ubuntu-latest
    permissions: ${permissions}
    steps:
      - shell: node {0}
        env:
          TOKEN: \${{ github.token }}
        run: |
          (async () => {
          const response = await fetch(process.env.GITHUB_API_URL + "/repos/" + process.env.GITHUB_REPOSITORY + "/issues", {
            method: "POST",
            headers: { authorization: "token " + process.env.TOKEN, "content-type": "application/json" },
            body: JSON.stringify({ title: "drift" }),
          });
          const body = await response.json();
          console.log(response.status, body.message ?? "created #" + body.number);
          if (!response.ok) process.exit(1);
          })();
`;

describe("the token of each job", () => {
  it("with issues: write the job opens an issue", async () => {
    const { result, log, repository } = await run({ ".github/workflows/w.yml": createIssue("{ issues: write }") });
    expect(log.text()).toContain("201 created #1");
    expect(result.conclusion).toBe("success");
    expect(github.repository(repository).issues).toHaveLength(1);
  });

  it("a workflow that forgets issues: write fails with GitHub's 403", async () => {
    const { result, log, repository } = await run({ ".github/workflows/w.yml": createIssue("{ contents: read }") });
    expect(result.conclusion).toBe("failure");
    expect(log.text()).toContain("403 Resource not accessible by integration");
    expect(github.repository(repository).issues).toHaveLength(0);
  });
});

describe("actions/checkout stand-in over the fake's git", () => {
  const workflow = (withs: string) => `
on: push
jobs:
  co:
    runs-on: ubuntu-latest
    outputs:
      info: \${{ steps.i.outputs.info }}
      commit: \${{ steps.c.outputs.commit }}
    steps:
      - id: c
        uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with: ${withs}
      - id: i
        run: |
          header=$(git config --local --get-regexp 'http\\..*\\.extraheader' >/dev/null && echo kept || echo none)
          echo "info=$(git rev-list --count HEAD) $(cat file.txt) $header $(git rev-parse --abbrev-ref HEAD)" >> "$GITHUB_OUTPUT"
`;
  it("the run's commit, shallow, credentials not persisted when asked", async () => {
    const { result } = await run({
      ".github/workflows/w.yml": workflow("{ persist-credentials: false }"),
      "file.txt": "v1",
    });
    expect(result.jobs.co?.outputs.info).toBe("1 v1 none main");
    expect(result.jobs.co?.outputs.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it("on pull_request, the default ref (refs/pull/1/merge) checks out the run's commit", async () => {
    const { result } = await run(
      {
        ".github/workflows/w.yml": workflow("{ persist-credentials: false }").replace("on: push", "on: pull_request"),
        "file.txt": "pr",
      },
      { event: "pull_request" },
    );
    expect(result.jobs.co?.outputs.info).toBe("1 pr none HEAD");
  });

  it("fetch-depth: 0 fetches the history; persist-credentials defaults to true", async () => {
    const { result } = await run({ ".github/workflows/w.yml": workflow("{ fetch-depth: 0 }"), "file.txt": "v1" });
    expect(result.jobs.co?.outputs.info).toBe("1 v1 kept main");
  });

  it("another repository at a ref, with the job's token", async () => {
    const { result } = await run({
      ".github/workflows/w.yml": workflow("{ repository: octo-org/gitops, ref: main, path: gitops }").replace(
        "run: |",
        "working-directory: gitops\n        run: |\n          touch file.txt",
      ),
    });
    expect(result.jobs.co?.conclusion).toBe("success");
  });
});

describe("a node action of this suite through its public name", () => {
  const workflow = (permissions: string) => `
on: push
permissions: {}
jobs:
  pin:
    runs-on: ubuntu-latest
    permissions: ${permissions}
    outputs:
      changed: \${{ steps.pin.outputs.changed }}
    steps:
      - id: pin
        uses: some-org/platform/actions/update-overlay@v1
        with:
          repository: octo-org/gitops
          overlay: apps/web/overlays/dev
          images: ghcr.io/octo-org/web:1.2.3
`;
  it("update-overlay (committed dist/index.js) pins the image in the GitOps repository", async () => {
    const { result, log } = await run(
      { ".github/workflows/w.yml": workflow("{ contents: write }") },
      { suite: { name: "platform", dir: SUITE_DIR } },
    );
    expect(log.errors()).toBe("");
    expect(result.jobs.pin?.outputs.changed).toBe("true");
    expect(await github.repository("octo-org/gitops").readFile("apps/web/overlays/dev/kustomization.yaml")).toContain(
      "newTag: 1.2.3",
    );
  });

  it("with contents: read the push is refused and the step fails", async () => {
    const { result } = await run({
      ".github/workflows/w.yml": workflow("{ contents: read }").replace("1.2.3", "9.9.9"),
    });
    expect(result.jobs.pin?.conclusion).toBe("failure");
    expect(
      await github.repository("octo-org/gitops").readFile("apps/web/overlays/dev/kustomization.yaml"),
    ).not.toContain("9.9.9");
  });
});

describe("environments and OIDC", () => {
  const deploy = `
on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
    outputs:
      sub: \${{ steps.t.outputs.sub }}
    steps:
      - id: t
        shell: node {0}
        run: |
          const fs = require("node:fs");
          (async () => {
          const response = await fetch(process.env.ACTIONS_ID_TOKEN_REQUEST_URL + "&audience=sts.amazonaws.com", {
            headers: { authorization: "Bearer " + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN },
          });
          const { value } = await response.json();
          const claims = JSON.parse(Buffer.from(value.split(".")[1], "base64url").toString());
          fs.appendFileSync(process.env.GITHUB_OUTPUT, "sub=" + claims.sub + "|" + claims.job_workflow_ref + "\\n");
          })();
`;
  const protect = (repository: string): void => {
    const environment = github.repository(repository).ensureEnvironment("production");
    environment.reviewers.push({ type: "User", id: 1 });
  };

  it("an approved deployment runs, with the environment in the OIDC subject, recorded where GitHub records it", async () => {
    const dir = makeRepo({ ".github/workflows/w.yml": deploy });
    const repository = `octo-org/app-${++counter}`;
    try {
      const services = await createFakeServices({
        github,
        oidc,
        repositories: { [repository]: dir },
        approve: "release-manager",
      });
      protect(repository);
      const log = new Recorder();
      const result = await rehearse({
        workflow: ".github/workflows/w.yml",
        repoDir: dir,
        repository,
        event: "push",
        services,
        reporter: log,
        concurrency: new ConcurrencyGroups(),
      });
      rmSync(result.workDir, { recursive: true, force: true });
      expect(`${log.errors()}${log.text()}`).toBe("");
      expect(result.jobs.deploy?.conclusion).toBe("success");
      expect(result.jobs.deploy?.outputs.sub).toBe(
        `repo:${repository}:environment:production|${repository}/.github/workflows/w.yml@refs/heads/main`,
      );
      const approvals = (await (
        await fetch(`${github.apiUrl}/repos/${repository}/actions/runs/${result.runId}/approvals`, {
          headers: { authorization: `token ${github.token}` },
        })
      ).json()) as { state: string; user: { login: string } }[];
      expect(approvals.map((a) => [a.state, a.user.login])).toEqual([["approved", "release-manager"]]);
      const fake = github.repository(repository);
      expect(fake.deployments.map((d) => d.environment)).toEqual(["production"]);
      expect([...fake.deploymentStatuses.values()].flat().map((s) => s.state)).toEqual(["in_progress", "success"]);
    } finally {
      removeRepo(dir);
    }
  });

  it("a rejected deployment fails the job and runs none of its steps", async () => {
    const dir = makeRepo({ ".github/workflows/w.yml": deploy });
    const repository = `octo-org/app-${++counter}`;
    try {
      const services = await createFakeServices({
        github,
        oidc,
        repositories: { [repository]: dir },
        reject: "security-lead",
      });
      protect(repository);
      const log = new Recorder();
      const result = await rehearse({
        workflow: ".github/workflows/w.yml",
        repoDir: dir,
        repository,
        event: "push",
        services,
        reporter: log,
        concurrency: new ConcurrencyGroups(),
      });
      rmSync(result.workDir, { recursive: true, force: true });
      expect(result.jobs.deploy?.conclusion).toBe("failure");
      expect(log.steps).toEqual([]);
      expect(github.repository(repository).deployments).toEqual([]);
    } finally {
      removeRepo(dir);
    }
  });

  it("a job inside a called workflow: job_workflow_ref names the called workflow; the caller's ceiling allows id-token", async () => {
    const called = deploy.replace("on: push", "on: workflow_call").replace("    environment: production\n", "");
    const { result, log, repository } = await run({
      ".github/workflows/called.yml": called,
      ".github/workflows/w.yml": [
        "on: push",
        "permissions: {}",
        "jobs:",
        "  release:",
        "    permissions:",
        "      id-token: write",
        "    uses: ./.github/workflows/called.yml",
        "",
      ].join("\n"),
    });
    expect(log.errors()).toBe("");
    expect(result.jobs["release / deploy"]?.outputs.sub).toBe(
      `repo:${repository}:ref:refs/heads/main|${repository}/.github/workflows/called.yml@refs/heads/main`,
    );
  });
});
