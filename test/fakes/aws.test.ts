import { generateKeyPairSync } from "node:crypto";
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutImageCommand,
  paginateDescribeImages,
  paginateDescribeRepositories,
} from "@aws-sdk/client-ecr";
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { type AwsFake, startAwsFake, stringLike } from "./aws.ts";
import { type Claims, type OidcFake, signJwt, startOidcFake } from "./oidc.ts";

/**
 * The real AWS SDK v3 clients are the contract: if the fake's XML or JSON, its error shapes or
 * its SigV4 check were off, the SDK would fail to parse or refuse it here.
 */
const ROLE = "arn:aws:iam::123456789012:role/gha-ecr-push";
const PROD_ROLE = "arn:aws:iam::123456789012:role/gha-production";
const AUDIENCE = "sts.amazonaws.com";
const REGION = "eu-central-1";
const registry = { endpoint: "http://127.0.0.1:5999", username: "ecr-user", password: "s3cret-Pa55" };

let oidc: OidcFake;
let aws: AwsFake;
const savedEnv = { ...process.env };

beforeAll(async () => {
  oidc = await startOidcFake();
  aws = await startAwsFake({
    oidc,
    registry,
    roles: [
      { arn: ROLE, trust: { audience: AUDIENCE, subject: "repo:octo-org/app:*" } },
      {
        arn: PROD_ROLE,
        trust: { audience: AUDIENCE, subject: "repo:octo-org/app:environment:production" },
        maxSessionDuration: 7200,
      },
    ],
  });
  // The SDK finds the fake by itself, as the actions' code will.
  Object.assign(process.env, aws.env(REGION));
  for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"]) {
    delete process.env[name];
  }
});

afterAll(async () => {
  process.env = savedEnv;
  await aws.stop();
  await oidc.stop();
});

const sts = (maxAttempts = 1): STSClient => new STSClient({ region: REGION, maxAttempts });

async function assume(
  token: string,
  roleArn = ROLE,
  extra: { RoleSessionName?: string; DurationSeconds?: number } = {},
) {
  return sts().send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: "gha-octo-org-app-4242",
      WebIdentityToken: token,
      DurationSeconds: 3600,
      ...extra,
    }),
  );
}

async function credentials() {
  const { Credentials } = await assume(oidc.mintToken(AUDIENCE));
  return {
    accessKeyId: Credentials?.AccessKeyId ?? "",
    secretAccessKey: Credentials?.SecretAccessKey ?? "",
    sessionToken: Credentials?.SessionToken ?? "",
  };
}

async function failure(promise: Promise<unknown>): Promise<{ name: string; status?: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error("expected a failure");
}

describe("stringLike (IAM StringLike)", () => {
  test.each([
    ["repo:octo-org/app:*", "repo:octo-org/app:ref:refs/heads/main", true],
    ["repo:octo-org/app:*", "repo:octo-org/app2:ref:refs/heads/main", false],
    ["repo:octo-org/*:environment:production", "repo:octo-org/api:environment:production", true],
    ["repo:octo-org/app:environment:production", "repo:octo-org/app:environment:staging", false],
    ["repo:octo-org/app:ref:refs/tags/v?.*", "repo:octo-org/app:ref:refs/tags/v1.2.3", true],
    ["repo:octo-org/app.x", "repo:octo-org/appAx", false],
  ])("%s ~ %s -> %s", (pattern, value, expected) => {
    expect(stringLike(pattern, value)).toBe(expected);
  });
});

