import type { ECRClient } from "@aws-sdk/client-ecr";
import { ConfigurationError, errorMessage, FieldError, type Logger } from "@platform/action-kit";
import type { AwsCredentials, Mask } from "./credentials.ts";
import { awsServiceFailure } from "./failures.ts";
import { type AwsField, awsFieldError } from "./fields.ts";
import { validateRegion } from "./role.ts";

export interface EcrAuthorization {
  /** host[:port] of the registry, from proxyEndpoint: the key of a docker config `auths`. */
  registry: string;
  /** proxyEndpoint as ECR gives it, e.g. https://123456789012.dkr.ecr.eu-central-1.amazonaws.com */
  endpoint: string;
  username: string;
  password: string;
  expiresAt?: Date;
}

interface EcrClientOptions {
  region: string;
  /** From assumeRoleWithOidc; the SDK's default credential chain when omitted. */
  credentials?: AwsCredentials;
  maxAttempts?: number;
}

/** Loaded on first use: the SDK costs ~100 ms of start-up that actions without ECR need not pay. */
const loadEcr = () => import("@aws-sdk/client-ecr");

async function ecrClient(options: EcrClientOptions): Promise<ECRClient> {
  validateRegion(options.region);
  const { ECRClient } = await loadEcr();
  return new ECRClient({
    region: options.region,
    maxAttempts: options.maxAttempts ?? 5,
    retryMode: "standard",
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
}

/** Registry logins from GetAuthorizationToken; the password is masked before it is returned. */
export async function getEcrAuthorization(
  options: EcrClientOptions & { registryIds?: string[]; mask: Mask; logger: Logger },
): Promise<EcrAuthorization[]> {
  const client = await ecrClient(options);
  const { GetAuthorizationTokenCommand } = await loadEcr();
  try {
    const response = await client.send(
      new GetAuthorizationTokenCommand(options.registryIds?.length ? { registryIds: options.registryIds } : {}),
    );
    const result: EcrAuthorization[] = [];
    for (const data of response.authorizationData ?? []) {
      if (!data.authorizationToken || !data.proxyEndpoint) continue;
      options.mask(data.authorizationToken);
      const decoded = Buffer.from(data.authorizationToken, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon < 1) throw new Error("ECR GetAuthorizationToken returned a token that is not user:password");
      const password = decoded.slice(colon + 1);
      options.mask(password);
      const endpoint = data.proxyEndpoint;
      const registry = new URL(endpoint.includes("://") ? endpoint : `https://${endpoint}`).host;
      options.logger.debug(`ECR authorization for ${registry}`);
      result.push({
        registry,
        endpoint,
        username: decoded.slice(0, colon),
        password,
        ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
      });
    }
    if (result.length === 0) throw new Error("ECR GetAuthorizationToken returned no authorization data");
    return result;
  } catch (error) {
    throw explainEcrError(error, "GetAuthorizationToken");
  } finally {
    client.destroy();
  }
}

/**
 * Makes sure an ECR repository exists. A created one gets immutable tags (a released tag can
 * never be moved) and scan on push.
 */
export async function ensureEcrRepository(
  options: EcrClientOptions & { name: string; create: boolean; logger: Logger; registryId?: string },
): Promise<"exists" | "created"> {
  const client = await ecrClient(options);
  const { CreateRepositoryCommand, DescribeRepositoriesCommand } = await loadEcr();
  const registryId = options.registryId ? { registryId: options.registryId } : {};
  try {
    try {
      await client.send(new DescribeRepositoriesCommand({ ...registryId, repositoryNames: [options.name] }));
      return "exists";
    } catch (error) {
      if (!(error instanceof Error) || error.name !== "RepositoryNotFoundException") throw error;
    }
    if (!options.create) {
      throw new FieldError<AwsField>(
        "createRepository",
        (nameOf) =>
          `the ECR repository ${JSON.stringify(options.name)} does not exist in ${options.region}; create it, or set ${nameOf("createRepository")}: true.`,
      );
    }
    try {
      await client.send(
        new CreateRepositoryCommand({
          ...registryId,
          repositoryName: options.name,
          imageTagMutability: "IMMUTABLE",
          imageScanningConfiguration: { scanOnPush: true },
        }),
      );
    } catch (error) {
      // Another job created it in between: that is what we wanted.
      if (error instanceof Error && error.name === "RepositoryAlreadyExistsException") return "exists";
      throw error;
    }
    options.logger.info(`Created ECR repository ${options.name} (immutable tags, scan on push)`);
    return "created";
  } catch (error) {
    if (error instanceof Error && error.name === "InvalidParameterException") {
      throw awsFieldError(
        "repository",
        options.name,
        "is not a valid ECR repository name",
        "use lowercase letters and digits separated by . _ - or /",
      );
    }
    throw explainEcrError(error, `repository ${options.name}`);
  } finally {
    client.destroy();
  }
}

function explainEcrError(error: unknown, what: string): Error {
  if (error instanceof ConfigurationError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "AccessDeniedException") {
    return new ConfigurationError(
      `ECR refused ${what} (AccessDeniedException: ${errorMessage(error)}); grant the role assumed the ECR permissions it needs.`,
    );
  }
  if (name === "InvalidParameterException") {
    return new ConfigurationError(`ECR refused ${what} (InvalidParameterException: ${errorMessage(error)}).`);
  }
  return (
    awsServiceFailure(error, `ECR ${what}`) ??
    new Error(`ECR ${what} failed: ${name ? `${name}: ` : ""}${errorMessage(error)}`, { cause: error })
  );
}
