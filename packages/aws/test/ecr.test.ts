import { afterAll, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { ConfigurationError, memoryLogger, ServiceError } from "@platform/action-kit";
import { type AwsFake, startAwsFake } from "../../../test/fakes/aws.ts";
import { type OidcFake, startOidcFake } from "../../../test/fakes/oidc.ts";
import { type AwsCredentials, assumeRoleWithOidc, ensureEcrRepository, getEcrAuthorization } from "../src/index.ts";

/** Real SDK, real HTTP: OIDC -> STS -> ECR against the fakes. */
const ROLE = "arn:aws:iam::123456789012:role/gha-ecr-push";
const REGION = "eu-central-1";
const registry = { endpoint: "http://127.0.0.1:5999", username: "ecr-user", password: "s3cret-Pa55" };

let oidc: OidcFake;
let aws: AwsFake;
let credentials: AwsCredentials;
const savedEnv = { ...process.env };
let masked: string[];
let logger: ReturnType<typeof memoryLogger>;
const mask = (secret: string): void => {
  masked.push(secret);
};

beforeAll(async () => {
  oidc = await startOidcFake();
  aws = await startAwsFake({
    oidc,
    registry,
    roles: [{ arn: ROLE, trust: { audience: "sts.amazonaws.com", subject: "repo:octo-org/app:ref:refs/heads/*" } }],
  });
  process.env = { ...savedEnv, ...aws.env(REGION) };
  credentials = await assumeRoleWithOidc({
    region: REGION,
    roleArn: ROLE,
    sessionName: "ecr-test",
    durationSeconds: 900,
    audience: "sts.amazonaws.com",
    getIdToken: async (audience) => oidc.mintToken(audience),
    mask: () => undefined,
    logger: memoryLogger(),
  });
});

beforeEach(() => {
  masked = [];
  logger = memoryLogger();
});

afterAll(async () => {
  process.env = savedEnv;
  await aws.stop();
  await oidc.stop();
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("getEcrAuthorization", () => {
  test("returns the registry login, the password and the raw token masked", async () => {
    const [login, ...more] = await getEcrAuthorization({ region: REGION, credentials, mask, logger });
    expect(more).toEqual([]);
    expect(login).toMatchObject({
      registry: "127.0.0.1:5999",
      endpoint: registry.endpoint,
      username: "ecr-user",
      password: "s3cret-Pa55",
    });
    expect(login?.expiresAt).toBeInstanceOf(Date);
    expect(masked).toEqual([Buffer.from("ecr-user:s3cret-Pa55").toString("base64"), "s3cret-Pa55"]);
    expect(aws.calls.at(-1)).toMatchObject({
      operation: "GetAuthorizationToken",
      status: 200,
      accessKeyId: credentials.accessKeyId,
    });
    expect(logger.lines.join("\n")).not.toContain("s3cret");
  });

  test("one login per requested registry id", async () => {
    const logins = await getEcrAuthorization({
      region: REGION,
      credentials,
      registryIds: ["123456789012", "210987654321"],
      mask,
      logger,
    });
    expect(logins).toHaveLength(2);
    expect(aws.calls.at(-1)?.params).toEqual({ registryIds: ["123456789012", "210987654321"] });
  });

  test("credentials STS never issued are a plain error naming ECR's answer", async () => {
    const error = await rejection(
      getEcrAuthorization({
        region: REGION,
        credentials: { accessKeyId: "ASIAUNKNOWNUNKNOWN00", secretAccessKey: "x".repeat(40), sessionToken: "t" },
        mask,
        logger,
      }),
    );
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("UnrecognizedClientException");
    expect(masked).toEqual([]);
  });
});

describe("ensureEcrRepository", () => {
  test("a missing repository without create-repository is a ConfigurationError and nothing is created", async () => {
    const error = await rejection(
      ensureEcrRepository({ region: REGION, credentials, name: "dev-api", create: false, logger }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ field: "createRepository" });
    expect(error.message).toMatch(/^createRepository: .*or set createRepository: true\.$/);
    expect(error.message).toContain('"dev-api"');
    expect(aws.repositories.has("dev-api")).toBe(false);
  });

  test("creates a missing repository with immutable tags and scan on push, then finds it", async () => {
    expect(await ensureEcrRepository({ region: REGION, credentials, name: "dev-backend", create: true, logger })).toBe(
      "created",
    );
    expect(aws.repositories.get("dev-backend")).toMatchObject({
      imageTagMutability: "IMMUTABLE",
      imageScanningConfiguration: { scanOnPush: true },
    });
    expect(await ensureEcrRepository({ region: REGION, credentials, name: "dev-backend", create: true, logger })).toBe(
      "exists",
    );
    expect(aws.calls.slice(-1)[0]).toMatchObject({ operation: "DescribeRepositories", status: 200 });
  });

  test("an existing repository is left as it is", async () => {
    aws.addRepository("legacy", { imageTagMutability: "MUTABLE" });
    expect(await ensureEcrRepository({ region: REGION, credentials, name: "legacy", create: true, logger })).toBe(
      "exists",
    );
    expect(aws.repositories.get("legacy")?.imageTagMutability).toBe("MUTABLE");
  });

  test("a name ECR refuses is a ConfigurationError naming the image input", async () => {
    const error = await rejection(
      ensureEcrRepository({ region: REGION, credentials, name: "Dev_Backend", create: true, logger }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ field: "repository" });
    expect(error.message).toMatch(/^repository: "Dev_Backend" is not a valid ECR repository name/);
  });

  test("ECR throttling is retried by the SDK", async () => {
    aws.throttleNext(2);
    expect(await ensureEcrRepository({ region: REGION, credentials, name: "legacy", create: false, logger })).toBe(
      "exists",
    );
    expect(aws.calls.slice(-3).map((c) => c.error ?? "ok")).toEqual([
      "ThrottlingException",
      "ThrottlingException",
      "ok",
    ]);
  });

  test("ECR throttling that outlasts the attempts is one ServiceError line", async () => {
    aws.throttleNext(2);
    const error = await rejection(
      ensureEcrRepository({ region: REGION, credentials, name: "legacy", create: false, logger, maxAttempts: 2 }),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toMatch(
      /^AWS ECR repository legacy failed \(ThrottlingException: .*; HTTP 400, after 2 attempts\); try again later, or check the AWS Health Dashboard\.$/,
    );
  });

  test("expired credentials are a plain error naming ExpiredTokenException", async () => {
    const stale = await assumeRoleWithOidc({
      region: REGION,
      roleArn: ROLE,
      sessionName: "stale",
      durationSeconds: 900,
      audience: "sts.amazonaws.com",
      getIdToken: async (audience) => oidc.mintToken(audience),
      mask: () => undefined,
      logger,
    });
    aws.expireCredentials(stale.accessKeyId);
    const error = await rejection(
      ensureEcrRepository({ region: REGION, credentials: stale, name: "legacy", create: false, logger }),
    );
    expect(error.message).toContain("ExpiredTokenException");
  });
});
