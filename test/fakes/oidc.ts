import { createSign, generateKeyPairSync, type KeyObject, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback stand-in for the GitHub Actions OIDC token endpoint (what core.getIDToken calls
 * through ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN) and for the issuer's
 * discovery documents, so a relying party (our STS fake) can verify tokens through the JWKS
 * exactly as AWS does with token.actions.githubusercontent.com.
 */

/** The claims GitHub puts in an Actions ID token (the subset relying parties use). */
export interface Claims {
  iss: string;
  sub: string;
  aud: string | string[];
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: string;
  ref: string;
  ref_type: string;
  sha: string;
  environment?: string;
  /** Pull request events: the head and base branches. */
  head_ref?: string;
  base_ref?: string;
  workflow: string;
  workflow_ref: string;
  job_workflow_ref: string;
  workflow_sha?: string;
  job_workflow_sha?: string;
  event_name: string;
  actor: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  runner_environment: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
}

export interface OidcFake {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already carries a query string, as GitHub's does. */
  url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer token the endpoint demands. */
  requestToken: string;
  /** The `iss` of every token and the base of /.well-known/openid-configuration. */
  issuer: string;
  /** The signing key's public half (also served as JWKS). */
  publicKey: KeyObject;
  keyId: string;
  /** Claims for later tokens of `requestToken`, merged over the current ones (`environment: undefined` removes it). */
  setClaims(claims: Partial<Claims>): void;
  /**
   * A job's own request token (`requestToken`, or a fresh one when undefined): tokens fetched
   * with it carry the job's claims, completed as GitHub derives them (sub, repository_owner,
   * ref_type, job_workflow_ref, ...). Returns ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN for the job.
   */
  registerJob(requestToken: string | undefined, claims: JobClaims): { requestUrl: string; requestToken: string };
  /** The job ended: its request token is refused from now on. */
  revokeJob(requestToken: string): void;
  /** Signs a token directly, as the endpoint would for `audience` (for tests that call STS themselves). */
  mintToken(audience: string, claims?: Partial<Claims>): string;
  /** Every token handed out by the endpoint, in order (to check that callers masked them). */
  issuedTokens: string[];
  /** The JWKS document the issuer serves. */
  jwks(): { keys: JsonWebKeyWithId[] };
  stop(): Promise<void>;
}

export interface JsonWebKeyWithId {
  kty: string;
  n: string;
  e: string;
  kid: string;
  alg: "RS256";
  use: "sig";
}

/** What a job tells the fake about itself; the rest of the claims are derived or defaulted. */
export type JobClaims = Partial<Claims> &
  Pick<Claims, "repository" | "ref" | "sha" | "workflow_ref" | "event_name" | "actor" | "run_id" | "run_attempt">;

const DEFAULT_CLAIMS = {
  repository: "octo-org/app",
  repository_id: "1296269",
  repository_owner: "octo-org",
  repository_owner_id: "9919",
  repository_visibility: "private",
  ref: "refs/heads/main",
  ref_type: "branch",
  sha: "0123456789abcdef0123456789abcdef01234567",
  workflow: "release",
  workflow_ref: "octo-org/app/.github/workflows/release.yml@refs/heads/main",
  job_workflow_ref: "octo-org/app/.github/workflows/release.yml@refs/heads/main",
  event_name: "push",
  actor: "octocat",
  run_id: "4242",
  run_number: "17",
  run_attempt: "1",
  runner_environment: "github-hosted",
} satisfies Partial<Claims>;

/** GitHub's token lifetime: five minutes. */
const TOKEN_LIFETIME_SECONDS = 300;

/** An RS256 JWT with node:crypto only. */
export function signJwt(claims: Record<string, unknown>, privateKey: KeyObject, keyId: string): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  const signingInput = `${encode({ typ: "JWT", alg: "RS256", kid: keyId })}.${encode(claims)}`;
  const signature = createSign("RSA-SHA256").update(signingInput).sign(privateKey).toString("base64url");
  return `${signingInput}.${signature}`;
}

/**
 * The subject GitHub derives (https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#example-subject-claims):
 * the environment wins, then a pull_request event, then the ref.
 */
export function subjectFor(claims: {
  repository: string;
  ref: string;
  environment?: string | undefined;
  event_name?: string | undefined;
}): string {
  if (claims.environment) return `repo:${claims.repository}:environment:${claims.environment}`;
  if (claims.event_name === "pull_request") return `repo:${claims.repository}:pull_request`;
  return `repo:${claims.repository}:ref:${claims.ref}`;
}

