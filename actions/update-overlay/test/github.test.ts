import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { startGitHubFake } from "../../../test/fakes/github/index.ts";
import { runBundledAction } from "../../../test/harness/run-action.ts";
import { expectNoSecret } from "../../../test/harness/secrets.ts";
import { corpusFiles, DIGEST_A, DIGEST_B, serviceOverlays } from "./helpers.ts";

type Fake = Awaited<ReturnType<typeof startGitHubFake>>;

describe("update-overlay against the GitHub fake", () => {
  let fake: Fake;
  const env = (): Record<string, string> => ({
    GITHUB_SERVER_URL: fake.serverUrl,
    GITHUB_API_URL: fake.apiUrl,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
  });
  beforeAll(async () => {
    fake = await startGitHubFake();
    await fake.createRepository("octo-org/gitops", { files: { ...corpusFiles(), ...serviceOverlays(8) } });
  });
  afterAll(async () => fake.stop());

  it("api mode: commits through createCommitOnBranch with trailers, no checkout needed", async () => {
    const repository = fake.repository("octo-org/gitops");
    const before = await repository.branchHead("main");
    const result = await runBundledAction("update-overlay", {
      env: env(),
      inputs: {
        repository: "octo-org/gitops",
        "github-token": fake.token,
        "commit-via": "api",
        overlay: "apps/web/overlays/prod",
        images: `ghcr.io/octo-org/web:1.3.0@${DIGEST_B}`,
        replicas: "web=8",
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.masked).toContain(fake.token);
    // Only the runner's own ::add-mask:: command may carry the token; it hides it everywhere else.
    expectNoSecret(result, [fake.token]);
    const head = await repository.branchHead("main");
    expect(head).not.toBe(before);
    expect(result.outputs.commit).toBe(head);
    const text = await repository.readFile("apps/web/overlays/prod/kustomization.yaml");
    // CRLF survives the API round trip; only the three edited lines differ.
    expect(text).toContain(`  newTag: 1.3.0\r\n  digest: ${DIGEST_B}\r\n`);
    expect(text).toContain("  count: 8 # peak traffic\r\n");
    const [message] = await repository.commitMessages("main");
    expect(message).toContain(`Image: ghcr.io/octo-org/web@${DIGEST_B}`);
    expect(message).toContain(`Run: ${fake.serverUrl}/octo-org/app/actions/runs/4242`);
    expect(fake.requests.some((request) => request.path.includes("graphql"))).toBe(true);
    expect(result.summary).toContain(`[${head?.slice(0, 12)}](${fake.serverUrl}/octo-org/gitops/commit/${head})`);
    expect(result.summary).toContain("```diff\n");
    expect(result.summary).toContain("+  count: 8 # peak traffic");
  });

  it.each([
    ["an unknown key", { set: "charts/web/values.yaml:image.tga=1" }, /^Input "set": .*image.tga does not exist/],
    ["a path outside the repository", { set: "../x.yaml:a=1" }, /^Input "set": .*leads outside the repository/],
    [
      "a missing branch",
      { branch: "nope", set: "charts/web/values.yaml:image.tag=1" },
      /^Input "branch": "nope" does not exist/,
    ],
    [
      "a repository that does not exist",
      { repository: "octo-org/nope", set: "charts/web/values.yaml:image.tag=1" },
      /^Input "repository": "octo-org\/nope" cannot be read through the API \(HTTP 404\); check the name/,
    ],
  ])("api mode refuses %s and writes nothing", async (_name, extra, error) => {
    const repository = fake.repository("octo-org/gitops");
    const before = await repository.branchHead("main");
    const branches = await repository.branches();
    const writes = fake.requests.filter((request) => request.method !== "GET").length;
    const result = await runBundledAction("update-overlay", {
      env: env(),
      inputs: { repository: "octo-org/gitops", "github-token": fake.token, "commit-via": "api", ...extra },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(error);
    expect(await repository.branchHead("main")).toBe(before);
    expect(await repository.branches()).toEqual(branches);
    expect(fake.requests.filter((request) => request.method !== "GET").length).toBe(writes);
  });

  it("api mode: a token that may read but not write is one line naming the repository, and nothing moves", async () => {
    fake.addToken("ghs_reader_only", { readOnly: true });
    const repository = fake.repository("octo-org/gitops");
    const before = await repository.branchHead("main");
    const result = await runBundledAction("update-overlay", {
      env: env(),
      inputs: {
        repository: "octo-org/gitops",
        "github-token": "ghs_reader_only",
        "commit-via": "api",
        set: "charts/web/values.yaml:image.tag=read-only-1",
      },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Input "repository": "octo-org\/gitops" refused the commit to main \(FORBIDDEN: .+\); give the token contents: write there and check the branch's rules, or use commit-via: git\.$/,
      ),
    ]);
    expect(result.log).not.toMatch(/^\s+at /m);
    expect(await repository.branchHead("main")).toBe(before);
  });

  it("git mode without a checkout: clones into RUNNER_TEMP over smart HTTP with the token", async () => {
    const repository = fake.repository("octo-org/gitops");
    const result = await runBundledAction("update-overlay", {
      env: env(),
      inputs: {
        repository: "octo-org/gitops",
        "github-token": fake.token,
        set: "config/app-version.yaml:{kind=ConfigMap,metadata.name=web-version}data.VERSION=1.3.0",
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.changed).toBe("true");
    expect(result.outputs.commit).toBe(await repository.branchHead("main"));
    expect(await repository.readFile("config/app-version.yaml")).toContain('  VERSION: "1.3.0"\n');
    expect(result.log).toContain("RUNNER_TEMP");
  });

  it.each([
    ["without a branch", {}],
    ["with a branch", { branch: "main" }],
  ])("git mode: a repository that cannot be read is one line naming it (%s)", async (_name, extra) => {
    const result = await runBundledAction("update-overlay", {
      env: env(),
      inputs: {
        repository: "octo-org/nope",
        "github-token": fake.token,
        set: "charts/web/values.yaml:image.tag=1",
        ...extra,
      },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Input "repository": "octo-org\/nope" cannot be read \(.+\); check the name, and that the token can read it\.$/,
      ),
    ]);
    expectNoSecret(result, [fake.token]);
  });

  it("api mode: eight runs at once all land (expectedHeadOid refusals re-applied)", async () => {
    const repository = fake.repository("octo-org/gitops");
    const before = (await repository.commitMessages("main")).length;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        runBundledAction("update-overlay", {
          env: env(),
          inputs: {
            repository: "octo-org/gitops",
            "github-token": fake.token,
            "commit-via": "api",
            overlay: `apps/svc-${i}/overlays/prod`,
            images: `ghcr.io/octo-org/svc-${i}:3.0.${i}`,
          },
        }),
      ),
    );
    for (const result of results) {
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
    }
    expect((await repository.commitMessages("main")).length).toBe(before + 8);
    for (let i = 0; i < 8; i++) {
      expect(await repository.readFile(`apps/svc-${i}/overlays/prod/kustomization.yaml`)).toContain(
        `  newTag: 3.0.${i} # bumped by CI\n`,
      );
    }
  });

  it.each([
    ["git", "staging", "    ", (v: string) => `    newTag: "${v}"\n`],
    ["api", "dev", "  ", (v: string) => `  newTag: ${v} # updated by update-overlay\n`],
  ] as const)(
    "pull-request mode (%s): opens one pull request, then a newer version updates it",
    async (via, env_, indent, tagLine) => {
      const repository = fake.repository("octo-org/gitops");
      const mainBefore = await repository.branchHead("main");
      const inputs = {
        repository: "octo-org/gitops",
        "github-token": fake.token,
        "commit-via": via,
        mode: "pull-request",
        overlay: `apps/web/overlays/${env_}`,
        images: `ghcr.io/octo-org/web=registry.example.com:5000/octo-org/web:1.5.0@${DIGEST_A}`,
        "pr-labels": "deploy, staging",
        "pr-reviewers": `octocat\nocto-org/sre-${via}`,
        "auto-merge": "squash",
      };
      const first = await runBundledAction("update-overlay", { env: env(), inputs });
      expect(first.errors).toEqual([]);
      expect(first.outputs["pull-request"]).toMatch(/\/octo-org\/gitops\/pull\/\d+$/);
      expect(first.summary).toContain(`Pull request: ${first.outputs["pull-request"]}`);
      expect(first.summary).toContain("```diff");
      expect(await repository.branchHead("main")).toBe(mainBefore);
      const pulls = repository.pulls.filter(
        (pull) =>
          pull.base.ref === "main" && pull.head.ref.startsWith(`update-overlay/main/apps-web-overlays-${env_}-`),
      );
      const ours = pulls.filter((pull) => first.outputs["pull-request"]?.endsWith(`/pull/${pull.number}`));
      expect(ours).toHaveLength(1);
      const pull = ours[0];
      if (!pull) throw new Error("no pull request");
      expect(
        repository
          .issue(pull.number)
          ?.labels.map((label) => label.name)
          .sort(),
      ).toEqual(["deploy", "staging"]);
      expect(pull.requested_reviewers.map((user) => user.login)).toEqual(["octocat"]);
      expect(pull.requested_teams).toEqual([`sre-${via}`]);
      expect(pull.auto_merge?.merge_method).toBe("squash");
      expect(await repository.readFile(`apps/web/overlays/${env_}/kustomization.yaml`, pull.head.ref)).toContain(
        tagLine("1.5.0"),
      );

      const second = await runBundledAction("update-overlay", {
        env: env(),
        inputs: { ...inputs, images: `ghcr.io/octo-org/web=registry.example.com:5000/octo-org/web:1.6.0@${DIGEST_B}` },
      });
      expect(second.errors).toEqual([]);
      expect(second.outputs["pull-request"]).toBe(first.outputs["pull-request"]);
      const open = repository.pulls.filter((p) => p.head.ref === pull.head.ref);
      expect(open).toHaveLength(1);
      const staged = await repository.readFile(`apps/web/overlays/${env_}/kustomization.yaml`, pull.head.ref);
      expect(staged).toContain(tagLine("1.6.0"));
      expect(staged).toContain(`${indent}digest: ${DIGEST_B}\n`);
      expect(await repository.branchHead("main")).toBe(mainBefore);
      expect(repository.issue(pull.number)?.title).toContain("1.6.0");
    },
  );

  it("pull-request mode: a refused reviewer is a warning, the pull request stands", async () => {
    const result = await runBundledAction("update-overlay", {
      env: env(),
      inputs: {
        repository: "octo-org/gitops",
        "github-token": fake.token,
        mode: "pull-request",
        overlay: "apps/worker/overlays/prod",
        images: "worker=ghcr.io/octo-org/worker:v1.0.0",
        "pr-reviewers": "github-actions[bot]",
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.log).toMatch(
      /::warning::Could not request reviewers on #\d+: Review cannot be requested from pull request author/,
    );
    expect(result.outputs["pull-request"]).toMatch(/\/pull\/\d+$/);
  });

  it("pull-request mode: two runs at once share one pull request", async () => {
    const repository = fake.repository("octo-org/gitops");
    const run = (version: string) =>
      runBundledAction("update-overlay", {
        env: env(),
        inputs: {
          repository: "octo-org/gitops",
          "github-token": fake.token,
          mode: "pull-request",
          overlay: "apps/api/overlays/prod",
          images: `ghcr.io/octo-org/api:${version}`,
        },
      });
    const results = await Promise.all([run("3.1.0"), run("3.2.0")]);
    for (const result of results) expect(result.errors).toEqual([]);
    const [first, second] = results;
    expect(first?.outputs["pull-request"]).toBe(second?.outputs["pull-request"]);
    const pulls = repository.pulls.filter((pull) =>
      pull.head.ref.startsWith("update-overlay/main/apps-api-overlays-prod-"),
    );
    expect(pulls).toHaveLength(1);
  });
});
