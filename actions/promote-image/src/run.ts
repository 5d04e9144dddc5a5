import { inputError, type Logger } from "@platform/action-kit";
import type { AwsCredentials, EcrAuthorization } from "@platform/aws";
import {
  type CopyResult,
  type CredentialResolver,
  chainResolvers,
  dockerConfigCredentials,
  ecrCredentials,
  explicitCredentials,
  githubTokenCredentials,
  isEcrHost,
  type PromoteInputs,
  promoteImage,
  type RetryPolicy,
  renderSummary,
} from "@platform/oci";

export interface RunInputs extends PromoteInputs {
  awsRegion: string | undefined;
  roleToAssume: string | undefined;
  githubToken: string | undefined;
  username: string | undefined;
  password: string | undefined;
}

export interface RunDeps {
  logger: Logger;
  mask: (secret: string) => void;
  /** @platform/aws getEcrAuthorization. */
  getEcrAuthorization: (options: {
    region: string;
    credentials?: AwsCredentials;
    registryIds?: string[];
    mask: (secret: string) => void;
    logger: Logger;
  }) => Promise<EcrAuthorization[]>;
  /** OIDC -> STS for role-to-assume (region and role given). */
  assumeRole: (region: string, role: string, accountId: string | undefined) => Promise<AwsCredentials>;
  /** For the docker config (DOCKER_CONFIG, HOME). */
  env: NodeJS.ProcessEnv;
  retry?: RetryPolicy;
  /** Frees socket buffers while blobs stream (main passes youngGenerationCollector()). */
  reclaim?: () => void;
}

export interface RunResult {
  result: CopyResult;
  outputs: Record<string, string | number>;
  summary: string;
}

/** The action's logic: credentials per host (first match wins), then the promotion. */
export async function run(inputs: RunInputs, deps: RunDeps): Promise<RunResult> {
  for (const secret of [inputs.password, inputs.githubToken]) if (secret) deps.mask(secret);
  if ((inputs.username === undefined) !== (inputs.password === undefined)) {
    const missing = inputs.username === undefined ? "username" : "password";
    throw inputError(missing, "", "is empty while its partner is set", "set both username and password, or neither");
  }

  const awsCredentials = new Map<string, Promise<AwsCredentials | undefined>>();
  const credentialsFor = (region: string, accountId: string | undefined): Promise<AwsCredentials | undefined> => {
    const role = inputs.roleToAssume;
    if (!role) return Promise.resolve(undefined);
    const key = inputs.awsRegion ?? region;
    let pending = awsCredentials.get(key);
    if (!pending) {
      pending = deps.assumeRole(key, role, accountId);
      awsCredentials.set(key, pending);
    }
    return pending;
  };
  const authorize = async (request: { region: string; registryIds: string[] }) =>
    deps.getEcrAuthorization({
      region: request.region,
      ...(request.registryIds.length ? { registryIds: request.registryIds } : {}),
      ...(await credentialsFor(request.region, request.registryIds[0]).then((c) => (c ? { credentials: c } : {}))),
      mask: deps.mask,
      logger: deps.logger,
    });

  const result = await promoteImage(inputs, {
    logger: deps.logger,
    mask: deps.mask,
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.reclaim ? { reclaim: deps.reclaim } : {}),
    credentials: ({ targets }) => {
      const resolvers: CredentialResolver[] = [];
      if (inputs.username !== undefined && inputs.password !== undefined) {
        resolvers.push(
          explicitCredentials(inputs.username, inputs.password, [...new Set(targets.map((t) => t.registry))]),
        );
      }
      resolvers.push(ecrCredentials(authorize));
      // With AWS configured, the registry GetAuthorizationToken names (its proxyEndpoint) is ECR
      // too, whatever its host name (a VPC endpoint, or the stand-in registry of the tests).
      if (inputs.awsRegion || inputs.roleToAssume) resolvers.push(defaultEcrRegistry(inputs.awsRegion, authorize));
      if (inputs.githubToken) resolvers.push(githubTokenCredentials(inputs.githubToken));
      resolvers.push(dockerConfigCredentials({ env: deps.env, mask: deps.mask }));
      return chainResolvers(...resolvers);
    },
  });

  const sum = (key: "copiedBlobs" | "mountedBlobs" | "skippedBlobs" | "copiedBytes"): number =>
    result.targets.reduce((total, t) => total + t[key], 0);
  return {
    result,
    outputs: {
      digest: result.digest,
      images: JSON.stringify(result.targets.map((t) => t.image)),
      "copied-blobs": sum("copiedBlobs"),
      "mounted-blobs": sum("mountedBlobs"),
      "skipped-blobs": sum("skippedBlobs"),
      "copied-bytes": sum("copiedBytes"),
    },
    summary: renderSummary(result),
  };
}

function defaultEcrRegistry(
  region: string | undefined,
  authorize: (request: { region: string; registryIds: string[] }) => Promise<EcrAuthorization[]>,
): CredentialResolver {
  let answers: Promise<EcrAuthorization[]> | undefined;
  return async (registry) => {
    if (isEcrHost(registry) || registry === "ghcr.io" || registry === "docker.io") return undefined;
    if (!region) return undefined;
    answers ??= authorize({ region, registryIds: [] });
    const found = (await answers).find((a) => a.registry === registry);
    return found ? { kind: "basic", username: found.username, password: found.password } : undefined;
  };
}
