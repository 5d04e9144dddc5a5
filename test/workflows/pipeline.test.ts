import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { stringify } from "yaml";
import { ConcurrencyGroups } from "../../packages/rehearsal/src/index.ts";
import type { FakeRepository } from "../fakes/github/index.ts";
import { inspectRaw } from "../harness/skopeo.ts";
import { GITOPS_REPOSITORY, gitopsFiles, OVERLAYS, PRODUCTION_VALUES } from "../sandbox/fixtures/gitops.ts";
import { helloAppFiles, helloFixChanges } from "../sandbox/fixtures/hello-app.ts";
import {
  type AppRepository,
  BUILD_ROLE,
  type CallerRun,
  callerTemplate,
  E2E_TIMEOUT,
  PRODUCTION_ROLE,
  PROMOTE_ROLE,
  REGION,
  type Run,
  requireReviewers,
  startWorld,
  type World,
} from "./world.ts";

/*
 * The release and promote callers of workflows/ run end to end as acme/hello would run them
 * (issue 15, "Tests"): a merge gives a release, a two-platform build pushed through OIDC to the
 * dev registry (ECR: the STS/ECR fakes in front of a real registry), the dev pin and the
 * promotion through staging; a dispatch to production waits for the reviewer, then lands with
 * the approver in the trailers; a rejection writes nothing; a rollback dispatch; two dispatches
 * to one environment queue, none is cancelled. One world, the steps in order.
 */

let world: World;
let app: AppRepository;
let gitops: FakeRepository;
let host: string;

/** .github/platform.yml: dev and staging in the dev registry, production in its own repository behind its own role. */
function platformConfig(): string {
  return stringify({
    version: 1,
    gitops: { repository: GITOPS_REPOSITORY, branch: "main", "commit-via": "git" },
    images: { hello: {} },
    environments: {
      dev: {
        overlay: OVERLAYS.dev,
        images: { hello: `${host}/hello` },
        aws: { region: REGION, role: PROMOTE_ROLE },
      },
      staging: {
        from: "dev",
        overlay: OVERLAYS.staging,
        images: { hello: `${host}/hello` },
        aws: { region: REGION, role: PROMOTE_ROLE },
      },
      production: {
        from: "staging",
        values: { file: PRODUCTION_VALUES, digest: "image.digest", tag: "image.tag" },
        images: { hello: `${host}/production/hello` },
        aws: { region: REGION, role: PRODUCTION_ROLE },
        "require-reason": true,
        platforms: ["linux/amd64", "linux/arm64"],
      },
    },
  });
}

const secrets = (): Record<string, string> => ({ GITOPS_TOKEN: world.writeToken, GITOPS_READ_TOKEN: world.readToken });

beforeAll(async () => {
  world = await startWorld({ docker: true });
  host = world.registry.host;
  world.aws.addRepository("hello");
  world.aws.addRepository("production/hello");
  gitops = await world.github.createRepository(GITOPS_REPOSITORY, {
    private: true,
    files: gitopsFiles({ devRegistry: host, productionRegistry: `${host}/production`, region: REGION, devRole: "" }),
  });
  app = await world.createApp("acme/hello", {
    ...(await helloAppFiles({ fixed: false })),
    ".github/platform.yml": platformConfig(),
    ".github/workflows/release.yml": callerTemplate("release", {
      image: "hello",
      "aws-region": REGION,
      "role-to-assume": BUILD_ROLE,
      "gitops-repository": GITOPS_REPOSITORY,
      "dev-overlay": OVERLAYS.dev,
      "dev-image": "hello",
      through: "staging",
    }),
    ".github/workflows/promote.yml": callerTemplate("promote"),
  });
  requireReviewers(app.fake, "production", [world.reviewer.login]);
}, 300_000);

afterAll(async () => {
  await world?.stop();
});

/** The digest a file of the GitOps repository pins (`digest: sha256:...`). */
async function pinnedDigest(file: string): Promise<string | undefined> {
  return /digest: "?(sha256:[0-9a-f]{64})/.exec((await gitops.readFile(file)) ?? "")?.[1];
}

