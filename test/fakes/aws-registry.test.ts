import { ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { AssumeRoleWithWebIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { startRegistry, type TestRegistry } from "../harness/registry.ts";
import { type AwsFake, startAwsFake } from "./aws.ts";
import { type OidcFake, startOidcFake } from "./oidc.ts";

/**
 * The whole keyless chain the ECR path of the actions walks, with the real registry as
 * ECR's data plane: an OIDC token from the Actions endpoint, STS AssumeRoleWithWebIdentity,
 * ECR GetAuthorizationToken, then the registry's htpasswd Basic auth with what ECR handed out.
 */
const ROLE = "arn:aws:iam::123456789012:role/gha-ecr-push";
const AUDIENCE = "sts.amazonaws.com";
const REGION = "eu-central-1";

let registry: TestRegistry;
let oidc: OidcFake;
let aws: AwsFake;
const savedEnv = { ...process.env };

beforeAll(async () => {
  registry = await startRegistry({ auth: "basic" });
  oidc = await startOidcFake();
  aws = await startAwsFake({
    oidc,
    registry: { endpoint: registry.url, username: registry.username, password: registry.password },
    roles: [{ arn: ROLE, trust: { audience: AUDIENCE, subject: "repo:octo-org/app:ref:refs/heads/main" } }],
  });
  // AWS_ENDPOINT_URL_STS / _ECR: the SDK finds the fake by itself, as the actions' code does.
  Object.assign(process.env, aws.env(REGION));
  for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"]) {
    delete process.env[name];
  }
});

afterAll(async () => {
  process.env = savedEnv;
  await aws.stop();
  await oidc.stop();
  await registry.stop();
});

/** What core.getIDToken does: GET the request URL with the request token, audience added. */
async function idToken(): Promise<string> {
  const url = new URL(oidc.url);
  url.searchParams.set("audience", AUDIENCE);
  const response = await fetch(url, { headers: { authorization: `Bearer ${oidc.requestToken}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: string }).value;
}

async function ecrLogin(): Promise<{ endpoint: string; authorization: string }> {
  const { Credentials } = await new STSClient({ region: REGION }).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: ROLE,
      RoleSessionName: "gha-chain",
      WebIdentityToken: await idToken(),
    }),
  );
  const ecr = new ECRClient({
    region: REGION,
    credentials: {
      accessKeyId: Credentials?.AccessKeyId ?? "",
      secretAccessKey: Credentials?.SecretAccessKey ?? "",
      sessionToken: Credentials?.SessionToken ?? "",
    },
  });
  const { authorizationData } = await ecr.send(new GetAuthorizationTokenCommand({}));
  const [data] = authorizationData ?? [];
  return { endpoint: data?.proxyEndpoint ?? "", authorization: `Basic ${data?.authorizationToken ?? ""}` };
}

describe("OIDC -> STS -> ECR -> the real registry", () => {
  test("ECR's authorization token logs in to the htpasswd registry and may push", async () => {
    const login = await ecrLogin();
    expect(login.endpoint).toBe(registry.url);
    expect(aws.calls.map((c) => `${c.service}:${c.operation}:${c.status}`)).toEqual([
      "sts:AssumeRoleWithWebIdentity:200",
      "ecr:GetAuthorizationToken:200",
    ]);

    const base = await fetch(`${login.endpoint}/v2/`, { headers: { authorization: login.authorization } });
    expect(base.status).toBe(200);
    await base.arrayBuffer();
    const upload = await fetch(`${login.endpoint}/v2/dev-backend/blobs/uploads/`, {
      method: "POST",
      headers: { authorization: login.authorization },
    });
    expect(upload.status).toBe(202);
    await upload.arrayBuffer();
  });

  test("without it, or with a made-up one, the registry refuses", async () => {
    const anonymous = await fetch(`${registry.url}/v2/`);
    expect(anonymous.status).toBe(401);
    await anonymous.arrayBuffer();
    const forged = `Basic ${Buffer.from(`AWS:${"x".repeat(12)}`).toString("base64")}`;
    const refused = await fetch(`${registry.url}/v2/`, { headers: { authorization: forged } });
    expect(refused.status).toBe(401);
    await refused.arrayBuffer();
  });

  test("a job of another branch gets no credentials at all", async () => {
    oidc.setClaims({ ref: "refs/heads/feature" });
    try {
      await expect(ecrLogin()).rejects.toMatchObject({ name: "AccessDenied" });
    } finally {
      oidc.setClaims({ ref: "refs/heads/main" });
    }
  });
});
