import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { isConfigurationError } from "@platform/action-kit";
import { type BuildInputs, planBuild, type RunnerContext, runnerContext } from "../src/plan.ts";

let workspace = "";
beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), "build-plan-"));
  mkdirSync(path.join(workspace, "app"));
  writeFileSync(path.join(workspace, "app", "Dockerfile"), "FROM scratch\n");
  mkdirSync(path.join(workspace, "empty"));
});

const runner: RunnerContext = runnerContext(
  {
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "octo-org/app",
    GITHUB_REPOSITORY_OWNER: "octo-org",
    GITHUB_ACTOR: "octocat",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_NUMBER: "17",
    GITHUB_REF: "refs/heads/main",
  },
  new Date("2026-01-02T03:04:05Z"),
);

function inputs(change: Partial<BuildInputs> = {}): BuildInputs {
  return {
    registry: "ecr",
    awsRegion: "eu-central-1",
    roleToAssume: "arn:aws:iam::123456789012:role/gha-push",
    audience: "sts.amazonaws.com",
    roleDurationSeconds: 3600,
    createRepository: false,
    image: "dev-backend",
    context: path.join(workspace, "app"),
    buildArgs: [],
    platforms: ["linux/amd64", "linux/arm64"],
    tags: [],
    labels: [],
    push: true,
    cache: "none",
    provenance: false,
    sbom: false,
    ...change,
  };
}

