import { createVerify } from "node:crypto";
import { ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { AssumeRoleWithWebIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { ServiceError } from "@platform/action-kit";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { type AwsFake, startAwsFake } from "../fakes/aws.ts";
import { type GitHubFake, startGitHubFake } from "../fakes/github/index.ts";
import { type OidcFake, startOidcFake } from "../fakes/oidc.ts";
import { type FaultProxy, startFaultProxy } from "./fault-proxy.ts";

/**
 * The proxy works in front of any loopback server, not only the registry: here it stands in
 * front of each fake, and the real clients (Octokit, the AWS SDK, a plain fetch as
 * @actions/core's getIDToken makes) meet each fault the way they would meet GitHub's or AWS's.
 */

const REGION = "eu-central-1";
const ROLE = "arn:aws:iam::123456789012:role/gha-ecr-push";
const AUDIENCE = "sts.amazonaws.com";
const registry = { endpoint: "http://127.0.0.1:5999", username: "ecr-user", password: "s3cret-Pa55" };

type Failure = { status?: number; message: string };
function failure(promise: Promise<unknown>): Promise<Failure> {
  return promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (error: Failure) => error,
  );
}

describe("fault proxy in front of the GitHub fake", () => {
  let github: GitHubFake;
  let proxy: FaultProxy;
  let octokit: GitHubClient;
  const base = { owner: "octo-org", repo: "proxied" };

  beforeAll(async () => {
    github = await startGitHubFake();
    await github.createRepository("octo-org/proxied", { files: { "README.md": "# proxied\n".repeat(2000) } });
    proxy = await startFaultProxy(github.serverUrl);
    octokit = createGitHubClient({ token: github.token, baseUrl: `${proxy.url}/api/v3`, rateLimitRetries: 0 });
  });

  afterAll(async () => {
    await proxy.stop();
    await github.stop();
  });

  it.each([500, 502, 503] as const)("Octokit's retry plugin carries a request through a %d", async (status) => {
    proxy.inject({ kind: "status", status, match: /^GET \/api\/v3\/repos\/octo-org\/proxied$/ });
    const before = proxy.stats.fired.status;
    const { data } = await octokit.rest.repos.get(base);
    expect(data.full_name).toBe("octo-org/proxied");
    expect(proxy.stats.fired.status - before).toBe(1);
  });

  it("a body reset mid-way fails the read", async () => {
    proxy.inject({ kind: "reset-mid-body", afterBytes: 1000, match: /\/contents\/README\.md/ });
    const before = proxy.stats.fired["reset-mid-body"];
    const response = await fetch(`${proxy.url}/api/v3/repos/octo-org/proxied/contents/README.md`, {
      headers: { authorization: `token ${github.token}` },
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(proxy.stats.fired["reset-mid-body"] - before).toBe(1);
  });

  it("Octokit retries a JSON body cut mid-way instead of taking it as a 200", async () => {
    // @octokit/request returns a JSON body it cannot parse as a string with the 200;
    // createGitHubClient turns that into a 502 that the retry plugin carries through.
    proxy.inject({ kind: "reset-mid-body", afterBytes: 1000, match: /\/contents\/README\.md/ });
    const before = proxy.stats.fired["reset-mid-body"];
    const { data } = await octokit.rest.repos.getContent({ ...base, path: "README.md" });
    if (Array.isArray(data) || data.type !== "file") throw new Error("expected a file");
    expect(data.size).toBe(20_000);
    expect(proxy.stats.fired["reset-mid-body"] - before).toBe(1);
  });

  it("a body cut on every try fails with one line naming the request", async () => {
    proxy.inject({ kind: "reset-mid-body", afterBytes: 1000, times: 10, match: /\/contents\/README\.md/ });
    const once = createGitHubClient({ token: github.token, baseUrl: `${proxy.url}/api/v3`, rateLimitRetries: 0 });
    const error = await failure(
      once.rest.repos.getContent({ ...base, path: "README.md", request: { retries: 0 } }),
    ).finally(() => proxy.clear());
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toBe(
      "GitHub kept failing: GET /repos/{owner}/{repo}/contents/{path} answered HTTP 502 (GitHub's JSON response to GET /repos/{owner}/{repo}/contents/{path} arrived incomplete) after the retries; try again later, or check GitHub's status.",
    );
  });

  it("a GitHub that answers 503 on every retry is one ServiceError line; a 404 stays Octokit's error", async () => {
    proxy.inject({ kind: "status", status: 503, times: 10, match: /^GET \/api\/v3\/repos\/octo-org\/proxied$/ });
    const before = proxy.stats.fired.status;
    const error = await failure(octokit.rest.repos.get({ ...base, request: { retries: 1 } })).finally(() =>
      proxy.clear(),
    );
    expect(proxy.stats.fired.status - before).toBe(2);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toMatch(
      /^GitHub kept failing: GET \/repos\/\{owner\}\/\{repo\} answered HTTP 503 \(.*\) after the retries; try again later, or check GitHub's status\.$/,
    );
    const missing = await failure(octokit.rest.repos.get({ owner: "octo-org", repo: "no-such-repo" }));
    expect(missing).not.toBeInstanceOf(ServiceError);
    expect(missing.status).toBe(404);
  });

  it("a slow body arrives whole", async () => {
    proxy.inject({ kind: "slow-body", bytesPerSecond: 20_000, match: /\/contents\/README\.md/ });
    const before = proxy.stats.fired["slow-body"];
    const { data } = await octokit.rest.repos.getContent({ ...base, path: "README.md" });
    if (Array.isArray(data) || data.type !== "file") throw new Error("expected a file");
    expect(data.size).toBe(20_000);
    expect(proxy.stats.fired["slow-body"] - before).toBe(1);
  });

  it("a token that expires after N requests is refused with 401 and not retried", async () => {
    proxy.inject({ kind: "expire-token-after", requests: 2, match: /^GET \/api\/v3\// });
    await octokit.rest.repos.get(base);
    await octokit.rest.users.getAuthenticated();
    const expired = await failure(octokit.rest.repos.get(base));
    expect(expired.status).toBe(401);
    expect(proxy.stats.fired["expire-token-after"]).toBe(1);
    // The fault is spent: the same token works again.
    expect((await octokit.rest.repos.get(base)).status).toBe(200);
  });

  it("a 429 with Retry-After is retried", async () => {
    proxy.inject({ kind: "status", status: 429, retryAfterSeconds: 1, match: /^GET \/api\/v3\/rate_limit$/ });
    const before = proxy.stats.fired.status;
    expect((await octokit.rest.rateLimit.get()).status).toBe(200);
    expect(proxy.stats.fired.status - before).toBe(1);
  });
});

describe("fault proxy in front of the OIDC and AWS fakes", () => {
  let oidc: OidcFake;
  let aws: AwsFake;
  let oidcProxy: FaultProxy;
  let awsProxy: FaultProxy;

  beforeAll(async () => {
    oidc = await startOidcFake();
    aws = await startAwsFake({
      oidc,
      registry,
      roles: [{ arn: ROLE, trust: { audience: AUDIENCE, subject: "repo:octo-org/app:*" } }],
    });
    oidcProxy = await startFaultProxy(new URL(oidc.url).origin);
    awsProxy = await startFaultProxy(aws.endpoint, { preserveHost: true });
  });

  afterAll(async () => {
    await awsProxy.stop();
    await oidcProxy.stop();
    await aws.stop();
    await oidc.stop();
  });

  /** The token request core.getIDToken makes, sent through the proxy. */
  const proxiedTokenUrl = (): string => {
    const url = new URL(oidc.url);
    url.host = oidcProxy.host;
    url.searchParams.set("audience", AUDIENCE);
    return url.toString();
  };
  const requestToken = (): Promise<Response> =>
    fetch(proxiedTokenUrl(), { headers: { authorization: `Bearer ${oidc.requestToken}` } });

  /** Checks the RS256 signature with the issuer's key: a cut or altered body would fail. */
  const verifies = (jwt: string): boolean => {
    const [header = "", payload = "", signature = ""] = jwt.split(".");
    return createVerify("RSA-SHA256")
      .update(`${header}.${payload}`)
      .verify(oidc.publicKey, Buffer.from(signature, "base64url"));
  };

  it("the OIDC endpoint answers through the proxy, slowly too, with a token that verifies", async () => {
    oidcProxy.inject({ kind: "slow-body", bytesPerSecond: 2000 });
    const response = await requestToken();
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: string };
    expect(verifies(value)).toBe(true);
    expect(oidcProxy.stats.fired["slow-body"]).toBe(1);
  });

  it.each([429, 500, 502, 503] as const)("the OIDC endpoint's %d reaches the caller", async (status) => {
    oidcProxy.inject({ kind: "status", status, retryAfterSeconds: 2 });
    const response = await requestToken();
    expect(response.status).toBe(status);
    expect(response.headers.get("retry-after")).toBe("2");
    await response.arrayBuffer();
    expect((await requestToken()).status).toBe(200);
  });

  it("a token response cut mid-body fails the read", async () => {
    oidcProxy.inject({ kind: "reset-mid-body", afterBytes: 100 });
    const response = await requestToken();
    await expect(response.text()).rejects.toThrow();
  });

  it("the OIDC request token expires after N requests", async () => {
    oidcProxy.inject({ kind: "expire-token-after", requests: 1 });
    expect((await requestToken()).status).toBe(200);
    expect((await requestToken()).status).toBe(401);
  });

  const sts = (): STSClient => new STSClient({ region: REGION, endpoint: awsProxy.url, maxAttempts: 3 });
  const assume = async () =>
    sts().send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE,
        RoleSessionName: "gha-proxied",
        WebIdentityToken: oidc.mintToken(AUDIENCE),
      }),
    );

  it.each([500, 502, 503] as const)("the SDK's standard retry carries STS through a %d", async (status) => {
    awsProxy.inject({ kind: "status", status, match: /^POST / });
    const before = awsProxy.stats.fired.status;
    const { Credentials } = await assume();
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(awsProxy.stats.fired.status - before).toBe(1);
  });

  it("the SDK retries a 429 with Retry-After", async () => {
    awsProxy.inject({ kind: "status", status: 429, retryAfterSeconds: 1, match: /^POST / });
    const before = awsProxy.stats.fired.status;
    const { Credentials } = await assume();
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(awsProxy.stats.fired.status - before).toBe(1);
  });

  it("ECR through the proxy: a reset mid-body is retried, a slow body arrives whole", async () => {
    const { Credentials } = await assume();
    const ecr = new ECRClient({
      region: REGION,
      endpoint: awsProxy.url,
      maxAttempts: 3,
      credentials: {
        accessKeyId: Credentials?.AccessKeyId ?? "",
        secretAccessKey: Credentials?.SecretAccessKey ?? "",
        sessionToken: Credentials?.SessionToken ?? "",
      },
    });
    const expected = Buffer.from(`${registry.username}:${registry.password}`).toString("base64");
    awsProxy.inject({ kind: "reset-mid-body", afterBytes: 20, match: /^POST / });
    const reset = await ecr.send(new GetAuthorizationTokenCommand({}));
    expect(reset.authorizationData?.[0]?.authorizationToken).toBe(expected);
    expect(awsProxy.stats.fired["reset-mid-body"]).toBe(1);
    awsProxy.inject({ kind: "slow-body", bytesPerSecond: 200, match: /^POST / });
    const slow = await ecr.send(new GetAuthorizationTokenCommand({}));
    expect(slow.authorizationData?.[0]?.authorizationToken).toBe(expected);
    expect(awsProxy.stats.fired["slow-body"]).toBe(1);
  });
});
