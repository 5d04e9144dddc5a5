import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { isConfigurationError, memoryLogger } from "@platform/action-kit";
import type { ExecOptions, ExecResult } from "../src/exec.ts";
import type { ManifestStore } from "../src/legacy.ts";
import { type BuildInputs, type BuildPlan, planBuild, runnerContext } from "../src/plan.ts";
import { type AwsApi, type BuildPushDeps, buildAndPush, summaryMarkdown } from "../src/run.ts";

/*
 * buildAndPush's orchestration with buildx present. buildx cannot be installed where these
 * tests run, so `docker` is a scripted stand-in here that records each call; the no-buildx
 * path runs against a real engine in the action's bundled tests.
 */

const DIGEST = `sha256:${"1".repeat(64)}`;

function setup(change: Partial<BuildInputs> = {}): { plan: BuildPlan; runnerTemp: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "build-run-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "app", "Dockerfile"), "FROM scratch\n");
  const runnerTemp = path.join(dir, "tmp");
  mkdirSync(runnerTemp);
  const inputs: BuildInputs = {
    registry: "ecr",
    awsRegion: "eu-central-1",
    roleToAssume: "arn:aws:iam::123456789012:role/push",
    audience: "sts.amazonaws.com",
    roleDurationSeconds: 3600,
    createRepository: true,
    image: "dev-backend",
    context: path.join(dir, "app"),
    buildArgs: [],
    platforms: ["linux/amd64", "linux/arm64"],
    version: "v1.2.3",
    tags: [],
    labels: [],
    push: true,
    cache: "registry",
    provenance: false,
    sbom: false,
    ...change,
  };
  const env = { GITHUB_REPOSITORY: "octo-org/app", GITHUB_SHA: "0123456789abcdef", GITHUB_RUN_ID: "1" };
  return { plan: planBuild(inputs, runnerContext(env, new Date(0))), runnerTemp };
}

interface Call {
  args: string[];
  options: ExecOptions;
  config?: string;
}

function deps(runnerTemp: string, options: { buildx: boolean; buildExit?: number }) {
  const calls: Call[] = [];
  const order: string[] = [];
  const state: Record<string, string> = {};
  const masked: string[] = [];
  const exec = async (command: string, args: string[], execOptions: ExecOptions = {}): Promise<ExecResult> => {
    expect(command).toBe("docker");
    const configDir = execOptions.env?.DOCKER_CONFIG;
    const config = configDir ? readFileSync(path.join(configDir, "config.json"), "utf8") : undefined;
    calls.push({ args, options: execOptions, ...(config ? { config } : {}) });
    order.push(`docker ${args.slice(0, 2).join(" ")}`);
    if (args[0] === "buildx" && args[1] === "version")
      return { exitCode: options.buildx ? 0 : 1, stdout: "", stderr: "" };
    if (args[0] === "buildx" && args[1] === "build") {
      const metadata = args[args.indexOf("--metadata-file") + 1] ?? "";
      writeFileSync(metadata, JSON.stringify({ "containerimage.digest": DIGEST }));
      return { exitCode: options.buildExit ?? 0, stdout: "", stderr: "" };
    }
    throw new Error(`unexpected docker ${args.join(" ")}`);
  };
  const aws: AwsApi = {
    assumeRoleWithOidc: async (o) => {
      order.push(`sts ${o.roleArn}`);
      return { accessKeyId: "AKIA", secretAccessKey: "secret", sessionToken: "session" };
    },
    getEcrAuthorization: async (o) => {
      order.push(`ecr auth${o.registryIds ? ` ${o.registryIds.join(",")}` : ""}`);
      // The registry asked for by id, as ECR answers; else the loopback stand-in for the role's own.
      const registry = o.registryIds ? `${o.registryIds[0]}.dkr.ecr.${o.region}.amazonaws.com` : "127.0.0.1:5999";
      return [{ registry, endpoint: `https://${registry}`, username: "AWS", password: "ecr-pass" }];
    },
    ensureEcrRepository: async (o) => {
      order.push(`ecr ensure ${o.name} create=${o.create}${o.registryId ? ` in ${o.registryId}` : ""}`);
      return "created";
    },
  };
  const index = Buffer.from(
    JSON.stringify({
      manifests: [
        { digest: "sha256:a", size: 100 },
        { digest: "sha256:b", size: 100 },
      ],
    }),
  );
  const child = Buffer.from(JSON.stringify({ config: { size: 10 }, layers: [{ size: 1000 }] }));
  const store: ManifestStore = {
    getManifest: async (repository, reference) => {
      order.push(`get ${repository}@${reference}`);
      return { bytes: reference === DIGEST ? index : child, mediaType: "x" };
    },
    putManifest: async () => {
      throw new Error("buildx pushes itself");
    },
  };
  const logger = memoryLogger();
  const d: BuildPushDeps = {
    exec,
    logger,
    mask: (secret) => masked.push(secret),
    saveState: (name, value) => {
      state[name] = value;
    },
    getIdToken: async () => "token",
    aws,
    manifestStore: (host, login) => {
      order.push(`store ${host} ${login?.username ?? "anonymous"}`);
      return store;
    },
    runnerTemp,
    owner: "octo-org",
  };
  return { deps: d, calls, order, state, masked, logger, index, child };
}