function failure(change: Partial<BuildInputs>): string {
  try {
    planBuild(inputs(change), runner);
  } catch (error) {
    expect(isConfigurationError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("expected a ConfigurationError");
}

describe("planBuild", () => {
  it("plans an ECR push with defaults", () => {
    const plan = planBuild(inputs({ version: "v1.2.3" }), runner);
    expect(plan.ecr).toEqual({
      region: "eu-central-1",
      roleArn: "arn:aws:iam::123456789012:role/gha-push",
      sessionName: "GitHubActions-octo-org-app-4242",
      audience: "sts.amazonaws.com",
      durationSeconds: 3600,
      createRepository: false,
    });
    expect(plan.tags).toEqual(["v1.2.3", "sha-0123456"]);
    expect(plan.file).toBe(path.join(workspace, "app", "Dockerfile"));
    expect(plan.labels["org.opencontainers.image.version"]).toBe("v1.2.3");
    expect(plan.labels["org.opencontainers.image.title"]).toBe("dev-backend");
    expect(plan.labels["org.opencontainers.image.created"]).toBe("2026-01-02T03:04:05.000Z");
    expect(plan.login).toBeUndefined();
  });

  it("uses the first tag as the version label when no version is given", () => {
    expect(planBuild(inputs(), runner).labels["org.opencontainers.image.version"]).toBe("sha-0123456");
  });

  it("resolves a bare role name in the account of the image's ECR host", () => {
    const plan = planBuild(
      inputs({ roleToAssume: "gha-push", image: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/dev-backend" }),
      runner,
    );
    expect(plan.ecr?.roleArn).toBe("arn:aws:iam::123456789012:role/gha-push");
  });

  it("logs in to ghcr as the actor with the token", () => {
    const plan = planBuild(
      inputs({ registry: "ghcr", roleToAssume: undefined, awsRegion: undefined, githubToken: "ghs_x" }),
      runner,
    );
    expect(plan.login).toEqual({ username: "octocat", password: "ghs_x" });
    expect(plan.ecr).toBeUndefined();
  });

  it("pushes to a host anonymously or with both username and password", () => {
    const base = { registry: "127.0.0.1:5000", roleToAssume: undefined, awsRegion: undefined };
    expect(planBuild(inputs(base), runner).login).toBeUndefined();
    expect(planBuild(inputs({ ...base, username: "u", password: "p" }), runner).login).toEqual({
      username: "u",
      password: "p",
    });
  });

  it.each<[string, Partial<BuildInputs>, RegExp]>([
    ["unknown registry kind", { registry: "gcr" }, /^registry: "gcr" is not a known registry kind/],
    ["malformed role ARN", { roleToAssume: "arn:aws:iam::12345:role/x" }, /^role: .* is not an IAM role ARN/],
    ["bare role name without a known account", { roleToAssume: "gha-push" }, /^role: .*bare role name/],
    ["missing role", { roleToAssume: undefined }, /^roleToAssume: "" is required for registry: ecr/],
    ["missing region", { awsRegion: undefined }, /^awsRegion: "" is required/],
    ["bad region", { awsRegion: "europe" }, /^region: "europe" is not an AWS region/],
    ["bad session name", { roleSessionName: "a b" }, /^sessionName: /],
    ["duration out of range", { roleDurationSeconds: 60 }, /^durationSeconds: "60"/],
    ["password with ecr", { password: "p" }, /^password: "\*\*\*" does not apply to registry "ecr"/],
    [
      "an image on a host that is not ECR",
      { image: "registry.example.com/dev-backend" },
      /^image: "registry.example.com\/dev-backend" names the host registry.example.com, which is not an Amazon ECR registry/,
    ],
    [
      "an ECR image in another region",
      { image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/dev-backend" },
      /^image: .* is in us-east-1 but awsRegion is eu-central-1/,
    ],
    ["platform typo", { platforms: ["linux/amd64", "linux/amd65"] }, /^platforms: "linux\/amd65"/],
    ["missing Dockerfile", { context: path.join(os.tmpdir()) }, /^file: .*Dockerfile" does not exist/],
    [
      "missing file",
      { file: "/nonexistent/Dockerfile.prod" },
      /^file: "\/nonexistent\/Dockerfile.prod" does not exist/,
    ],
    ["missing context", { context: "/nonexistent" }, /^context: "\/nonexistent" is not a directory/],
    [
      "invalid tag after templating",
      { tags: ["{{branch}}/{{sha7}}"] },
      /^tags: .*renders to "main\/0123456", which is not a valid tag/,
    ],
    [
      "{{version}} without a version",
      { tags: ["{{version}}"] },
      /^tags: "\{\{version\}\}" uses \{\{version\}\} but no version/,
    ],
    ["image with a tag", { image: "app:v1" }, /^image: "app:v1" carries a tag/],
    ["bad build arg", { buildArgs: ["NOVALUE"] }, /^buildArgs: "NOVALUE" is not KEY=value/],
    ["bad label", { labels: ["=x"] }, /^labels: "=x"/],
    ["bad target", { target: "a b" }, /^target: "a b"/],
    ["per-platform tag too long", { tags: ["x".repeat(120)] }, /^tags: .*per-platform tag/],
  ])("refuses %s in one line", (_, change, message) => {
    expect(failure(change)).toMatch(message);
  });

  it.each<[string, Partial<BuildInputs>, RegExp]>([
    [
      "ghcr without a token",
      { registry: "ghcr", roleToAssume: undefined, awsRegion: undefined },
      /^githubToken: "" is required for registry: ghcr/,
    ],
    ["ghcr with a role", { registry: "ghcr", githubToken: "t" }, /^roleToAssume: .* does not apply to registry "ghcr"/],
    [
      "ghcr with a password",
      { registry: "ghcr", roleToAssume: undefined, awsRegion: undefined, githubToken: "t", password: "p" },
      /^password: /,
    ],
    [
      "dockerhub without credentials",
      { registry: "dockerhub", roleToAssume: undefined, awsRegion: undefined },
      /^username: "" is required for registry: dockerhub/,
    ],
    [
      "a host with a username only",
      { registry: "r.example", roleToAssume: undefined, awsRegion: undefined, username: "u" },
      /^password: "" is required together with "username"/,
    ],
    [
      "a host with a password only",
      { registry: "r.example", roleToAssume: undefined, awsRegion: undefined, password: "p" },
      /^username: "" is required together with "password"/,
    ],
    ["a host with a role", { registry: "r.example" }, /^roleToAssume: .* does not apply to registry "r.example"/],
  ])("refuses the combination: %s", (_, change, message) => {
    expect(failure(change)).toMatch(message);
  });

  it("never puts a password in its message", () => {
    expect(failure({ password: "hunter2-secret" })).not.toContain("hunter2-secret");
  });
});

describe("planBuild: ECR inputs elsewhere", () => {
  it("refuses aws-region with a non-ECR registry", () => {
    expect(() => planBuild(inputs({ registry: "ghcr", roleToAssume: undefined, githubToken: "t" }), runner)).toThrow(
      /^awsRegion: "eu-central-1" does not apply to registry "ghcr"/,
    );
  });

  const ghcr = { registry: "ghcr", roleToAssume: undefined, awsRegion: undefined, githubToken: "t" };
  it.each<[string, Partial<BuildInputs>, RegExp]>([
    [
      "audience",
      { audience: "https://github.com/octo-org" },
      /^audience: "https:\/\/github.com\/octo-org" does not apply to registry "ghcr"/,
    ],
    ["role-duration-seconds", { roleDurationSeconds: 900 }, /^roleDurationSeconds: "900" does not apply/],
    ["create-repository", { createRepository: true }, /^createRepository: "true" does not apply/],
  ])("refuses %s set to another value than its default", (_, change, message) => {
    expect(() => planBuild(inputs({ ...ghcr, ...change }), runner)).toThrow(message);
  });

  it("accepts the ECR inputs' defaults, which the runner always passes", () => {
    expect(planBuild(inputs(ghcr), runner).login?.password).toBe("t");
  });
});

describe("planBuild: an image in another account's ECR registry", () => {
  it("asks for that registry by id, and finds a bare role name there", () => {
    const plan = planBuild(
      inputs({ roleToAssume: "gha-push", image: "210987654321.dkr.ecr.eu-central-1.amazonaws.com/dev-backend" }),
      runner,
    );
    expect(plan.ecr).toMatchObject({ registryId: "210987654321", roleArn: "arn:aws:iam::210987654321:role/gha-push" });
    expect(planBuild(inputs(), runner).ecr?.registryId).toBeUndefined();
  });
});