/** A job's claims completed as GitHub fills them in. */
export function jobClaims(job: JobClaims): Partial<Claims> {
  const [owner = ""] = job.repository.split("/");
  // `workflow` is the workflow's name; without one GitHub shows the file's path.
  const workflowPath = job.workflow_ref.replace(/^[^/]+\/[^/]+\//, "").replace(/@.*$/, "");
  return {
    ...DEFAULT_CLAIMS,
    repository_owner: owner,
    ref_type: job.ref.startsWith("refs/tags/") ? "tag" : "branch",
    workflow: workflowPath,
    job_workflow_ref: job.workflow_ref,
    workflow_sha: job.sha,
    job_workflow_sha: job.sha,
    run_number: "1",
    ...job,
    sub: job.sub ?? subjectFor(job),
  };
}

export async function startOidcFake(options: { claims?: Partial<Claims> } = {}): Promise<OidcFake> {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyId = randomBytes(16).toString("hex");
  const requestToken = randomBytes(24).toString("base64url");
  let overrides: Partial<Claims> = { ...options.claims };
  const issuedTokens: string[] = [];
  let issuer = "";

  const jwks = (): { keys: JsonWebKeyWithId[] } => {
    const jwk = publicKey.export({ format: "jwk" });
    return {
      keys: [{ kty: String(jwk.kty), n: String(jwk.n), e: String(jwk.e), kid: keyId, alg: "RS256", use: "sig" }],
    };
  };

  /** Each registered job's request token and its claims. */
  const jobs = new Map<string, Partial<Claims>>();

  const sign = (audience: string, merged: Partial<Claims>): string => {
    const now = Math.floor(Date.now() / 1000);
    const claims: Partial<Claims> = {
      jti: randomUUID(),
      ...merged,
      iss: merged.iss ?? issuer,
      aud: merged.aud ?? audience,
      sub:
        merged.sub ??
        subjectFor({
          repository: merged.repository ?? DEFAULT_CLAIMS.repository,
          ref: merged.ref ?? DEFAULT_CLAIMS.ref,
          environment: merged.environment,
          event_name: merged.event_name,
        }),
      iat: merged.iat ?? now,
      nbf: merged.nbf ?? now - 5,
      exp: merged.exp ?? now + TOKEN_LIFETIME_SECONDS,
    };
    return signJwt(claims, privateKey, keyId);
  };
  const mintToken = (audience: string, extra: Partial<Claims> = {}): string =>
    sign(audience, { ...DEFAULT_CLAIMS, ...overrides, ...extra });

  /** Answers one request as [status, JSON body]. */
  const route = (request: http.IncomingMessage): [number, unknown] => {
    const url = new URL(request.url ?? "/", issuer);
    if (request.method !== "GET") return [405, { message: "Method Not Allowed" }];
    if (url.pathname === "/.well-known/openid-configuration") {
      return [
        200,
        {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks`,
          subject_types_supported: ["public", "pairwise"],
          response_types_supported: ["id_token"],
          claims_supported: ["sub", "aud", "exp", "iat", "iss", "jti", "nbf", "ref", "repository", "environment"],
          id_token_signing_alg_values_supported: ["RS256"],
          scopes_supported: ["openid"],
        },
      ];
    }
    if (url.pathname === "/.well-known/jwks") return [200, jwks()];
    if (url.pathname !== "/token") return [404, { message: "Not Found" }];
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
    const job = jobs.get(bearer);
    if (bearer !== requestToken && job === undefined) return [401, { message: "Bad credentials" }];
    const claims: Partial<Claims> = job ?? { ...DEFAULT_CLAIMS, ...overrides };
    // Without `audience` GitHub uses the repository owner's URL.
    const audience =
      url.searchParams.get("audience") ??
      `https://github.com/${claims.repository_owner ?? DEFAULT_CLAIMS.repository_owner}`;
    const value = sign(audience, claims);
    issuedTokens.push(value);
    return [200, { count: 1, value }];
  };
  const server = http.createServer((request, response) => {
    let status: number;
    let body: unknown;
    try {
      [status, body] = route(request);
    } catch (error) {
      // A bug in the fake: answer 500 so the test shows it instead of hanging.
      [status, body] = [500, { message: error instanceof Error ? (error.stack ?? error.message) : String(error) }];
    }
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  issuer = `http://127.0.0.1:${port}`;

  return {
    url: `${issuer}/token?api-version=2.0`,
    requestToken,
    issuer,
    publicKey,
    keyId,
    issuedTokens,
    jwks,
    mintToken,
    setClaims(claims) {
      overrides = { ...overrides, ...claims };
    },
    registerJob(token, claims) {
      const value = token ?? randomBytes(24).toString("base64url");
      if (value === requestToken || jobs.has(value)) throw new Error("That OIDC request token is already in use");
      jobs.set(value, jobClaims(claims));
      return { requestUrl: `${issuer}/token?api-version=2.0`, requestToken: value };
    },
    revokeJob(token) {
      jobs.delete(token);
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
