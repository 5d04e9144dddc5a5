import { createPublicKey, createVerify, type JsonWebKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { getIDToken } from "@platform/action-kit/oidc";
import { type OidcFake, startOidcFake } from "./oidc.ts";

/** Verifies a token the way a relying party does: discovery document -> JWKS -> RS256. */
async function verifyThroughDiscovery(issuer: string, token: string): Promise<Record<string, unknown>> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    issuer: string;
    jwks_uri: string;
    id_token_signing_alg_values_supported: string[];
  };
  expect(discovery.issuer).toBe(issuer);
  expect(discovery.id_token_signing_alg_values_supported).toEqual(["RS256"]);
  const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Array<JsonWebKey & { kid: string }> };
  const [header = "", payload = "", signature = ""] = token.split(".");
  const { kid, alg } = JSON.parse(Buffer.from(header, "base64url").toString()) as { kid: string; alg: string };
  expect(alg).toBe("RS256");
  const jwk = keys.find((key) => key.kid === kid);
  if (!jwk) throw new Error(`no JWKS key ${kid}`);
  const ok = createVerify("RSA-SHA256")
    .update(`${header}.${payload}`)
    .verify(createPublicKey({ key: jwk, format: "jwk" }), Buffer.from(signature, "base64url"));
  expect(ok).toBe(true);
  return JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
}

describe("OIDC token endpoint fake", () => {
  let oidc: OidcFake;
  const saved = { ...process.env };

  beforeAll(async () => {
    oidc = await startOidcFake();
  });
  afterAll(async () => {
    process.env = saved;
    await oidc.stop();
  });

  test("the URL carries a query string like GitHub's and listens on loopback", () => {
    expect(new URL(oidc.url).search).toBe("?api-version=2.0");
    expect(new URL(oidc.url).hostname).toBe("127.0.0.1");
  });

  test("@actions/core's getIDToken gets a signed token with GitHub's claims", async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestToken;
    const token = await getIDToken("sts.amazonaws.com");
    expect(oidc.issuedTokens).toContain(token);
    const claims = await verifyThroughDiscovery(oidc.issuer, token);
    expect(claims).toMatchObject({
      iss: oidc.issuer,
      aud: "sts.amazonaws.com",
      sub: "repo:octo-org/app:ref:refs/heads/main",
      repository: "octo-org/app",
      repository_owner: "octo-org",
      ref: "refs/heads/main",
      job_workflow_ref: "octo-org/app/.github/workflows/release.yml@refs/heads/main",
      run_id: "4242",
    });
    expect(claims.environment).toBeUndefined();
    expect(typeof claims.jti).toBe("string");
    const { iat, nbf, exp } = claims as { iat: number; nbf: number; exp: number };
    expect(nbf).toBeLessThanOrEqual(iat);
    expect(exp - iat).toBe(300);
  });

  test("an environment changes the subject, and setClaims applies to later tokens", async () => {
    const env = await startOidcFake({ claims: { environment: "production" } });
    try {
      const first = await verifyThroughDiscovery(env.issuer, env.mintToken("sts.amazonaws.com"));
      expect(first.sub).toBe("repo:octo-org/app:environment:production");
      expect(first.environment).toBe("production");
      env.setClaims({ environment: undefined, ref: "refs/tags/v1.2.3", sha: "f".repeat(40) });
      const second = await verifyThroughDiscovery(env.issuer, env.mintToken("sts.amazonaws.com"));
      expect(second).toMatchObject({ sub: "repo:octo-org/app:ref:refs/tags/v1.2.3", sha: "f".repeat(40) });
      expect(second.environment).toBeUndefined();
      env.setClaims({ sub: "custom-subject" });
      expect((await verifyThroughDiscovery(env.issuer, env.mintToken("x"))).sub).toBe("custom-subject");
    } finally {
      await env.stop();
    }
  });

  test.each([
    ["no Authorization", undefined],
    ["a wrong request token", "Bearer not-the-token"],
    ["the token without Bearer", "raw"],
  ])("%s is refused with 401", async (_name, authorization) => {
    const response = await fetch(`${oidc.url}&audience=sts.amazonaws.com`, {
      headers:
        authorization === undefined
          ? {}
          : { authorization: authorization === "raw" ? oidc.requestToken : authorization },
    });
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });

  test("without an audience the token's aud is the owner's URL, as on GitHub", async () => {
    const response = await fetch(oidc.url, { headers: { authorization: `Bearer ${oidc.requestToken}` } });
    const { value } = (await response.json()) as { value: string };
    expect((await verifyThroughDiscovery(oidc.issuer, value)).aud).toBe("https://github.com/octo-org");
  });

  test("getIDToken fails when the endpoint refuses the request token", async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = "wrong";
    await expect(getIDToken("sts.amazonaws.com")).rejects.toThrow(/401/);
  });
});

