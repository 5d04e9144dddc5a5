import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { runBundledAction } from "../../../test/harness/run-action.ts";
import { inspectRaw, listTags } from "../../../test/harness/skopeo.ts";

/*
 * platform-digests through the bundled action against a real registry (build.yml's
 * per-platform mode): images pushed by digest by other jobs, one per platform, become one OCI
 * index under every tag; skopeo reads the result back.
 */

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry({ auth: "basic" });
});

afterAll(async () => {
  await registry?.stop();
});

interface Index {
  mediaType: string;
  manifests: Array<{ digest: string; mediaType: string; size: number; platform: { os: string; architecture: string } }>;
}

const login = () => ({ username: registry.username, password: registry.password });

describe("build-push-oidc platform-digests (bundled, real registry)", () => {
  it("writes one index over per-platform pushes (a manifest and a one-platform index) under every tag", async () => {
    const amd64 = await pushTestImage(registry, "team/app:build-amd64", { platforms: ["linux/amd64"] });
    const arm64 = await pushTestImage(registry, "team/app:build-arm64", { platforms: ["linux/arm64"] });
    const amd64Manifest = amd64.manifests.find((m) => m.platform?.architecture === "amd64");
    expect(amd64Manifest).toBeDefined();

    const result = await runBundledAction("build-push-oidc", {
      inputs: {
        registry: registry.host,
        ...login(),
        image: "team/app",
        version: "v1.4.0",
        tags: "{{version}}\nsha-{{sha7}}",
        // amd64 by its manifest's digest, arm64 by the one-platform index buildx may push.
        "platform-digests": `linux/amd64=${amd64Manifest?.digest}\nlinux/arm64=${arm64.digest}`,
      },
      env: { GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);

    const raw = await inspectRaw(`${registry.host}/team/app:v1.4.0`);
    const digest = `sha256:${createHash("sha256").update(raw).digest("hex")}`;
    expect(result.outputs.digest).toBe(digest);
    expect(result.outputs.image).toBe(`${registry.host}/team/app@${digest}`);
    expect(JSON.parse(result.outputs.tags ?? "[]")).toEqual([
      `${registry.host}/team/app:v1.4.0`,
      `${registry.host}/team/app:sha-0123456`,
    ]);
    expect(result.outputs.platforms).toBe("linux/amd64,linux/arm64");
    const index = JSON.parse(raw) as Index;
    expect(index.mediaType).toBe("application/vnd.oci.image.index.v1+json");
    const arm64Manifest = arm64.manifests.find((m) => m.platform?.architecture === "arm64");
    expect(index.manifests.map((m) => [m.platform.architecture, m.digest, m.size])).toEqual([
      ["amd64", amd64Manifest?.digest, amd64Manifest?.size],
      ["arm64", arm64Manifest?.digest, arm64Manifest?.size],
    ]);
    expect(await inspectRaw(`${registry.host}/team/app:sha-0123456`)).toBe(raw);
  });

  it("fails in one line naming the digest that is not in the repository, and tags nothing", async () => {
    const image = await pushTestImage(registry, "team/other:build-amd64", { platforms: ["linux/amd64"] });
    const missing = `sha256:${"0".repeat(64)}`;
    const result = await runBundledAction("build-push-oidc", {
      inputs: {
        registry: registry.host,
        ...login(),
        image: "team/other",
        tags: "v9.9.9",
        "platform-digests": `linux/amd64=${image.digest}\nlinux/arm64=${missing}`,
      },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`platform-digests`);
    expect(result.errors[0]).toContain(`linux/arm64=${missing}`);
    expect(await listTags(`${registry.host}/team/other`)).toEqual(["build-amd64"]);
  });

  it.each([
    ["a line without a digest", "linux/amd64", "is not <platform>=sha256:<64 hex>"],
    ["an unknown platform", `linux/amd65=sha256:${"a".repeat(64)}`, "has an unknown architecture"],
    ["a platform twice", `linux/amd64=sha256:${"a".repeat(64)}\nlinux/amd64=sha256:${"b".repeat(64)}`, "twice"],
  ])("refuses %s before logging in", async (_name, lines, message) => {
    const result = await runBundledAction("build-push-oidc", {
      inputs: { registry: registry.host, ...login(), image: "team/app", tags: "x", "platform-digests": lines },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
  });
});
