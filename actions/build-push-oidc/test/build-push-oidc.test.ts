import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { formatBytes } from "@platform/action-kit";
import { type AwsFake, startAwsFake } from "../../../test/fakes/aws.ts";
import { type OidcFake, startOidcFake } from "../../../test/fakes/oidc.ts";
import { type DockerEngine, ensureDocker } from "../../../test/harness/docker.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { type ActionResult, runBundledAction } from "../../../test/harness/run-action.ts";
import { expectNoSecret } from "../../../test/harness/secrets.ts";
import { inspectRaw, listTags, skopeo } from "../../../test/harness/skopeo.ts";

/*
 * The bundled action against real parts: a Docker Engine (no buildx here, so the
 * per-platform builds and our own OCI index), real registries in Basic and Bearer modes,
 * and the OIDC, STS and ECR fakes in front of the htpasswd registry that is ECR's data plane.
 */

const ROLE = "arn:aws:iam::123456789012:role/gha-build-push";
const PROD_ROLE = "arn:aws:iam::123456789012:role/gha-production-only";
const AUD_ROLE = "arn:aws:iam::123456789012:role/gha-own-audience";
const OWN_AUDIENCE = "https://github.com/octo-org";
const SHA7 = "0123456";

let engine: DockerEngine;
let oidc: OidcFake;
let ecrData: TestRegistry;
let aws: AwsFake;
let home: string;

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bpo-ws-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "app", "Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
  writeFileSync(path.join(dir, "app", "hello.txt"), `hello ${dir}\n`);
  return dir;
}

function ecrEnv(): Record<string, string> {
  return {
    DOCKER_HOST: engine.host,
    HOME: home,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    ...aws.env(),
  };
}

/** Every secret the run could have seen; none may appear anywhere the run leaves behind. */
function secrets(...registries: TestRegistry[]): string[] {
  const values = [oidc.requestToken, ...oidc.issuedTokens];
  for (const issued of aws.issuedCredentials) values.push(issued.secretAccessKey, issued.sessionToken);
  for (const registry of registries) {
    if (registry.password) {
      values.push(registry.password, Buffer.from(`${registry.username}:${registry.password}`).toString("base64"));
    }
  }
  return values.filter((value) => value.length >= 8);
}

function expectNoSecretLeft(result: ActionResult, values: string[]): void {
  expectNoSecret(result, values, { also: [path.join(home, ".docker")] });
  // No private docker config survives the step, and ~/.docker was never written.
  expect(readdirSync(result.runnerTemp).filter((name) => name.startsWith("build-push-oidc-docker-"))).toEqual([]);
  expect(existsSync(path.join(home, ".docker", "config.json"))).toBe(false);
}

interface Index {
  mediaType: string;
  manifests: Array<{ digest: string; mediaType: string; platform: { os: string; architecture: string } }>;
}

async function expectTwoPlatformIndex(reference: string, digest: string): Promise<Index> {
  const raw = await inspectRaw(reference);
  const index = JSON.parse(raw) as Index;
  expect(index.mediaType).toBe("application/vnd.oci.image.index.v1+json");
  expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
    "linux/amd64",
    "linux/arm64",
  ]);
  // skopeo's own digest of what the tag serves is the action's output.
  const inspected = JSON.parse(await skopeo("inspect", ["--no-tags", `docker://${reference}`])) as { Digest: string };
  expect(inspected.Digest).toBe(digest);
  return index;
}

beforeAll(async () => {
  engine = await ensureDocker();
  home = mkdtempSync(path.join(os.tmpdir(), "bpo-home-"));
  oidc = await startOidcFake();
  ecrData = await startRegistry({ auth: "basic", username: "AWS" });
  aws = await startAwsFake({
    oidc,
    roles: [
      { arn: ROLE, trust: { audience: "sts.amazonaws.com", subject: "repo:octo-org/app:ref:refs/heads/*" } },
      { arn: PROD_ROLE, trust: { audience: "sts.amazonaws.com", subject: "repo:octo-org/app:environment:production" } },
      { arn: AUD_ROLE, trust: { audience: OWN_AUDIENCE, subject: "repo:octo-org/app:*" } },
    ],
    registry: { endpoint: ecrData.url, username: ecrData.username, password: ecrData.password },
  });
}, 180_000);

