import { describe, expect, it } from "@jest/globals";
import { buildIndex, HostLimiter, MediaType, sha256Digest } from "@platform/oci";

describe("buildIndex", () => {
  it("builds an OCI index over per-platform manifests and returns the bytes it hashed", () => {
    const child = (arch: string) => ({
      mediaType: MediaType.OciManifest,
      digest: sha256Digest(arch),
      size: 100,
      platform: { os: "linux", architecture: arch },
    });
    const index = buildIndex([child("amd64"), child("arm64")], {
      annotations: { "org.opencontainers.image.version": "1.0" },
    });
    expect(index.digest).toBe(sha256Digest(index.bytes));
    expect(index.size).toBe(index.bytes.length);
    const json = JSON.parse(index.bytes.toString());
    expect(json.mediaType).toBe(MediaType.OciIndex);
    expect(json.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture)).toEqual([
      "amd64",
      "arm64",
    ]);
  });
});

describe("HostLimiter", () => {
  it("keeps at most `limit` tasks in flight per host", async () => {
    const limiter = new HostLimiter(2);
    let active = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setImmediate(resolve));
      active--;
    };
    await Promise.all(Array.from({ length: 8 }, () => limiter.run(["a", "b"], task)));
    expect(peak).toBe(2);
  });

  it("does not deadlock when tasks take two hosts in different orders", async () => {
    const limiter = new HostLimiter(1);
    const done: string[] = [];
    await Promise.all([
      limiter.run(["x", "y"], async () => void done.push("xy")),
      limiter.run(["y", "x"], async () => void done.push("yx")),
    ]);
    expect(done.sort()).toEqual(["xy", "yx"]);
  });
});