describe("buildAndPush with buildx", () => {
  it("logs in through OIDC -> STS -> ECR, builds once with the private config, reads the digest", async () => {
    const { plan, runnerTemp } = setup();
    const t = deps(runnerTemp, { buildx: true });
    const result = await buildAndPush(plan, t.deps);

    expect(t.order).toEqual([
      "docker buildx version",
      "sts arn:aws:iam::123456789012:role/push",
      "ecr auth",
      "ecr ensure dev-backend create=true",
      "docker buildx build",
      "store 127.0.0.1:5999 AWS",
      `get dev-backend@${DIGEST}`,
      "get dev-backend@sha256:a",
      "get dev-backend@sha256:b",
    ]);
    const build = t.calls[1];
    expect(build?.args).toContain("--push");
    expect(build?.args).toEqual(expect.arrayContaining(["--tag", "127.0.0.1:5999/dev-backend:v1.2.3"]));
    expect(build?.args).toEqual(
      expect.arrayContaining(["--cache-to", expect.stringContaining("ref=127.0.0.1:5999/dev-backend:buildcache")]),
    );
    // The login is in the private config the build saw, not on its command line.
    expect(JSON.parse(build?.config ?? "{}").auths["127.0.0.1:5999"].auth).toBe(
      Buffer.from("AWS:ecr-pass").toString("base64"),
    );
    expect(build?.args.join(" ")).not.toContain("ecr-pass");
    const configDir = build?.options.env?.DOCKER_CONFIG ?? "";
    expect(path.dirname(configDir)).toBe(runnerTemp);
    expect(t.state["docker-config"]).toBe(configDir);
    expect(existsSync(configDir)).toBe(false);

    expect(result).toEqual({
      builder: "buildx",
      repository: "127.0.0.1:5999/dev-backend",
      digest: DIGEST,
      tags: ["127.0.0.1:5999/dev-backend:v1.2.3", "127.0.0.1:5999/dev-backend:sha-0123456"],
      platforms: ["linux/amd64", "linux/arm64"],
      pushedBytes: t.index.byteLength + 2 * (t.child.byteLength + 1010),
    });
    const summary = summaryMarkdown(result);
    expect(summary).toContain(`127.0.0.1:5999/dev-backend@${DIGEST}`);
    expect(summary).toContain("linux/amd64, linux/arm64");
    expect(summary).toContain("buildx");
  });

  it("hands the build the user's other logins, helpers and credential store, masking copied secrets", async () => {
    const { plan, runnerTemp } = setup();
    const t = deps(runnerTemp, { buildx: true });
    const user = mkdtempSync(path.join(os.tmpdir(), "build-run-user-"));
    const baseAuth = Buffer.from("puller:base-pass").toString("base64");
    writeFileSync(
      path.join(user, "config.json"),
      JSON.stringify({
        auths: { "base.example": { auth: baseAuth }, "127.0.0.1:5999": { auth: "c3RhbGU6c3RhbGU=" } },
        credHelpers: { "gcr.io": "gcloud" },
        credsStore: "desktop",
      }),
    );
    const listed: string[] = [];
    await buildAndPush(plan, {
      ...t.deps,
      userDockerConfigDir: user,
      credentialHelperExec: async (command, args) => {
        listed.push(`${command} ${args.join(" ")}`);
        return { exitCode: 0, stdout: JSON.stringify({ "store.example": "me" }), stderr: "" };
      },
    });
    expect(listed).toEqual(["docker-credential-desktop list"]);
    const seen = JSON.parse(t.calls[1]?.config ?? "{}");
    expect(seen).toEqual({
      auths: {
        "base.example": { auth: baseAuth },
        "127.0.0.1:5999": { auth: Buffer.from("AWS:ecr-pass").toString("base64") },
      },
      credHelpers: { "gcr.io": "gcloud", "store.example": "desktop" },
    });
    expect(t.masked).toEqual(expect.arrayContaining([baseAuth, "base-pass"]));
  });

  it("removes the private config when the build fails", async () => {
    const { plan, runnerTemp } = setup();
    const t = deps(runnerTemp, { buildx: true, buildExit: 1 });
    const failure = await buildAndPush(plan, t.deps).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isConfigurationError(failure)).toBe(true);
    expect(String(failure)).toMatch(/ file: .* does not build \(docker buildx build exited with 1/);
    const configDir = t.state["docker-config"] ?? "";
    expect(configDir).not.toBe("");
    expect(existsSync(configDir)).toBe(false);
  });

  it("refuses an image whose host is not the one ECR logs in to, before building", async () => {
    const { plan, runnerTemp } = setup({ image: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/dev-backend" });
    const t = deps(runnerTemp, { buildx: true });
    const own = {
      ...t.deps.aws,
      getEcrAuthorization: async () => [
        { registry: "127.0.0.1:5999", endpoint: "http://127.0.0.1:5999", username: "AWS", password: "ecr-pass" },
      ],
    };
    await expect(buildAndPush(plan, { ...t.deps, aws: own })).rejects.toThrow(/^image: .* names the host/);
    expect(t.order).not.toContain("docker buildx build");
    expect(t.state["docker-config"]).toBeUndefined();
  });

  it("pushes to the ECR registry of the account the image names, asking for it by id", async () => {
    const host = "210987654321.dkr.ecr.eu-central-1.amazonaws.com";
    const { plan, runnerTemp } = setup({ image: `${host}/dev-backend` });
    const t = deps(runnerTemp, { buildx: true });
    const result = await buildAndPush(plan, t.deps);
    expect(t.order).toEqual(
      expect.arrayContaining(["ecr auth 210987654321", "ecr ensure dev-backend create=true in 210987654321"]),
    );
    expect(result.repository).toBe(`${host}/dev-backend`);
    expect(JSON.parse(t.calls[1]?.config ?? "{}").auths[host]).toBeDefined();
  });

  it("logs in to a host with the given credentials, masking the password", async () => {
    const { plan, runnerTemp } = setup({
      registry: "registry.example.com",
      roleToAssume: undefined,
      awsRegion: undefined,
      username: "bot",
      password: "bot-password",
      createRepository: false,
      cache: "gha",
    });
    const t = deps(runnerTemp, { buildx: true });
    const result = await buildAndPush(plan, t.deps);
    expect(t.masked).toContain("bot-password");
    expect(t.order.some((step) => step.startsWith("sts"))).toBe(false);
    expect(JSON.parse(t.calls[1]?.config ?? "{}").auths["registry.example.com"]).toBeDefined();
    expect(result.repository).toBe("registry.example.com/dev-backend");
  });

  it("builds without pushing or logging in when push is false and no registry cache is used", async () => {
    const { plan, runnerTemp } = setup({ push: false, cache: "none" });
    const t = deps(runnerTemp, { buildx: true });
    const result = await buildAndPush(plan, t.deps);
    expect(t.order).toEqual(["docker buildx version", "docker buildx build"]);
    expect(t.calls[1]?.args).not.toContain("--push");
    expect(t.calls[1]?.options.env?.DOCKER_CONFIG).toBeUndefined();
    expect(result.digest).toBeUndefined();
  });
});

describe("buildAndPush without buildx", () => {
  it.each(["provenance", "sbom"] as const)("refuses %s before any login", async (name) => {
    const { plan, runnerTemp } = setup({ [name]: true });
    const t = deps(runnerTemp, { buildx: false });
    let error: unknown;
    await buildAndPush(plan, t.deps).catch((caught: unknown) => {
      error = caught;
    });
    expect(isConfigurationError(error)).toBe(true);
    expect(String(error)).toContain(`${name}: "true" needs docker buildx`);
    expect(t.order).toEqual(["docker buildx version"]);
  });
});
