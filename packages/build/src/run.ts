import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { formatBytes, type Logger, table } from "@platform/action-kit";
import { createEcrLogin, type EcrLoginApi, type ensureEcrRepository } from "@platform/aws";
import { dockerConfigKey } from "@platform/oci";
import { assembleIndex } from "./assemble.ts";
import { buildxArgs, digestFromMetadata } from "./buildx.ts";
import { DOCKER_CONFIG_STATE, removePrivateDockerConfig } from "./cleanup.ts";
import { type RegistryLogin, writePrivateDockerConfig } from "./docker-config.ts";
import type { Exec } from "./exec.ts";
import { buildFieldError } from "./fields.ts";
import { buildWithoutBuildx, type ManifestStore } from "./legacy.ts";
import type { BuildPlan } from "./plan.ts";
import { formatPlatform } from "./platforms.ts";
import { repositoryFor } from "./registry.ts";

/** The AWS calls the ECR path makes (@platform/aws in the action; passed in for tests). */
export interface AwsApi extends EcrLoginApi {
  ensureEcrRepository: typeof ensureEcrRepository;
}

interface RegistryCredentials {
  /** host[:port] the client talks to. */
  host: string;
  username: string;
  password: string;
}

export interface BuildPushDeps {
  exec: Exec;
  logger: Logger;
  mask: (secret: string) => void;
  saveState: (name: string, value: string) => void;
  getIdToken: (audience: string) => Promise<string>;
  aws: AwsApi;
  /** A registry client for the repository's host, with the login when there is one. */
  manifestStore: (host: string, credentials?: RegistryCredentials) => ManifestStore;
  runnerTemp: string;
  /** $DOCKER_CONFIG or ~/.docker: carried over into the private config. */
  userDockerConfigDir?: string;
  /** Runs `docker-credential-<credsStore> list` for the carry-over; a 30 s child process by default. */
  credentialHelperExec?: Exec;
  owner: string;
}

interface BuildPushResult {
  builder: "buildx" | "docker build" | "index of per-platform pushes";
  /** host/path */
  repository: string;
  digest?: string;
  /** Full references, `repository:tag`. */
  tags: string[];
  platforms: string[];
  pushedBytes: number;
}

async function hasBuildx(exec: Exec): Promise<boolean> {
  try {
    return (await exec("docker", ["buildx", "version"], { silent: true })).exitCode === 0;
  } catch {
    return false;
  }
}

/** Credentials and the registry host: OIDC -> STS -> ECR, or the ones given. */
async function logIn(
  plan: BuildPlan,
  deps: BuildPushDeps,
): Promise<{ host: string; login?: RegistryLogin & RegistryCredentials }> {
  if (plan.ecr) {
    const ecr = plan.ecr;
    const login = createEcrLogin({
      role: ecr.roleArn,
      sessionName: ecr.sessionName,
      durationSeconds: ecr.durationSeconds,
      audience: ecr.audience,
      getIdToken: deps.getIdToken,
      mask: deps.mask,
      logger: deps.logger,
      api: deps.aws,
    });
    const [authorization] = await login.authorize({
      region: ecr.region,
      ...(ecr.registryId ? { registryIds: [ecr.registryId] } : {}),
    });
    const credentials = await login.credentials(ecr.region);
    if (!authorization || !credentials) throw new Error("ECR gave no authorization");
    repositoryFor(plan.registry, authorization.registry, plan.image, { owner: deps.owner });
    await deps.aws.ensureEcrRepository({
      region: ecr.region,
      credentials,
      name: plan.image.path,
      create: ecr.createRepository,
      logger: deps.logger,
      ...(ecr.registryId ? { registryId: ecr.registryId } : {}),
    });
    deps.logger.info(`Logged in to ECR registry ${authorization.registry}`);
    return {
      host: authorization.registry,
      login: {
        key: authorization.registry,
        host: authorization.registry,
        username: authorization.username,
        password: authorization.password,
      },
    };
  }
  const host = plan.registry.host ?? "";
  if (!plan.login) return { host };
  deps.mask(plan.login.password);
  return { host, login: { key: dockerConfigKey(host), host, ...plan.login } };
}