/** A required reviewer decides the run's waiting deployments through the API, as in GitHub's UI. */
async function review(runId: number, state: "approved" | "rejected", comment: string): Promise<void> {
  const url = `${world.github.apiUrl}/repos/${app.fullName}/actions/runs/${runId}/pending_deployments`;
  const headers = { authorization: `token ${world.reviewer.token}`, "content-type": "application/json" };
  const waiting = (await (await fetch(url, { headers })).json()) as { environment: { id: number } }[];
  const response = await fetch(url, {
    method: "POST",
    headers,
    body: JSON.stringify({ environment_ids: waiting.map((w) => w.environment.id), state, comment }),
  });
  if (!response.ok) throw new Error(`review: ${response.status} ${await response.text()}`);
}

/** The steps a job has finished so far (in order), from the run's live lines. */
function stepsOf(run: CallerRun, job: string): string[] {
  return run.log.steps.filter((s) => s.job === job).map((s) => `${s.step}: ${s.conclusion}`);
}

function expectSuccess(run: Run): void {
  expect({ conclusion: run.result.conclusion, errors: run.log.errors() }).toEqual({
    conclusion: "success",
    errors: "",
  });
}

const releases: Record<string, string> = {};

describe("a merge to main (workflows/release.yml)", () => {
  it(
    "releases v1.0.0, builds amd64 and arm64 into the dev registry through OIDC, pins dev and promotes to staging",
    async () => {
      const run = await app.run("release", { event: "push", secrets: secrets() });
      expectSuccess(run);
      const { jobs } = run.result;
      expect(jobs["pipeline / release"]?.outputs).toMatchObject({ released: "true", tag: "v1.0.0" });
      expect(app.fake.releases.map((r) => r.tag_name)).toEqual(["v1.0.0"]);
      expect(await app.fake.resolveCommit("refs/tags/v1.0.0")).toBe(jobs["pipeline / release"]?.outputs.sha);
      // One job with buildx/QEMU stand-ins: the index holds both platforms, tagged with the version.
      expect(jobs["pipeline / build / build"]?.conclusion).toBe("success");
      expect(jobs["pipeline / build / assemble"]?.conclusion).toBe("skipped");
      const digest = jobs["pipeline / build"]?.outputs.digest ?? "";
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const index = JSON.parse(await inspectRaw(`${host}/hello:v1.0.0`)) as {
        manifests: { platform: { architecture: string } }[];
      };
      expect(index.manifests.map((m) => m.platform.architecture)).toEqual(["amd64", "arm64"]);
      // The build's token and ID token: contents read, id-token write; its subject is main, its workflow the suite's build.yml.
      expect(run.services.minted.find((m) => m.job === "pipeline / build / build")?.permissions).toEqual({
        contents: "read",
        "id-token": "write",
        metadata: "read",
      });
      const buildClaims = run.services.oidcJobs.find((j) => j.job === "pipeline / build / build")?.claims;
      expect(buildClaims?.job_workflow_ref).toBe("org/platform/.github/workflows/build.yml@v1");
      expect(world.aws.issuedCredentials.map((c) => [c.roleArn, c.subject])).toContainEqual([
        BUILD_ROLE,
        "repo:acme/hello:ref:refs/heads/main",
      ]);
      // dev pinned by the pipeline, staging by the promotion (the staging job's own OIDC subject).
      expect(await pinnedDigest(`${OVERLAYS.dev}/kustomization.yaml`)).toBe(digest);
      expect(await pinnedDigest(`${OVERLAYS.staging}/kustomization.yaml`)).toBe(digest);
      expect(jobs["pipeline / promote (staging) / promote"]?.outputs.changed).toBe("true");
      expect(world.aws.issuedCredentials.map((c) => [c.roleArn, c.subject])).toContainEqual([
        PROMOTE_ROLE,
        "repo:acme/hello:environment:staging",
      ]);
      expect(app.fake.deployments.map((d) => d.environment)).toEqual(["dev", "staging"]);
      releases["v1.0.0"] = digest;
    },
    E2E_TIMEOUT,
  );
});

