import { ConfigurationError, type Logger, ServiceError } from "@platform/action-kit";
import {
  CopyError,
  type CopyResult,
  type CredentialResolver,
  chainResolvers,
  copyImage,
  dockerConfigCredentials,
  type EcrAuthorization,
  ecrCredentials,
  explicitCredentials,
  formatPlatform,
  isEcrHost,
  isIndex,
  type Manifest,
  parseReference,
  type RegistryClient,
  RegistryError,
  type Repository,
  repositoryScope,
  TagConflictError,
} from "@platform/oci";
import type { EnvironmentConfig } from "./config.ts";

export function repositoryOf(reference: string): Repository {
  const parsed = parseReference(reference, { defaultTag: false });
  return { registry: parsed.registry, repository: parsed.repository };
}

export interface AwsLogin {
  /** @platform/aws getEcrAuthorization, bound to the caller's mask and logger. */
  authorize: (request: { region: string; registryIds: string[]; role: string }) => Promise<EcrAuthorization[]>;
}

/**
 * Credentials per registry host: an environment with `aws` logs in to the hosts of its own
 * images with its own role (the target's first, so a shared host is written with the
 * target's role); username/password for the other hosts; then the docker config.
 */
export function promotionCredentials(options: {
  environments: EnvironmentConfig[];
  aws: AwsLogin;
  username: string | undefined;
  password: string | undefined;
  env: NodeJS.ProcessEnv;
  mask: (secret: string) => void;
  /**
   * The plan: a role that refuses this job's OIDC token gives no credentials (told here), so
   * the read is refused (ReadDenied) instead of failing the step.
   */
  onRoleRefused?: (role: string, error: Error) => void;
}): CredentialResolver {
  const resolvers: CredentialResolver[] = [];
  const awsHosts = new Set<string>();
  for (const environment of options.environments) {
    const aws = environment.aws;
    if (!aws) continue;
    const hosts = [...new Set([...environment.images.values()].map((image) => repositoryOf(image).registry))];
    const account = /::(\d{12}):/.exec(aws.role)?.[1] ?? "";
    // A registry named other than <account>.dkr.ecr.<region>.amazonaws.com (a VPC endpoint, the
    // tests' stand-in) is ECR for this environment too: GetAuthorizationToken says which host it answers for.
    const extraHosts = Object.fromEntries(
      hosts.filter((host) => !isEcrHost(host)).map((host) => [host, { region: aws.region, registryId: account }]),
    );
    const ecr = ecrCredentials((request) => options.aws.authorize({ ...request, role: aws.role }), { extraHosts });
    const onRefused = options.onRoleRefused;
    resolvers.push(async (registry) => {
      if (!hosts.includes(registry)) return undefined;
      if (!onRefused) return ecr(registry);
      try {
        return await ecr(registry);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        onRefused(aws.role, error);
        return undefined;
      }
    });
    for (const host of hosts) awsHosts.add(host);
  }
  if (options.username !== undefined && options.password !== undefined) {
    const explicit = explicitCredentials(options.username, options.password);
    resolvers.push(async (registry) => (awsHosts.has(registry) ? undefined : explicit(registry)));
  }
  resolvers.push(dockerConfigCredentials({ env: options.env, mask: options.mask }));
  return chainResolvers(...resolvers);
}

/**
 * Starts what the first read of each repository waits for (the registry's `/v2/` challenge,
 * the credentials, for ECR the STS and GetAuthorizationToken calls, a pull token) while the
 * GitOps branch is fetched. Nothing is written. A failure is left to the read itself, which
 * meets it again (failed logins and challenges are not kept) and explains it in the gates' order.
 */
export async function warmRegistries(client: RegistryClient, references: string[]): Promise<void> {
  const repositories = new Map<string, Repository>();
  for (const reference of references) {
    const repo = repositoryOf(reference);
    repositories.set(`${repo.registry}/${repo.repository}`, repo);
  }
  await Promise.allSettled(
    [...repositories.values()].map((repo) =>
      client.auth.header(repo.registry, [repositoryScope(repo.repository, "pull")]),
    ),
  );
}

export interface ImageFacts {
  found: boolean;
  platforms: string[];
  /** The org.opencontainers.image.version label of the image (the first platform's, for an index). */
  version: string | undefined;
}

async function manifestOrUndefined(
  client: RegistryClient,
  repo: Repository,
  reference: string,
): Promise<Manifest | undefined> {
  try {
    return await client.getManifest(repo, reference);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw explainRead(error, `${repo.registry}/${repo.repository}@${reference}`);
  }
}

