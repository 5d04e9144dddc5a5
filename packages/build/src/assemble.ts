import type { Logger } from "@platform/action-kit";
import { buildIndex, isIndex, MediaType } from "@platform/oci";
import { buildFieldError } from "./fields.ts";
import type { ManifestStore } from "./legacy.ts";
import { formatPlatform, type Platform, parsePlatform } from "./platforms.ts";

/** One image another job pushed by digest, for one platform (build.yml's per-platform mode). */
export interface PlatformDigest {
  platform: Platform;
  digest: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** `platformDigests`: one `<os>/<arch>[/<variant>]=sha256:<hex>` per line, each platform once. */
export function parsePlatformDigests(lines: string[]): PlatformDigest[] {
  const field = "platformDigests";
  const seen = new Set<string>();
  return lines.map((line) => {
    const at = line.indexOf("=");
    const digest = at < 0 ? "" : line.slice(at + 1).trim();
    if (at < 0 || !DIGEST.test(digest)) {
      throw buildFieldError(
        field,
        line,
        "is not <platform>=sha256:<64 hex>",
        "one line per platform, e.g. linux/arm64=sha256:…",
      );
    }
    const platform = parsePlatform(line.slice(0, at).trim(), field);
    const name = formatPlatform(platform);
    if (seen.has(name)) throw buildFieldError(field, line, `names ${name} twice`, "give each platform once");
    seen.add(name);
    return { platform, digest };
  });
}

interface AssembledIndex {
  digest: string;
  /** The index and the per-platform manifests it lists. */
  bytes: number;
}

interface IndexDocument {
  manifests?: Array<{ mediaType: string; digest: string; size: number; platform?: Platform }>;
}

const samePlatform = (a: Platform | undefined, b: Platform): boolean =>
  a !== undefined && a.os === b.os && a.architecture === b.architecture && (a.variant ?? "") === (b.variant ?? "");

/**
 * One OCI index over images other jobs pushed to `repository` by digest (one per platform, on
 * their native runners), written under every tag. Each digest is read from the registry first:
 * a missing one fails before any tag is written. A digest that is itself an index (buildx
 * pushes one with attestations) contributes its manifest for that platform.
 */
export async function assembleIndex(
  store: ManifestStore,
  repository: string,
  tags: string[],
  parts: PlatformDigest[],
  logger: Logger,
): Promise<AssembledIndex> {
  const children = [];
  for (const { platform, digest } of parts) {
    let manifest: { bytes: Uint8Array; mediaType: string };
    try {
      manifest = await store.getManifest(repository, digest);
    } catch (error) {
      throw buildFieldError(
        "platformDigests",
        `${formatPlatform(platform)}=${digest}`,
        `is not in ${repository} (${error instanceof Error ? error.message : String(error)})`,
        "give the digests the per-platform jobs pushed to this image",
      );
    }
    if (!isIndex(manifest.mediaType)) {
      children.push({ mediaType: manifest.mediaType, digest, size: manifest.bytes.byteLength, platform });
      continue;
    }
    const inner = (JSON.parse(Buffer.from(manifest.bytes).toString("utf8")) as IndexDocument).manifests ?? [];
    const match = inner.find((entry) => samePlatform(entry.platform, platform));
    if (!match) {
      throw buildFieldError(
        "platformDigests",
        `${formatPlatform(platform)}=${digest}`,
        `is an index with no ${formatPlatform(platform)} image`,
        "give the digest the job for that platform pushed",
      );
    }
    children.push({ mediaType: match.mediaType, digest: match.digest, size: match.size, platform });
  }
  const index = buildIndex(children, { mediaType: MediaType.OciIndex });
  for (const tag of tags) {
    await store.putManifest(repository, tag, index.bytes, index.mediaType);
    logger.info(`Tagged ${repository}:${tag} -> ${index.digest}`);
  }
  return { digest: index.digest, bytes: index.size + children.reduce((sum, child) => sum + child.size, 0) };
}
