import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { dockerConfigCredentials, RegistryClient } from "@platform/oci";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw } from "../../../test/harness/skopeo.ts";
import { copy, FAST_RETRY } from "./helpers.ts";

function clientWithDockerConfig(config: unknown): RegistryClient {
  const dir = mkdtempSync(path.join(os.tmpdir(), "docker-config-"));
  writeFileSync(path.join(dir, "config.json"), JSON.stringify(config));
  return new RegistryClient({
    credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: dir } }),
    logger: memoryLogger(),
    retry: FAST_RETRY,
  });
}

describe("credentials from a docker config against real registries", () => {
  let bearer: TestRegistry;
  let plain: TestRegistry;
  beforeAll(async () => {
    [bearer, plain] = await Promise.all([
      startRegistry({ auth: "bearer", users: { robot: { password: "unused", refreshToken: "refresh-123" } } }),
      startRegistry(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([bearer?.stop(), plain?.stop()]);
  });

  it("trades an identity token for registry tokens (OAuth2 refresh_token grant)", async () => {
    const image = await pushTestImage(bearer, "id/app:v1", { layers: 1 });
    const client = clientWithDockerConfig({ auths: { [bearer.host]: { identitytoken: "refresh-123" } } });
    const result = await copy(client, image.reference, [`${plain.host}/id/app:v1`]);
    expect(result.digest).toBe(image.digest);
    expect(await inspectRaw(`${plain.host}/id/app:v1`)).toBe(await inspectRaw(image.reference));
    expect(bearer.tokenService?.requests.some((r) => r.user === "robot" && r.status === 200)).toBe(true);
  });

  it("is denied with a wrong identity token", async () => {
    const image = await pushTestImage(bearer, "id/denied:v1", { layers: 1 });
    const client = clientWithDockerConfig({ auths: { [bearer.host]: { identitytoken: "not-it" } } });
    await expect(copy(client, image.reference, [`${plain.host}/id/denied:v1`])).rejects.toMatchObject({
      side: "source",
      cause: expect.objectContaining({ status: 401 }),
    });
  });

  it("uses user:password auths for Basic", async () => {
    const basic = await startRegistry({ auth: "basic" });
    try {
      const image = await pushTestImage(basic, "b/app:v1", { layers: 1 });
      const auth = Buffer.from(`${basic.username}:${basic.password}`).toString("base64");
      const client = clientWithDockerConfig({ auths: { [basic.host]: { auth } } });
      const result = await copy(client, image.reference, [`${plain.host}/b/app:v1`]);
      expect(result.digest).toBe(image.digest);
    } finally {
      await basic.stop();
    }
  });
});
