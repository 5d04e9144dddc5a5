import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { MediaType } from "@platform/oci";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw, listTags } from "../../../test/harness/skopeo.ts";
import { clientFor, copy } from "./helpers.ts";

/**
 * distribution 2.8 has no OCI referrers API. To test the API path too, this proxy adds one in
 * front of a real registry: GET /v2/<name>/referrers/<digest> answers the index given for that
 * digest (an empty index otherwise); everything else passes through.
 */
async function withReferrersApi(
  upstream: TestRegistry,
  answers: Map<string, unknown[]>,
): Promise<{ host: string; stop: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const match = /^\/v2\/.+\/referrers\/(sha256:[a-f0-9]{64})/.exec(req.url ?? "");
    if (req.method === "GET" && match?.[1]) {
      res.writeHead(200, { "content-type": MediaType.OciIndex });
      res.end(
        JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: answers.get(match[1]) ?? [] }),
      );
      return;
    }
    const forward = http.request(
      `${upstream.url}${req.url ?? "/"}`,
      { method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("referrers through the OCI 1.1 API and the fallback tag scheme", () => {
  let source: TestRegistry;
  let target: TestRegistry;
  beforeAll(async () => {
    [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([source?.stop(), target?.stop()]);
  });

  it("reads referrers from a source with the API and writes the fallback tag where the target lacks it", async () => {
    const image = await pushTestImage(source, "api/app:v1", { sbomReferrer: true });
    const sbom = JSON.parse(await inspectRaw(`${source.host}/api/app@${image.sbomDigest}`)) as { artifactType: string };
    const descriptor = {
      mediaType: MediaType.OciManifest,
      digest: image.sbomDigest,
      size: Buffer.byteLength(await inspectRaw(`${source.host}/api/app@${image.sbomDigest}`)),
      artifactType: sbom.artifactType,
    };
    const api = await withReferrersApi(source, new Map([[image.digest, [descriptor]]]));
    try {
      // The fallback tag the source also has is not read: the API answers first.
      const result = await copy(clientFor([]), `${api.host}/api/app:v1`, [`${target.host}/prod/app:v1`]);
      expect(result.targets[0]?.referrers).toBe(1);
      const hex = image.digest.slice(7);
      const fallback = JSON.parse(await inspectRaw(`${target.host}/prod/app:sha256-${hex}`)) as {
        manifests: { digest: string; artifactType: string }[];
      };
      expect(fallback.manifests).toEqual([
        expect.objectContaining({ digest: image.sbomDigest, artifactType: "application/spdx+json" }),
      ]);
      expect(await inspectRaw(`${target.host}/prod/app@${image.sbomDigest}`)).toBe(
        await inspectRaw(`${source.host}/api/app@${image.sbomDigest}`),
      );
    } finally {
      await api.stop();
    }
  });

  it("merges into a fallback index the target already has", async () => {
    const image = await pushTestImage(source, "merge/app:v1", { sbomReferrer: true });
    const hex = image.digest.slice(7);
    // The target already has the image with another referrer listed under the fallback tag.
    const client = clientFor([]);
    await copy(client, image.reference, [`${target.host}/merge/app:v1`], { referrers: false });
    const other = await client.pushBlob({ registry: target.host, repository: "merge/app" }, Buffer.from("{}"));
    const otherManifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        artifactType: "application/vnd.example.other",
        config: { ...other, mediaType: MediaType.OciEmpty },
        layers: [],
        subject: { mediaType: MediaType.OciIndex, digest: image.digest, size: 1 },
      }),
    );
    const put = await client.putManifest(
      { registry: target.host, repository: "merge/app" },
      "other",
      otherManifest,
      MediaType.OciManifest,
    );
    const existing = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.OciIndex,
        manifests: [{ mediaType: MediaType.OciManifest, digest: put.digest, size: otherManifest.length }],
      }),
    );
    await client.putManifest(
      { registry: target.host, repository: "merge/app" },
      `sha256-${hex}`,
      existing,
      MediaType.OciIndex,
    );

    await copy(client, image.reference, [`${target.host}/merge/app:v1`]);
    const merged = JSON.parse(await inspectRaw(`${target.host}/merge/app:sha256-${hex}`)) as {
      manifests: { digest: string }[];
    };
    expect(merged.manifests.map((m) => m.digest)).toEqual([put.digest, image.sbomDigest]);
  });

  it("writes no fallback tag to a target that has the API", async () => {
    const image = await pushTestImage(source, "toapi/app:v1", { sbomReferrer: true });
    const api = await withReferrersApi(target, new Map());
    try {
      const result = await copy(clientFor([]), image.reference, [`${api.host}/toapi/app:v1`]);
      expect(result.targets[0]?.referrers).toBe(1);
      expect(await listTags(`${target.host}/toapi/app`)).toEqual(["v1"]);
      expect(await inspectRaw(`${target.host}/toapi/app@${image.sbomDigest}`)).toBeTruthy();
    } finally {
      await api.stop();
    }
  });
});
