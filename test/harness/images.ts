import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { TestRegistry } from "./registry.ts";
import { skopeo } from "./skopeo.ts";

/**
 * Builds a test image as an OCI layout on disk (random layers, configs, manifests and an
 * index, written here rather than by packages/oci so the fixture is independent of the code
 * under test) and pushes it with `skopeo copy --all --preserve-digests`.
 */
export interface TestImageOptions {
  platforms?: string[];
  layers?: number;
  /** Bytes of random data per layer (gzip-wrapped, stored: the blob is a few bytes larger). */
  layerSize?: number;
  /** A cosign-style signature under the tag `sha256-<hex>.sig`. */
  signature?: boolean;
  /** An OCI 1.1 SBOM artifact whose `subject` is the image, with the fallback tag `sha256-<hex>`. */
  sbomReferrer?: boolean;
  mediaTypes?: "oci" | "docker";
  /** A layer with `urls` (non-distributable): its blob is never pushed. */
  foreignLayer?: boolean;
  /** Push the platform manifests' index inside another index (nested). */
  nested?: boolean;
  /** Extra labels in every platform's config (e.g. org.opencontainers.image.version). */
  labels?: Record<string, string>;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  urls?: string[];
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface TestImage {
  /** The pushed reference, `host/repo:tag`. */
  reference: string;
  /** Digest of the top-level index (or manifest list). */
  digest: string;
  /** Every manifest pushed for the image itself (children and nested indexes), by digest. */
  manifests: Descriptor[];
  /** Every blob digest that was pushed (configs and layers). */
  blobs: string[];
  signatureTag?: string;
  signatureDigest?: string;
  sbomDigest?: string;
  /** Total bytes of the image's layers and configs. */
  bytes: number;
}

export const MediaTypes = {
  oci: {
    index: "application/vnd.oci.image.index.v1+json",
    manifest: "application/vnd.oci.image.manifest.v1+json",
    config: "application/vnd.oci.image.config.v1+json",
    layer: "application/vnd.oci.image.layer.v1.tar+gzip",
    foreign: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  },
  docker: {
    index: "application/vnd.docker.distribution.manifest.list.v2+json",
    manifest: "application/vnd.docker.distribution.manifest.v2+json",
    config: "application/vnd.docker.container.image.v1+json",
    layer: "application/vnd.docker.image.rootfs.diff.tar.gzip",
    foreign: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
  },
} as const;

const sha256 = (data: Buffer | string): string => `sha256:${createHash("sha256").update(data).digest("hex")}`;

class Layout {
  readonly dir: string;
  readonly refs: { digest: string; mediaType: string; size: number; tag: string }[] = [];

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(path.join(dir, "blobs", "sha256"), { recursive: true });
    writeFileSync(path.join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  }

  put(data: Buffer | string, mediaType: string): Descriptor {
    const digest = sha256(data);
    writeFileSync(path.join(this.dir, "blobs", "sha256", digest.slice(7)), data);
    return { mediaType, digest, size: Buffer.byteLength(data) };
  }

  json(value: unknown, mediaType: string): Descriptor {
    return this.put(JSON.stringify(value), mediaType);
  }

  /** A random layer streamed to disk (so a 1 GiB layer needs no 1 GiB buffer). */
  async randomLayer(size: number, mediaType: string): Promise<{ descriptor: Descriptor; diffId: string }> {
    const temp = path.join(this.dir, `layer-${randomBytes(6).toString("hex")}`);
    const raw = createHash("sha256");
    const compressed = createHash("sha256");
    let compressedSize = 0;
    async function* source(): AsyncGenerator<Buffer> {
      for (let left = size; left > 0; ) {
        const chunk = randomBytes(Math.min(left, 1 << 20));
        raw.update(chunk);
        left -= chunk.length;
        yield chunk;
      }
    }
    const gzip = createGzip({ level: 0 });
    gzip.on("data", (chunk: Buffer) => {
      compressed.update(chunk);
      compressedSize += chunk.length;
    });
    await pipeline(source, gzip, createWriteStream(temp));
    const digest = `sha256:${compressed.digest("hex")}`;
    renameSync(temp, path.join(this.dir, "blobs", "sha256", digest.slice(7)));
    return { descriptor: { mediaType, digest, size: compressedSize }, diffId: `sha256:${raw.digest("hex")}` };
  }

