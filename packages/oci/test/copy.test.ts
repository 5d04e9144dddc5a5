import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import {
  CopyError,
  explicitCredentials,
  MediaType,
  RegistryClient,
  RegistryError,
  TagConflictError,
} from "@platform/oci";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspect, inspectRaw, listTags } from "../../../test/harness/skopeo.ts";
import { type ExchangeInit, exchange } from "../src/http-exchange.ts";
import { clientFor, copy, FAST_RETRY, rawManifest } from "./helpers.ts";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("copy engine through real registries", () => {
  let bearer: TestRegistry;
  let basic: TestRegistry;
  let anonymous: TestRegistry;

  beforeAll(async () => {
    [bearer, basic, anonymous] = await Promise.all([
      startRegistry({ auth: "bearer", users: { reader: { password: "reader-pass", actions: ["pull"] } } }),
      startRegistry({ auth: "basic" }),
      startRegistry({ auth: "anonymous" }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([bearer, basic, anonymous].map((r) => r?.stop()));
  });

  it("sends Basic to an Amazon ECR host with no ping first; any other host is pinged once", async () => {
    const ecrHost = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
    const image = await pushTestImage(basic, "dev/ecr:v1", { platforms: ["linux/amd64"], layers: 1 });
    const requests: string[] = [];
    const client = new RegistryClient({
      credentials: explicitCredentials(basic.username, basic.password, [ecrHost, basic.host]),
      // The ECR host name, served by the basic-auth registry here.
      endpoint: (registry) => (registry === ecrHost ? basic.url : `http://${registry}`),
      exchange: (url: string | URL, init: ExchangeInit) => {
        requests.push(`${init.method} ${new URL(url).pathname}`);
        return exchange(url, init);
      },
      retry: FAST_RETRY,
    });
    const result = await copy(client, `${ecrHost}/dev/ecr:v1`, [`${ecrHost}/prod/ecr:v1`]);
    expect(result.digest).toBe(image.digest);
    expect(await inspectRaw(`${basic.host}/prod/ecr:v1`)).toBe(await inspectRaw(image.reference));
    expect(requests.length).toBeGreaterThan(5);
    expect(requests).not.toContain("GET /v2/");
    requests.length = 0;
    await copy(client, `${basic.host}/dev/ecr:v1`, [`${basic.host}/prod/ecr-too:v1`]);
    expect(requests.filter((request) => request === "GET /v2/")).toEqual(["GET /v2/"]);
  });

  it("copies a multi-platform index with a signature and an SBOM referrer between registries; skopeo agrees", async () => {
    const image = await pushTestImage(bearer, "dev/app:v1", {
      platforms: ["linux/amd64", "linux/arm64"],
      layers: 3,
      layerSize: 64 * 1024,
      signature: true,
      sbomReferrer: true,
    });
    const client = clientFor([bearer, basic]);
    const result = await copy(client, `${bearer.host}/dev/app:v1`, [`${basic.host}/prod/app`]);

    expect(result.digest).toBe(image.digest);
    const target = result.targets[0];
    expect(target?.image).toBe(`${basic.host}/prod/app:v1@${image.digest}`);
    expect(target?.platforms).toEqual(["linux/amd64", "linux/arm64"]);
    // 2 x (3 layers + config), the signature's config and payload, the SBOM's empty config and document.
    expect(target?.copiedBlobs).toBe(12);
    expect(target?.mountedBlobs).toBe(0);
    expect(target?.referrers).toBe(2);

    // skopeo, reading independently: the same bytes at the target as at the source.
    expect(await inspectRaw(`${basic.host}/prod/app:v1`)).toBe(await inspectRaw(image.reference));
    for (const child of image.manifests) {
      expect(await inspectRaw(`${basic.host}/prod/app@${child.digest}`)).toBe(
        await inspectRaw(`${bearer.host}/dev/app@${child.digest}`),
      );
    }
    const hex = image.digest.slice("sha256:".length);
    expect((await listTags(`${basic.host}/prod/app`)).sort()).toEqual([`sha256-${hex}`, `sha256-${hex}.sig`, "v1"]);
    const fallback = JSON.parse(await inspectRaw(`${basic.host}/prod/app:sha256-${hex}`)) as {
      manifests: { digest: string; artifactType: string }[];
    };
    expect(fallback.manifests).toEqual([
      expect.objectContaining({ digest: image.sbomDigest, artifactType: "application/spdx+json" }),
    ]);
    expect((await inspect(`${basic.host}/prod/app:v1`)).Architecture).toBe("amd64");
  });

  it("mounts blobs within one registry instead of copying them", async () => {
    const image = await pushTestImage(basic, "dev/mount:v2", { layers: 2, signature: true });
    const result = await copy(clientFor([basic]), `${basic.host}/dev/mount:v2`, [`${basic.host}/prod/mount:v2`]);
    expect(result.digest).toBe(image.digest);
    expect(result.targets[0]?.mountedBlobs).toBe(8);
    expect(result.targets[0]?.copiedBlobs).toBe(0);
    expect(result.targets[0]?.copiedBytes).toBe(0);
    expect(await inspectRaw(`${basic.host}/prod/mount:v2`)).toBe(await inspectRaw(image.reference));
  });

  it("mounts into a second target on the same registry from the first", async () => {
    const image = await pushTestImage(bearer, "dev/fan:v1", { layers: 1, platforms: ["linux/amd64"] });
    const result = await copy(clientFor([bearer, basic]), image.reference, [
      `${basic.host}/one/fan`,
      `${basic.host}/two/fan`,
    ]);
    expect(result.targets.map((t) => [t.copiedBlobs, t.mountedBlobs])).toEqual([
      [2, 0],
      [0, 2],
    ]);
  });

  it("copies nothing when run again", async () => {
    const image = await pushTestImage(bearer, "dev/again:v1", { signature: true, sbomReferrer: true });
    const client = clientFor([bearer, basic]);
    await copy(client, image.reference, [`${basic.host}/prod/again`]);
    const tagsBefore = (await listTags(`${basic.host}/prod/again`)).sort();
    const again = await copy(clientFor([bearer, basic]), image.reference, [`${basic.host}/prod/again`]);
    expect(again.targets[0]).toMatchObject({ copiedBlobs: 0, mountedBlobs: 0, copiedBytes: 0, tagAction: "unchanged" });
    expect(again.targets[0]?.skippedBlobs).toBe(10);
    expect((await listTags(`${basic.host}/prod/again`)).sort()).toEqual(tagsBefore);
  });

  it("keeps docker media types, nested indexes and skips non-distributable layers", async () => {
    const docker = await pushTestImage(anonymous, "dev/docker:v1", { mediaTypes: "docker", foreignLayer: true });
    const result = await copy(clientFor([anonymous, basic]), docker.reference, [`${basic.host}/prod/docker:v1`]);
    expect(result.mediaType).toBe(MediaType.DockerManifestList);
    expect(result.digest).toBe(docker.digest);
    expect(await inspectRaw(`${basic.host}/prod/docker:v1`)).toBe(await inspectRaw(docker.reference));
    // two foreign layers (one per platform) are never fetched: they are not in the source either.
    expect(result.targets[0]?.skippedBlobs).toBe(2);

    const nested = await pushTestImage(anonymous, "dev/nested:v1", { nested: true });
    const copied = await copy(clientFor([anonymous, basic]), nested.reference, [`${basic.host}/prod/nested:v1`]);
    expect(copied.digest).toBe(nested.digest);
    expect(await inspectRaw(`${basic.host}/prod/nested:v1`)).toBe(await inspectRaw(nested.reference));
  });

  it("copies a single-platform manifest by digest to a target without tag", async () => {
    const image = await pushTestImage(anonymous, "dev/single:v1", { platforms: ["linux/arm64"] });
    const child = image.manifests[0]?.digest ?? "";
    const result = await copy(clientFor([anonymous, basic]), `${anonymous.host}/dev/single@${child}`, [
      `${basic.host}/prod/single`,
    ]);
    expect(result.digest).toBe(child);
    expect(result.platforms).toEqual(["linux/arm64"]);
    expect(result.targets[0]).toMatchObject({
      tag: undefined,
      tagAction: "none",
      image: `${basic.host}/prod/single@${child}`,
    });
    expect(await listTags(`${basic.host}/prod/single`)).toEqual([]);
  });

  it("dry-run reports and writes nothing", async () => {
    const image = await pushTestImage(anonymous, "dev/dry:v1", { signature: true });
    const result = await copy(clientFor([anonymous, basic]), image.reference, [`${basic.host}/prod/dry:v1`], {
      dryRun: true,
    });
    expect(result.dryRun).toBe(true);
    // 2 x (2 layers + config) and the signature's two blobs
    expect(result.targets[0]?.copiedBlobs).toBe(8);
    expect(await listTags(`${basic.host}/prod/dry`)).toEqual([]);
    expect(await rawManifest(basic, "prod/dry", image.digest)).toBe(404);
  });

  it("refuses to move a tag that points elsewhere unless overwrite is set", async () => {
    const first = await pushTestImage(anonymous, "dev/ow:v1");
    const second = await pushTestImage(anonymous, "dev/ow:v2");
    const client = clientFor([anonymous, basic]);
    await copy(client, first.reference, [`${basic.host}/prod/ow:live`]);
    const refused = copy(client, second.reference, [`${basic.host}/prod/ow:live`]);
    await expect(refused).rejects.toBeInstanceOf(TagConflictError);
    await expect(refused).rejects.toMatchObject({ existing: first.digest, wanted: second.digest });
    // nothing of the second image was written
    expect(await rawManifest(basic, "prod/ow", second.digest)).toBe(404);
    const moved = await copy(client, second.reference, [`${basic.host}/prod/ow:live`], { overwrite: true });
    expect(moved.targets[0]?.tagAction).toBe("moved");
    expect(JSON.parse(await inspectRaw(`${basic.host}/prod/ow:live`))).toEqual(
      JSON.parse(await inspectRaw(second.reference)),
    );
  });

  it("pulls anonymously from a bearer registry that allows it", async () => {
    const open = await startRegistry({ auth: "bearer", anonymousActions: ["pull"] });
    try {
      const image = await pushTestImage(open, "public/app:v1", { layers: 1 });
      // No credentials for `open` at all: the token service hands out anonymous pull tokens.
      const result = await copy(clientFor([basic]), image.reference, [`${basic.host}/mirror/app:v1`]);
      expect(result.digest).toBe(image.digest);
      expect(open.tokenService?.requests.some((r) => r.user === undefined && r.status === 200)).toBe(true);
    } finally {
      await open.stop();
    }
  });

  it("fails a denied push on the first write, leaving the target empty", async () => {
    const image = await pushTestImage(anonymous, "dev/denied:v1", { layers: 1 });
    const reader = { host: bearer.host, username: "reader", password: "reader-pass" };
    const attempt = copy(clientFor([anonymous, reader]), image.reference, [`${bearer.host}/prod/denied:v1`]);
    await expect(attempt).rejects.toBeInstanceOf(CopyError);
    await expect(attempt).rejects.toMatchObject({ side: "target", cause: expect.any(RegistryError) });
    expect(await rawManifest(bearer, "prod/denied", "v1")).toBe(404);
    expect(await listTags(`${bearer.host}/prod/denied`)).toEqual([]);
  });

  it("fails on wrong Basic credentials at the source with a 401", async () => {
    const image = await pushTestImage(basic, "dev/wrong:v1", { layers: 1 });
    const wrong = { host: basic.host, username: basic.username, password: "not-it" };
    const attempt = copy(clientFor([wrong, anonymous]), image.reference, [`${anonymous.host}/x/wrong:v1`]);
    await expect(attempt).rejects.toMatchObject({ side: "source", cause: expect.objectContaining({ status: 401 }) });
  });

  it("refreshes a bearer token that lapses between copies (401, then a new token)", async () => {
    const service = bearer.tokenService;
    if (!service) throw new Error("no token service");
    const client = clientFor([bearer, basic]);
    // Tokens announce 300 s but the registry stops accepting them after 1 s.
    service.setLifetime(1, { announce: 300 });
    try {
      const one = await pushTestImage(basic, "dev/exp1:v1", { layers: 2 });
      await copy(client, one.reference, [`${bearer.host}/prod/exp:v1`]);
      const fetched = client.auth.tokenFetches;
      await sleep(1500);
      service.setLifetime(300);
      const two = await pushTestImage(basic, "dev/exp2:v2", { layers: 2 });
      const result = await copy(client, two.reference, [`${bearer.host}/prod/exp:v2`]);
      expect(result.digest).toBe(two.digest);
      expect(client.auth.tokenFetches).toBeGreaterThan(fetched);
      expect(await inspectRaw(`${bearer.host}/prod/exp:v2`)).toBe(await inspectRaw(two.reference));
    } finally {
      service.setLifetime(300);
    }
  });

  it("reports a missing source tag as a source error", async () => {
    const attempt = copy(clientFor([anonymous, basic]), `${anonymous.host}/dev/none:nope`, [`${basic.host}/x/none:v1`]);
    await expect(attempt).rejects.toMatchObject({ side: "source", cause: expect.objectContaining({ status: 404 }) });
  });
});
