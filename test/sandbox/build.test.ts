import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { docker } from "../harness/docker.ts";
import { git } from "../harness/git.ts";
import { runBundledAction } from "../harness/run-action.ts";
import { skopeo } from "../harness/skopeo.ts";
import { ECR_ROLE, REGION, startWorld, type World } from "./world.ts";

/*
 * The story's build step without the rehearsal: the real build-push-oidc bundle builds
 * acme/hello (a checkout from the GitHub fake) for both platforms on this machine's Docker
 * Engine (no buildx: the legacy path) and pushes it to the dev registry through OIDC -> STS ->
 * ECR, as the pipeline's build job will. Each platform's image holds that platform's binary.
 */

let world: World;
const root = mkdtempSync(path.join(os.tmpdir(), "sandbox-build-test-"));
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("acme/hello through build-push-oidc", () => {
  it("builds linux/amd64 and linux/arm64 from scratch and pushes one index to the dev registry", async () => {
    const workspace = path.join(root, "workspace");
    await git(root, ["clone", "--quiet", world.repositories.app.bareDir, workspace]);
    const home = mkdtempSync(path.join(root, "home-"));
    const result = await runBundledAction("build-push-oidc", {
      workspace,
      env: {
        DOCKER_HOST: world.docker.host,
        HOME: home,
        ACTIONS_ID_TOKEN_REQUEST_URL: world.oidc.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.oidc.requestToken,
        GITHUB_REPOSITORY: "acme/hello",
        ...world.aws.env(REGION),
      },
      inputs: { registry: "ecr", "aws-region": REGION, "role-to-assume": ECR_ROLE, image: "hello", version: "v1.0.0" },
      timeoutMs: 300_000,
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.platforms).toBe("linux/amd64,linux/arm64");
    const repository = `${world.devRegistry.host}/hello`;
    const digest = result.outputs.digest ?? "";
    expect(result.outputs.image).toBe(`${repository}@${digest}`);

    const index = JSON.parse(await skopeo("inspect", ["--raw", `docker://${repository}@${digest}`])) as {
      manifests: { digest: string; platform: { architecture: string; os: string } }[];
    };
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual([
      "linux/amd64",
      "linux/arm64",
    ]);
    // Different binaries: the two platforms' single layers differ.
    const layers = await Promise.all(
      index.manifests.map(async (m) => {
        const manifest = JSON.parse(await skopeo("inspect", ["--raw", `docker://${repository}@${m.digest}`])) as {
          layers: { digest: string }[];
        };
        return manifest.layers.map((layer) => layer.digest);
      }),
    );
    expect(layers[0]).toHaveLength(1);
    expect(layers[1]).toHaveLength(1);
    expect(layers[0]).not.toEqual(layers[1]);

    // The amd64 image, pulled back from the registry, runs and greets.
    const config = path.join(root, "docker-config");
    await docker(
      world.docker.host,
      ["login", "--username", world.devRegistry.username, "--password-stdin", world.devRegistry.host],
      { input: world.devRegistry.password, env: { DOCKER_CONFIG: config } },
    );
    const amd64 = `${repository}@${index.manifests[0]?.digest}`;
    await docker(world.docker.host, ["pull", amd64], { env: { DOCKER_CONFIG: config } });
    const run = await docker(world.docker.host, ["run", "--rm", "--network=none", amd64, "--once"]);
    expect(run.stdout).toBe("Hello from acme/hello!");
  });
});
