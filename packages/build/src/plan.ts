import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { requireBothOrNeither } from "@platform/action-kit";
import {
  defaultSessionName,
  ROLE_SESSION_SECONDS,
  resolveRoleArn,
  STS_AUDIENCE,
  validateDurationSeconds,
  validateRegion,
  validateSessionName,
} from "@platform/aws";
import { isTag, parseEcrHost } from "@platform/oci";
import { type PlatformDigest, parsePlatformDigests } from "./assemble.ts";
import type { CacheMode } from "./buildx.ts";
import { type BuildField, buildFieldError } from "./fields.ts";
import { ociLabels, parseKeyValueLines } from "./labels.ts";
import { formatPlatform, type Platform, parsePlatforms } from "./platforms.ts";
import { type ImageName, parseImage, parseRegistry, type RegistrySpec } from "./registry.ts";
import { branchFromEnvironment, defaultTagTemplates, renderTags } from "./tags.ts";

/** Every input as main.ts read it, once, with InputReader. Paths are already resolved. */
export interface BuildInputs {
  registry: string;
  awsRegion?: string;
  roleToAssume?: string;
  roleSessionName?: string;
  audience: string;
  roleDurationSeconds: number;
  createRepository: boolean;
  githubToken?: string;
  username?: string;
  password?: string;
  image: string;
  /** Absolute, inside the workspace. */
  context: string;
  /** Absolute, inside the workspace; `<context>/Dockerfile` when unset. */
  file?: string;
  target?: string;
  buildArgs: string[];
  platforms: string[];
  version?: string;
  tags: string[];
  labels: string[];
  push: boolean;
  cache: CacheMode;
  provenance: boolean;
  sbom: boolean;
  /** Instead of building: `<platform>=<digest>` lines of images other jobs pushed. */
  platformDigests?: string[];
}

/** What the runner tells every step (GITHUB_* variables). */
export interface RunnerContext {
  serverUrl: string;
  repository: string;
  owner: string;
  actor: string;
  sha: string;
  runId: string;
  runNumber: string;
  ref?: string;
  headRef?: string;
  now: Date;
}

interface EcrPlan {
  region: string;
  roleArn: string;
  sessionName: string;
  audience: string;
  durationSeconds: number;
  createRepository: boolean;
  /** The account of the ECR host the image names (possibly not the role's): asked for by id. */
  registryId?: string;
}

/** Everything validated: nothing may fail for a user's mistake after this, before the build. */
export interface BuildPlan {
  registry: RegistrySpec;
  image: ImageName;
  ecr?: EcrPlan;
  /** ghcr, Docker Hub and hosts: the credentials given (none: an anonymous registry). */
  login?: { username: string; password: string };
  context: string;
  file: string;
  target?: string;
  buildArgs: Array<[string, string]>;
  platforms: Platform[];
  /** Tag names, rendered and valid. */
  tags: string[];
  labels: Record<string, string>;
  push: boolean;
  cache: CacheMode;
  provenance: boolean;
  sbom: boolean;
  /** No build: one index over these per-platform pushes, written under every tag. */
  assemble?: PlatformDigest[];
}

function refuseWith(kind: string, fields: Partial<Record<BuildField, string | undefined>>): void {
  for (const [name, value] of Object.entries(fields) as [BuildField, string | undefined][]) {
    if (value !== undefined) {
      throw buildFieldError(
        name,
        name === "password" ? "***" : value,
        (nameOf) => `does not apply to ${nameOf("registry")} "${kind}"`,
        (nameOf) => `remove "${nameOf(name)}"`,
      );
    }
  }
}

/** The defaults action.yml gives the ECR inputs: the runner always passes them, so only another value counts as set. */
const ECR_DEFAULTS = { audience: STS_AUDIENCE, roleDurationSeconds: ROLE_SESSION_SECONDS, createRepository: false };

function awsOnly(inputs: BuildInputs): Partial<Record<BuildField, string | undefined>> {
  const changed = <T>(value: T, fallback: T): string | undefined => (value === fallback ? undefined : String(value));
  return {
    roleToAssume: inputs.roleToAssume,
    awsRegion: inputs.awsRegion,
    roleSessionName: inputs.roleSessionName,
    audience: changed(inputs.audience, ECR_DEFAULTS.audience),
    roleDurationSeconds: changed(inputs.roleDurationSeconds, ECR_DEFAULTS.roleDurationSeconds),
    createRepository: changed(inputs.createRepository, ECR_DEFAULTS.createRepository),
  };
}

