import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { docker, dockerAnswers, ensureDocker, whyNoDocker } from "./docker.ts";

const context = mkdtempSync(path.join(os.tmpdir(), "docker-test-"));
afterAll(() => rmSync(context, { recursive: true, force: true }));

describe("ensureDocker", () => {
  it("shares one engine, builds FROM scratch images per platform, and stops with the last reference", async () => {
    const startedByUs = !(await dockerAnswers(process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock"));
    const first = await ensureDocker();
    const second = await ensureDocker();
    try {
      expect(second.host).toBe(first.host);
      expect(first.host).toMatch(/^(unix|tcp):\/\//);
      writeFileSync(path.join(context, "hello.txt"), "hello\n");
      writeFileSync(path.join(context, "Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
      const tag = `harness-selftest:${process.pid}`;
      for (const arch of ["arm64", "amd64"]) {
        // --no-cache: the legacy builder's cache would hand back the other platform's image.
        await docker(first.host, [
          "build",
          "--no-cache",
          "--platform",
          `linux/${arch}`,
          "-t",
          `${tag}-${arch}`,
          context,
        ]);
        const inspect = await docker(first.host, [
          "image",
          "inspect",
          `${tag}-${arch}`,
          "--format",
          "{{.Os}}/{{.Architecture}}",
        ]);
        expect(inspect.stdout.trim()).toBe(`linux/${arch}`);
      }
      await docker(first.host, ["image", "rm", `${tag}-arm64`, `${tag}-amd64`]);
    } finally {
      await first.stop();
      await first.stop();
      // One reference is left: the engine still answers.
      expect(await dockerAnswers(second.host)).toBe(true);
      await second.stop();
    }
    expect(await dockerAnswers(second.host)).toBe(!startedByUs);
  });

  it("reports a failing docker command in one line", async () => {
    const engine = await ensureDocker();
    try {
      await expect(docker(engine.host, ["image", "inspect", "no-such-image:never"])).rejects.toThrow(
        /^\S*docker image inspect no-such-image:never exited with code 1: .*[Nn]o such image/,
      );
    } finally {
      await engine.stop();
    }
  });
});

describe("whyNoDocker", () => {
  const asked = ["unix:///var/run/docker.sock"];
  it.each([
    [
      undefined,
      true,
      /^no Docker Engine answers at unix:\/\/\/var\/run\/docker\.sock and dockerd is not installed: install docker\.io/,
    ],
    [
      "/usr/sbin/dockerd",
      false,
      /^no Docker Engine answers at .* and \/usr\/sbin\/dockerd needs root: start Docker and set DOCKER_HOST/,
    ],
  ])("names what is missing (dockerd %s, root %s) in one line", (dockerd, isRoot, expected) => {
    const reason = whyNoDocker(asked, dockerd, isRoot);
    expect(reason).toMatch(expected);
    expect(reason).not.toContain("\n");
  });

  it("has no objection when dockerd can be started as root", () => {
    expect(whyNoDocker(asked, "/usr/sbin/dockerd", true)).toBeUndefined();
  });
});