  tag(descriptor: Descriptor, tag: string): void {
    this.refs.push({ digest: descriptor.digest, mediaType: descriptor.mediaType, size: descriptor.size, tag });
    writeFileSync(
      path.join(this.dir, "index.json"),
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.oci.index,
        manifests: this.refs.map((r) => ({
          mediaType: r.mediaType,
          digest: r.digest,
          size: r.size,
          annotations: { "org.opencontainers.image.ref.name": r.tag },
        })),
      }),
    );
  }
}

export async function pushTestImage(
  registry: TestRegistry,
  repoAndTag: string,
  options: TestImageOptions = {},
): Promise<TestImage> {
  const types = MediaTypes[options.mediaTypes ?? "oci"];
  const platforms = options.platforms ?? ["linux/amd64", "linux/arm64"];
  const layerCount = options.layers ?? 2;
  const layerSize = options.layerSize ?? 1024;
  const dir = mkdtempSync(path.join(os.tmpdir(), "test-image-"));
  const tag = repoAndTag.includes(":") ? repoAndTag.slice(repoAndTag.lastIndexOf(":") + 1) : "latest";
  const repository = repoAndTag.includes(":") ? repoAndTag.slice(0, repoAndTag.lastIndexOf(":")) : repoAndTag;
  const reference = `${registry.host}/${repository}:${tag}`;
  try {
    const layout = new Layout(dir);
    const blobs: string[] = [];
    const manifests: Descriptor[] = [];
    let bytes = 0;
    const children: Descriptor[] = [];
    for (const platform of platforms) {
      const [os_ = "linux", architecture = "amd64", variant] = platform.split("/");
      const layers: Descriptor[] = [];
      const diffIds: string[] = [];
      for (let i = 0; i < layerCount; i++) {
        const { descriptor, diffId } = await layout.randomLayer(layerSize, types.layer);
        layers.push(descriptor);
        diffIds.push(diffId);
        blobs.push(descriptor.digest);
        bytes += descriptor.size;
      }
      if (options.foreignLayer) {
        layers.push({
          mediaType: types.foreign,
          digest: sha256(randomBytes(32)),
          size: 1234,
          urls: ["https://example.invalid/foreign-layer.tar.gz"],
        });
      }
      const config = layout.json(
        {
          architecture,
          os: os_,
          ...(variant ? { variant } : {}),
          created: "2026-01-01T00:00:00Z",
          config: { Labels: { "test.nonce": randomBytes(8).toString("hex"), ...options.labels } },
          rootfs: { type: "layers", diff_ids: diffIds },
        },
        types.config,
      );
      blobs.push(config.digest);
      bytes += config.size;
      const manifest = layout.json({ schemaVersion: 2, mediaType: types.manifest, config, layers }, types.manifest);
      const child = { ...manifest, platform: { os: os_, architecture, ...(variant ? { variant } : {}) } };
      children.push(child);
      manifests.push(child);
    }
    let index = layout.json({ schemaVersion: 2, mediaType: types.index, manifests: children }, types.index);
    if (options.nested) {
      manifests.push(index);
      index = layout.json({ schemaVersion: 2, mediaType: types.index, manifests: [index] }, types.index);
    }
    layout.tag(index, tag);
    const tags = [tag];
    const rawRefs: { digest: string; mediaType: string; size: number; tag: string }[] = [];
    const image: TestImage = { reference, digest: index.digest, manifests, blobs: [...new Set(blobs)], bytes };
    const hex = index.digest.slice("sha256:".length);

    if (options.signature) {
      const payload = layout.put(
        JSON.stringify({ critical: { image: { "docker-manifest-digest": index.digest } } }),
        "application/vnd.dev.cosign.simplesigning.v1+json",
      );
      const config = layout.json({ architecture: "", os: "", rootfs: { type: "layers", diff_ids: [] } }, types.config);
      const sig = layout.json(
        {
          schemaVersion: 2,
          mediaType: MediaTypes.oci.manifest,
          config: { ...config, mediaType: MediaTypes.oci.config },
          layers: [{ ...payload, annotations: { "dev.cosignproject.cosign/signature": "MEUCIQ-test" } }],
        },
        MediaTypes.oci.manifest,
      );
      layout.tag(sig, `sha256-${hex}.sig`);
      tags.push(`sha256-${hex}.sig`);
      image.signatureTag = `sha256-${hex}.sig`;
      image.signatureDigest = sig.digest;
    }
    if (options.sbomReferrer) {
      const empty = layout.put("{}", "application/vnd.oci.empty.v1+json");
      const sbom = layout.put(JSON.stringify({ spdxVersion: "SPDX-2.3", name: repository }), "application/spdx+json");
      const artifact = layout.json(
        {
          schemaVersion: 2,
          mediaType: MediaTypes.oci.manifest,
          artifactType: "application/spdx+json",
          config: empty,
          layers: [sbom],
          subject: { mediaType: index.mediaType, digest: index.digest, size: index.size },
        },
        MediaTypes.oci.manifest,
      );
      // The registry has no referrers API: the client maintains the fallback tag's index.
      const fallback = layout.json(
        {
          schemaVersion: 2,
          mediaType: MediaTypes.oci.index,
          manifests: [{ ...artifact, artifactType: "application/spdx+json" }],
        },
        MediaTypes.oci.index,
      );
      rawRefs.push({ ...fallback, tag: `sha256-${hex}` });
      image.sbomDigest = artifact.digest;
    }
    if (options.mediaTypes === "docker" || options.nested) {
      // skopeo's oci: transport reads neither Docker media types nor nested indexes: push it ourselves.
      await rawPush(registry, dir, repository, layout.refs);
    } else {
      for (const t of tags) {
        await skopeo(
          "copy",
          ["--all", "--preserve-digests", "--quiet", `oci:${dir}:${t}`, `docker://${registry.host}/${repository}:${t}`],
          { registries: [registry] },
        );
      }
    }
    // skopeo 1.9 cannot copy an index of artifacts, so the referrer and its fallback tag go raw.
    await rawPush(registry, dir, repository, rawRefs);
    return image;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The layout's blob files reachable from `refs`, pushed in dependency order with plain HTTP. */
async function rawPush(
  registry: TestRegistry,
  dir: string,
  repository: string,
  refs: { digest: string; mediaType: string; size: number; tag: string }[],
): Promise<void> {
  if (refs.length === 0) return;
  const authorization = await pushAuthorization(registry, repository);
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...(authorization ? { authorization } : {}),
    ...extra,
  });
  const file = (digest: string): Buffer => readFileSync(path.join(dir, "blobs", "sha256", digest.slice(7)));
  const base = `${registry.url}/v2/${repository}`;
  const pushed = new Set<string>();
  const putBlob = async (digest: string): Promise<void> => {
    if (pushed.has(digest)) return;
    pushed.add(digest);
    const start = await fetch(`${base}/blobs/uploads/`, { method: "POST", headers: headers() });
    await start.arrayBuffer();
    const location = new URL(start.headers.get("location") ?? "", registry.url);
    location.searchParams.set("digest", digest);
    const put = await fetch(location, {
      method: "PUT",
      headers: headers({ "content-type": "application/octet-stream" }),
      body: file(digest),
    });
    await put.arrayBuffer();
    if (put.status !== 201) throw new Error(`blob ${digest}: ${put.status}`);
  };
  const putManifest = async (digest: string, mediaType: string, reference: string): Promise<void> => {
    const bytes = file(digest);
    const manifest = JSON.parse(bytes.toString()) as {
      manifests?: Descriptor[];
      config?: Descriptor;
      layers?: Descriptor[];
    };
    for (const child of manifest.manifests ?? []) await putManifest(child.digest, child.mediaType, child.digest);
    if (manifest.config) await putBlob(manifest.config.digest);
    for (const layer of manifest.layers ?? []) if (!layer.urls) await putBlob(layer.digest);
    const put = await fetch(`${base}/manifests/${reference}`, {
      method: "PUT",
      headers: headers({ "content-type": mediaType }),
      body: bytes,
    });
    const text = await put.text();
    if (put.status !== 201) throw new Error(`manifest ${reference}: ${put.status} ${text}`);
  };
  for (const ref of refs) await putManifest(ref.digest, ref.mediaType, ref.tag);
}

async function pushAuthorization(registry: TestRegistry, repository: string): Promise<string | undefined> {
  const basic = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString("base64")}`;
  if (registry.auth === "anonymous") return undefined;
  if (registry.auth === "basic") return basic;
  const service = registry.tokenService;
  if (!service) throw new Error("bearer registry without token service");
  const url = `${service.realm}?service=${service.service}&scope=repository:${repository}:pull,push`;
  const response = await fetch(url, { headers: { authorization: basic } });
  const { token } = (await response.json()) as { token: string };
  return `Bearer ${token}`;
}
