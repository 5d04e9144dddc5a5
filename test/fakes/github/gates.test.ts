import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type GitHubFake, startGitHubFake } from "./index.ts";
import { contractViolations, GitHubOpenApi } from "./openapi.ts";

// Environment protection rules as GitHub applies them to a job with `environment:`
// (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment)
// and the deployment GitHub makes for such a job.

let fake: GitHubFake;
const REPO = "octo-org/app";
const OCTOCAT_TOKEN = "ghp_octocat_reviewer";
let mainSha = "";

interface Review {
  state: string;
  comment: string;
  user: { login: string };
  environments: Array<{ name: string }>;
}
interface Pending {
  environment: { id: number; name: string };
  wait_timer: number;
  current_user_can_approve: boolean;
}
interface Status {
  state: string;
  description: string;
  creator: { login: string };
}

async function api<T = Record<string, unknown>>(token: string, method: string, route: string, body?: unknown) {
  const response = await fetch(`${fake.apiUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
}

async function configure(environment: string, settings: Record<string, unknown>): Promise<number> {
  const answer = await api(fake.token, "PUT", `/repos/${REPO}/environments/${environment}`, settings);
  if (answer.status !== 200) throw new Error(`environment ${environment}: ${JSON.stringify(answer)}`);
  return answer.body.id as number;
}

/** Whether a promise has settled yet, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol("pending");
  return (await Promise.race([promise, new Promise((resolve) => setImmediate(() => resolve(marker)))])) !== marker;
}

let octocatId = 0;

beforeAll(async () => {
  fake = await startGitHubFake({ waitTimerMinuteMs: 50 });
  await fake.createRepository(REPO, { files: { "README.md": "# app\n" } });
  await fake.repository(REPO).createBranch("feature/x");
  mainSha = (await fake.repository(REPO).branchHead("main")) ?? "";
  fake.addToken(OCTOCAT_TOKEN, { login: "octocat" });
  octocatId = (await api(fake.token, "GET", "/users/octocat")).body.id as number;
});

afterAll(async () => {
  await fake.stop();
});

describe("requestDeploymentReview", () => {
  test("an environment without protection rules lets the job go at once, with nothing pending", async () => {
    const decision = await fake.requestDeploymentReview({
      repository: REPO,
      runId: 100,
      environment: "dev",
      requester: "octocat",
    });
    expect(decision).toEqual({ state: "approved", user: null, comment: "" });
    expect((await api(fake.token, "GET", `/repos/${REPO}/actions/runs/100/pending_deployments`)).body).toEqual([]);
  });

  test("required reviewers: the run waits in the API until a reviewer approves through it", async () => {
    const envId = await configure("production", { reviewers: [{ type: "User", id: octocatId }] });
    const decision = fake.requestDeploymentReview({
      repository: REPO,
      runId: 200,
      environment: "production",
      requester: "hubot",
      ref: "refs/heads/main",
      sha: mainSha,
    });
    const pending = await api<Pending[]>(fake.token, "GET", `/repos/${REPO}/actions/runs/200/pending_deployments`);
    expect(pending.body).toHaveLength(1);
    expect(pending.body[0]).toMatchObject({ environment: { id: envId, name: "production" }, wait_timer: 0 });
    expect(await settled(decision)).toBe(false);

    // A job's token can see the wait (actions: read) but never decide: Apps are not reviewers.
    const job = fake.mintJobToken({ repository: REPO, permissions: { actions: "read", deployments: "write" } });
    const seenByJob = await api<Pending[]>(job, "GET", `/repos/${REPO}/actions/runs/200/pending_deployments`);
    expect(seenByJob.body[0]?.current_user_can_approve).toBe(false);
    const review = { environment_ids: [envId], state: "approved", comment: "ship it" };
    const byJob = await api(job, "POST", `/repos/${REPO}/actions/runs/200/pending_deployments`, review);
    expect([byJob.status, byJob.body.message]).toEqual([403, "Resource not accessible by integration"]);
    expect(await settled(decision)).toBe(false);

    const approved = await api<Array<{ creator: { login: string } }>>(
      OCTOCAT_TOKEN,
      "POST",
      `/repos/${REPO}/actions/runs/200/pending_deployments`,
      review,
    );
    expect(approved.status).toBe(200);
    // The approval's deployment is for the run's ref and commit, created by who triggered it.
    expect(approved.body[0]).toMatchObject({ environment: "production", ref: "main", sha: mainSha });
    expect(approved.body[0]?.creator.login).toBe("hubot");
    const result = await decision;
    expect([result.state, result.user?.login, result.comment]).toEqual(["approved", "octocat", "ship it"]);
    const approvals = await api<Review[]>(fake.token, "GET", `/repos/${REPO}/actions/runs/200/approvals`);
    expect(approvals.body.map((a) => [a.state, a.user.login, a.comment, a.environments[0]?.name])).toEqual([
      ["approved", "octocat", "ship it", "production"],
    ]);
  });

  test("reviewDeployment (what --reject calls) rejects; only a required reviewer may", async () => {
    await configure("staging", { reviewers: [{ type: "User", id: octocatId }] });
    const decision = fake.requestDeploymentReview({
      repository: REPO,
      runId: 300,
      environment: "staging",
      requester: "hubot",
    });
    await expect(
      fake.reviewDeployment({ repository: REPO, runId: 300, reviewer: "hubot", state: "approved" }),
    ).rejects.toThrow("hubot is not a required reviewer of environment staging");
    expect(await settled(decision)).toBe(false);
    const deployments = await fake.reviewDeployment({
      repository: REPO,
      runId: 300,
      reviewer: "octocat",
      state: "rejected",
      comment: "not today",
    });
    expect(deployments).toEqual([]);
    const result = await decision;
    expect([result.state, result.user?.login, result.comment]).toEqual(["rejected", "octocat", "not today"]);
    await expect(
      fake.reviewDeployment({ repository: REPO, runId: 300, reviewer: "octocat", state: "approved" }),
    ).rejects.toThrow("No pending deployment requests to approve or reject");
    const approvals = await api<Review[]>(fake.token, "GET", `/repos/${REPO}/actions/runs/300/approvals`);
    expect(approvals.body.map((a) => a.state)).toEqual(["rejected"]);
  });

  test("a wait timer alone holds the run in pending deployments until it runs out, with no review", async () => {
    await configure("soak", { wait_timer: 1 });
    const decision = fake.requestDeploymentReview({
      repository: REPO,
      runId: 400,
      environment: "soak",
      requester: "a",
    });
    const pending = await api<Pending[]>(fake.token, "GET", `/repos/${REPO}/actions/runs/400/pending_deployments`);
    expect(pending.body.map((p) => [p.environment.name, p.wait_timer])).toEqual([["soak", 1]]);
    expect(await decision).toEqual({ state: "approved", user: null, comment: "" });
    expect((await api(fake.token, "GET", `/repos/${REPO}/actions/runs/400/pending_deployments`)).body).toEqual([]);
    expect((await api(fake.token, "GET", `/repos/${REPO}/actions/runs/400/approvals`)).body).toEqual([]);
  });

  test("reviewers and a wait timer: a rejection ends the wait at once, an approval waits out the timer", async () => {
    await configure("gated-soak", { wait_timer: 1, reviewers: [{ type: "User", id: octocatId }] });
    const ask = (runId: number) =>
      fake.requestDeploymentReview({
        repository: REPO,
        runId,
        environment: "gated-soak",
        requester: "a",
        sha: mainSha,
      });
    const rejected = ask(500);
    await fake.reviewDeployment({ repository: REPO, runId: 500, reviewer: "octocat", state: "rejected" });
    expect((await rejected).state).toBe("rejected");

    // A fake whose wait-timer minute is long enough to see the approved run still waiting.
    const slow = await startGitHubFake({ waitTimerMinuteMs: 1000 });
    try {
      await slow.createRepository(REPO, { files: { "a.txt": "a\n" } });
      slow.repository(REPO).ensureEnvironment("gated-soak").wait_timer = 1;
      slow.repository(REPO).ensureEnvironment("gated-soak").reviewers = [
        { type: "User", id: slow.repository(REPO).world.user("octocat").id },
      ];
      const approved = slow.requestDeploymentReview({
        repository: REPO,
        runId: 501,
        environment: "gated-soak",
        requester: "a",
        sha: mainSha,
      });
      await slow.reviewDeployment({ repository: REPO, runId: 501, reviewer: "octocat", state: "approved" });
      expect(await settled(approved)).toBe(false);
      expect((await approved).state).toBe("approved");
    } finally {
      await slow.stop();
    }
  });

  test("a deployment branch policy that does not match the run's ref rejects with GitHub's message", async () => {
    fake.repository(REPO).addDeploymentBranchPolicy("release-env", "release/*");
    fake.repository(REPO).addDeploymentBranchPolicy("release-env", "v*", "tag");
    const ask = (runId: number, ref: string) =>
      fake.requestDeploymentReview({ repository: REPO, runId, environment: "release-env", requester: "a", ref });
    expect(await ask(600, "refs/heads/feature/x")).toEqual({
      state: "rejected",
      user: null,
      comment: 'Branch "feature/x" is not allowed to deploy to release-env due to environment protection rules.',
    });
    // `*` stops at a slash, as fnmatch does.
    expect((await ask(601, "refs/heads/release/1/hotfix")).state).toBe("rejected");
    expect((await ask(602, "release/1.0")).state).toBe("approved");
    expect((await ask(603, "refs/tags/v1.2.3")).state).toBe("approved");
    expect((await ask(604, "refs/tags/1.2.3")).comment).toBe(
      'Tag "1.2.3" is not allowed to deploy to release-env due to environment protection rules.',
    );
    // Nothing waited: the job fails before any review.
    expect((await api(fake.token, "GET", `/repos/${REPO}/actions/runs/600/pending_deployments`)).body).toEqual([]);

    await configure("protected-only", {
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    });
    const protectedAsk = (runId: number, ref: string) =>
      fake.requestDeploymentReview({ repository: REPO, runId, environment: "protected-only", requester: "a", ref });
    expect((await protectedAsk(610, "refs/heads/main")).state).toBe("approved");
    expect((await protectedAsk(611, "refs/heads/feature/x")).state).toBe("rejected");
    expect((await protectedAsk(612, "refs/tags/v1.2.3")).state).toBe("rejected");
  });
});

describe("createEnvironmentDeployment", () => {
  test("in_progress when the job starts, success at its end; an action adds its own status between", async () => {
    const first = await fake.createEnvironmentDeployment({
      repository: REPO,
      environment: "qa",
      ref: "refs/heads/main",
      sha: mainSha,
      runId: 700,
      creator: "hubot",
    });
    first.complete("success");
    const job = await fake.createEnvironmentDeployment({
      repository: REPO,
      environment: "qa",
      ref: "refs/heads/main",
      sha: mainSha,
      runId: 701,
      creator: "hubot",
      url: "https://qa.example.test",
    });
    expect(job.deployment).toMatchObject({ environment: "qa", ref: "main", sha: mainSha, task: "deploy" });
    expect(job.deployment.creator.login).toBe("hubot");

    // The action in the job, with its token's deployments: write, reports on that deployment.
    const token = fake.mintJobToken({ repository: REPO, permissions: { deployments: "write" } });
    const own = await api(token, "POST", `/repos/${REPO}/deployments/${job.deployment.id}/statuses`, {
      state: "in_progress",
      description: "rolling out",
    });
    expect(own.status).toBe(201);
    job.complete("success");

    const statuses = await api<Status[]>(token, "GET", `/repos/${REPO}/deployments/${job.deployment.id}/statuses`);
    expect(statuses.body.map((s) => [s.state, s.creator.login, s.description])).toEqual([
      ["success", "github-actions[bot]", ""],
      ["in_progress", "github-actions[bot]", "rolling out"],
      ["in_progress", "github-actions[bot]", ""],
    ]);
    expect(statuses.body[0]).toMatchObject({
      environment_url: "https://qa.example.test",
      log_url: `${fake.serverUrl}/${REPO}/actions/runs/701`,
    });
    // As for any successful deployment, the environment's earlier one is now inactive.
    const earlier = await api<Status[]>(token, "GET", `/repos/${REPO}/deployments/${first.deployment.id}/statuses`);
    expect(earlier.body.map((s) => s.state)).toEqual(["inactive", "success", "in_progress"]);
  });

  test("a reviewed run's job reports on the deployment its approval created; a failed job says failure", async () => {
    await configure("prod-eu", { reviewers: [{ type: "User", id: octocatId }] });
    const decision = fake.requestDeploymentReview({
      repository: REPO,
      runId: 800,
      environment: "prod-eu",
      requester: "hubot",
      sha: mainSha,
    });
    const [approvedDeployment] = await fake.reviewDeployment({
      repository: REPO,
      runId: 800,
      reviewer: "octocat",
      state: "approved",
    });
    await decision;
    const before = fake.repository(REPO).deployments.length;
    const job = await fake.createEnvironmentDeployment({
      repository: REPO,
      environment: "prod-eu",
      ref: "main",
      sha: mainSha,
      runId: 800,
      creator: "hubot",
    });
    expect(job.deployment.id).toBe(approvedDeployment?.id);
    expect(fake.repository(REPO).deployments.length).toBe(before);
    expect(job.complete("failure").state).toBe("failure");
  });
});

test("every response above, refusals included, matches GitHub's OpenAPI description", () => {
  expect(fake.responses.length).toBeGreaterThan(10);
  expect(contractViolations(new GitHubOpenApi(), fake.responses)).toEqual([]);
});
