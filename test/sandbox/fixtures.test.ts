import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { type DockerEngine, docker, ensureDocker } from "../harness/docker.ts";
import { runCommand } from "../harness/process.ts";
import { startRegistry, type TestRegistry } from "../harness/registry.ts";
import { skopeo } from "../harness/skopeo.ts";
import { runTerraform } from "../harness/terraform.ts";
import { writeFileMap } from "./fixtures/files.ts";
import { GITOPS_REPOSITORY, gitopsFiles, OVERLAYS, PRODUCTION_VALUES } from "./fixtures/gitops.ts";
import {
  type Architecture,
  helloAppFiles,
  helloFixChanges,
  type PlatformTargets,
  pipelineFiles,
} from "./fixtures/hello-app.ts";
import { applyWorkspaces, DRIFTED_WORKSPACE, driftWorkspace, infraFiles, WORKSPACES } from "./fixtures/infra.ts";

/*
 * The story's repositories, generated and then used with the real tools: the image built by
 * the real Docker Engine for both platforms and pushed to the real registry, the overlays
 * rendered by kustomize, the workspaces planned by terraform.
 */

const root = mkdtempSync(path.join(os.tmpdir(), "sandbox-fixtures-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const targets: PlatformTargets = {
  devRegistry: "127.0.0.1:5001",
  productionRegistry: "127.0.0.1:5002",
  region: "eu-central-1",
  devRole: "arn:aws:iam::111111111111:role/hello-dev",
  productionUser: "production-pusher",
};

describe("acme/hello", () => {
  let engine: DockerEngine;
  let registry: TestRegistry;
  let app: string;
  let dockerConfig: string;

  beforeAll(async () => {
    app = path.join(root, "hello");
    writeFileMap(app, { ...(await helloAppFiles({ fixed: false })), ...pipelineFiles(targets) });
    [engine, registry] = await Promise.all([ensureDocker(), startRegistry({ auth: "basic" })]);
    dockerConfig = mkdtempSync(path.join(root, "docker-config-"));
    await docker(engine.host, ["login", "--username", registry.username, "--password-stdin", registry.host], {
      input: registry.password,
      env: { DOCKER_CONFIG: dockerConfig },
    });
  });
  afterAll(async () => {
    await Promise.all([engine?.stop(), registry?.stop()]);
  });

  it("compiles one static binary per architecture, each for its machine", async () => {
    const machines: Record<Architecture, string> = { amd64: "Advanced Micro Devices X86-64", arm64: "AArch64" };
    for (const [arch, machine] of Object.entries(machines)) {
      const header = (await runCommand("readelf", ["-h", "-l", path.join(app, `bin/hello-linux-${arch}`)])).stdout;
      expect(header).toMatch(new RegExp(`Machine:\\s+${machine}`));
      expect(header).toContain("EXEC (Executable file)");
      expect(header).not.toContain("INTERP"); // static: no dynamic loader to find in a scratch image
    }
  });

  it("builds from scratch for linux/amd64 and linux/arm64 and pushes both to the registry", async () => {
    for (const arch of ["amd64", "arm64"] as const) {
      const tag = `${registry.host}/hello:1.0.0-linux-${arch}`;
      // TARGETARCH as BuildKit would set it: the legacy builder leaves it empty.
      await docker(engine.host, [
        "build",
        "--no-cache",
        "--platform",
        `linux/${arch}`,
        "--build-arg",
        `TARGETARCH=${arch}`,
        "--tag",
        tag,
        app,
      ]);
      await docker(engine.host, ["push", tag], { env: { DOCKER_CONFIG: dockerConfig } });
      const config = JSON.parse(await skopeo("inspect", ["--config", `docker://${tag}`])) as {
        architecture: string;
        os: string;
        config: { Entrypoint: string[]; User: string };
        rootfs: { diff_ids: string[] };
      };
      expect([config.os, config.architecture]).toEqual(["linux", arch]);
      expect(config.config.Entrypoint).toEqual(["/hello"]);
      expect(config.config.User).toBe("65534:65534");
      expect(config.rootfs.diff_ids).toHaveLength(1);
    }
  });

  it("the amd64 image runs and greets (arm64 would need QEMU to run here)", async () => {
    const tag = `${registry.host}/hello:1.0.0-linux-amd64`;
    const run = await docker(engine.host, [
      "run",
      "--rm",
      "--network=none",
      "--platform",
      "linux/amd64",
      tag,
      "--once",
    ]);
    expect(run.stdout).toBe("Hello from acme/hello!");
    expect((await runCommand("bash", [path.join(app, "test.sh")])).stdout).toContain("the greeting is right");
  });

  it("refuses to build without TARGETARCH instead of building a wrong image", async () => {
    await expect(docker(engine.host, ["build", "--no-cache", "--platform", "linux/arm64", app])).rejects.toThrow(
      /base name \(\$\{TARGETARCH\}\) should not be blank/,
    );
  });

  it("the fix: commit changes the source and both binaries, and the greeting ends with a newline", async () => {
    const fix = await helloFixChanges();
    expect(Object.keys(fix).sort()).toEqual(["bin/hello-linux-amd64", "bin/hello-linux-arm64", "src/hello.c"]);
    expect(fix["bin/hello-linux-amd64"]).not.toEqual(readFileSync(path.join(app, "bin/hello-linux-amd64")));
    const fixed = path.join(root, "hello-fixed");
    writeFileMap(fixed, fix);
    expect((await runCommand(path.join(fixed, "bin/hello-linux-amd64"), ["--once"])).stdout).toBe(
      "Hello from acme/hello!\n",
    );
  });

  it(".github/platform.yml names dev -> staging -> production, production on its own registry behind a reason", () => {
    const config = parse(readFileSync(path.join(app, ".github/platform.yml"), "utf8")) as {
      gitops: { repository: string };
      environments: Record<string, { from?: string; images: Record<string, string>; "require-reason"?: boolean }>;
    };
    expect(config.gitops.repository).toBe(GITOPS_REPOSITORY);
    expect(Object.keys(config.environments)).toEqual(["dev", "staging", "production"]);
    expect(config.environments.staging?.from).toBe("dev");
    expect(config.environments.production?.from).toBe("staging");
    expect(config.environments.production?.images.hello).toBe("127.0.0.1:5002/hello");
    expect(config.environments.production?.["require-reason"]).toBe(true);
  });
});

describe("acme/gitops", () => {
  let gitops: string;
  beforeAll(() => {
    gitops = path.join(root, "gitops");
    writeFileMap(gitops, gitopsFiles(targets));
  });

  it.each(Object.entries(OVERLAYS))("kubectl kustomize renders the %s overlay with its image", async (name, dir) => {
    const { stdout } = await runCommand("kubectl", ["kustomize", path.join(gitops, dir)]);
    const documents = stdout.split(/^---$/m).map((text) => parse(text) as Record<string, unknown>);
    const deployment = documents.find((d) => d.kind === "Deployment") as {
      metadata: { namespace: string; labels: Record<string, string> };
      spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
    };
    expect(deployment.metadata.namespace).toBe(`hello-${name}`);
    expect(deployment.metadata.labels.environment).toBe(name);
    expect(deployment.spec.replicas).toBe(name === "dev" ? 1 : 2);
    expect(deployment.spec.template.spec.containers[0]?.image).toBe("127.0.0.1:5001/hello:0.0.0");
    expect(documents.map((d) => d.kind).sort()).toEqual(["Deployment", "Service"]);
  });

  it("production is a Helm values file with the image's repository, tag and digest", () => {
    const values = parse(readFileSync(path.join(gitops, PRODUCTION_VALUES), "utf8")) as {
      image: { repository: string; tag: string; digest: string };
    };
    expect(values.image).toEqual({ repository: "127.0.0.1:5002/hello", tag: "0.0.0", digest: "" });
  });
});

describe("acme/infra", () => {
  it("terraform plans every workspace clean after apply, and only the drifted one changes", async () => {
    const checkout = path.join(root, "infra");
    const stateDir = path.join(root, "infra-state");
    const dataDir = path.join(root, "terraform-data");
    writeFileMap(checkout, infraFiles(stateDir));
    await applyWorkspaces(checkout, dataDir);
    const plan = async (workspace: string) =>
      runTerraform(path.join(checkout, workspace), ["plan", "-no-color", "-detailed-exitcode", "-input=false"], {
        dataDir,
        okExitCodes: [0, 2],
      });
    for (const workspace of WORKSPACES) expect((await plan(workspace)).exitCode).toBe(0);

    driftWorkspace(stateDir);
    for (const workspace of WORKSPACES) {
      const result = await plan(workspace);
      expect([workspace, result.exitCode]).toEqual([workspace, workspace === DRIFTED_WORKSPACE ? 2 : 0]);
      if (workspace === DRIFTED_WORKSPACE)
        expect(result.stdout).toContain("terraform_data.dns will be updated in-place");
    }
  });
});
