import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "@jest/globals";
import { ConfigurationError, memoryLogger, ServiceError } from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { type AwsFake, startAwsFake } from "../../../test/fakes/aws.ts";
import { type OidcFake, startOidcFake } from "../../../test/fakes/oidc.ts";
import { type AssumeRoleWithOidcOptions, assumeRoleWithOidc } from "../src/index.ts";

/** Real SDK, real HTTP: the package against the STS and OIDC fakes. */
const ROLE = "arn:aws:iam::123456789012:role/gha-ecr-push";
const PROD_ROLE = "arn:aws:iam::123456789012:role/gha-production";
const AUDIENCE = "sts.amazonaws.com";

let oidc: OidcFake;
let aws: AwsFake;
const savedEnv = { ...process.env };
let masked: string[];
let logger: ReturnType<typeof memoryLogger>;

beforeAll(async () => {
  oidc = await startOidcFake();
  aws = await startAwsFake({
    oidc,
    roles: [
      { arn: ROLE, trust: { audience: AUDIENCE, subject: "repo:octo-org/app:*" } },
      { arn: PROD_ROLE, trust: { audience: AUDIENCE, subject: "repo:octo-org/app:environment:production" } },
    ],
  });
});

beforeEach(() => {
  process.env = { ...savedEnv, ...aws.env() };
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.url;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestToken;
  oidc.setClaims({ environment: undefined, exp: undefined, iat: undefined, nbf: undefined });
  aws.throttleNext(0);
  masked = [];
  logger = memoryLogger();
});

afterAll(async () => {
  process.env = savedEnv;
  await aws.stop();
  await oidc.stop();
});

const options = (extra: Partial<AssumeRoleWithOidcOptions> = {}): AssumeRoleWithOidcOptions => ({
  region: "eu-central-1",
  roleArn: ROLE,
  sessionName: "GitHubActions-octo-org-app-4242",
  durationSeconds: 3600,
  audience: AUDIENCE,
  // The real @actions/core client (through the kit) against the fake token endpoint.
  getIdToken: (audience) => getIDToken(audience),
  mask: (secret) => masked.push(secret),
  logger,
  maxAttempts: 3,
  ...extra,
});