// Each job asks with its own request token and gets its own claims, as GitHub derives them
// (https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect).
describe("OIDC tokens per job", () => {
  let oidc: OidcFake;
  const saved = { ...process.env };
  const base = {
    repository: "octo-org/web",
    ref: "refs/heads/main",
    sha: "a".repeat(40),
    workflow_ref: "octo-org/web/.github/workflows/deploy.yml@refs/heads/main",
    event_name: "workflow_dispatch",
    actor: "hubot",
    run_id: "777",
    run_attempt: "2",
  };

  /** What an action in the job gets through @actions/core with the job's two variables. */
  async function tokenOf(job: { requestUrl: string; requestToken: string }, audience?: string) {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = job.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = job.requestToken;
    return verifyThroughDiscovery(oidc.issuer, await getIDToken(audience));
  }

  beforeAll(async () => {
    oidc = await startOidcFake();
  });
  afterAll(async () => {
    process.env = saved;
    await oidc.stop();
  });

  test("a job with an environment in a called workflow: sub names the environment, job_workflow_ref the called file", async () => {
    const job = oidc.registerJob("job-deploy-token", {
      ...base,
      environment: "production",
      job_workflow_ref: "octo-org/platform/.github/workflows/promote.yml@refs/tags/v1",
    });
    expect(job).toEqual({ requestUrl: oidc.url, requestToken: "job-deploy-token" });
    const claims = await tokenOf(job, "sts.amazonaws.com");
    expect(claims).toMatchObject({
      iss: oidc.issuer,
      aud: "sts.amazonaws.com",
      sub: "repo:octo-org/web:environment:production",
      environment: "production",
      repository: "octo-org/web",
      repository_owner: "octo-org",
      ref: "refs/heads/main",
      ref_type: "branch",
      sha: "a".repeat(40),
      workflow_ref: "octo-org/web/.github/workflows/deploy.yml@refs/heads/main",
      job_workflow_ref: "octo-org/platform/.github/workflows/promote.yml@refs/tags/v1",
      event_name: "workflow_dispatch",
      actor: "hubot",
      run_id: "777",
      run_attempt: "2",
    });
    expect(oidc.issuedTokens).toHaveLength(1);
  });

  test("two jobs at once each get their own claims; the shared request token keeps the old ones", async () => {
    const tag = oidc.registerJob(undefined, { ...base, ref: "refs/tags/v2.0.0", event_name: "push" });
    const pull = oidc.registerJob(undefined, { ...base, ref: "refs/pull/7/merge", event_name: "pull_request" });
    expect(tag.requestToken).not.toBe(pull.requestToken);
    const tagClaims = await tokenOf(tag);
    expect(tagClaims).toMatchObject({
      sub: "repo:octo-org/web:ref:refs/tags/v2.0.0",
      ref_type: "tag",
      // Without an audience: the owner's URL.
      aud: "https://github.com/octo-org",
      // Not in a called workflow: job_workflow_ref is the workflow itself.
      job_workflow_ref: base.workflow_ref,
    });
    expect(tagClaims.environment).toBeUndefined();
    expect((await tokenOf(pull)).sub).toBe("repo:octo-org/web:pull_request");
    expect((await tokenOf({ requestUrl: oidc.url, requestToken: oidc.requestToken })).repository).toBe("octo-org/app");
  });

  test("an unknown or revoked request token is refused as a bad credential", async () => {
    const job = oidc.registerJob(undefined, base);
    await tokenOf(job);
    oidc.revokeJob(job.requestToken);
    await expect(tokenOf(job)).rejects.toThrow(/401/);
    await expect(tokenOf({ requestUrl: oidc.url, requestToken: "never-registered" })).rejects.toThrow(/401/);
    expect(() => oidc.registerJob(oidc.requestToken, base)).toThrow(/already in use/);
  });
});