/**
 * A full image name for ECR must name an ECR host in the AWS region: refused now rather than after
 * STS and ECR have answered. Returns the account of that host (a bare role name lives there,
 * and a registry of another account is asked for by id).
 */
function ecrAccountOfImage(image: ImageName, region: string): string | undefined {
  if (!image.host) return undefined;
  const name = `${image.host}/${image.path}`;
  const host = parseEcrHost(image.host);
  if (!host) {
    throw buildFieldError(
      "image",
      name,
      `names the host ${image.host}, which is not an Amazon ECR registry`,
      "give the repository alone (ECR's host is prefixed) or <account>.dkr.ecr.<region>.amazonaws.com/<repository>",
    );
  }
  if (host.region !== region) {
    throw buildFieldError(
      "image",
      name,
      (nameOf) => `is in ${host.region} but ${nameOf("awsRegion")} is ${region}`,
      (nameOf) => `set ${nameOf("awsRegion")} to the registry's region`,
    );
  }
  return host.accountId;
}

function planCredentials(inputs: BuildInputs, registry: RegistrySpec, image: ImageName, runner: RunnerContext) {
  switch (registry.kind) {
    case "ecr": {
      refuseWith("ecr", { username: inputs.username, password: inputs.password });
      if (!inputs.awsRegion) {
        throw buildFieldError(
          "awsRegion",
          "",
          (nameOf) => `is required for ${nameOf("registry")}: ecr`,
          (nameOf) => `set it, e.g. ${nameOf("awsRegion")}: eu-central-1`,
        );
      }
      validateRegion(inputs.awsRegion);
      if (!inputs.roleToAssume) {
        throw buildFieldError(
          "roleToAssume",
          "",
          (nameOf) => `is required for ${nameOf("registry")}: ecr`,
          "set the ARN of the role to assume",
        );
      }
      // A bare role name lives in the account of the image's ECR host, when the image names one.
      const account = ecrAccountOfImage(image, inputs.awsRegion);
      const roleArn = resolveRoleArn(inputs.roleToAssume, account);
      const sessionName = inputs.roleSessionName ?? defaultSessionName(runner.repository, runner.runId);
      validateSessionName(sessionName);
      validateDurationSeconds(inputs.roleDurationSeconds);
      if (!inputs.audience) throw buildFieldError("audience", "", "is empty", "leave it unset for sts.amazonaws.com");
      const ecr: EcrPlan = {
        region: inputs.awsRegion,
        roleArn,
        sessionName,
        audience: inputs.audience,
        durationSeconds: inputs.roleDurationSeconds,
        createRepository: inputs.createRepository,
        ...(account ? { registryId: account } : {}),
      };
      return { ecr };
    }
    case "ghcr": {
      refuseWith("ghcr", { ...awsOnly(inputs), password: inputs.password });
      if (!inputs.githubToken) {
        throw buildFieldError(
          "githubToken",
          "",
          (nameOf) => `is required for ${nameOf("registry")}: ghcr`,
          "pass ${{ github.token }} with packages: write",
        );
      }
      return { login: { username: inputs.username ?? runner.actor, password: inputs.githubToken } };
    }
    case "dockerhub":
    case "host": {
      refuseWith(registry.kind === "host" ? (registry.host ?? "host") : "dockerhub", awsOnly(inputs));
      requireBothOrNeither<BuildField>(["username", inputs.username], ["password", inputs.password]);
      if (registry.kind === "dockerhub" && !inputs.username) {
        throw buildFieldError(
          "username",
          "",
          (nameOf) => `is required for ${nameOf("registry")}: dockerhub`,
          (nameOf) => `give ${nameOf("username")} and ${nameOf("password")} (an access token)`,
        );
      }
      return inputs.username && inputs.password
        ? { login: { username: inputs.username, password: inputs.password } }
        : {};
    }
  }
}

/**
 * Validates every input and the combinations between them, renders the tags and labels,
 * and checks the Dockerfile exists: a user's mistake fails here, in one line, before any
 * credential is requested or anything is built or pushed.
 */