describe("a dispatch to production (workflows/promote.yml)", () => {
  const dispatch = (reason: string): Promise<CallerRun> =>
    app.start("promote", {
      event: "workflow_dispatch",
      inputs: { environment: "production", reason },
      secrets: secrets(),
    });

  it(
    "rejected by the reviewer: the promote job fails before any step, nothing is written",
    async () => {
      const head = await gitops.branchHead("main");
      const started = await dispatch("first try");
      const pending = await started.nextReview();
      expect(stepsOf(started, "promote / plan").every((step) => step.endsWith(": success"))).toBe(true);
      expect(stepsOf(started, "promote / promote")).toEqual([]);
      await review(pending.runId, "rejected", "not on a Friday");
      const run = await started.done;
      expect(run.result.conclusion).toBe("failure");
      expect(run.log.errors()).toBe(
        "promote / promote: The deployment to environment 'production' was rejected by rita: not on a Friday.",
      );
      expect(stepsOf(started, "promote / promote")).toEqual([]);
      expect(await gitops.branchHead("main")).toBe(head);
      expect(await pinnedDigest(PRODUCTION_VALUES)).toBeUndefined();
    },
    E2E_TIMEOUT,
  );

  it(
    "waits for the reviewer with the plan done, then copies by digest and pins production with the approver in the trailers",
    async () => {
      const started = await dispatch("ship v1.0.0");
      const pending = await started.nextReview();
      expect(pending.environment).toBe("production");
      expect(stepsOf(started, "promote / promote")).toEqual([]);
      await review(pending.runId, "approved", "looks good");
      const run = await started.done;
      expectSuccess(run);
      const digest = releases["v1.0.0"] ?? "";
      expect(run.result.jobs["promote / plan"]?.outputs.images).toContain(digest);
      expect(await pinnedDigest(PRODUCTION_VALUES)).toBe(digest);
      const [message] = await gitops.commitMessages("main");
      expect(message).toContain("Approved-By: rita");
      expect(message).toContain("Requested-By: dana");
      expect(message).toContain("Reason: ship v1.0.0");
      const copied = JSON.parse(await inspectRaw(`${host}/production/hello@${digest}`)) as { manifests: unknown[] };
      expect(copied.manifests).toHaveLength(2);
      expect(world.aws.issuedCredentials.map((c) => [c.roleArn, c.subject])).toContainEqual([
        PRODUCTION_ROLE,
        "repo:acme/hello:environment:production",
      ]);
    },
    E2E_TIMEOUT,
  );
});