/**
 * Logs in, builds every platform and pushes one multi-platform image under every tag:
 * with buildx when it is installed, else with the plain engine and an index of our own.
 * The docker config holding the login lives under RUNNER_TEMP and is gone when this returns
 * (the post step deletes it too, should this process be killed first).
 */
export async function buildAndPush(plan: BuildPlan, deps: BuildPushDeps): Promise<BuildPushResult> {
  if (plan.assemble) return assembleAndTag(plan, plan.assemble, deps);
  // Refused before any credential is asked for: attestations need buildx.
  const detecting = hasBuildx(deps.exec);
  if ((plan.provenance || plan.sbom) && !(await detecting)) {
    for (const [name, value] of [
      ["provenance", plan.provenance],
      ["sbom", plan.sbom],
    ] as const) {
      if (value) {
        throw buildFieldError(
          name,
          "true",
          "needs docker buildx, which this runner lacks",
          (nameOf) => `set ${nameOf(name)}: false or run docker/setup-buildx-action first`,
        );
      }
    }
  }

  // Otherwise finding buildx and logging in (STS and ECR round trips) overlap.
  const needsLogin = plan.push || plan.cache === "registry";
  const loggingIn = needsLogin
    ? logIn(plan, deps)
    : Promise.resolve({ host: plan.registry.host ?? "", login: undefined });
  const [buildx, { host, login }] = await Promise.all([detecting, loggingIn]);
  if (!buildx && plan.cache !== "none")
    deps.logger.warning(`cache: ${plan.cache} needs docker buildx; building without it`);
  const repository = host
    ? repositoryFor(plan.registry, host, plan.image, {
        owner: deps.owner,
        ...(login ? { username: login.username } : {}),
      })
    : plan.image.path;

  let configDir: string | undefined;
  const env: Record<string, string> = {};
  if (login) {
    configDir = await writePrivateDockerConfig({
      runnerTemp: deps.runnerTemp,
      ...(deps.userDockerConfigDir ? { userConfigDir: deps.userDockerConfigDir } : {}),
      logins: [login],
      mask: deps.mask,
      logger: deps.logger,
      ...(deps.credentialHelperExec ? { helperExec: deps.credentialHelperExec } : {}),
    });
    deps.saveState(DOCKER_CONFIG_STATE, configDir);
    env.DOCKER_CONFIG = configDir;
  }
  try {
    const tags = plan.tags.map((tag) => `${repository}:${tag}`);
    const platforms = plan.platforms.map(formatPlatform);
    const store = () => deps.manifestStore(host, login);
    if (buildx) {
      const digest = await buildWithBuildx(plan, repository, tags, { ...deps, env });
      const pushedBytes = digest ? await measurePushed(store(), repository.slice(host.length + 1), digest) : 0;
      return { builder: "buildx", repository, tags, platforms, pushedBytes, ...(digest ? { digest } : {}) };
    }
    const result = await buildWithoutBuildx(plan, repository, {
      exec: deps.exec,
      env,
      logger: deps.logger,
      ...(plan.push ? { store: pathStore(store(), host) } : {}),
    });
    return {
      builder: "docker build",
      repository,
      tags,
      platforms,
      pushedBytes: result.pushedBytes,
      ...(result.digest ? { digest: result.digest } : {}),
    };
  } finally {
    if (configDir) removePrivateDockerConfig(configDir, deps.runnerTemp);
  }
}

/**
 * build.yml's per-platform mode: each platform was built and pushed by digest on its own
 * native runner; here one index over them is written under every tag (no docker needed).
 */
