import { sha256Digest } from "./digest.ts";
import { type Descriptor, MediaType } from "./media-types.ts";
import type { Platform } from "./platforms.ts";

/**
 * An OCI image index over per-platform manifests (what build-push-oidc pushes after its
 * per-platform builds). The bytes are returned so the caller puts exactly what it hashed.
 */
export function buildIndex(
  manifests: (Descriptor & { platform: Platform })[],
  options: { mediaType?: string; annotations?: Record<string, string> } = {},
): { bytes: Buffer; digest: string; mediaType: string; size: number } {
  const mediaType = options.mediaType ?? MediaType.OciIndex;
  const index = {
    schemaVersion: 2,
    mediaType,
    manifests: manifests.map((m) => ({
      mediaType: m.mediaType,
      digest: m.digest,
      size: m.size,
      platform: m.platform,
      ...(m.annotations ? { annotations: m.annotations } : {}),
    })),
    ...(options.annotations ? { annotations: options.annotations } : {}),
  };
  const bytes = Buffer.from(JSON.stringify(index));
  return { bytes, digest: sha256Digest(bytes), mediaType, size: bytes.length };
}
