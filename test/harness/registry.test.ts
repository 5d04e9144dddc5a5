import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { pushTestImage } from "./images.ts";
import { type RegistryAuth, startRegistry, type TestRegistry } from "./registry.ts";
import { copyAll, inspect, inspectRaw, listTags, skopeo } from "./skopeo.ts";

describe.each<RegistryAuth>(["anonymous", "basic", "bearer"])("test registry (%s)", (auth) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth });
  });
  afterAll(async () => {
    await registry.stop();
  });

  it("answers /v2/ with the challenge of its mode", async () => {
    const response = await fetch(`${registry.url}/v2/`);
    const challenge = response.headers.get("www-authenticate") ?? "";
    await response.arrayBuffer();
    if (auth === "anonymous") expect(response.status).toBe(200);
    else expect(response.status).toBe(401);
    if (auth === "basic") expect(challenge).toMatch(/^Basic realm=/);
    if (auth === "bearer") expect(challenge).toContain(`realm="${registry.tokenService?.realm}"`);
  });

  it("takes a multi-platform image with a signature and an SBOM referrer, and skopeo reads it back", async () => {
    const image = await pushTestImage(registry, "app/one:v1", {
      platforms: ["linux/amd64", "linux/arm64"],
      layers: 2,
      layerSize: 4096,
      signature: true,
      sbomReferrer: true,
    });
    const raw = await inspectRaw(image.reference);
    expect(image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const index = JSON.parse(raw) as { manifests: { digest: string }[] };
    expect(index.manifests.map((m) => m.digest)).toEqual(image.manifests.map((m) => m.digest));
    const hex = image.digest.slice(7);
    expect((await listTags(`${registry.host}/app/one`)).sort()).toEqual(
      [`sha256-${hex}`, `sha256-${hex}.sig`, "v1"].sort(),
    );
    if (auth === "anonymous") {
      // distribution 2.8 has no OCI referrers API: clients must use the fallback tag.
      const referrers = await fetch(`${registry.url}/v2/app/one/referrers/${image.digest}`);
      await referrers.arrayBuffer();
      expect(referrers.status).toBe(404);
    }
    const amd64 = await inspect(image.reference);
    expect(amd64.Architecture).toBe("amd64");
    expect(amd64.Layers).toHaveLength(2);
  });

  it("copies with skopeo copy --all --preserve-digests, digests unchanged", async () => {
    const image = await pushTestImage(registry, "app/copy:v1", { layers: 1 });
    await copyAll(image.reference, `${registry.host}/app/copied:v1`);
    expect(await inspectRaw(`${registry.host}/app/copied:v1`)).toBe(await inspectRaw(image.reference));
  });

  it("pushes docker media types", async () => {
    const image = await pushTestImage(registry, "app/docker:v1", { mediaTypes: "docker", platforms: ["linux/amd64"] });
    const raw = JSON.parse(await inspectRaw(`${registry.host}/app/docker@${image.digest}`)) as { mediaType: string };
    expect(raw.mediaType).toBe("application/vnd.docker.distribution.manifest.list.v2+json");
  });

  if (auth !== "anonymous") {
    it("refuses wrong credentials", async () => {
      await expect(
        skopeo("list-tags", [`docker://${registry.host}/app/one`], {
          registries: [],
          credentials: { [registry.host]: { username: registry.username, password: "wrong" } },
        }),
      ).rejects.toThrow();
    });
  }
});

describe("bearer token service", () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: "bearer", users: { reader: { password: "r3ad", actions: ["pull"] } } });
  });
  afterAll(async () => {
    await registry.stop();
  });

  it("grants only the actions a user has", async () => {
    const credentials = Buffer.from("reader:r3ad").toString("base64");
    const response = await fetch(`${registry.tokenService?.realm}?service=x&scope=repository:app/one:pull,push`, {
      headers: { authorization: `Basic ${credentials}` },
    });
    const body = (await response.json()) as { token: string; expires_in: number };
    const claims = JSON.parse(Buffer.from(body.token.split(".")[1] ?? "", "base64url").toString()) as {
      access: { name: string; actions: string[] }[];
    };
    expect(claims.access).toEqual([{ type: "repository", name: "app/one", actions: ["pull"] }]);
    expect(body.expires_in).toBe(300);
  });

  it("issues tokens the registry rejects once they expire", async () => {
    const service = registry.tokenService;
    if (!service) throw new Error("bearer registry without token service");
    service.setLifetime(-1);
    const credentials = Buffer.from(`${registry.username}:${registry.password}`).toString("base64");
    const response = await fetch(`${service.realm}?service=${service.service}&scope=repository:app/one:pull`, {
      headers: { authorization: `Basic ${credentials}` },
    });
    const { token } = (await response.json()) as { token: string };
    const expired = await fetch(`${registry.url}/v2/app/one/tags/list`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await expired.arrayBuffer();
    expect(expired.status).toBe(401);
    service.setLifetime(300);
    const fresh = await fetch(`${service.realm}?service=${service.service}&scope=repository:app/one:pull`, {
      headers: { authorization: `Basic ${credentials}` },
    });
    const again = (await fresh.json()) as { token: string };
    const ok = await fetch(`${registry.url}/v2/app/one/tags/list`, {
      headers: { authorization: `Bearer ${again.token}` },
    });
    await ok.arrayBuffer();
    expect(ok.status).not.toBe(401);
  });
});