async function assembleAndTag(
  plan: BuildPlan,
  parts: NonNullable<BuildPlan["assemble"]>,
  deps: BuildPushDeps,
): Promise<BuildPushResult> {
  const { host, login } = await logIn(plan, deps);
  const repository = host
    ? repositoryFor(plan.registry, host, plan.image, {
        owner: deps.owner,
        ...(login ? { username: login.username } : {}),
      })
    : plan.image.path;
  const repositoryPath = host ? repository.slice(host.length + 1) : repository;
  const index = await assembleIndex(deps.manifestStore(host, login), repositoryPath, plan.tags, parts, deps.logger);
  return {
    builder: "index of per-platform pushes",
    repository,
    digest: index.digest,
    tags: plan.tags.map((tag) => `${repository}:${tag}`),
    platforms: parts.map((part) => formatPlatform(part.platform)),
    pushedBytes: index.bytes,
  };
}

/** The legacy path speaks in `host/path` repositories; registry clients want the path. */
function pathStore(store: ManifestStore, host: string): ManifestStore {
  const strip = (repository: string): string =>
    repository.startsWith(`${host}/`) ? repository.slice(host.length + 1) : repository;
  return {
    getManifest: (repository, reference) => store.getManifest(strip(repository), reference),
    putManifest: (repository, reference, bytes, mediaType) =>
      store.putManifest(strip(repository), reference, bytes, mediaType),
  };
}

async function buildWithBuildx(
  plan: BuildPlan,
  repository: string,
  tags: string[],
  deps: BuildPushDeps & { env: Record<string, string> },
): Promise<string | undefined> {
  const scratch = mkdtempSync(path.join(deps.runnerTemp, "build-push-oidc-metadata-"));
  try {
    const metadataFile = path.join(scratch, "metadata.json");
    const args = buildxArgs({
      context: plan.context,
      file: plan.file,
      platforms: plan.platforms,
      ...(plan.target ? { target: plan.target } : {}),
      buildArgs: plan.buildArgs,
      labels: plan.labels,
      tags,
      repository,
      push: plan.push,
      cache: plan.cache,
      provenance: plan.provenance,
      sbom: plan.sbom,
      metadataFile,
    });
    const result = await deps.exec("docker", args, { env: deps.env });
    if (result.exitCode !== 0) {
      // A Dockerfile that does not build is the user's to fix, as on the no-buildx path.
      const detail = result.stderr.trim().split("\n").pop() ?? "";
      throw buildFieldError(
        "file",
        plan.file,
        `does not build (docker buildx build exited with ${result.exitCode}: ${detail})`,
        "see docker's output above",
      );
    }
    return plan.push ? digestFromMetadata(readFileSync(metadataFile, "utf8")) : undefined;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Bytes of the manifests, configs and layers an index (or a single manifest) references. */
async function measurePushed(store: ManifestStore, repository: string, digest: string): Promise<number> {
  const { bytes } = await store.getManifest(repository, digest);
  const manifest = JSON.parse(Buffer.from(bytes).toString("utf8")) as {
    manifests?: Array<{ digest: string; size: number }>;
    config?: { size?: number };
    layers?: Array<{ size?: number }>;
  };
  let total = bytes.byteLength + (manifest.config?.size ?? 0);
  for (const layer of manifest.layers ?? []) total += layer.size ?? 0;
  for (const child of manifest.manifests ?? []) total += await measurePushed(store, repository, child.digest);
  return total;
}

export function summaryMarkdown(result: BuildPushResult): string {
  const rows = [
    ["image", result.digest ? `${result.repository}@${result.digest}` : `${result.repository} (not pushed)`],
    ["digest", result.digest ?? ""],
    ["tags", result.tags.join("\n")],
    ["platforms", result.platforms.join(", ")],
    ["pushed size", result.digest ? formatBytes(result.pushedBytes) : "0 B"],
    ["builder", result.builder],
  ];
  return `${table(["", "pushed"], rows)}\n`;
}
