import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { CopyError } from "@platform/oci";
import { type Fault, type FaultProxy, startFaultProxy } from "../../../test/harness/fault-proxy.ts";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw, listTags } from "../../../test/harness/skopeo.ts";
import { clientFor, copy, FAST_RETRY, rawManifest } from "./helpers.ts";

/**
 * Every fault of the proxy during a copy: the copy completes with identical digests, or fails
 * cleanly with the target tag untouched. The proxy sits in front of the source or the target.
 */
describe("copy under injected faults", () => {
  let source: TestRegistry;
  let target: TestRegistry;
  let bearer: TestRegistry;
  const proxies: FaultProxy[] = [];
  let counter = 0;

  beforeAll(async () => {
    [source, target, bearer] = await Promise.all([
      startRegistry({ auth: "anonymous" }),
      startRegistry({ auth: "basic" }),
      startRegistry({ auth: "bearer" }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(proxies.map((p) => p.stop()));
    await Promise.all([source, target, bearer].map((r) => r?.stop()));
  });

  async function proxied(registry: TestRegistry): Promise<FaultProxy> {
    const proxy = await startFaultProxy(registry.url);
    proxies.push(proxy);
    return proxy;
  }

  const completes: { name: string; side: "source" | "target"; fault: Fault }[] = [
    {
      name: "503 on blob reads",
      side: "source",
      fault: { kind: "status", status: 503, match: /^GET .*\/blobs\//, times: 2 },
    },
    {
      name: "429 with Retry-After on a manifest read",
      side: "source",
      fault: { kind: "status", status: 429, retryAfterSeconds: 1, match: /^GET .*\/manifests\//, times: 1 },
    },
    {
      name: "408 on a blob read",
      side: "source",
      fault: { kind: "status", status: 408, match: /^GET .*\/blobs\//, times: 1 },
    },
    {
      name: "500 on uploads",
      side: "target",
      fault: { kind: "status", status: 500, match: /^PUT .*\/blobs\/uploads\//, times: 2 },
    },
    {
      name: "502 on a manifest put",
      side: "target",
      fault: { kind: "status", status: 502, match: /^PUT .*\/manifests\//, times: 1 },
    },
    {
      name: "a connection reset in the middle of blob bodies (resumed with Range)",
      side: "source",
      fault: { kind: "reset-mid-body", afterBytes: 40_000, match: /^GET .*\/blobs\/sha256/, times: 3 },
    },
    {
      name: "slow blob bodies",
      side: "source",
      fault: { kind: "slow-body", bytesPerSecond: 400_000, match: /^GET .*\/blobs\/sha256/, times: 2 },
    },
  ];

  it.each(completes)("completes with identical digests despite $name", async ({ side, fault }) => {
    const proxy = await proxied(side === "source" ? source : target);
    const repo = `faults/case${++counter}`;
    const image = await pushTestImage(source, `${repo}:v1`, { layers: 2, layerSize: 150_000, signature: true });
    const from = side === "source" ? `${proxy.host}/${repo}:v1` : image.reference;
    const to = side === "target" ? `${proxy.host}/prod/${repo}:v1` : `${target.host}/prod/${repo}:v1`;
    const client = clientFor([target, { host: proxy.host, username: target.username, password: target.password }]);
    proxy.inject(fault);

    const result = await copy(client, from, [to]);

    expect(proxy.stats.fired[fault.kind]).toBeGreaterThan(0);
    expect(result.digest).toBe(image.digest);
    expect(await inspectRaw(`${target.host}/prod/${repo}:v1`)).toBe(await inspectRaw(image.reference));
    if (fault.kind === "reset-mid-body") {
      expect(client.logger.lines.some((line) => line.includes("resuming"))).toBe(true);
    }
  });

  it("refreshes a bearer token that expires mid-copy (401 after N requests)", async () => {
    const proxy = await proxied(bearer);
    const image = await pushTestImage(source, "faults/token:v1", { layers: 3, layerSize: 50_000 });
    const client = clientFor([{ host: proxy.host, username: bearer.username, password: bearer.password }]);
    proxy.inject({ kind: "expire-token-after", requests: 6, times: 3 });
    const result = await copy(client, image.reference, [`${proxy.host}/prod/token:v1`]);
    expect(proxy.stats.fired["expire-token-after"]).toBeGreaterThan(0);
    expect(result.digest).toBe(image.digest);
    expect(await inspectRaw(`${bearer.host}/prod/token:v1`)).toBe(await inspectRaw(image.reference));
  });

  it("fails cleanly when manifest puts keep failing: no target tag is written", async () => {
    const proxy = await proxied(target);
    const image = await pushTestImage(source, "faults/down:v1", { layers: 1 });
    const client = clientFor([{ host: proxy.host, username: target.username, password: target.password }]);
    proxy.inject({ kind: "status", status: 503, match: /^PUT .*\/manifests\//, times: Number.POSITIVE_INFINITY });
    await expect(copy(client, image.reference, [`${proxy.host}/prod/down:v1`])).rejects.toBeInstanceOf(CopyError);
    expect(await rawManifest(target, "prod/down", "v1")).toBe(404);
    expect(await listTags(`${target.host}/prod/down`)).toEqual([]);
  });

  it("fails cleanly when every blob body breaks: the target tag keeps its old digest", async () => {
    const proxy = await proxied(source);
    const old = await pushTestImage(source, "faults/keep:v0", { layers: 1 });
    const client = clientFor([target]);
    await copy(client, old.reference, [`${target.host}/prod/keep:live`]);
    await pushTestImage(source, "faults/keep:v1", { layers: 1, layerSize: 100_000 });
    proxy.inject({
      kind: "reset-mid-body",
      afterBytes: 1000,
      match: /^GET .*\/blobs\/sha256/,
      times: Number.POSITIVE_INFINITY,
    });
    const attempt = copy(client, `${proxy.host}/faults/keep:v1`, [`${target.host}/prod/keep:live`], {
      overwrite: true,
    });
    await expect(attempt).rejects.toBeInstanceOf(CopyError);
    expect(JSON.parse(await inspectRaw(`${target.host}/prod/keep:live`))).toEqual(
      JSON.parse(await inspectRaw(old.reference)),
    );
  });

  it("stops a streamed upload when the registry's Retry-After does not fit the total wait", async () => {
    const proxy = await proxied(target);
    const image = await pushTestImage(source, "faults/later:v1", { layers: 1 });
    const client = clientFor([{ host: proxy.host, username: target.username, password: target.password }], {
      retry: { ...FAST_RETRY, maxTotalDelayMs: 1000 },
    });
    proxy.inject({
      kind: "status",
      status: 503,
      retryAfterSeconds: 5,
      match: /^PUT .*\/blobs\/uploads\//,
      times: Number.POSITIVE_INFINITY,
    });
    await expect(copy(client, image.reference, [`${proxy.host}/prod/later:v1`])).rejects.toBeInstanceOf(CopyError);
    // The image has two platforms, so four blobs; how many uploads start before the first failure
    // ends the copy is a race. What must hold: no blob's upload is sent twice (waiting 5 s would
    // pass the 1 s budget, so nothing is retried).
    const failedUploads = proxy.stats.log
      .filter((line) => line.startsWith("PUT ") && line.includes("[status 503]"))
      .map((line) => new URL(line.split(" ")[1] ?? "", "http://proxy").searchParams.get("digest"));
    expect(failedUploads.length).toBeGreaterThan(0);
    expect(failedUploads.length).toBe(proxy.stats.fired.status);
    expect(new Set(failedUploads).size).toBe(failedUploads.length);
    expect(await rawManifest(target, "prod/later", "v1")).toBe(404);
  });
});