describe("STS AssumeRoleWithWebIdentity", () => {
  test("issues credentials for a token the trust policy accepts, and GetCallerIdentity knows them", async () => {
    const token = oidc.mintToken(AUDIENCE);
    const response = await assume(token);
    expect(response.SubjectFromWebIdentityToken).toBe("repo:octo-org/app:ref:refs/heads/main");
    expect(response.Audience).toBe(AUDIENCE);
    expect(response.Provider).toBe(oidc.issuer);
    expect(response.AssumedRoleUser?.Arn).toBe(
      "arn:aws:sts::123456789012:assumed-role/gha-ecr-push/gha-octo-org-app-4242",
    );
    expect(response.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z0-9]+:gha-octo-org-app-4242$/);
    const issued = response.Credentials;
    expect(issued?.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(issued?.SecretAccessKey?.length).toBe(40);
    expect(issued?.SessionToken?.length).toBeGreaterThan(100);
    expect(issued?.Expiration).toBeInstanceOf(Date);
    const lifetime = (issued?.Expiration?.getTime() ?? 0) - Date.now();
    expect(lifetime).toBeGreaterThan(3000_000);
    expect(lifetime).toBeLessThanOrEqual(3600_000);
    expect(aws.issuedCredentials.map((c) => c.accessKeyId)).toContain(issued?.AccessKeyId);

    const identity = await new STSClient({
      region: REGION,
      credentials: {
        accessKeyId: issued?.AccessKeyId ?? "",
        secretAccessKey: issued?.SecretAccessKey ?? "",
        sessionToken: issued?.SessionToken ?? "",
      },
    }).send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe("123456789012");
    expect(identity.Arn).toBe("arn:aws:sts::123456789012:assumed-role/gha-ecr-push/gha-octo-org-app-4242");
    expect(aws.calls.at(-1)).toMatchObject({ service: "sts", operation: "GetCallerIdentity", status: 200 });
  });

  test("a job of the production environment may assume the production role", async () => {
    const token = oidc.mintToken(AUDIENCE, { environment: "production" });
    const response = await assume(token, PROD_ROLE, { DurationSeconds: 7200 });
    expect(response.SubjectFromWebIdentityToken).toBe("repo:octo-org/app:environment:production");
  });

  const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const refusals: Array<[string, () => string, string, string, number]> = [
    [
      "a job of another environment",
      () => oidc.mintToken(AUDIENCE, { environment: "staging" }),
      PROD_ROLE,
      "AccessDenied",
      403,
    ],
    ["a branch job for the environment-bound role", () => oidc.mintToken(AUDIENCE), PROD_ROLE, "AccessDenied", 403],
    ["another repository", () => oidc.mintToken(AUDIENCE, { repository: "octo-org/other" }), ROLE, "AccessDenied", 403],
    ["a wrong audience", () => oidc.mintToken("https://github.com/octo-org"), ROLE, "AccessDenied", 403],
    [
      "a role that does not exist",
      () => oidc.mintToken(AUDIENCE),
      "arn:aws:iam::123456789012:role/nope",
      "AccessDenied",
      403,
    ],
    [
      "an expired token",
      () => oidc.mintToken(AUDIENCE, { iat: 1_700_000_000, nbf: 1_700_000_000, exp: 1_700_000_300 }),
      ROLE,
      "ExpiredTokenException",
      400,
    ],
    [
      "a token signed by another key",
      () => {
        const claims = JSON.parse(
          Buffer.from(oidc.mintToken(AUDIENCE).split(".")[1] ?? "", "base64url").toString(),
        ) as Claims;
        return signJwt({ ...claims }, otherKey, oidc.keyId);
      },
      ROLE,
      "InvalidIdentityTokenException",
      400,
    ],
    [
      "a token whose claims were edited after signing",
      () => {
        const [header, payload, signature] = oidc.mintToken(AUDIENCE).split(".");
        const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Claims;
        const forged = Buffer.from(JSON.stringify({ ...claims, sub: "repo:octo-org/app:environment:production" }));
        return `${header}.${forged.toString("base64url")}.${signature}`;
      },
      PROD_ROLE,
      "InvalidIdentityTokenException",
      400,
    ],
    [
      "a token of another issuer",
      () => oidc.mintToken(AUDIENCE, { iss: "https://token.actions.githubusercontent.com" }),
      ROLE,
      "InvalidIdentityTokenException",
      400,
    ],
    ["a string that is no JWT", () => "not-a-jwt", ROLE, "InvalidIdentityTokenException", 400],
  ];

  test.each(refusals)("refuses %s", async (_name, token, roleArn, code, status) => {
    const issuedBefore = aws.issuedCredentials.length;
    const error = await failure(assume(token(), roleArn));
    expect(error).toMatchObject({ name: code, status });
    if (code === "AccessDenied") expect(error.message).toBe("Not authorized to perform sts:AssumeRoleWithWebIdentity");
    expect(aws.issuedCredentials.length).toBe(issuedBefore);
  });

  test.each([
    ["a one-character session name", { RoleSessionName: "x" }],
    ["a session name with a slash", { RoleSessionName: "octo-org/app" }],
    ["a 65-character session name", { RoleSessionName: "x".repeat(65) }],
    ["a duration under 900 s", { DurationSeconds: 899 }],
    ["a duration over 43200 s", { DurationSeconds: 43_201 }],
    ["a duration over the role's maximum", { DurationSeconds: 7200 }],
  ])("answers ValidationError 400 for %s", async (_name, extra) => {
    expect(await failure(assume(oidc.mintToken(AUDIENCE), ROLE, extra))).toMatchObject({
      name: "ValidationError",
      status: 400,
    });
  });

  test("throttling is retried by the SDK's standard strategy and then succeeds", async () => {
    aws.throttleNext(2);
    const response = await sts(3).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE,
        RoleSessionName: "retry",
        WebIdentityToken: oidc.mintToken(AUDIENCE),
      }),
    );
    expect(response.$metadata.attempts).toBe(3);
    expect(aws.calls.slice(-3).map((c) => c.error ?? "ok")).toEqual(["Throttling", "Throttling", "ok"]);
  });

  test("throttling beyond the attempts surfaces as Throttling: Rate exceeded", async () => {
    aws.throttleNext(2);
    const error = await failure(assume(oidc.mintToken(AUDIENCE)));
    expect(error).toMatchObject({ name: "Throttling", status: 400, message: "Rate exceeded" });
    aws.throttleNext(0);
  });

  test("the web identity token is not kept in the call log", async () => {
    await assume(oidc.mintToken(AUDIENCE));
    const last = aws.calls.at(-1);
    expect(last?.params).toMatchObject({ Action: "AssumeRoleWithWebIdentity", RoleArn: ROLE });
    expect(last?.params.WebIdentityToken).toBeUndefined();
  });
});

