import {
  createHash,
  createHmac,
  createPublicKey,
  createVerify,
  type JsonWebKey,
  randomBytes,
  randomUUID,
} from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { OidcFake } from "./oidc.ts";

/**
 * A loopback stand-in for AWS's control plane: STS (query protocol, XML) and ECR (JSON 1.1),
 * both on one server, reached by the real SDK through AWS_ENDPOINT_URL_STS and
 * AWS_ENDPOINT_URL_ECR. ECR's data plane is a real registry (htpasswd); GetAuthorizationToken
 * hands out its credentials.
 *
 * STS verifies the web identity token the way AWS does for an OIDC provider: the issuer's JWKS
 * (fetched over HTTP from the OIDC fake's discovery document), the RS256 signature, iss, exp
 * and nbf, then the role's trust condition on `aud` and `sub` (StringLike glob). Every ECR call
 * and GetCallerIdentity must be SigV4-signed with credentials this fake issued: the access key
 * must be one it issued and unexpired, the session token must match, and the signature is
 * recomputed and compared.
 */

export interface FakeRole {
  arn: string;
  trust: {
    audience: string;
    /** IAM StringLike: `*` matches any run of characters, `?` one. Several patterns: any matches. */
    subject: string | string[];
  };
  /** The role's MaxSessionDuration; AWS's default is 3600 s. */
  maxSessionDuration?: number;
}

export interface AwsFakeOptions {
  oidc: OidcFake;
  roles: FakeRole[];
  /** The real registry standing in for ECR's data plane. */
  registry?: { endpoint: string; username: string; password: string };
  accountId?: string;
  /** Where seeded repositories live and what env() sets as AWS_REGION. Default eu-central-1. */
  region?: string;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  roleArn: string;
  sessionName: string;
  subject: string;
  audience: string;
}

export interface FakeImage {
  digest: string;
  manifest: string;
  mediaType: string;
  tags: Set<string>;
  pushedAt: Date;
}

export interface FakeRepository {
  name: string;
  arn: string;
  registryId: string;
  uri: string;
  createdAt: Date;
  imageTagMutability: "MUTABLE" | "IMMUTABLE";
  imageScanningConfiguration: { scanOnPush: boolean };
  /** By digest. */
  images: Map<string, FakeImage>;
}

export interface AwsCall {
  service: "sts" | "ecr";
  operation: string;
  status: number;
  /** The error code answered, when the call failed. */
  error?: string;
  /** The access key the request was signed with (ECR, GetCallerIdentity). */
  accessKeyId?: string;
  /** The request's parameters (STS: form fields without the token; ECR: the JSON body). */
  params: Record<string, unknown>;
}

export interface AwsFake {
  /** Set as both AWS_ENDPOINT_URL_STS and AWS_ENDPOINT_URL_ECR. */
  endpoint: string;
  accountId: string;
  repositories: Map<string, FakeRepository>;
  issuedCredentials: IssuedCredentials[];
  calls: AwsCall[];
  /** The next `n` requests (any operation) answer Throttling / ThrottlingException, status 400. */
  throttleNext(n: number): void;
  /** Ages every issued credential (or one) past its expiration. */
  expireCredentials(accessKeyId?: string): void;
  /** Seeds a repository as if created earlier. */
  addRepository(
    name: string,
    options?: { imageTagMutability?: "MUTABLE" | "IMMUTABLE"; scanOnPush?: boolean },
  ): FakeRepository;
  /** The environment that points the AWS SDK at this fake (and nowhere else). */
  env(region?: string): Record<string, string>;
  stop(): Promise<void>;
}

const STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
const ECR_TARGET_PREFIX = "AmazonEC2ContainerRegistry_V20150921.";
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const xmlEscape = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

const sha256Hex = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

const randomAlnum = (length: number): string => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join("");
};

