import { describe, expect, it } from "@jest/globals";
import type { CopyResult, TargetReport } from "@platform/oci";
import { renderSummary } from "../src/summary.ts";

function report(overrides: Partial<TargetReport>): TargetReport {
  return {
    reference: "ghcr.io/org/app:v1",
    repository: { registry: "ghcr.io", repository: "org/app" },
    tag: "v1",
    digest: "sha256:abc",
    image: "ghcr.io/org/app:v1@sha256:abc",
    platforms: ["linux/amd64", "linux/arm64"],
    tagAction: "created",
    referrers: 2,
    copiedBlobs: 5,
    mountedBlobs: 1,
    skippedBlobs: 2,
    copiedBytes: 3 * 1024 * 1024,
    durationMs: 2345,
    ...overrides,
  };
}

describe("renderSummary", () => {
  it("has one row per target: reference, digest, platforms, tag, blobs copied/mounted/skipped, bytes, time", () => {
    const result: CopyResult = {
      digest: "sha256:abc",
      mediaType: "application/vnd.oci.image.index.v1+json",
      platforms: ["linux/amd64", "linux/arm64"],
      dryRun: false,
      targets: [
        report({}),
        report({
          reference: "127.0.0.1:5000/prod/app:v1",
          tagAction: "unchanged",
          platforms: [],
          copiedBlobs: 0,
          mountedBlobs: 0,
          skippedBlobs: 8,
          copiedBytes: 0,
          durationMs: 42,
        }),
      ],
    };
    expect(renderSummary(result)).toBe(
      [
        "| reference | digest | platforms | tag | blobs copied | blobs mounted | blobs skipped | bytes | time |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "| ghcr.io/org/app:v1 | `sha256:abc` | linux/amd64, linux/arm64 | created | 5 | 1 | 2 | 3.0 MiB | 2.3 s |",
        "| 127.0.0.1:5000/prod/app:v1 | `sha256:abc` | - | unchanged | 0 | 0 | 8 | 0 B | 42 ms |",
        "",
      ].join("\n"),
    );
  });

  it("says so on a dry run", () => {
    const summary = renderSummary({ digest: "d", mediaType: "m", platforms: [], dryRun: true, targets: [report({})] });
    expect(summary.split("\n")[0]).toBe("_dry run: nothing was written_");
    expect(summary).not.toContain("###");
  });
});
