import type { Logger } from "@platform/action-kit";
import type { AwsCredentials, Mask } from "./credentials.ts";
import { type EcrAuthorization, getEcrAuthorization } from "./ecr.ts";
import { resolveRoleArn } from "./role.ts";
import { assumeRoleWithOidc } from "./sts.ts";

/** The AWS calls a login makes: this package's own, or stand-ins in tests. */
export interface EcrLoginApi {
  assumeRoleWithOidc: typeof assumeRoleWithOidc;
  getEcrAuthorization: typeof getEcrAuthorization;
}

/** GitHub's documented audience for AWS's OIDC provider: what the role's trust policy expects by default. */
export const STS_AUDIENCE = "sts.amazonaws.com";
/** The role session's length: an hour, the shortest every role allows and enough for one job's pushes. */
export const ROLE_SESSION_SECONDS = 3600;

interface EcrLoginOptions {
  /** role-to-assume: an ARN, or a bare name resolved in the account of the registry at hand. Without it, the SDK's default credentials. */
  role?: string;
  sessionName: string;
  /** ROLE_SESSION_SECONDS when absent. */
  durationSeconds?: number;
  /** The `aud` of the GitHub token; STS_AUDIENCE when absent. */
  audience?: string;
  /** Assume the role in this region (aws-region) rather than in each registry's. */
  stsRegion?: string;
  getIdToken: (audience: string) => Promise<string>;
  mask: Mask;
  logger: Logger;
  api?: Partial<EcrLoginApi>;
}

export interface EcrLogin {
  /** The role's credentials for `region`, assumed once per region; undefined without a role. */
  credentials(region: string, accountId?: string): Promise<AwsCredentials | undefined>;
  /** GetAuthorizationToken in `region` (for `registryIds`, else the credentials' own account), once per region and ids. */
  authorize(request: { region: string; registryIds?: string[] }): Promise<EcrAuthorization[]>;
}

/**
 * The one ECR login of the suite: GitHub OIDC token -> STS -> GetAuthorizationToken, each
 * step cached per region (a promotion touching three registries in one region asks once),
 * every secret masked the moment it exists. build-push-oidc, promote-image and promote use it.
 */
export function createEcrLogin(options: EcrLoginOptions): EcrLogin {
  const api: EcrLoginApi = {
    assumeRoleWithOidc: options.api?.assumeRoleWithOidc ?? assumeRoleWithOidc,
    getEcrAuthorization: options.api?.getEcrAuthorization ?? getEcrAuthorization,
  };
  const assumed = new Map<string, Promise<AwsCredentials>>();
  const authorized = new Map<string, Promise<EcrAuthorization[]>>();

  const credentials = (region: string, accountId?: string): Promise<AwsCredentials | undefined> => {
    const role = options.role;
    if (!role) return Promise.resolve(undefined);
    const stsRegion = options.stsRegion ?? region;
    let pending = assumed.get(stsRegion);
    if (!pending) {
      // Async, so that a role name that cannot be resolved rejects like any other failure.
      pending = (async () =>
        api.assumeRoleWithOidc({
          region: stsRegion,
          roleArn: resolveRoleArn(role, accountId),
          sessionName: options.sessionName,
          durationSeconds: options.durationSeconds ?? ROLE_SESSION_SECONDS,
          audience: options.audience ?? STS_AUDIENCE,
          getIdToken: options.getIdToken,
          mask: options.mask,
          logger: options.logger,
        }))();
      assumed.set(stsRegion, pending);
    }
    return pending;
  };

  const authorize = (request: { region: string; registryIds?: string[] }): Promise<EcrAuthorization[]> => {
    const registryIds = request.registryIds ?? [];
    const key = `${request.region}/${registryIds.join(",")}`;
    let pending = authorized.get(key);
    if (!pending) {
      pending = credentials(request.region, registryIds[0]).then((assumedCredentials) =>
        api.getEcrAuthorization({
          region: request.region,
          ...(assumedCredentials ? { credentials: assumedCredentials } : {}),
          ...(registryIds.length ? { registryIds } : {}),
          mask: options.mask,
          logger: options.logger,
        }),
      );
      authorized.set(key, pending);
    }
    return pending;
  };

  return { credentials, authorize };
}

/** One login per role, made on first use: for promote, whose environments each name their own role. */
export function ecrLoginPerRole(options: Omit<EcrLoginOptions, "role">): (role: string) => EcrLogin {
  const logins = new Map<string, EcrLogin>();
  return (role) => {
    const login = logins.get(role) ?? createEcrLogin({ ...options, role });
    logins.set(role, login);
    return login;
  };
}