afterAll(async () => {
  await aws?.stop();
  await oidc?.stop();
  await ecrData?.stop();
  await engine?.stop();
});

describe("build-push-oidc (bundled, real Docker Engine and registries)", () => {
  it("builds two platforms and pushes them through OIDC -> STS -> ECR with every tag and the OCI labels", async () => {
    const result = await runBundledAction("build-push-oidc", {
      workspace: workspace(),
      env: ecrEnv(),
      inputs: {
        registry: "ecr",
        "aws-region": "eu-central-1",
        "role-to-assume": ROLE,
        "create-repository": "true",
        image: "dev-backend",
        context: "app",
        version: "v1.2.3",
        tags: "{{version}}\nv{{major}}.{{minor}}\nsha-{{sha7}}\n{{branch}}-{{run_number}}",
        labels: 'org.example.team=core\norg.example.note=say "hi" to $HOME \\o/',
      },
      timeoutMs: 300_000,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);

    const repository = `${ecrData.host}/dev-backend`;
    const digest = result.outputs.digest ?? "";
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs.image).toBe(`${repository}@${digest}`);
    expect(result.outputs.platforms).toBe("linux/amd64,linux/arm64");
    const tags = ["v1.2.3", "v1.2", `sha-${SHA7}`, "main-17"];
    expect(JSON.parse(result.outputs.tags ?? "")).toEqual(tags.map((tag) => `${repository}:${tag}`));

    const index = await expectTwoPlatformIndex(`${repository}:v1.2.3`, digest);
    const listed = await listTags(repository);
    for (const tag of tags) {
      expect(listed).toContain(tag);
      expect(JSON.parse(await skopeo("inspect", ["--no-tags", `docker://${repository}:${tag}`])).Digest).toBe(digest);
    }
    // Each platform's image is really that platform's, and carries the OCI labels.
    for (const [i, arch] of ["amd64", "arm64"].entries()) {
      const child = JSON.parse(
        await skopeo("inspect", ["--no-tags", `docker://${repository}@${index.manifests[i]?.digest}`]),
      ) as { Architecture: string; Os: string; Labels: Record<string, string> };
      expect(child.Architecture).toBe(arch);
      expect(child.Os).toBe("linux");
      expect(child.Labels).toMatchObject({
        "org.opencontainers.image.source": "https://github.com/octo-org/app",
        "org.opencontainers.image.revision": "0123456789abcdef0123456789abcdef01234567",
        "org.opencontainers.image.version": "v1.2.3",
        "org.opencontainers.image.title": "dev-backend",
        "org.example.team": "core",
        "org.example.note": 'say "hi" to $HOME \\o/',
      });
      expect(child.Labels["org.opencontainers.image.created"]).toMatch(/^\d{4}-\d\d-\d\dT/);
    }

    // The token path really ran, and the repository was created as asked.
    const operations = aws.calls.map((call) => `${call.operation}:${call.status}`);
    expect(operations).toEqual(
      expect.arrayContaining(["AssumeRoleWithWebIdentity:200", "GetAuthorizationToken:200", "CreateRepository:200"]),
    );
    expect(aws.repositories.get("dev-backend")?.imageTagMutability).toBe("IMMUTABLE");
    // The summary: image, digest, every tag, the platforms, and the bytes the index references.
    let pushed = Buffer.byteLength(await inspectRaw(`${repository}@${digest}`));
    for (const child of index.manifests) {
      const raw = await inspectRaw(`${repository}@${child.digest}`);
      const manifest = JSON.parse(raw) as { config: { size: number }; layers: Array<{ size: number }> };
      pushed += Buffer.byteLength(raw) + manifest.config.size + manifest.layers.reduce((sum, l) => sum + l.size, 0);
    }
    expect(result.summary).toContain(`| image | ${repository}@${digest} |`);
    expect(result.summary).toContain(`| digest | ${digest} |`);
    expect(result.summary).toContain(`| tags | ${tags.map((tag) => `${repository}:${tag}`).join("<br>")} |`);
    expect(result.summary).toContain("| platforms | linux/amd64, linux/arm64 |");
    expect(result.summary).toContain(`| pushed size | ${formatBytes(pushed)} |`);
    expect(result.state["docker-config"]).toMatch(/build-push-oidc-docker-/);
    // The login reached only this step's docker calls, never the job's environment.
    expect(result.exportedEnv).toEqual({});
    expect(result.masked).toEqual(expect.arrayContaining([ecrData.password, ...oidc.issuedTokens.slice(-1)]));
    expectNoSecretLeft(result, secrets(ecrData));

    // The post step runs with the saved state and finds nothing left to delete.
    const post = await runBundledAction("build-push-oidc", {
      env: { ...ecrEnv(), RUNNER_TEMP: result.runnerTemp },
      post: { state: result.state },
    });
    expect(post.exitCode).toBe(0);
  });

  it("fails clearly when STS refuses the token's sub, and pushes nothing", async () => {
    const before = aws.calls.length;
    const result = await runBundledAction("build-push-oidc", {
      workspace: workspace(),
      env: ecrEnv(),
      inputs: {
        registry: "ecr",
        "aws-region": "eu-central-1",
        "role-to-assume": PROD_ROLE,
        image: "refused-backend",
        context: "app",
        "create-repository": "true",
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/role-to-assume.*refused the GitHub OIDC token/);
    expect(result.errors[0]).toContain("repo:octo-org/app:ref:refs/heads/main");
    expect(result.log).not.toMatch(/Building linux/);
    const calls = aws.calls.slice(before).map((call) => call.operation);
    expect(calls).toEqual(["AssumeRoleWithWebIdentity"]);
    expect(aws.repositories.has("refused-backend")).toBe(false);
    expect(await listTags(`${ecrData.host}/refused-backend`).catch(() => [])).toEqual([]);
    expectNoSecretLeft(result, secrets(ecrData));
  });

  it("retries STS and ECR throttling, then pushes", async () => {
    aws.throttleNext(2);
    const before = aws.calls.length;
    const result = await runBundledAction("build-push-oidc", {
      workspace: workspace(),
      env: ecrEnv(),
      inputs: {
        registry: "ecr",
        "aws-region": "eu-central-1",
        "role-to-assume": ROLE,
        "create-repository": "true",
        image: "throttled-backend",
        context: "app",
        platforms: "linux/arm64",
      },
      timeoutMs: 300_000,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const throttled = aws.calls.slice(before).filter((call) => /Throttl/.test(call.error ?? ""));
    expect(throttled).toHaveLength(2);
    const index = JSON.parse(await inspectRaw(`${ecrData.host}/throttled-backend:sha-${SHA7}`)) as Index;
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(["arm64"]);
  });

  it("pulls a private base image with the login the user's docker config already holds", async () => {
    // The base: a FROM scratch image for both platforms in a second htpasswd registry, pushed
    // there by this action itself (username/password path).
    const bases = await startRegistry({ auth: "basic", username: "puller" });
    const userConfig = mkdtempSync(path.join(os.tmpdir(), "bpo-user-docker-"));
    const userAuth = Buffer.from(`${bases.username}:${bases.password}`).toString("base64");
    try {
      const pushedBase = await runBundledAction("build-push-oidc", {
        workspace: workspace(),
        env: { DOCKER_HOST: engine.host, HOME: home },
        inputs: {
          registry: bases.host,
          username: bases.username,
          password: bases.password,
          image: "base",
          context: "app",
          tags: "refused\ncarried\nstored",
        },
        timeoutMs: 300_000,
      });
      expect(pushedBase.errors).toEqual([]);
      const app = (tag: string): string => {
        const dir = workspace();
        writeFileSync(path.join(dir, "app", "Dockerfile"), `FROM ${bases.host}/base:${tag}\nCOPY hello.txt /app.txt\n`);
        return dir;
      };
      const build = (dir: string, config: unknown, env: Record<string, string> = {}) => {
        writeFileSync(path.join(userConfig, "config.json"), JSON.stringify(config));
        return runBundledAction("build-push-oidc", {
          workspace: dir,
          env: { ...ecrEnv(), DOCKER_CONFIG: userConfig, ...env },
          inputs: {
            registry: "ecr",
            "aws-region": "eu-central-1",
            "role-to-assume": ROLE,
            "create-repository": "true",
            image: "on-private-base",
            context: "app",
            tags: "sha-{{sha7}}",
          },
          timeoutMs: 300_000,
        });
      };

      // Without a login for the base's registry, the pull is refused: the control.
      const refused = await build(app("refused"), { auths: {} });
      expect(refused.exitCode).toBe(1);
      expect(refused.errors).toEqual([
        expect.stringMatching(/^Input "file": .* does not build for linux\/amd64 .*(unauthorized|no basic auth)/),
      ]);

      // With the user's auths entry for it, carried into the private config, it builds and pushes.
      const result = await build(app("carried"), { auths: { [bases.host]: { auth: userAuth } } });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.log).toMatch(/carried: Pulling from base/);
      const repository = `${ecrData.host}/on-private-base`;
      const index = await expectTwoPlatformIndex(`${repository}:sha-${SHA7}`, result.outputs.digest ?? "");
      for (const child of index.manifests) {
        // The base's layer and the app's own.
        const manifest = JSON.parse(await inspectRaw(`${repository}@${child.digest}`)) as { layers: unknown[] };
        expect(manifest.layers).toHaveLength(2);
      }
      // The copied login is masked, and gone with the private config.
      expect(result.masked).toEqual(expect.arrayContaining([userAuth, bases.password]));
      expectNoSecretLeft(result, secrets(ecrData, bases));
      // The user's own config is as it was.
      expect(JSON.parse(readFileSync(path.join(userConfig, "config.json"), "utf8"))).toEqual({
        auths: { [bases.host]: { auth: userAuth } },
      });

      // The same login kept in a credential store (credsStore): a real docker-credential helper
      // on PATH, which docker itself asks during the build; the action only lists its servers.
      const bin = mkdtempSync(path.join(os.tmpdir(), "bpo-store-"));
      const helper = path.join(bin, "docker-credential-bpo-test");
      writeFileSync(
        helper,
        [
          "#!/bin/sh",
          `echo "$1" >> "${bin}/calls"`,
          `[ "$1" = list ] && { printf '{"%s":"%s"}' "${bases.host}" "${bases.username}"; exit 0; }`,
          `[ "$1" = get ] && { read server; [ "$server" = "${bases.host}" ] || { echo "credentials not found in native keychain"; exit 1; }`,
          `  printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}' "$server" "${bases.username}" "${bases.password}"; exit 0; }`,
          "exit 1",
          "",
        ].join("\n"),
      );
      chmodSync(helper, 0o755);
      const stored = await build(
        app("stored"),
        { credsStore: "bpo-test" },
        { PATH: `${bin}:${process.env.PATH ?? ""}` },
      );
      expect(stored.errors).toEqual([]);
      expect(stored.exitCode).toBe(0);
      expect(stored.log).toMatch(/stored: Pulling from base/);
      const calls = readFileSync(path.join(bin, "calls"), "utf8").trim().split("\n");
      expect(calls[0]).toBe("list");
      expect(calls).toContain("get");
      expectNoSecretLeft(stored, secrets(ecrData, bases));
    } finally {
      await bases.stop();
    }
  });

  it("asks GitHub for a token with the audience given, which a role trusting only that audience accepts", async () => {
    const inputs = {
      registry: "ecr",
      "aws-region": "eu-central-1",
      "role-to-assume": AUD_ROLE,
      "create-repository": "true",
      image: "own-audience",
      context: "app",
      platforms: "linux/amd64",
    };
    // The default audience is refused by that role, the aud shown, nothing built.
    const refused = await runBundledAction("build-push-oidc", { workspace: workspace(), env: ecrEnv(), inputs });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors).toEqual([expect.stringMatching(/refused the GitHub OIDC token .*aud "sts.amazonaws.com"/)]);
    expect(refused.log).not.toMatch(/Building linux/);

    const result = await runBundledAction("build-push-oidc", {
      workspace: workspace(),
      env: ecrEnv(),
      inputs: { ...inputs, audience: OWN_AUDIENCE },
      timeoutMs: 300_000,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const token = oidc.issuedTokens.at(-1) ?? "";
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { aud: string };
    expect(claims.aud).toBe(OWN_AUDIENCE);
    expect(aws.issuedCredentials.at(-1)?.roleArn).toBe(AUD_ROLE);
    expect(result.outputs.digest).toMatch(/^sha256:/);
  });

  it("says to grant id-token: write when the job has no OIDC token", async () => {
    const result = await runBundledAction("build-push-oidc", {
      workspace: workspace(),
      env: { ...ecrEnv(), ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      inputs: {
        registry: "ecr",
        "aws-region": "eu-central-1",
        "role-to-assume": ROLE,
        image: "no-token",
        context: "app",
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/permissions: id-token: write/);
    expect(result.log).not.toMatch(/Building linux/);
  });

  it("pushes to an anonymous registry with no docker config; file, target and build-args reach the build", async () => {
    const registry = await startRegistry({ auth: "anonymous" });
    const dir = workspace();
    mkdirSync(path.join(dir, "docker"));
    writeFileSync(
      path.join(dir, "docker", "prod.Dockerfile"),
      [
        "FROM scratch AS base",
        "COPY hello.txt /hello.txt",
        "FROM base AS runtime",
        "ARG FLAVOUR",
        "LABEL org.example.flavour=$FLAVOUR",
        "FROM base AS other",
        "LABEL org.example.flavour=wrong-stage",
        "",
      ].join("\n"),
    );
    try {
      const result = await runBundledAction("build-push-oidc", {
        workspace: dir,
        env: { DOCKER_HOST: engine.host, HOME: home },
        inputs: {
          registry: registry.host,
          image: "open/app",
          context: "app",
          file: "docker/prod.Dockerfile",
          target: "runtime",
          "build-args": "FLAVOUR=spicy",
          tags: "edge",
        },
        timeoutMs: 300_000,
      });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      const index = await expectTwoPlatformIndex(`${registry.host}/open/app:edge`, result.outputs.digest ?? "");
      for (const child of index.manifests) {
        const config = JSON.parse(
          await skopeo("inspect", ["--config", `docker://${registry.host}/open/app@${child.digest}`]),
        ) as { config: { Labels: Record<string, string> } };
        expect(config.config.Labels["org.example.flavour"]).toBe("spicy");
        expect(config.config.Labels["org.opencontainers.image.title"]).toBe("app");
      }
      expect(result.state["docker-config"]).toBeUndefined();
    } finally {
      await registry.stop();
    }
  });

  it("fails in one line naming the Dockerfile when it does not build, pushing nothing and leaving no config", async () => {
    const registry = await startRegistry({ auth: "basic" });
    const dir = workspace();
    writeFileSync(path.join(dir, "app", "Dockerfile"), "FROM scratch\nCOPY missing.txt /missing.txt\n");
    try {
      const result = await runBundledAction("build-push-oidc", {
        workspace: dir,
        env: { DOCKER_HOST: engine.host, HOME: home },
        inputs: {
          registry: registry.host,
          username: registry.username,
          password: registry.password,
          image: "broken",
          context: "app",
        },
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/^Input "file": ".*\/app\/Dockerfile" does not build for linux\/amd64/);
      expect(await listTags(`${registry.host}/broken`).catch(() => [])).toEqual([]);
      expectNoSecretLeft(result, secrets(registry));
    } finally {
      await registry.stop();
    }
  });

  it.each<["bearer" | "basic", string]>([
    ["bearer", "ghcr-style token auth"],
    ["basic", "dockerhub-style Basic auth"],
  ])("pushes to a %s registry (%s) with username and password", async (auth) => {
    const registry = await startRegistry({ auth, username: "octocat" });
    try {
      const result = await runBundledAction("build-push-oidc", {
        workspace: workspace(),
        env: { DOCKER_HOST: engine.host, HOME: home },
        inputs: {
          registry: registry.host,
          username: registry.username,
          password: registry.password,
          image: "octo-org/app",
          context: "app",
          tags: "sha-{{sha7}}\nlatest",
          platforms: "linux/amd64\nlinux/arm64",
        },
        timeoutMs: 300_000,
      });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      const repository = `${registry.host}/octo-org/app`;
      await expectTwoPlatformIndex(`${repository}:latest`, result.outputs.digest ?? "");
      expect(await listTags(repository)).toEqual(expect.arrayContaining([`sha-${SHA7}`, "latest"]));
      expect(result.masked).toContain(registry.password);
      expectNoSecretLeft(result, secrets(registry));
    } finally {
      await registry.stop();
    }
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["unknown registry kind", { registry: "quay" }, /^Input "registry": "quay" is not a known registry kind/],
    [
      "malformed role ARN",
      { "role-to-assume": "arn:aws:iam::123:role/x" },
      /^Input "role-to-assume": .*is not an IAM role ARN/,
    ],
    ["a platform typo", { platforms: "linux/amd64,linux/amd65" }, /^Input "platforms": "linux\/amd65"/],
    ["a missing Dockerfile", { context: "." }, /^Input "file": ".*\/Dockerfile" does not exist/],
    [
      "an invalid tag after templating",
      { tags: "{{branch}}:{{sha7}}" },
      /^Input "tags": .*renders to "main:0123456", which is not a valid tag/,
    ],
    ["a context outside the workspace", { context: "../.." }, /^Input "context": "..\/.." leads outside/],
    ["provenance without buildx", { provenance: "true" }, /^Input "provenance": "true" needs docker buildx/],
    [
      "a role session name STS refuses",
      { "role-session-name": "build #17" },
      /^Input "role-session-name": "build #17" is not a valid role session name/,
    ],
    ["a duration STS refuses", { "role-duration-seconds": "60" }, /^Input "role-duration-seconds": "60"/],
    ["a region typo", { "aws-region": "eu-centrl-1x" }, /^Input "aws-region": "eu-centrl-1x" is not an AWS region/],
    [
      "an ECR image in another region",
      { image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/app" },
      /^Input "image": .* is in us-east-1 but aws-region is eu-central-1/,
    ],
    [
      "an ECR-only input with another registry",
      { registry: "127.0.0.1:5000", "role-to-assume": "", "aws-region": "", audience: OWN_AUDIENCE },
      /^Input "audience": .* does not apply to registry "127.0.0.1:5000"/,
    ],
  ])("refuses %s in one line, before any credential, build or push", async (_, change, message) => {
    const before = aws.calls.length;
    const result = await runBundledAction("build-push-oidc", {
      workspace: workspace(),
      env: ecrEnv(),
      inputs: {
        registry: "ecr",
        "aws-region": "eu-central-1",
        "role-to-assume": ROLE,
        image: "bad-input",
        context: "app",
        ...change,
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.log).not.toMatch(/Building linux|Pushing/);
    expect(aws.calls.length).toBe(before);
    expect(result.outputs).toEqual({});
  });

  it("deletes a private docker config left behind, in the post step", async () => {
    const runnerTemp = mkdtempSync(path.join(os.tmpdir(), "bpo-post-"));
    const dir = path.join(runnerTemp, "build-push-oidc-docker-abc123");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "config.json"), JSON.stringify({ auths: { x: { auth: "c2VjcmV0" } } }));
    const result = await runBundledAction("build-push-oidc", {
      env: { RUNNER_TEMP: runnerTemp, HOME: home },
      post: { state: { isPost: "true", "docker-config": dir } },
    });
    expect(result.exitCode).toBe(0);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(runnerTemp)).toBe(true);
  });
});