const stsCalls = (): number => aws.calls.filter((c) => c.operation === "AssumeRoleWithWebIdentity").length;

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("assumeRoleWithOidc", () => {
  test("returns the credentials STS issued, every secret masked, the token first", async () => {
    const credentials = await assumeRoleWithOidc(options());
    const issued = aws.issuedCredentials.at(-1);
    expect(credentials).toEqual({
      accessKeyId: issued?.accessKeyId,
      secretAccessKey: issued?.secretAccessKey,
      sessionToken: issued?.sessionToken,
      expiration: issued?.expiration,
    });
    expect(issued).toMatchObject({
      roleArn: ROLE,
      sessionName: "GitHubActions-octo-org-app-4242",
      subject: "repo:octo-org/app:ref:refs/heads/main",
    });
    expect(masked).toEqual([
      oidc.issuedTokens.at(-1),
      issued?.accessKeyId,
      issued?.secretAccessKey,
      issued?.sessionToken,
    ]);
    const log = logger.lines.join("\n");
    for (const secret of masked) expect(log).not.toContain(secret);
    expect(log).toContain("assumed-role/gha-ecr-push/GitHubActions-octo-org-app-4242");
  });

  test("throttling is retried with backoff and then succeeds", async () => {
    const before = stsCalls();
    aws.throttleNext(2);
    await assumeRoleWithOidc(options());
    expect(stsCalls() - before).toBe(3);
    expect(logger.lines.join("\n")).toMatch(/after 3 attempts/);
  });

  test("throttling that outlasts the attempts is one ServiceError line naming Throttling", async () => {
    const before = stsCalls();
    aws.throttleNext(10);
    const error = await rejection(assumeRoleWithOidc(options({ maxAttempts: 2 })));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toBe(
      `AWS STS AssumeRoleWithWebIdentity for ${ROLE} failed (Throttling: Rate exceeded; HTTP 400, after 2 attempts); try again later, or check the AWS Health Dashboard.`,
    );
    expect(stsCalls() - before).toBe(2);
  });

  test("a connection reset is retried", async () => {
    // A loopback hop that resets the first connection and forwards the rest to the fake.
    let resets = 1;
    const hop = http.createServer((request, response) => {
      if (resets-- > 0) {
        request.socket.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        void fetch(aws.endpoint, {
          method: request.method ?? "POST",
          headers: { "content-type": String(request.headers["content-type"]) },
          body: Buffer.concat(chunks),
        }).then(async (upstream) => {
          response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "text/xml" });
          response.end(Buffer.from(await upstream.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => hop.listen(0, "127.0.0.1", resolve));
    try {
      process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(hop.address() as AddressInfo).port}`;
      const before = stsCalls();
      await assumeRoleWithOidc(options());
      expect(resets).toBeLessThan(0);
      expect(stsCalls() - before).toBe(1);
    } finally {
      hop.closeAllConnections();
      await new Promise<void>((resolve) => hop.close(() => resolve()));
    }
  });

  test.each([
    [500, "InternalFailure"],
    [503, "ServiceUnavailable"],
  ])(
    "a %i answer (%s) is neither throttling nor network: it fails at once, one ServiceError line",
    async (status, code) => {
      // A loopback hop answering every request with that error; the fake behind it is never reached.
      let requests = 0;
      const hop = http.createServer((request, response) => {
        requests++;
        request.resume();
        request.on("end", () => {
          response.writeHead(status, { "content-type": "text/xml" });
          response.end(
            `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Receiver</Type><Code>${code}</Code><Message>injected</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
          );
        });
      });
      await new Promise<void>((resolve) => hop.listen(0, "127.0.0.1", resolve));
      try {
        process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(hop.address() as AddressInfo).port}`;
        const error = await rejection(assumeRoleWithOidc(options()));
        expect(error).toBeInstanceOf(ServiceError);
        expect(error.message).toContain(`(${code}: injected; HTTP ${status}, after 1 attempt); try again later`);
        expect(requests).toBe(1);
      } finally {
        hop.closeAllConnections();
        await new Promise<void>((resolve) => hop.close(() => resolve()));
      }
    },
  );

  test("AccessDenied fails at once with the token's sub and aud, and no secret", async () => {
    oidc.setClaims({ environment: "staging" });
    const before = stsCalls();
    const error = await rejection(assumeRoleWithOidc(options({ roleArn: PROD_ROLE })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('sub "repo:octo-org/app:environment:staging"');
    expect(error.message).toContain('aud "sts.amazonaws.com"');
    expect(error.message).toContain("AccessDenied");
    expect(error.message).toMatch(/^role: "arn:aws:iam::123456789012:role\/gha-production"/);
    expect(error.message).not.toContain("\n");
    const token = oidc.issuedTokens.at(-1) ?? "";
    for (const part of token.split(".")) expect(error.message).not.toContain(part);
    expect(stsCalls() - before).toBe(1);
  });

  test("a wrong audience is refused with the aud shown", async () => {
    const error = await rejection(assumeRoleWithOidc(options({ audience: "https://github.com/octo-org" })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('aud "https://github.com/octo-org"');
  });

  test("an expired token is a ConfigurationError, not retried", async () => {
    oidc.setClaims({ iat: 1_700_000_000, nbf: 1_700_000_000, exp: 1_700_000_300 });
    const before = stsCalls();
    const error = await rejection(assumeRoleWithOidc(options()));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("ExpiredTokenException");
    expect(stsCalls() - before).toBe(1);
  });

  test("without ACTIONS_ID_TOKEN_REQUEST_URL it says to grant id-token: write, and calls nothing", async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const before = aws.calls.length;
    const error = await rejection(assumeRoleWithOidc(options()));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("permissions: id-token: write");
    expect(aws.calls.length).toBe(before);
  });

  test("a token endpoint failure with the variables set is a plain error", async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = "wrong";
    const error = await rejection(assumeRoleWithOidc(options()));
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/Could not get a GitHub OIDC token/);
  });

  test.each([
    ["sessionName", { sessionName: "has space" }],
    ["sessionName", { sessionName: "x" }],
    ["durationSeconds", { durationSeconds: 600 }],
    ["durationSeconds", { durationSeconds: 50_000 }],
    ["region", { region: "Frankfurt" }],
  ])("bad %s is refused before any request", async (input, extra) => {
    const before = aws.calls.length;
    const tokens = oidc.issuedTokens.length;
    const error = await rejection(assumeRoleWithOidc(options(extra)));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ field: input });
    expect(error.message).toMatch(new RegExp(`^${input}: `));
    expect(aws.calls.length).toBe(before);
    expect(oidc.issuedTokens.length).toBe(tokens);
  });

  test("a duration beyond the role's maximum is a ConfigurationError from STS's ValidationError", async () => {
    const error = await rejection(assumeRoleWithOidc(options({ durationSeconds: 7200 })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("MaxSessionDuration");
  });
});