/** IAM StringLike: `*` any run, `?` one character, everything else literal. */
export function stringLike(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${source}$`, "s").test(value);
}

interface JwtParts {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

function parseJwt(token: string): JwtParts {
  const parts = token.split(".");
  const [header, claims, signature] = parts;
  if (parts.length !== 3 || header === undefined || claims === undefined || signature === undefined) {
    throw new AwsError("InvalidIdentityToken", "The web identity token that was passed could not be validated by AWS.");
  }
  try {
    return {
      header: JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as Record<string, unknown>,
      claims: JSON.parse(Buffer.from(claims, "base64url").toString("utf8")) as Record<string, unknown>,
      signingInput: `${header}.${claims}`,
      signature: Buffer.from(signature, "base64url"),
    };
  } catch {
    throw new AwsError("InvalidIdentityToken", "The web identity token that was passed could not be validated by AWS.");
  }
}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The SigV4 canonical request, as the AWS docs specify it (non-S3 services). */
function canonicalRequest(request: http.IncomingMessage, body: Buffer, signedHeaders: string[]): string {
  const url = new URL(request.url ?? "/", "http://fake");
  const encode = (text: string): string =>
    encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const path = url.pathname
    .split("/")
    .map((segment) => encode(encode(decodeURIComponent(segment))))
    .join("/");
  const query = [...url.searchParams.entries()]
    .map(([key, value]) => [encode(key), encode(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  const headers = signedHeaders
    .map((name) => {
      const raw = request.headers[name];
      const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
      return `${name}:${value.trim().replace(/\s+/g, " ")}\n`;
    })
    .join("");
  const payloadHeader = request.headers["x-amz-content-sha256"];
  const payloadHash = typeof payloadHeader === "string" ? payloadHeader : sha256Hex(body);
  return [request.method ?? "GET", path || "/", query, headers, signedHeaders.join(";"), payloadHash].join("\n");
}

export async function startAwsFake(options: AwsFakeOptions): Promise<AwsFake> {
  const accountId = options.accountId ?? "123456789012";
  const defaultRegion = options.region ?? "eu-central-1";
  const repositories = new Map<string, FakeRepository>();
  const issuedCredentials: IssuedCredentials[] = [];
  const calls: AwsCall[] = [];
  let throttle = 0;
  let endpoint = "";
  let jwksCache: Promise<Array<Record<string, unknown>>> | undefined;

  /** AWS fetches the provider's JWKS through its discovery document; so do we. */
  const providerKeys = (): Promise<Array<Record<string, unknown>>> => {
    jwksCache ??= (async () => {
      const discovery = (await (await fetch(`${options.oidc.issuer}/.well-known/openid-configuration`)).json()) as {
        jwks_uri: string;
      };
      const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Array<Record<string, unknown>> };
      return jwks.keys;
    })();
    return jwksCache;
  };

  const registryHost = (region: string): string =>
    options.registry ? new URL(options.registry.endpoint).host : `${accountId}.dkr.ecr.${region}.amazonaws.com`;

  const makeRepository = (
    name: string,
    region: string,
    settings: { imageTagMutability?: "MUTABLE" | "IMMUTABLE"; scanOnPush?: boolean },
  ): FakeRepository => {
    const repository: FakeRepository = {
      name,
      arn: `arn:aws:ecr:${region}:${accountId}:repository/${name}`,
      registryId: accountId,
      uri: `${registryHost(region)}/${name}`,
      createdAt: new Date(),
      imageTagMutability: settings.imageTagMutability ?? "MUTABLE",
      imageScanningConfiguration: { scanOnPush: settings.scanOnPush ?? false },
      images: new Map(),
    };
    repositories.set(name, repository);
    return repository;
  };

  // ---- authentication of signed requests (ECR, GetCallerIdentity) ----

  const authenticate = (
    request: http.IncomingMessage,
    body: Buffer,
  ): { credentials: IssuedCredentials; region: string } => {
    const authorization = request.headers.authorization;
    if (typeof authorization !== "string" || authorization === "") {
      throw new AwsError("MissingAuthenticationTokenException", "Missing Authentication Token", 403);
    }
    const match =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
        authorization,
      );
    if (!match) {
      throw new AwsError(
        "IncompleteSignatureException",
        "Authorization header requires a valid AWS4-HMAC-SHA256 signature.",
      );
    }
    const [, accessKeyId = "", date = "", region = "", service = "", signedHeaderList = "", signature = ""] = match;
    const credentials = issuedCredentials.find((c) => c.accessKeyId === accessKeyId);
    if (!credentials) {
      throw new AwsError("UnrecognizedClientException", "The security token included in the request is invalid.");
    }
    if (request.headers["x-amz-security-token"] !== credentials.sessionToken) {
      throw new AwsError("UnrecognizedClientException", "The security token included in the request is invalid.");
    }
    if (credentials.expiration.getTime() <= Date.now()) {
      throw new AwsError("ExpiredTokenException", "The security token included in the request is expired");
    }
    const amzDate = request.headers["x-amz-date"];
    const signedHeaders = signedHeaderList.split(";");
    if (typeof amzDate !== "string" || !signedHeaders.includes("host")) {
      throw new AwsError(
        "IncompleteSignatureException",
        "Authorization header requires host and x-amz-date to be signed.",
      );
    }
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = [
      "AWS4-HMAC-SHA256",
      amzDate,
      scope,
      sha256Hex(canonicalRequest(request, body, signedHeaders)),
    ].join("\n");
    let key: Buffer = Buffer.from(`AWS4${credentials.secretAccessKey}`);
    for (const part of [date, region, service, "aws4_request"]) key = createHmac("sha256", key).update(part).digest();
    const expected = createHmac("sha256", key).update(stringToSign).digest("hex");
    if (expected !== signature) {
      throw new AwsError(
        "InvalidSignatureException",
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
        403,
      );
    }
    return { credentials, region };
  };

  // ---- STS ----

  const verifyWebIdentity = async (token: string): Promise<Record<string, unknown>> => {
    const jwt = parseJwt(token);
    const iss = String(jwt.claims.iss);
    if (iss !== options.oidc.issuer) {
      throw new AwsError("InvalidIdentityToken", `No OpenIDConnect provider found in your account for ${iss}`);
    }
    if (jwt.header.alg !== "RS256") {
      throw new AwsError(
        "InvalidIdentityToken",
        "The web identity token that was passed could not be validated by AWS.",
      );
    }
    const jwk = (await providerKeys()).find((key) => key.kid === jwt.header.kid);
    const valid =
      jwk !== undefined &&
      createVerify("RSA-SHA256")
        .update(jwt.signingInput)
        .verify(createPublicKey({ key: jwk as JsonWebKey, format: "jwk" }), jwt.signature);
    if (!valid) {
      throw new AwsError(
        "InvalidIdentityToken",
        "The web identity token that was passed could not be validated by AWS.",
      );
    }
    const now = Math.floor(Date.now() / 1000);
    const exp = Number(jwt.claims.exp);
    if (!Number.isFinite(exp) || exp <= now) {
      throw new AwsError(
        "ExpiredTokenException",
        `Token expired: current date/time ${now} must be before the expiration date/time ${exp}`,
      );
    }
    if (Number(jwt.claims.nbf ?? 0) > now + 60) {
      throw new AwsError("InvalidIdentityToken", "The web identity token is not yet valid.");
    }
    return jwt.claims;
  };

  const stsValidation = (message: string): AwsError => new AwsError("ValidationError", message);

  const assumeRoleWithWebIdentity = async (params: URLSearchParams): Promise<string> => {
    const roleArn = params.get("RoleArn") ?? "";
    const sessionName = params.get("RoleSessionName") ?? "";
    const token = params.get("WebIdentityToken") ?? "";
    const durationText = params.get("DurationSeconds");
    if (roleArn.length < 20 || roleArn.length > 2048) {
      throw stsValidation(
        `1 validation error detected: Value '${roleArn}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`,
      );
    }
    if (!SESSION_NAME.test(sessionName)) {
      throw stsValidation(
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64`,
      );
    }
    const duration = durationText === null ? 3600 : Number(durationText);
    if (!Number.isInteger(duration) || duration < 900 || duration > 43_200) {
      throw stsValidation(
        `1 validation error detected: Value '${durationText}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
      );
    }
    if (token.length < 4) {
      throw stsValidation(
        "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4",
      );
    }
    const claims = await verifyWebIdentity(token);
    const role = options.roles.find((r) => r.arn === roleArn);
    const audiences = Array.isArray(claims.aud) ? claims.aud.map(String) : [String(claims.aud)];
    const subject = String(claims.sub);
    const patterns = role ? [role.trust.subject].flat() : [];
    if (!role || !audiences.includes(role.trust.audience) || !patterns.some((p) => stringLike(p, subject))) {
      throw new AwsError("AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity", 403);
    }
    if (duration > (role.maxSessionDuration ?? 3600)) {
      throw stsValidation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    const credentials: IssuedCredentials = {
      accessKeyId: `ASIA${randomAlnum(16)}`,
      secretAccessKey: randomBytes(30).toString("base64"),
      sessionToken: randomBytes(180).toString("base64"),
      expiration: new Date(Math.floor(Date.now() / 1000 + duration) * 1000),
      roleArn,
      sessionName,
      subject,
      audience: role.trust.audience,
    };
    issuedCredentials.push(credentials);
    const roleName = roleArn.split("/").pop() ?? "";
    const roleAccount = roleArn.split(":")[4] ?? accountId;
    return `<AssumeRoleWithWebIdentityResponse xmlns="${STS_NS}">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>${xmlEscape(subject)}</SubjectFromWebIdentityToken>
    <Audience>${xmlEscape(role.trust.audience)}</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::${roleAccount}:assumed-role/${xmlEscape(roleName)}/${xmlEscape(sessionName)}</Arn>
      <AssumedRoleId>AROA${roleAccount.slice(0, 4)}${randomAlnum(12)}:${xmlEscape(sessionName)}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${xmlEscape(credentials.sessionToken)}</SessionToken>
      <SecretAccessKey>${xmlEscape(credentials.secretAccessKey)}</SecretAccessKey>
      <Expiration>${credentials.expiration.toISOString().replace(/\.\d{3}Z$/, "Z")}</Expiration>
      <AccessKeyId>${credentials.accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>${xmlEscape(String(claims.iss))}</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${randomUUID()}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
  };

  const getCallerIdentity = (credentials: IssuedCredentials): string => {
    const roleName = credentials.roleArn.split("/").pop() ?? "";
    const roleAccount = credentials.roleArn.split(":")[4] ?? accountId;
    return `<GetCallerIdentityResponse xmlns="${STS_NS}">
  <GetCallerIdentityResult>
    <Arn>arn:aws:sts::${roleAccount}:assumed-role/${xmlEscape(roleName)}/${xmlEscape(credentials.sessionName)}</Arn>
    <UserId>AROA${randomAlnum(16)}:${xmlEscape(credentials.sessionName)}</UserId>
    <Account>${roleAccount}</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>${randomUUID()}</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>`;
  };

  const handleSts = async (
    request: http.IncomingMessage,
    body: Buffer,
    response: http.ServerResponse,
  ): Promise<void> => {
    const params = new URLSearchParams(body.toString("utf8"));
    for (const [key, value] of new URL(request.url ?? "/", "http://fake").searchParams) params.set(key, value);
    const action = params.get("Action") ?? "";
    const logged = Object.fromEntries([...params].filter(([key]) => key !== "WebIdentityToken"));
    const call: AwsCall = { service: "sts", operation: action, status: 200, params: logged };
    calls.push(call);
    try {
      if (throttle > 0) {
        throttle--;
        throw new AwsError("Throttling", "Rate exceeded");
      }
      let xml: string;
      if (action === "AssumeRoleWithWebIdentity") {
        xml = await assumeRoleWithWebIdentity(params);
      } else if (action === "GetCallerIdentity") {
        const { credentials } = authenticate(request, body);
        call.accessKeyId = credentials.accessKeyId;
        xml = getCallerIdentity(credentials);
      } else {
        throw new AwsError("InvalidAction", `Could not find operation ${action} for version ${params.get("Version")}`);
      }
      response.writeHead(200, { "content-type": "text/xml", "x-amzn-requestid": randomUUID() });
      response.end(xml);
    } catch (error) {
      const failure = asAwsError(error);
      call.status = failure.status;
      call.error = failure.code;
      const type = failure.status >= 500 ? "Receiver" : "Sender";
      response.writeHead(failure.status, { "content-type": "text/xml", "x-amzn-requestid": randomUUID() });
      response.end(`<ErrorResponse xmlns="${STS_NS}">
  <Error>
    <Type>${type}</Type>
    <Code>${failure.code}</Code>
    <Message>${xmlEscape(failure.message)}</Message>
  </Error>
  <RequestId>${randomUUID()}</RequestId>
</ErrorResponse>`);
    }
  };

  // ---- ECR ----

  /** ECR's paging: maxResults 1-1000 (default 100 here), an opaque nextToken. */
  const paginate = <T>(items: T[], input: Record<string, unknown>): { page: T[]; nextToken?: string } => {
    const max = input.maxResults === undefined ? 100 : Number(input.maxResults);
    if (!Number.isInteger(max) || max < 1 || max > 1000) {
      throw new AwsError(
        "InvalidParameterException",
        "Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value between 1 and 1000'",
      );
    }
    let start = 0;
    if (input.nextToken !== undefined) {
      start = Number(
        Buffer.from(String(input.nextToken), "base64url")
          .toString("utf8")
          .replace(/^offset:/, ""),
      );
      if (!Number.isInteger(start) || start < 0) {
        throw new AwsError("InvalidParameterException", "Invalid parameter at 'nextToken'");
      }
    }
    const end = start + max;
    return {
      page: items.slice(start, end),
      ...(end < items.length ? { nextToken: Buffer.from(`offset:${end}`).toString("base64url") } : {}),
    };
  };

  const refusePagingWith = (input: Record<string, unknown>, field: string): void => {
    if (input.maxResults !== undefined || input.nextToken !== undefined) {
      throw new AwsError(
        "InvalidParameterException",
        `Invalid parameter: maxResults and nextToken cannot be used together with ${field}`,
      );
    }
  };

  const repositoryOf = (input: Record<string, unknown>): FakeRepository => {
    const name = String(input.repositoryName ?? "");
    const registryId = String(input.registryId ?? accountId);
    const repository = registryId === accountId ? repositories.get(name) : undefined;
    if (!repository) {
      throw new AwsError(
        "RepositoryNotFoundException",
        `The repository with name '${name}' does not exist in the registry with id '${registryId}'`,
      );
    }
    return repository;
  };

  const describeRepository = (r: FakeRepository): Record<string, unknown> => ({
    repositoryArn: r.arn,
    registryId: r.registryId,
    repositoryName: r.name,
    repositoryUri: r.uri,
    createdAt: r.createdAt.getTime() / 1000,
    imageTagMutability: r.imageTagMutability,
    imageScanningConfiguration: r.imageScanningConfiguration,
    encryptionConfiguration: { encryptionType: "AES256" },
  });

  const imageSize = (manifest: string): number => {
    try {
      const parsed = JSON.parse(manifest) as { config?: { size?: number }; layers?: Array<{ size?: number }> };
      return (parsed.config?.size ?? 0) + (parsed.layers ?? []).reduce((sum, layer) => sum + (layer.size ?? 0), 0);
    } catch {
      return 0;
    }
  };

  type ImageId = { imageDigest?: string; imageTag?: string };
  const findImage = (repository: FakeRepository, id: ImageId): FakeImage | "mismatch" | undefined => {
    const byTag = id.imageTag
      ? [...repository.images.values()].find((image) => image.tags.has(id.imageTag ?? ""))
      : undefined;
    if (id.imageDigest) {
      const byDigest = repository.images.get(id.imageDigest);
      if (byDigest && id.imageTag && byTag !== byDigest) return "mismatch";
      return byDigest;
    }
    return byTag;
  };

  const ecrOperations: Record<string, (input: Record<string, unknown>, region: string) => Record<string, unknown>> = {
    GetAuthorizationToken: (input, region) => {
      const ids =
        Array.isArray(input.registryIds) && input.registryIds.length > 0 ? input.registryIds.map(String) : [accountId];
      // Real ECR answers user AWS and a 12-hour token; our data plane is a real registry with htpasswd.
      const login = options.registry
        ? `${options.registry.username}:${options.registry.password}`
        : `AWS:${randomBytes(48).toString("base64")}`;
      const proxyEndpoint = options.registry?.endpoint ?? `https://${registryHost(region)}`;
      return {
        authorizationData: ids.map(() => ({
          authorizationToken: Buffer.from(login).toString("base64"),
          expiresAt: Math.floor(Date.now() / 1000) + 12 * 3600,
          proxyEndpoint,
        })),
      };
    },
    DescribeRepositories: (input) => {
      const names = Array.isArray(input.repositoryNames) ? input.repositoryNames.map(String) : undefined;
      if (names) {
        refusePagingWith(input, "repositoryNames");
        return {
          repositories: names.map((name) => describeRepository(repositoryOf({ ...input, repositoryName: name }))),
        };
      }
      const { page, nextToken } = paginate([...repositories.values()], input);
      return { repositories: page.map(describeRepository), ...(nextToken ? { nextToken } : {}) };
    },
    CreateRepository: (input, region) => {
      const name = String(input.repositoryName ?? "");
      if (name.length < 2 || name.length > 256 || !REPOSITORY_NAME.test(name)) {
        throw new AwsError(
          "InvalidParameterException",
          `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`,
        );
      }
      if (repositories.has(name)) {
        throw new AwsError(
          "RepositoryAlreadyExistsException",
          `The repository with name '${name}' already exists in the registry with id '${accountId}'`,
        );
      }
      const mutability = input.imageTagMutability === "IMMUTABLE" ? "IMMUTABLE" : "MUTABLE";
      const scanning = input.imageScanningConfiguration as { scanOnPush?: boolean } | undefined;
      const repository = makeRepository(name, region, {
        imageTagMutability: mutability,
        scanOnPush: scanning?.scanOnPush === true,
      });
      return { repository: describeRepository(repository) };
    },
    BatchGetImage: (input) => {
      const repository = repositoryOf(input);
      const ids = (Array.isArray(input.imageIds) ? input.imageIds : []) as ImageId[];
      const images: Array<Record<string, unknown>> = [];
      const failures: Array<Record<string, unknown>> = [];
      for (const id of ids) {
        const image = findImage(repository, id);
        if (image === "mismatch") {
          failures.push({
            imageId: id,
            failureCode: "ImageTagDoesNotMatchDigest",
            failureReason: "Invalid image tag for image digest",
          });
        } else if (!image) {
          failures.push({ imageId: id, failureCode: "ImageNotFound", failureReason: "Requested image not found" });
        } else {
          images.push({
            registryId: repository.registryId,
            repositoryName: repository.name,
            imageId: { imageDigest: image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
            imageManifest: image.manifest,
            imageManifestMediaType: image.mediaType,
          });
        }
      }
      return { images, failures };
    },
    PutImage: (input) => {
      const repository = repositoryOf(input);
      const manifest = String(input.imageManifest ?? "");
      let parsed: { mediaType?: string };
      try {
        parsed = JSON.parse(manifest) as { mediaType?: string };
      } catch {
        throw new AwsError(
          "InvalidParameterException",
          "Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'Invalid JSON syntax'",
        );
      }
      const digest = `sha256:${sha256Hex(Buffer.from(manifest, "utf8"))}`;
      if (typeof input.imageDigest === "string" && input.imageDigest !== digest) {
        throw new AwsError(
          "ImageDigestDoesNotMatchException",
          `Provided digest ${input.imageDigest} does not match the digest of the manifest ${digest}`,
        );
      }
      const mediaType = String(
        input.imageManifestMediaType ?? parsed.mediaType ?? "application/vnd.docker.distribution.manifest.v2+json",
      );
      const tag = typeof input.imageTag === "string" ? input.imageTag : undefined;
      const existing = repository.images.get(digest);
      if (existing && (tag === undefined || existing.tags.has(tag))) {
        throw new AwsError(
          "ImageAlreadyExistsException",
          `Image with digest '${digest}'${tag ? ` and tag '${tag}'` : ""} already exists in the repository with name '${repository.name}' in registry with id '${repository.registryId}'`,
        );
      }
      const holder = tag ? [...repository.images.values()].find((image) => image.tags.has(tag)) : undefined;
      if (holder && tag) {
        if (repository.imageTagMutability === "IMMUTABLE") {
          throw new AwsError(
            "ImageTagAlreadyExistsException",
            `The image tag '${tag}' already exists in the '${repository.name}' repository and cannot be overwritten because the repository is immutable.`,
          );
        }
        holder.tags.delete(tag);
      }
      const image = existing ?? { digest, manifest, mediaType, tags: new Set<string>(), pushedAt: new Date() };
      if (tag) image.tags.add(tag);
      repository.images.set(digest, image);
      return {
        image: {
          registryId: repository.registryId,
          repositoryName: repository.name,
          imageId: { imageDigest: digest, ...(tag ? { imageTag: tag } : {}) },
          imageManifest: manifest,
          imageManifestMediaType: mediaType,
        },
      };
    },
    DescribeImages: (input) => {
      const repository = repositoryOf(input);
      let images: FakeImage[];
      let nextToken: string | undefined;
      if (Array.isArray(input.imageIds) && input.imageIds.length > 0) {
        refusePagingWith(input, "imageIds");
        images = (input.imageIds as ImageId[]).map((id) => {
          const image = findImage(repository, id);
          if (!image || image === "mismatch") {
            throw new AwsError(
              "ImageNotFoundException",
              `The image with imageId {imageDigest:'${id.imageDigest ?? "null"}', imageTag:'${id.imageTag ?? "null"}'} does not exist within the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`,
            );
          }
          return image;
        });
      } else {
        const status = (input.filter as { tagStatus?: string } | undefined)?.tagStatus ?? "ANY";
        ({ page: images, nextToken } = paginate(
          [...repository.images.values()].filter(
            (image) => status === "ANY" || (status === "TAGGED") === image.tags.size > 0,
          ),
          input,
        ));
      }
      return {
        ...(nextToken ? { nextToken } : {}),
        imageDetails: images.map((image) => ({
          registryId: repository.registryId,
          repositoryName: repository.name,
          imageDigest: image.digest,
          ...(image.tags.size > 0 ? { imageTags: [...image.tags] } : {}),
          imageSizeInBytes: imageSize(image.manifest),
          imagePushedAt: image.pushedAt.getTime() / 1000,
          imageManifestMediaType: image.mediaType,
        })),
      };
    },
  };

  const handleEcr = (
    request: http.IncomingMessage,
    body: Buffer,
    target: string,
    response: http.ServerResponse,
  ): void => {
    const operation = target.slice(ECR_TARGET_PREFIX.length);
    let input: Record<string, unknown> = {};
    const call: AwsCall = { service: "ecr", operation, status: 200, params: input };
    calls.push(call);
    try {
      if (throttle > 0) {
        throttle--;
        throw new AwsError("ThrottlingException", "Rate exceeded");
      }
      const { credentials, region } = authenticate(request, body);
      call.accessKeyId = credentials.accessKeyId;
      const handler = ecrOperations[operation];
      if (!target.startsWith(ECR_TARGET_PREFIX) || !handler) {
        throw new AwsError("UnknownOperationException", `Unknown operation ${target}`);
      }
      try {
        input = body.length > 0 ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>) : {};
      } catch {
        throw new AwsError("SerializationException", "Start of structure or map found where not expected.");
      }
      call.params = input;
      const output = handler(input, region);
      response.writeHead(200, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": randomUUID() });
      response.end(JSON.stringify(output));
    } catch (error) {
      const failure = asAwsError(error);
      call.status = failure.status;
      call.error = failure.code;
      response.writeHead(failure.status, {
        "content-type": "application/x-amz-json-1.1",
        "x-amzn-requestid": randomUUID(),
        "x-amzn-errortype": failure.code,
      });
      response.end(JSON.stringify({ __type: failure.code, message: failure.message }));
    }
  };

  const server = http.createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const target = request.headers["x-amz-target"];
      if (typeof target === "string") handleEcr(request, body, target, response);
      else await handleSts(request, body, response);
    })().catch((error: unknown) => {
      // A bug in the fake: answer 500 so the test shows it instead of hanging.
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end(error instanceof Error ? (error.stack ?? error.message) : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    endpoint,
    accountId,
    repositories,
    issuedCredentials,
    calls,
    throttleNext(n) {
      throttle = n;
    },
    expireCredentials(accessKeyId) {
      for (const credentials of issuedCredentials) {
        if (accessKeyId === undefined || credentials.accessKeyId === accessKeyId) {
          credentials.expiration = new Date(Date.now() - 1000);
        }
      }
    },
    addRepository(name, settings = {}) {
      return makeRepository(name, defaultRegion, settings);
    },
    env(region = defaultRegion) {
      return {
        AWS_ENDPOINT_URL_STS: endpoint,
        AWS_ENDPOINT_URL_ECR: endpoint,
        AWS_REGION: region,
        AWS_EC2_METADATA_DISABLED: "true",
      };
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function asAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  return new AwsError("InternalFailure", error instanceof Error ? error.message : String(error), 500);
}
