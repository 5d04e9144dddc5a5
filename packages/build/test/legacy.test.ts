import { describe, expect, it } from "@jest/globals";
import { sha256Digest } from "@platform/oci";
import { indexFor, labelDockerfile, legacyBuildArgs, OCI_INDEX } from "../src/legacy.ts";
import type { BuildPlan } from "../src/plan.ts";

describe("labelDockerfile", () => {
  it("puts every label in one quoted LABEL instruction, with no variable expansion", () => {
    expect(
      labelDockerfile("r/app:t", { "org.opencontainers.image.title": "app", note: 'a "quoted" $HOME \\ value' }),
    ).toBe(`FROM r/app:t
LABEL "org.opencontainers.image.title"="app" \\
      "note"="a \\"quoted\\" \\$HOME \\\\ value"
`);
  });
  it("is a plain FROM without labels", () => {
    expect(labelDockerfile("r/app:t", {})).toBe("FROM r/app:t\n");
  });
});

describe("legacyBuildArgs", () => {
  const plan = {
    file: "/w/Dockerfile",
    context: "/w",
    buildArgs: [["A", "1"]],
    target: "runtime",
  } as unknown as BuildPlan;
  it("builds one platform, without labels (they come in one step after)", () => {
    expect(legacyBuildArgs(plan, { os: "linux", architecture: "arm64" }, "r/app:t-linux-arm64", true)).toEqual([
      "build",
      "--platform",
      "linux/arm64",
      "--file",
      "/w/Dockerfile",
      "--tag",
      "r/app:t-linux-arm64",
      "--no-cache",
      "--target",
      "runtime",
      "--build-arg",
      "A=1",
      "/w",
    ]);
  });
});

describe("indexFor", () => {
  it("is an OCI index with a platform per manifest, in order", () => {
    const bytes = indexFor([
      { platform: { os: "linux", architecture: "amd64" }, digest: "sha256:a", size: 1, mediaType: "m", contentSize: 0 },
      {
        platform: { os: "linux", architecture: "arm", variant: "v7" },
        digest: "sha256:b",
        size: 2,
        mediaType: "m",
        contentSize: 0,
      },
    ]);
    const index = JSON.parse(Buffer.from(bytes).toString("utf8"));
    expect(index.mediaType).toBe(OCI_INDEX);
    expect(index.manifests.map((m: { platform: unknown }) => m.platform)).toEqual([
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm", variant: "v7" },
    ]);
    expect(sha256Digest(bytes)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