/** A registry refused a read (401/403): the credentials, not the image. */
export class ReadDenied extends ConfigurationError {}

function explainRead(error: unknown, reference: string): Error {
  if (error instanceof RegistryError && (error.status === 401 || error.status === 403)) {
    return new ReadDenied(
      `${reference} cannot be read (HTTP ${error.status}); check the registry credentials (username/password, the environment's aws role, or a docker login).`,
    );
  }
  if (error instanceof RegistryError && (error.status >= 500 || error.status === 429)) {
    return new ServiceError(`${reference}: the registry kept failing (${error.message}); try again later.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Reads what the existence gate and the version tag need: the manifest, its platforms, its version label. */
export async function readImageFacts(client: RegistryClient, repo: Repository, digest: string): Promise<ImageFacts> {
  const root = await manifestOrUndefined(client, repo, digest);
  if (!root) return { found: false, platforms: [], version: undefined };
  let image: Manifest | undefined = root;
  let platforms: string[] = [];
  if (isIndex(root.mediaType)) {
    const children = (root.json.manifests ?? []).filter(
      (m) => m.platform && m.platform.os !== "unknown" && m.platform.architecture !== "unknown",
    );
    platforms = children.map((m) => formatPlatform(m.platform));
    const first = children[0];
    image = first ? await manifestOrUndefined(client, repo, first.digest) : undefined;
  }
  let version: string | undefined;
  const config = image?.json.config;
  if (config && config.size < 1024 * 1024) {
    try {
      const bytes = await client.readBlobBytes(repo, config.digest, config.size);
      const parsed = JSON.parse(bytes.toString("utf8")) as {
        config?: { Labels?: Record<string, string> | null };
      };
      version = parsed.config?.Labels?.["org.opencontainers.image.version"] || undefined;
    } catch (error) {
      throw explainRead(error, `${repo.registry}/${repo.repository}@${config.digest}`);
    }
  }
  return { found: true, platforms, version };
}

/** The tag as the target holds it: free (absent), already this digest, or taken by another. */
export async function tagState(
  client: RegistryClient,
  repo: Repository,
  tag: string,
  digest: string,
): Promise<"free" | "same" | "taken"> {
  try {
    const head = await client.headManifest(repo, tag);
    if (!head) return "free";
    return head.digest === digest ? "same" : "taken";
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return "free";
    throw explainRead(error, `${repo.registry}/${repo.repository}:${tag}`);
  }
}

/**
 * Copies `from@digest` to `to[:tag]` with promote-image's engine (referrers and cosign tags
 * travel, no tag moved), one line on failure naming the image.
 */
export async function copyToTarget(options: {
  client: RegistryClient;
  logger: Logger;
  image: string;
  from: string;
  to: string;
  digest: string;
  tag: string | undefined;
  /** The source read and the target checked, nothing written yet (see copyImage). */
  onPlanned?: () => void;
}): Promise<CopyResult> {
  const source = parseReference(`${options.from}@${options.digest}`);
  const target = parseReference(`${options.to}${options.tag ? `:${options.tag}` : ""}@${options.digest}`);
  try {
    return await copyImage(
      { source, targets: [target], referrers: true, overwrite: false, dryRun: false, concurrency: 4 },
      {
        client: options.client,
        logger: options.logger,
        ...(options.onPlanned ? { onPlanned: options.onPlanned } : {}),
      },
    );
  } catch (error) {
    const where = `copying ${options.image} (${options.digest}) from ${options.from} to ${options.to}`;
    if (error instanceof TagConflictError) {
      throw new ConfigurationError(
        `${where}: tag ${options.tag} was taken by ${error.existing} meanwhile; run the promotion again (it then pins by digest only).`,
      );
    }
    if (error instanceof CopyError) {
      const cause = error.cause;
      if (cause instanceof RegistryError && (cause.status === 401 || cause.status === 403)) {
        throw new ConfigurationError(
          `${where}: ${error.side} registry ${error.reference.registry} refused (HTTP ${cause.status}); check its credentials and that they may ${error.side === "source" ? "pull" : "push"}.`,
        );
      }
      if (cause instanceof RegistryError && (cause.status >= 500 || cause.status === 429 || cause.status === 408)) {
        throw new ServiceError(
          `${where}: ${error.reference.registry} kept failing (${cause.message}); try again later.`,
        );
      }
      throw new ConfigurationError(`${where}: ${error.message}.`);
    }
    throw error;
  }
}