describe("ECR control plane", () => {
  const ecr = async (): Promise<ECRClient> =>
    new ECRClient({ region: REGION, maxAttempts: 1, credentials: await credentials() });

  test("GetAuthorizationToken hands out the registry's htpasswd login", async () => {
    const client = await ecr();
    const { authorizationData } = await client.send(new GetAuthorizationTokenCommand({}));
    expect(authorizationData).toHaveLength(1);
    const [data] = authorizationData ?? [];
    expect(Buffer.from(data?.authorizationToken ?? "", "base64").toString()).toBe("ecr-user:s3cret-Pa55");
    expect(data?.proxyEndpoint).toBe(registry.endpoint);
    expect(data?.expiresAt).toBeInstanceOf(Date);
    expect(data?.expiresAt?.getTime() ?? 0).toBeGreaterThan(Date.now());
  });

  test("repositories: not found, created with its settings, already exists", async () => {
    const client = await ecr();
    expect(
      await failure(client.send(new DescribeRepositoriesCommand({ repositoryNames: ["dev-backend"] }))),
    ).toMatchObject({
      name: "RepositoryNotFoundException",
      status: 400,
    });
    const { repository } = await client.send(
      new CreateRepositoryCommand({
        repositoryName: "dev-backend",
        imageTagMutability: "IMMUTABLE",
        imageScanningConfiguration: { scanOnPush: true },
      }),
    );
    expect(repository).toMatchObject({
      repositoryName: "dev-backend",
      registryId: "123456789012",
      repositoryArn: "arn:aws:ecr:eu-central-1:123456789012:repository/dev-backend",
      repositoryUri: "127.0.0.1:5999/dev-backend",
      imageTagMutability: "IMMUTABLE",
      imageScanningConfiguration: { scanOnPush: true },
    });
    expect(repository?.createdAt).toBeInstanceOf(Date);
    expect(aws.repositories.get("dev-backend")).toMatchObject({
      imageTagMutability: "IMMUTABLE",
      imageScanningConfiguration: { scanOnPush: true },
    });
    const described = await client.send(new DescribeRepositoriesCommand({ repositoryNames: ["dev-backend"] }));
    expect(described.repositories?.[0]?.repositoryName).toBe("dev-backend");
    expect(await failure(client.send(new CreateRepositoryCommand({ repositoryName: "dev-backend" })))).toMatchObject({
      name: "RepositoryAlreadyExistsException",
    });
    expect(await failure(client.send(new CreateRepositoryCommand({ repositoryName: "Bad_Name!" })))).toMatchObject({
      name: "InvalidParameterException",
    });
  });

  const manifest = (n: number): string =>
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: `sha256:${"c".repeat(64)}`, size: 100 },
      layers: [
        {
          mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
          digest: `sha256:${String(n).repeat(64).slice(0, 64)}`,
          size: 1000 + n,
        },
      ],
    });

  test("images: put, same again, immutable tag, mutable tag move, batch get, describe", async () => {
    const client = await ecr();
    aws.addRepository("immutable-app", { imageTagMutability: "IMMUTABLE" });
    aws.addRepository("mutable-app");
    const put = await client.send(
      new PutImageCommand({ repositoryName: "immutable-app", imageManifest: manifest(1), imageTag: "v1" }),
    );
    const digest1 = put.image?.imageId?.imageDigest ?? "";
    expect(digest1).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(put.image?.imageManifestMediaType).toBe("application/vnd.oci.image.manifest.v1+json");

    expect(
      await failure(
        client.send(
          new PutImageCommand({ repositoryName: "immutable-app", imageManifest: manifest(1), imageTag: "v1" }),
        ),
      ),
    ).toMatchObject({ name: "ImageAlreadyExistsException", status: 400 });
    const tagTaken = await failure(
      client.send(new PutImageCommand({ repositoryName: "immutable-app", imageManifest: manifest(2), imageTag: "v1" })),
    );
    expect(tagTaken).toMatchObject({ name: "ImageTagAlreadyExistsException" });
    expect(tagTaken.message).toContain("'v1'");
    // The same digest under a second tag is fine even when immutable.
    await client.send(
      new PutImageCommand({ repositoryName: "immutable-app", imageManifest: manifest(1), imageTag: "latest-release" }),
    );
    expect(
      await failure(
        client.send(
          new PutImageCommand({
            repositoryName: "immutable-app",
            imageManifest: manifest(3),
            imageDigest: digest1,
            imageTag: "v3",
          }),
        ),
      ),
    ).toMatchObject({ name: "ImageDigestDoesNotMatchException" });

    await client.send(
      new PutImageCommand({ repositoryName: "mutable-app", imageManifest: manifest(1), imageTag: "latest" }),
    );
    const moved = await client.send(
      new PutImageCommand({ repositoryName: "mutable-app", imageManifest: manifest(2), imageTag: "latest" }),
    );
    const digest2 = moved.image?.imageId?.imageDigest ?? "";

    const batch = await client.send(
      new BatchGetImageCommand({
        repositoryName: "mutable-app",
        imageIds: [
          { imageTag: "latest" },
          { imageDigest: digest1 },
          { imageTag: "nope" },
          { imageDigest: digest1, imageTag: "latest" },
        ],
      }),
    );
    expect(batch.images?.map((i) => i.imageId)).toEqual([
      { imageDigest: digest2, imageTag: "latest" },
      { imageDigest: digest1 },
    ]);
    expect(batch.images?.[0]?.imageManifest).toBe(manifest(2));
    expect(batch.failures?.map((f) => f.failureCode)).toEqual(["ImageNotFound", "ImageTagDoesNotMatchDigest"]);

    const all = await client.send(new DescribeImagesCommand({ repositoryName: "mutable-app" }));
    const byDigest = new Map(all.imageDetails?.map((d) => [d.imageDigest, d]));
    expect(byDigest.get(digest2)?.imageTags).toEqual(["latest"]);
    expect(byDigest.get(digest1)?.imageTags).toBeUndefined();
    expect(byDigest.get(digest2)?.imageSizeInBytes).toBe(100 + 1002);
    expect(byDigest.get(digest2)?.imagePushedAt).toBeInstanceOf(Date);
    const untagged = await client.send(
      new DescribeImagesCommand({ repositoryName: "mutable-app", filter: { tagStatus: "UNTAGGED" } }),
    );
    expect(untagged.imageDetails?.map((d) => d.imageDigest)).toEqual([digest1]);
    expect(
      await failure(
        client.send(new DescribeImagesCommand({ repositoryName: "mutable-app", imageIds: [{ imageTag: "gone" }] })),
      ),
    ).toMatchObject({ name: "ImageNotFoundException" });
    expect(await failure(client.send(new DescribeImagesCommand({ repositoryName: "absent" })))).toMatchObject({
      name: "RepositoryNotFoundException",
    });
  });

  test("the SDK's paginators walk every page", async () => {
    const client = await ecr();
    aws.addRepository("paged");
    for (let n = 0; n < 5; n++) {
      await client.send(
        new PutImageCommand({ repositoryName: "paged", imageManifest: manifest(n), imageTag: `t${n}` }),
      );
    }
    const pages: number[] = [];
    const tags: string[] = [];
    for await (const page of paginateDescribeImages({ client, pageSize: 2 }, { repositoryName: "paged" })) {
      pages.push(page.imageDetails?.length ?? 0);
      tags.push(...(page.imageDetails ?? []).flatMap((d) => d.imageTags ?? []));
    }
    expect(pages).toEqual([2, 2, 1]);
    expect(tags.sort()).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    const names: string[] = [];
    for await (const page of paginateDescribeRepositories({ client, pageSize: 1 }, {})) {
      names.push(...(page.repositories ?? []).map((r) => r.repositoryName ?? ""));
    }
    expect(names).toEqual([...aws.repositories.keys()]);
    expect(names).toContain("paged");
    expect(
      await failure(client.send(new DescribeRepositoriesCommand({ repositoryNames: ["paged"], maxResults: 5 }))),
    ).toMatchObject({ name: "InvalidParameterException" });
  });

  test("ECR throttling is retried by the SDK", async () => {
    const client = new ECRClient({ region: REGION, maxAttempts: 3, credentials: await credentials() });
    aws.throttleNext(2);
    const response = await client.send(new DescribeRepositoriesCommand({}));
    expect(response.$metadata.attempts).toBe(3);
  });

  test.each([
    [
      "credentials STS never issued",
      async () => ({ accessKeyId: "ASIAFAKEFAKEFAKEFAKE", secretAccessKey: "x".repeat(40), sessionToken: "t" }),
      "UnrecognizedClientException",
      400,
    ],
    [
      "a wrong session token",
      async () => ({ ...(await credentials()), sessionToken: "forged" }),
      "UnrecognizedClientException",
      400,
    ],
    [
      "a wrong secret key (bad signature)",
      async () => ({ ...(await credentials()), secretAccessKey: "y".repeat(40) }),
      "InvalidSignatureException",
      403,
    ],
    [
      "expired credentials",
      async () => {
        const issued = await credentials();
        aws.expireCredentials(issued.accessKeyId);
        return issued;
      },
      "ExpiredTokenException",
      400,
    ],
  ])("refuses requests signed with %s", async (_name, make, code, status) => {
    const client = new ECRClient({ region: REGION, maxAttempts: 1, credentials: await make() });
    expect(await failure(client.send(new GetAuthorizationTokenCommand({})))).toMatchObject({ name: code, status });
    expect(aws.calls.at(-1)).toMatchObject({ service: "ecr", operation: "GetAuthorizationToken", error: code });
  });

  test("an unsigned request is refused", async () => {
    const response = await fetch(aws.endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken",
      },
      body: "{}",
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ __type: "MissingAuthenticationTokenException" });
  });
});