export function planBuild(inputs: BuildInputs, runner: RunnerContext): BuildPlan {
  const registry = parseRegistry(inputs.registry);
  const image = parseImage(inputs.image);
  const credentials = planCredentials(inputs, registry, image, runner);

  const assemble =
    inputs.platformDigests && inputs.platformDigests.length > 0
      ? parsePlatformDigests(inputs.platformDigests)
      : undefined;
  if (assemble && !inputs.push) {
    throw buildFieldError(
      "push",
      "false",
      (nameOf) => `leaves nothing to do with ${nameOf("platformDigests")}`,
      (nameOf) => `remove ${nameOf("push")}: false`,
    );
  }
  const platforms = assemble ? assemble.map((part) => part.platform) : parsePlatforms(inputs.platforms);
  const buildArgs = parseKeyValueLines("buildArgs", inputs.buildArgs);
  const userLabels = parseKeyValueLines("labels", inputs.labels);

  const templates = inputs.tags.length > 0 ? inputs.tags : defaultTagTemplates(inputs.version);
  const branch = branchFromEnvironment({ GITHUB_HEAD_REF: runner.headRef, GITHUB_REF: runner.ref });
  const tags = renderTags(templates, {
    sha: runner.sha,
    runNumber: runner.runNumber,
    ...(inputs.version ? { version: inputs.version } : {}),
    ...(branch ? { branch } : {}),
  });
  // Without buildx each platform is pushed under `<first tag>-<os>-<arch>` first (docker
  // push needs a tag): refuse now a tag that would be too long later.
  const first = tags[0] ?? "";
  for (const platform of platforms) {
    const tag = platformTag(first, platform);
    if (!isTag(tag)) {
      throw buildFieldError(
        "tags",
        first,
        `gives the per-platform tag "${tag}", which is too long`,
        "use a shorter first tag",
      );
    }
  }

  // Assembling builds nothing: no context or Dockerfile is needed.
  if (!assemble && (!existsSync(inputs.context) || !statSync(inputs.context).isDirectory())) {
    throw buildFieldError(
      "context",
      inputs.context,
      "is not a directory",
      "give the build context's folder, relative to the workspace",
    );
  }
  const file = inputs.file ?? path.join(inputs.context, "Dockerfile");
  if (!assemble && (!existsSync(file) || !statSync(file).isFile())) {
    throw buildFieldError(
      "file",
      file,
      "does not exist",
      (nameOf) => `add the Dockerfile or point "${nameOf("file")}" at it`,
    );
  }
  if (inputs.target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(inputs.target)) {
    throw buildFieldError("target", inputs.target, "is not a stage name", "use the name after AS in the Dockerfile");
  }

  const labels = ociLabels(
    {
      serverUrl: runner.serverUrl,
      repository: runner.repository,
      sha: runner.sha,
      version: inputs.version ?? first,
      created: runner.now,
      title: image.path.split("/").pop() ?? image.path,
    },
    userLabels,
  );

  return {
    registry,
    image,
    ...credentials,
    context: inputs.context,
    file,
    ...(inputs.target ? { target: inputs.target } : {}),
    buildArgs,
    platforms,
    tags,
    labels,
    push: inputs.push,
    cache: inputs.cache,
    provenance: inputs.provenance,
    sbom: inputs.sbom,
    ...(assemble ? { assemble } : {}),
  };
}

/** The tag a platform's image is pushed under when there is no buildx to push an index. */
export function platformTag(firstTag: string, platform: Platform): string {
  return `${firstTag}-${formatPlatform(platform).replace(/\//g, "-")}`;
}

/** The runner's GITHUB_* variables as a RunnerContext. */
export function runnerContext(env: NodeJS.ProcessEnv, now: Date): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  return {
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    repository,
    owner: env.GITHUB_REPOSITORY_OWNER ?? repository.split("/")[0] ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    sha: env.GITHUB_SHA ?? "",
    runId: env.GITHUB_RUN_ID ?? "",
    runNumber: env.GITHUB_RUN_NUMBER ?? "",
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    ...(env.GITHUB_HEAD_REF ? { headRef: env.GITHUB_HEAD_REF } : {}),
    now,
  };
}
