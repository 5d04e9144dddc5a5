import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ECRClient, GetAuthorizationTokenCommand } from "@aws-sdk/client-ecr";
import { AssumeRoleWithWebIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { dockerAnswers } from "../harness/docker.ts";
import { git } from "../harness/git.ts";
import { runTerraform } from "../harness/terraform.ts";
import { DRIFTED_WORKSPACE, WORKSPACES } from "./fixtures/infra.ts";
import { ECR_ROLE, OIDC_AUDIENCE, REGION, startWorld, type World } from "./world.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "sandbox-world-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The keyless chain build-push-oidc walks: OIDC token -> STS -> ECR authorization for the dev registry. */
async function ecrAuthorization(world: World): Promise<{ endpoint: string; authorization: string }> {
  const url = new URL(world.oidc.url);
  url.searchParams.set("audience", OIDC_AUDIENCE);
  const response = await fetch(url, { headers: { authorization: `Bearer ${world.oidc.requestToken}` } });
  const { value } = (await response.json()) as { value: string };
  const endpoints = world.aws.env(REGION);
  const sts = new STSClient({ region: REGION, endpoint: endpoints.AWS_ENDPOINT_URL_STS });
  const { Credentials } = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: ECR_ROLE,
      RoleSessionName: "sandbox-test",
      WebIdentityToken: value,
    }),
  );
  const ecr = new ECRClient({
    region: REGION,
    endpoint: endpoints.AWS_ENDPOINT_URL_ECR,
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

async function statusOf(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return response.status;
}

describe("the world with --workdir", () => {
  let world: World;
  const workdir = path.join(root, "kept");
  let stoppedAddresses: string[] = [];
  let dockerHost = "";

  beforeAll(async () => {
    world = await startWorld({ workdir, log: (line) => console.log(line) });
    stoppedAddresses = [
      world.devRegistry.url,
      world.productionRegistry.url,
      world.github.serverUrl,
      world.aws.endpoint,
    ];
    dockerHost = world.docker.host;
  });
  afterAll(async () => {
    await world?.stop();
  });

  it("the dev registry takes ECR's authorization, which only an OIDC token of acme/hello gets", async () => {
    expect(await statusOf(`${world.devRegistry.url}/v2/`)).toBe(401);
    const login = await ecrAuthorization(world);
    expect(login.endpoint).toBe(world.devRegistry.url);
    expect(await statusOf(`${world.devRegistry.url}/v2/`, { authorization: login.authorization })).toBe(200);
    expect(world.targets.devRegistry).toBe(world.devRegistry.host);
  });

  it("production has its own credentials: ECR's do not open it", async () => {
    const ecr = await ecrAuthorization(world);
    const url = `${world.productionRegistry.url}/v2/`;
    expect(await statusOf(url, { authorization: ecr.authorization })).toBe(401);
    const own = Buffer.from(`${world.productionRegistry.username}:${world.productionRegistry.password}`);
    expect(await statusOf(url, { authorization: `Basic ${own.toString("base64")}` })).toBe(200);
  });

  it("GitHub has the three repositories; production requires the reviewer, staging nothing", async () => {
    const get = async (route: string, token = world.developer.token) => {
      const response = await fetch(`${world.github.apiUrl}${route}`, { headers: { authorization: `token ${token}` } });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    for (const name of ["acme/hello", "acme/gitops", "acme/infra"])
      expect((await get(`/repos/${name}`)).status).toBe(200);
    const production = await get("/repos/acme/hello/environments/production");
    expect(production.body.protection_rules).toEqual([
      expect.objectContaining({
        type: "required_reviewers",
        reviewers: [expect.objectContaining({ reviewer: expect.objectContaining({ login: world.reviewer.login }) })],
      }),
    ]);
    expect((await get("/repos/acme/hello/environments/staging")).body.protection_rules).toEqual([]);
    expect((await get("/user", world.reviewer.token)).body.login).toBe(world.reviewer.login);
  });

  it("acme/hello clones over smart HTTP with its binaries executable", async () => {
    const clone = path.join(root, "hello-clone");
    const url = new URL(`${world.github.serverUrl}/acme/hello.git`);
    url.username = "x-access-token";
    url.password = world.developer.token;
    await git(root, ["clone", "--quiet", url.href, clone]);
    const tree = await git(clone, ["ls-tree", "-r", "HEAD"]);
    expect(tree).toMatch(/^100755 blob \S+\tbin\/hello-linux-arm64$/m);
    expect(tree).toMatch(/^100644 blob \S+\tDockerfile$/m);
    expect(tree).not.toContain(".github/"); // the story's first pull request adopts the platform
    expect(await git(clone, ["log", "--format=%s"])).toBe("chore: initial commit\n");
  });

  it("the infrastructure plans clean until drift() changes one workspace", async () => {
    const plan = (workspace: string) =>
      runTerraform(path.join(world.terraform.checkout, workspace), ["plan", "-no-color", "-detailed-exitcode"], {
        dataDir: world.terraform.dataDir,
        okExitCodes: [0, 2],
      });
    expect((await plan(DRIFTED_WORKSPACE)).exitCode).toBe(0);
    expect(world.drift()).toBe(DRIFTED_WORKSPACE);
    for (const workspace of WORKSPACES) {
      expect([workspace, (await plan(workspace)).exitCode]).toEqual([
        workspace,
        workspace === DRIFTED_WORKSPACE ? 2 : 0,
      ]);
    }
  });

  it("stop() stops every part and keeps the state in the workdir", async () => {
    await world.stop();
    for (const address of stoppedAddresses) await expect(fetch(address)).rejects.toThrow();
    expect(await dockerAnswers(dockerHost)).toBe(false);
    expect(existsSync(path.join(workdir, "github/acme/gitops.git/HEAD"))).toBe(true);
    // The registry's storage root is in the workdir (distribution creates it on the first push).
    expect(readFileSync(path.join(workdir, "registries/dev/config.yml"), "utf8")).toContain(
      `rootdirectory: ${path.join(workdir, "registries/dev/data")}`,
    );
    expect(existsSync(path.join(workdir, "terraform/state/production.tfstate"))).toBe(true);
    const state = JSON.parse(readFileSync(path.join(workdir, "github-state.json"), "utf8")) as Record<
      string,
      { environments: { name: string; reviewers: string[] }[] }
    >;
    expect(state["acme/hello"]?.environments).toEqual([
      { name: "dev", reviewers: [] },
      { name: "staging", reviewers: [] },
      { name: "production", reviewers: [world.reviewer.login] },
    ]);
    const described = JSON.parse(readFileSync(path.join(workdir, "world.json"), "utf8")) as {
      repositories: Record<string, { bare: string }>;
    };
    expect(described.repositories["acme/gitops"]?.bare).toBe("github/acme/gitops.git");
  });
});

describe("the world without a workdir, behind fault proxies", () => {
  it("points clients at the proxies, and leaves nothing behind on stop", async () => {
    const world = await startWorld({ faultProxies: true, log: (line) => console.log(line) });
    try {
      expect(world.proxies).toBeDefined();
      expect(world.endpoints.devRegistryHost).toBe(world.proxies?.devRegistry.host);
      expect(world.endpoints.devRegistryHost).not.toBe(world.devRegistry.host);
      // ECR hands out the proxy's address, so image traffic goes through the faults.
      const login = await ecrAuthorization(world);
      expect(login.endpoint).toBe(`http://${world.endpoints.devRegistryHost}`);
      world.proxies?.devRegistry.inject({ kind: "status", status: 503, match: /^GET \/v2\/$/ });
      expect(await statusOf(`${login.endpoint}/v2/`, { authorization: login.authorization })).toBe(503);
      expect(await statusOf(`${login.endpoint}/v2/`, { authorization: login.authorization })).toBe(200);
      const repo = await fetch(`${world.endpoints.githubApiUrl}/repos/acme/gitops`, {
        headers: { authorization: `token ${world.developer.token}` },
      });
      expect(repo.status).toBe(200);
    } finally {
      await world.stop();
    }
    expect(existsSync(world.workdir)).toBe(false);
  });
});
