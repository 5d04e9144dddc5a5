import { createHash } from "node:crypto";

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

export function sha256Digest(data: Uint8Array | string): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value);
}

/** `sha256:abc` -> `sha256-abc`: the tag scheme of the referrers fallback and cosign. */
export function digestTag(digest: string): string {
  return digest.replace(":", "-");
}
