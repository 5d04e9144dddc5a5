import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type AwsFake, startAwsFake } from "../../../test/fakes/aws.ts";
import { type OidcFake, startOidcFake } from "../../../test/fakes/oidc.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw } from "../../../test/harness/skopeo.ts";
import { createWorld, type Shared, startShared, stopShared } from "./world.ts";

const ACCOUNT = "123456789012";
const STAGING_ROLE = `arn:aws:iam::${ACCOUNT}:role/promote-staging`;
const PRODUCTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/promote-production`;

let shared: Shared;
let ecr: TestRegistry;
let oidc: OidcFake;
let aws: AwsFake;

beforeAll(async () => {
  shared = await startShared();
  ecr = await startRegistry({ auth: "basic", username: "AWS" });
  oidc = await startOidcFake();
  // Each role trusts only the jobs that run in its GitHub environment (the OIDC subject says which).
  aws = await startAwsFake({
    oidc,
    accountId: ACCOUNT,
    roles: [
      { arn: STAGING_ROLE, trust: { audience: "sts.amazonaws.com", subject: "repo:*:environment:staging" } },
      { arn: PRODUCTION_ROLE, trust: { audience: "sts.amazonaws.com", subject: "repo:*:environment:production" } },
    ],
    registry: { endpoint: ecr.url, username: ecr.username, password: ecr.password },
  });
});

afterAll(async () => {
  await aws?.stop();
  await oidc?.stop();
  await ecr?.stop();
  await stopShared(shared);
});

const assumedRoles = (from: number): string[] =>
  aws.calls
    .slice(from)
    .filter((call) => call.operation === "AssumeRoleWithWebIdentity" && call.status === 200)
    .map((call) => String(call.params.RoleArn));

describe("promote (bundled): Amazon ECR through GitHub OIDC, one role per environment", () => {
  it("logs in to each environment's registry with that environment's role", async () => {
    const world = await createWorld(shared);
    const repo = (env: string) => `${ecr.host}/${world.gitops.name}/${env}/hello`;
    await world.setConfig(`version: 1
gitops: { repository: ${world.gitops.fullName} }
images: { hello: {} }
environments:
  dev: { overlay: apps/hello/overlays/dev, images: { hello: ${world.repo("dev")} } }
  staging:
    from: dev
    overlay: apps/hello/overlays/staging
    images: { hello: ${repo("staging")} }
    aws: { region: eu-central-1, role: "${STAGING_ROLE}" }
  production:
    from: staging
    values: { file: charts/hello/values-production.yaml, digest: image.digest, tag: image.tag, repository: image.repository }
    images: { hello: ${repo("production")} }
    aws: { region: eu-central-1, role: "${PRODUCTION_ROLE}" }
`);
    const v1 = await world.push("hello", "1.0.0");
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0" });
    const env = {
      ...aws.env(),
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    };

    oidc.setClaims({ environment: "staging" });
    let mark = aws.calls.length;
    const staging = await world.promote({ environment: "staging" }, env);
    expect(staging.errors).toEqual([]);
    expect(assumedRoles(mark)).toEqual([STAGING_ROLE]);
    expect(await inspectRaw(`${repo("staging")}:1.0.0`)).toBe(await inspectRaw(`${world.repo("dev")}@${v1.digest}`));
    expect(staging.masked).toContain(ecr.password);

    oidc.setClaims({ environment: "production" });
    mark = aws.calls.length;
    const production = await world.promote({ environment: "production" }, env);
    expect(production.errors).toEqual([]);
    expect(assumedRoles(mark)).toEqual([PRODUCTION_ROLE]);
    expect(await inspectRaw(`${repo("production")}:1.0.0`)).toBe(await inspectRaw(`${world.repo("dev")}@${v1.digest}`));
    for (const result of [staging, production]) {
      const log = result.log.replace(/^::add-mask::.*$/gm, "");
      expect(log).not.toContain(ecr.password);
      for (const token of oidc.issuedTokens) expect(log).not.toContain(token);
    }

    // The plan (dry-run, promote.yml's plan job) runs outside every environment: no role trusts
    // it, so it reads no registry and still shows the digest the approver approves; the
    // existence gate is left to the promotion.
    oidc.setClaims({ environment: undefined });
    mark = aws.calls.length;
    const productionPlan = await world.promote({ environment: "production", "dry-run": "true" }, env);
    expect(productionPlan.errors).toEqual([]);
    expect(assumedRoles(mark)).toEqual([]);
    const plan = JSON.parse(productionPlan.outputs.plan ?? "{}") as {
      gates: { gate: string; outcome: string; detail: string }[];
      images: { digest: string; changed: boolean }[];
    };
    expect(plan.images.map((image) => [image.digest, image.changed])).toEqual([[v1.digest, false]]);
    expect(plan.gates.find((gate) => gate.gate === "existence")).toMatchObject({
      outcome: "skip",
      detail: expect.stringContaining("cannot be read without the production environment's credentials"),
    });
    expect(productionPlan.log).toContain(`"${STAGING_ROLE}" refused the GitHub OIDC token`);

    // A job outside the production environment cannot use production's role: one line, nothing written.
    oidc.setClaims({ environment: "staging" });
    const outside = await world.promote({ environment: "production" }, env);
    expect(outside.exitCode).toBe(1);
    expect(outside.errors).toHaveLength(1);
    expect(outside.errors[0]).toContain("promote-production");
    expect(outside.log).not.toMatch(/^\s+at /m);
  });
});
