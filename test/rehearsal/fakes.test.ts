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

describe("tokens limited to the job's effective permissions", () => {
  it("a job stripped of issues: write (contents: write kept) gets GitHub's 403 when it opens an issue", async () => {
    const { result, log, repository } = await run({ ".github/workflows/w.yml": createIssue("{ contents: write }") });
    expect(result.conclusion).toBe("failure");
    expect(log.text()).toContain("403 Resource not accessible by integration");
    expect(github.repository(repository).issues).toHaveLength(0);
  });

  it("workflow-level permissions are the default, a job's own override them, a called job gets its caller's", async () => {
    const called = [
      "on: workflow_call",
      "jobs:",
      "  inner:",
      "    runs-on: ubuntu-latest",
      "    steps: [{ run: 'true' }]",
      "  narrowed:",
      "    runs-on: ubuntu-latest",
      "    permissions: { issues: read }",
      "    steps: [{ run: 'true' }]",
      "",
    ].join("\n");
    const caller = [
      "on: push",
      "permissions: { contents: read }",
      "jobs:",
      "  plain:",
      "    runs-on: ubuntu-latest",
      "    steps: [{ run: 'true' }]",
      "  own:",
      "    runs-on: ubuntu-latest",
      "    permissions: { issues: write }",
      "    steps: [{ run: 'true' }]",
      "  call:",
      "    permissions: { issues: write, contents: read }",
      "    uses: ./.github/workflows/called.yml",
      "",
    ].join("\n");
    const dir = makeRepo({ ".github/workflows/w.yml": caller, ".github/workflows/called.yml": called });
    const repository = `octo-org/app-${++counter}`;
    try {
      const services = await createFakeServices({ github, oidc, repositories: { [repository]: dir } });
      const result = await rehearse({
        workflow: ".github/workflows/w.yml",
        repoDir: dir,
        repository,
        event: "push",
        services,
        reporter: new Recorder(),
        concurrency: new ConcurrencyGroups(),
      });
      rmSync(result.workDir, { recursive: true, force: true });
      expect(result.conclusion).toBe("success");
      const byJob = Object.fromEntries(services.minted.map((m) => [m.job, m.permissions]));
      expect(byJob).toEqual({
        plain: { contents: "read", metadata: "read" },
        own: { issues: "write", metadata: "read" },
        "call / inner": { issues: "write", contents: "read", metadata: "read" },
        "call / narrowed": { issues: "read", metadata: "read" },
      });
    } finally {
      removeRepo(dir);
    }
  });

  it("a job's token and OIDC request token stop working when the job ends (401 Bad credentials)", async () => {
    const dir = makeRepo({ ".github/workflows/w.yml": createIssue("{ issues: write, id-token: write }") });
    const repository = `octo-org/app-${++counter}`;
    try {
      const services = await createFakeServices({ github, oidc, repositories: { [repository]: dir } });
      const result = await rehearse({
        workflow: ".github/workflows/w.yml",
        repoDir: dir,
        repository,
        event: "push",
        services,
        reporter: new Recorder(),
        concurrency: new ConcurrencyGroups(),
      });
      rmSync(result.workDir, { recursive: true, force: true });
      expect(result.conclusion).toBe("success");
      const [minted] = services.minted;
      const afterwards = await fetch(`${github.apiUrl}/repos/${repository}/issues`, {
        headers: { authorization: `token ${minted?.token}` },
      });
      expect(afterwards.status).toBe(401);
      const [job] = services.oidcJobs;
      const idToken = await fetch(job ? `${oidc.url}&audience=x` : "", {
        headers: { authorization: `Bearer ${job?.requestToken}` },
      });
      expect(idToken.status).toBe(401);
    } finally {
      removeRepo(dir);
    }
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

  it("sparse-checkout (cone mode): the listed directories and the root's files only", async () => {
    const sparse = `
on: push
jobs:
  co:
    runs-on: ubuntu-latest
    outputs:
      files: \${{ steps.l.outputs.files }}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with: { sparse-checkout: actions, persist-credentials: false, path: sub }
      - id: l
        working-directory: sub
        run: echo "files=$(git ls-files -t | grep -v '^S' | sort | tr '\\n' ' ')" >> "$GITHUB_OUTPUT"
`;
    const { result, log } = await run({
      ".github/workflows/w.yml": sparse,
      "actions/a/action.yml": "name: a",
      "bench/big.txt": "big",
      "root.txt": "root",
    });
    expect(log.errors()).toBe("");
    expect(result.jobs.co?.outputs.files).toBe("H actions/a/action.yml H root.txt ");
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
          github-token: \${{ secrets.GITOPS_TOKEN || github.token }}
`;
  it("update-overlay (committed dist/index.js) pins the image in the GitOps repository with a token for it", async () => {
    const { result, log } = await run(
      { ".github/workflows/w.yml": workflow("{ contents: read }") },
      { suite: { name: "platform", dir: SUITE_DIR }, secrets: { GITOPS_TOKEN: github.token } },
    );
    expect(log.errors()).toBe("");
    expect(result.jobs.pin?.outputs.changed).toBe("true");
    expect(await github.repository("octo-org/gitops").readFile("apps/web/overlays/dev/kustomization.yaml")).toContain(
      "newTag: 1.2.3",
    );
  });

  it("the job's own token cannot push to another repository, even with contents: write (GitHub's 403)", async () => {
    const { result, log } = await run({
      ".github/workflows/w.yml": workflow("{ contents: write }").replace("1.2.3", "9.9.9"),
    });
    expect(result.jobs.pin?.conclusion).toBe("failure");
    expect(log.errors()).toContain("Permission to octo-org/gitops.git denied to github-actions[bot].");
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
  /** Makes `reviewer` the required reviewer of production. */
  const protect = (repository: string, reviewer: string): void => {
    const fake = github.repository(repository);
    fake.ensureEnvironment("production").reviewers.push({ type: "User", id: fake.world.user(reviewer).id });
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
      protect(repository, "release-manager");
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
      protect(repository, "security-lead");
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
      expect(log.errors()).toBe(
        "deploy: The deployment to environment 'production' was rejected by security-lead: rejected in the rehearsal.",
      );
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

  it("a review through the API (a test as the reviewer): the job waits, then runs; the approval is recorded", async () => {
    const dir = makeRepo({ ".github/workflows/w.yml": deploy });
    const repository = `octo-org/app-${++counter}`;
    try {
      const services = await createFakeServices({ github, oidc, repositories: { [repository]: dir } });
      protect(repository, "rita");
      const reviewer = "ghp_rita_reviews_in_the_rehearsal";
      github.addToken(reviewer, { login: "rita" });
      const running = rehearse({
        workflow: ".github/workflows/w.yml",
        repoDir: dir,
        repository,
        event: "push",
        services,
        reporter: new Recorder(),
        concurrency: new ConcurrencyGroups(),
      });
      const pending = await services.nextReview();
      expect([pending.environment, pending.job.job]).toEqual(["production", "deploy"]);
      const waiting = (await (
        await fetch(`${github.apiUrl}/repos/${repository}/actions/runs/${pending.runId}/pending_deployments`, {
          headers: { authorization: `token ${reviewer}` },
        })
      ).json()) as { environment: { id: number; name: string } }[];
      expect(waiting.map((w) => w.environment.name)).toEqual(["production"]);
      const decided = await fetch(
        `${github.apiUrl}/repos/${repository}/actions/runs/${pending.runId}/pending_deployments`,
        {
          method: "POST",
          headers: { authorization: `token ${reviewer}`, "content-type": "application/json" },
          body: JSON.stringify({
            environment_ids: waiting.map((w) => w.environment.id),
            state: "approved",
            comment: "ship it",
          }),
        },
      );
      expect(decided.status).toBe(200);
      const result = await running;
      rmSync(result.workDir, { recursive: true, force: true });
      expect(result.jobs.deploy?.conclusion).toBe("success");
      const fake = github.repository(repository);
      expect(fake.pendingDeployments.map((p) => [p.review?.state, p.review?.user.login])).toEqual([
        ["approved", "rita"],
      ]);
      expect(fake.deployments).toHaveLength(1);
    } finally {
      removeRepo(dir);
    }
  });

  it("an environment without rules: no review, a deployment with in_progress then failure when the job fails", async () => {
    const failing = `
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: dev
    steps:
      - run: exit 3
`;
    const { result, repository } = await run({ ".github/workflows/w.yml": failing });
    expect(result.jobs.deploy?.conclusion).toBe("failure");
    const fake = github.repository(repository);
    expect(fake.pendingDeployments).toEqual([]);
    expect(fake.deployments.map((d) => [d.environment, d.creator?.login])).toEqual([["dev", "octocat"]]);
    expect([...fake.deploymentStatuses.values()].flat().map((s) => s.state)).toEqual(["in_progress", "failure"]);
  });

  it("a branch policy that does not allow the ref fails the job with GitHub's message, nothing waits", async () => {
    const dir = makeRepo({ ".github/workflows/w.yml": deploy });
    const repository = `octo-org/app-${++counter}`;
    try {
      const services = await createFakeServices({ github, oidc, repositories: { [repository]: dir } });
      const fake = github.repository(repository);
      fake.ensureEnvironment("production").deployment_branch_policy = {
        protected_branches: false,
        custom_branch_policies: true,
      };
      fake.addDeploymentBranchPolicy("production", "release/*", "branch");
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
      expect(log.errors()).toBe(
        'deploy: Branch "main" is not allowed to deploy to production due to environment protection rules.',
      );
      expect(fake.pendingDeployments).toEqual([]);
    } finally {
      removeRepo(dir);
    }
  });

  it("each id-token job gets its own claims, also when two run at once", async () => {
    const twoJobs = `
on: push
permissions: { id-token: write }
jobs:
${["staging", "production"]
  .map(
    (name) => `  ${name}:
    runs-on: ubuntu-latest
    environment: ${name}
    outputs:
      sub: \${{ steps.t.outputs.sub }}
    steps:
      - run: sleep 1
      - id: t
        shell: node {0}
        run: |
          (async () => {
          const response = await fetch(process.env.ACTIONS_ID_TOKEN_REQUEST_URL + "&audience=x", {
            headers: { authorization: "Bearer " + process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN },
          });
          const { value } = await response.json();
          const claims = JSON.parse(Buffer.from(value.split(".")[1], "base64url").toString());
          require("node:fs").appendFileSync(process.env.GITHUB_OUTPUT, "sub=" + claims.sub + "\\n");
          })();
`,
  )
  .join("")}`;
    const { result, repository } = await run({ ".github/workflows/w.yml": twoJobs });
    expect(result.jobs.staging?.outputs.sub).toBe(`repo:${repository}:environment:staging`);
    expect(result.jobs.production?.outputs.sub).toBe(`repo:${repository}:environment:production`);
  });
});