describe("a fix, then dispatches", () => {
  it(
    "a fix: release v1.0.1 through staging",
    async () => {
      await app.commit(await helloFixChanges(), "fix: end the greeting with a newline");
      const run = await app.run("release", { event: "push", secrets: secrets() });
      expectSuccess(run);
      expect(run.result.jobs["pipeline / release"]?.outputs.tag).toBe("v1.0.1");
      const digest = run.result.jobs["pipeline / build"]?.outputs.digest ?? "";
      expect(digest).not.toBe(releases["v1.0.0"]);
      expect(await pinnedDigest(`${OVERLAYS.staging}/kustomization.yaml`)).toBe(digest);
      releases["v1.0.1"] = digest;
    },
    E2E_TIMEOUT,
  );

  it(
    "three dispatches to production queue behind each other (queue: max): one review at a time, none cancelled",
    async () => {
      const groups = new ConcurrencyGroups();
      const runs = await Promise.all(
        ["first", "second", "third"].map((reason) =>
          app.start("promote", {
            event: "workflow_dispatch",
            inputs: { environment: "production", reason },
            secrets: secrets(),
            concurrency: groups,
          }),
        ),
      );
      const reviewed = new Set<number>();
      for (let round = 0; round < 3; round++) {
        const waiting = await waitFor(() => {
          const open = app.fake.pendingDeployments.filter((p) => !p.review && !reviewed.has(p.runId));
          return open.length > 0 ? open : undefined;
        });
        // The promote jobs share the group promote-acme/hello-production: only the one admitted
        // waits for a review; the other two wait in the group (a default queue would have cancelled one).
        expect(waiting).toHaveLength(1);
        if (round === 0)
          await waitFor(() => (groups.waiting("promote-acme/hello-production") === 2 ? true : undefined));
        const [one] = waiting;
        if (!one) throw new Error("no pending deployment");
        reviewed.add(one.runId);
        await review(one.runId, "approved", `approved ${round + 1}`);
      }
      const done = await Promise.all(runs.map((run) => run.done));
      for (const run of done) expectSuccess(run);
      expect(await pinnedDigest(PRODUCTION_VALUES)).toBe(releases["v1.0.1"]);
      const changed = done.map((run) => run.result.jobs["promote / promote"]?.outputs.changed).sort();
      expect(changed).toEqual(["false", "false", "true"]);
    },
    E2E_TIMEOUT,
  );

  it(
    "a rollback dispatch: staging back to v1.0.0's digest, recorded as a rollback",
    async () => {
      const digest = releases["v1.0.0"] ?? "";
      const run = await app.run("promote", {
        event: "workflow_dispatch",
        inputs: { environment: "staging", reason: "v1.0.1 breaks the greeting parser", digest },
        secrets: secrets(),
      });
      expectSuccess(run);
      expect(await pinnedDigest(`${OVERLAYS.staging}/kustomization.yaml`)).toBe(digest);
      const [message] = await gitops.commitMessages("main");
      expect(message).toContain("Rollback: true");
      expect(message).toContain("Reason: v1.0.1 breaks the greeting parser");
      // dev keeps v1.0.1: a rollback moves only its target.
      expect(await pinnedDigest(`${OVERLAYS.dev}/kustomization.yaml`)).toBe(releases["v1.0.1"]);
    },
    E2E_TIMEOUT,
  );
});

describe("one runner per platform (native-runners: true)", () => {
  it(
    "a feat: each platform pushed by digest on its own job, the index assembled under the tags, dev pinned to it",
    async () => {
      const caller = callerTemplate("release", {
        image: "hello",
        "aws-region": REGION,
        "role-to-assume": BUILD_ROLE,
        "gitops-repository": GITOPS_REPOSITORY,
        "dev-overlay": OVERLAYS.dev,
        "dev-image": "hello",
        through: "",
        "native-runners": true,
      });
      await app.commit(
        { ".github/workflows/release.yml": caller, "README.md": "# hello\n\nGreets.\n" },
        "feat: build on one runner per platform",
      );
      const run = await app.run("release", { event: "push", secrets: secrets() });
      expectSuccess(run);
      const { jobs } = run.result;
      expect(jobs["pipeline / release"]?.outputs.tag).toBe("v1.1.0");
      expect(jobs["pipeline / build / build"]?.conclusion).toBe("skipped");
      expect(
        Object.entries(jobs)
          .filter(([key]) => key.startsWith("pipeline / build / platform ("))
          .map(([key, job]) => [key, job.conclusion])
          .sort(),
      ).toEqual([
        ["pipeline / build / platform (linux/amd64, ubuntu-24.04, linux-amd64)", "success"],
        ["pipeline / build / platform (linux/arm64, ubuntu-24.04-arm, linux-arm64)", "success"],
      ]);
      const digest = jobs["pipeline / build / assemble"]?.outputs.digest ?? "";
      expect(jobs["pipeline / build"]?.outputs.digest).toBe(digest);
      const index = JSON.parse(await inspectRaw(`${host}/hello:v1.1.0`)) as {
        manifests: { platform: { architecture: string } }[];
      };
      expect(index.manifests.map((m) => m.platform.architecture).sort()).toEqual(["amd64", "arm64"]);
      expect(await pinnedDigest(`${OVERLAYS.dev}/kustomization.yaml`)).toBe(digest);
      // through: "" stops at dev.
      expect(jobs["pipeline / environments"]?.conclusion).toBe("skipped");
    },
    E2E_TIMEOUT,
  );
});

/** Polls `probe` until it answers (every 50 ms, up to two minutes). */
async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("waited two minutes in vain");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
