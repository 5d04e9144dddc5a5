import { errorMessage, FieldError, type Logger, shownValue } from "@platform/action-kit";
import type { AwsCredentials, Mask } from "./credentials.ts";
import { awsServiceFailure } from "./failures.ts";
import type { AwsField } from "./fields.ts";
import { describeTokenSubject } from "./jwt.ts";
import { throttlingAndNetworkRetry } from "./retry.ts";
import { validateDurationSeconds, validateRegion, validateSessionName } from "./role.ts";

export interface AssumeRoleWithOidcOptions {
  region: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  /** The `aud` to request in the GitHub token; sts.amazonaws.com by convention. */
  audience: string;
  /** core.getIDToken in an action. */
  getIdToken: (audience: string) => Promise<string>;
  mask: Mask;
  logger: Logger;
  /** Attempts of the SDK's standard retry strategy, on throttling and network errors only. Default 5. */
  maxAttempts?: number;
  /** Where to look for ACTIONS_ID_TOKEN_REQUEST_URL when getIdToken fails; process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/** STS answers that mean the role's trust policy or the token is wrong: never worth a retry. */
const REFUSALS = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "InvalidIdentityToken",
  "InvalidIdentityTokenException",
  "ExpiredTokenException",
  "IDPRejectedClaim",
  "IDPRejectedClaimException",
]);

/**
 * GitHub OIDC token -> STS AssumeRoleWithWebIdentity -> temporary credentials, each secret
 * masked the moment it exists. Throttling and network errors are retried by the SDK's own
 * standard retry strategy (exponential backoff with jitter); refusals and 5xx answers fail at once.
 */
export async function assumeRoleWithOidc(options: AssumeRoleWithOidcOptions): Promise<AwsCredentials> {
  validateRegion(options.region);
  validateSessionName(options.sessionName);
  validateDurationSeconds(options.durationSeconds);

  const token = await fetchIdToken(options);
  options.mask(token);

  // Loaded on first use: the SDK costs ~100 ms of start-up that actions without AWS need not pay.
  const { AssumeRoleWithWebIdentityCommand, STSClient } = await import("@aws-sdk/client-sts");
  // AssumeRoleWithWebIdentity is unsigned (noAuth), so no ambient credentials are read.
  const client = new STSClient({
    region: options.region,
    retryStrategy: await throttlingAndNetworkRetry(options.maxAttempts ?? 5),
  });
  options.logger.info(`Assuming ${options.roleArn} as session ${options.sessionName} through GitHub OIDC`);
  try {
    const response = await client.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: options.roleArn,
        RoleSessionName: options.sessionName,
        WebIdentityToken: token,
        DurationSeconds: options.durationSeconds,
      }),
    );
    const issued = response.Credentials;
    if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
      throw new Error("STS AssumeRoleWithWebIdentity answered without credentials");
    }
    options.mask(issued.AccessKeyId);
    options.mask(issued.SecretAccessKey);
    if (issued.SessionToken) options.mask(issued.SessionToken);
    const attempts = response.$metadata.attempts ?? 1;
    options.logger.info(
      `Assumed ${response.AssumedRoleUser?.Arn ?? options.roleArn}${attempts > 1 ? ` after ${attempts} attempts` : ""}`,
    );
    return {
      accessKeyId: issued.AccessKeyId,
      secretAccessKey: issued.SecretAccessKey,
      ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
      ...(issued.Expiration ? { expiration: issued.Expiration } : {}),
    };
  } catch (error) {
    throw explainStsError(error, options.roleArn, token);
  } finally {
    client.destroy();
  }
}

async function fetchIdToken(options: AssumeRoleWithOidcOptions): Promise<string> {
  const env = options.env ?? process.env;
  try {
    return await options.getIdToken(options.audience);
  } catch (error) {
    // core.getIDToken's messages span lines; the step's failure is one line.
    const message = errorMessage(error).replace(/\s+/g, " ").trim();
    // @actions/core says "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable" (or _TOKEN).
    const missing =
      !env.ACTIONS_ID_TOKEN_REQUEST_URL ||
      !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ||
      /Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message);
    if (missing) {
      throw new FieldError<AwsField>(
        "role",
        `${shownValue(options.roleArn)} needs a GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set for this job; grant the job "permissions: id-token: write" (pull requests from forks never get one).`,
      );
    }
    throw new Error(`Could not get a GitHub OIDC token for audience ${JSON.stringify(options.audience)}: ${message}`);
  }
}

function explainStsError(error: unknown, roleArn: string, token: string): Error {
  const name = error instanceof Error ? error.name : "";
  if (REFUSALS.has(name)) {
    return new FieldError<AwsField>(
      "role",
      `${JSON.stringify(roleArn)} refused the GitHub OIDC token with ${describeTokenSubject(token)} (${name}: ${errorMessage(error)}); allow this sub and aud in the role's trust policy (token.actions.githubusercontent.com:sub and :aud).`,
    );
  }
  if (name === "ValidationError") {
    return new FieldError<AwsField>(
      "role",
      (nameOf) =>
        `STS refused the request for ${JSON.stringify(roleArn)} (ValidationError: ${errorMessage(error)}); check ${nameOf("role")}, ${nameOf("sessionName")} and ${nameOf("durationSeconds")}.`,
    );
  }
  const outside = awsServiceFailure(error, `STS AssumeRoleWithWebIdentity for ${roleArn}`);
  if (outside) return outside;
  const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts;
  return new Error(
    `STS AssumeRoleWithWebIdentity for ${roleArn} failed${attempts ? ` after ${attempts} attempts` : ""}: ${name ? `${name}: ` : ""}${errorMessage(error)}`,
    { cause: error },
  );
}
