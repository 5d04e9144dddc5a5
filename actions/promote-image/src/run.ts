import { type Logger, requireBothOrNeither } from "@platform/action-kit";
import type { EcrAuthorization, EcrLogin } from "@platform/aws";
import {
  type CopyResult,
  type CredentialResolver,
  chainResolvers,
  dockerConfigCredentials,
  ecrCredentials,
  explicitCredentials,
  githubTokenCredentials,
  isEcrHost,
  type RetryPolicy,
} from "@platform/oci";
import { Outputs } from "./constants.ts";
import { type PromoteInputs, promoteImage } from "./promote.ts";
import { renderSummary } from "./summary.ts";

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
  /** @platform/aws createEcrLogin: OIDC -> STS -> ECR for role-to-assume, cached per region. */
  ecrLogin: EcrLogin;
  /** For the docker config (DOCKER_CONFIG, HOME). */
  env: NodeJS.ProcessEnv;
  retry?: RetryPolicy;
  /** Called once a copy is moving bytes (main passes leanV8ForBulkTransfer()). */
  onBulkTransfer?: () => void;
}

export interface RunResult {
  result: CopyResult;
  outputs: Record<string, string | number>;
  summary: string;
}

/** The action's logic: credentials per host (first match wins), then the promotion. */
export async function run(inputs: RunInputs, deps: RunDeps): Promise<RunResult> {
  requireBothOrNeither(["username", inputs.username], ["password", inputs.password]);

  const authorize = (request: { region: string; registryIds: string[] }) => deps.ecrLogin.authorize(request);

  const result = await promoteImage(inputs, {
    logger: deps.logger,
    mask: deps.mask,
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.onBulkTransfer ? { onBulkTransfer: deps.onBulkTransfer } : {}),
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
      [Outputs.Digest]: result.digest,
      [Outputs.Images]: JSON.stringify(result.targets.map((t) => t.image)),
      [Outputs.CopiedBlobs]: sum("copiedBlobs"),
      [Outputs.MountedBlobs]: sum("mountedBlobs"),
      [Outputs.SkippedBlobs]: sum("skippedBlobs"),
      [Outputs.CopiedBytes]: sum("copiedBytes"),
    },
    summary: `### promote-image\n\n${renderSummary(result)}`,
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
