import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { ImmutableTagError, tagName } from "@platform/oci";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw } from "../../../test/harness/skopeo.ts";
import { clientFor, copy } from "./helpers.ts";

let source: TestRegistry;
let target: TestRegistry;
let proxy: http.Server;
let proxyHost = "";
const seen: string[] = [];
let seenTagPages = 0;
/** Which behaviour of other registries the proxy plays. */
let quirk: "monolithic-413" | "immutable-tags" | "paginated-tags" | "mounts-refused" | "mounts-denied" | undefined;
/** Statuses the target answered to DELETEs of upload sessions. */
const cancelled: number[] = [];

beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  proxy = http.createServer((req, res) => {
    const upload = /\/blobs\/uploads\//.test(req.url ?? "");
    if (upload) seen.push(`${req.method} ${req.headers["content-range"] ?? ""}`);
    // distribution 2.8 ignores `n` on tag lists: this pages them as the spec allows (Link: rel="next").
    const tagList = /^\/v2\/(.+)\/tags\/list(?:\?(.*))?$/.exec(req.url ?? "");
    if (quirk === "paginated-tags" && req.method === "GET" && tagList) {
      seenTagPages++;
      const query = new URLSearchParams(tagList[2] ?? "");
      const n = Number(query.get("n") ?? 100);
      const last = query.get("last");
      fetch(`${target.url}/v2/${tagList[1]}/tags/list`, { headers: { authorization: req.headers.authorization ?? "" } })
        .then((answer) => answer.json() as Promise<{ name: string; tags: string[] }>)
        .then(({ name, tags }) => {
          const sorted = [...tags].sort();
          const from = last ? sorted.indexOf(last) + 1 : 0;
          const page = sorted.slice(from, from + n);
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (from + n < sorted.length) {
            headers.link = `</v2/${name}/tags/list?n=${n}&last=${page[page.length - 1]}>; rel="next"`;
          }
          res.writeHead(200, headers);
          res.end(JSON.stringify({ name, tags: page }));
        })
        .catch(() => res.destroy());
      return;
    }
    // ECR with tag immutability: a tag that exists cannot be put again.
    const tagPut = req.method === "PUT" && /\/manifests\/(?!sha256:)[^/]+$/.test(req.url ?? "");
    if (quirk === "immutable-tags" && tagPut) {
      req.resume();
      req.on("end", () => {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            errors: [
              {
                code: "TAG_INVALID",
                message:
                  "The image tag 'live' already exists in the 'prod/imm' repository and cannot be overwritten because the repository is immutable.",
              },
            ],
          }),
        );
      });
      return;
    }
    // A registry that refuses monolithic uploads (413 on a PUT with a body), as some proxies do.
    if (quirk === "monolithic-413" && upload && req.method === "PUT" && req.headers["content-length"] !== "0") {
      req.resume();
      req.on("end", () => {
        res.writeHead(413, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ code: "SIZE_INVALID", message: "monolithic uploads refused" }] }));
      });
      return;
    }
    // A registry that denies a mount outright (a `from` the credentials cannot read, as some answer it).
    if (quirk === "mounts-denied" && req.method === "POST" && /\/blobs\/uploads\/\?mount=/.test(req.url ?? "")) {
      req.resume();
      res.writeHead(403, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ code: "DENIED", message: "requested access to the resource is denied" }] }));
      return;
    }
    // A registry without cross-repository mounts: `?mount=` is ignored and a plain upload
    // session opened (202), as the distribution spec allows and ECR long did.
    const url =
      quirk === "mounts-refused"
        ? (req.url ?? "/").replace(/\/blobs\/uploads\/\?mount=.*$/, "/blobs/uploads/")
        : req.url;
    const forward = http.request(
      `${target.url}${url ?? "/"}`,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        const headers = { ...answer.headers };
        if (typeof headers.location === "string") headers.location = headers.location.replace(target.url, "");
        if (req.method === "DELETE" && upload) cancelled.push(answer.statusCode ?? 0);
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyHost = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  await Promise.all([source?.stop(), target?.stop()]);
});

it("falls back to a chunked upload (PATCH with Content-Range) when the registry refuses a monolithic one", async () => {
  quirk = "monolithic-413";
  const image = await pushTestImage(source, "big/app:v1", {
    platforms: ["linux/amd64"],
    layers: 1,
    layerSize: 20 << 20,
  });
  const result = await copy(clientFor([]), image.reference, [`${proxyHost}/prod/app:v1`]);
  expect(result.digest).toBe(image.digest);
  expect(await inspectRaw(`${target.host}/prod/app:v1`)).toBe(await inspectRaw(image.reference));
  // The 20 MiB layer went in 8 MiB chunks: three PATCHes with consecutive ranges.
  expect(seen).toEqual(expect.arrayContaining(["PATCH 0-8388607", "PATCH 8388608-16777215"]));
  expect(seen.filter((line) => line.startsWith("PATCH ")).length).toBeGreaterThanOrEqual(4);
});

it("turns an immutable tag into an error naming the tag, with the tag unchanged", async () => {
  quirk = undefined;
  const first = await pushTestImage(source, "imm/app:v1", { layers: 1 });
  const second = await pushTestImage(source, "imm/app:v2", { layers: 1 });
  await copy(clientFor([]), first.reference, [`${proxyHost}/prod/imm:live`]);
  quirk = "immutable-tags";
  const attempt = copy(clientFor([]), second.reference, [`${proxyHost}/prod/imm:live`], { overwrite: true });
  await expect(attempt).rejects.toBeInstanceOf(ImmutableTagError);
  await expect(attempt).rejects.toThrow(/tag 'live' already exists/);
  expect(JSON.parse(await inspectRaw(`${target.host}/prod/imm:live`))).toEqual(
    JSON.parse(await inspectRaw(first.reference)),
  );
});

it("puts an earlier target's tag back when a later target's tag is immutable", async () => {
  quirk = undefined;
  const first = await pushTestImage(source, "imm2/app:v1", { layers: 1 });
  const second = await pushTestImage(source, "imm2/app:v2", { layers: 1 });
  const targets = [`${source.host}/prod/imm2:live`, `${proxyHost}/prod/imm2:live`];
  await copy(clientFor([]), first.reference, targets);
  quirk = "immutable-tags";
  const failure = await copy(clientFor([]), second.reference, targets, { overwrite: true }).catch((e: unknown) => e);
  quirk = undefined;
  expect(failure).toBeInstanceOf(ImmutableTagError);
  if (!(failure instanceof ImmutableTagError)) return;
  expect(failure.tagPhase?.failedTag).toBe(`${proxyHost}/prod/imm2:live`);
  expect(failure.tagPhase?.rollback.restored.map(tagName)).toEqual([`${source.host}/prod/imm2:live`]);
  for (const ref of [`${source.host}/prod/imm2:live`, `${target.host}/prod/imm2:live`]) {
    expect(JSON.parse(await inspectRaw(ref))).toEqual(JSON.parse(await inspectRaw(first.reference)));
  }
});

it("lists tags across pages (Link: rel=next)", async () => {
  quirk = undefined;
  const image = await pushTestImage(source, "pages/app:t1", { layers: 1 });
  const client = clientFor([]);
  await copy(
    client,
    image.reference,
    ["t1", "t2", "t3", "t4", "t5"].map((t) => `${proxyHost}/pages/app:${t}`),
  );
  quirk = "paginated-tags";
  const tags = await client.listTags({ registry: proxyHost, repository: "pages/app" }, 2);
  expect(tags).toEqual(["t1", "t2", "t3", "t4", "t5"]);
  expect(seenTagPages).toBe(3);
});

it.each([
  ["refuses mounts (202: a plain upload session)", "mounts-refused", [204]],
  ["denies mounts (403)", "mounts-denied", []],
] as const)("copies where a registry %s, and skips what the target has", async (_name, mountQuirk, closedSessions) => {
  quirk = undefined;
  cancelled.length = 0;
  const image = await pushTestImage(target, `${mountQuirk}/app:v1`, { platforms: ["linux/amd64"], layers: 2 });
  const source = { registry: proxyHost, repository: `${mountQuirk}/app` };
  const prod = { registry: proxyHost, repository: `prod/${mountQuirk}` };
  const client = clientFor([]);
  // One blob is at the target already (mounted while mounts still worked); a config and two layers in all.
  const [present, ...missing] = image.blobs;
  if (!present) throw new Error("the test image has no blob");
  expect(missing).toHaveLength(2);
  expect(await client.mountBlob(prod, present, source.repository)).toEqual({ mounted: true });
  quirk = mountQuirk;
  const result = await copy(client, `${proxyHost}/${source.repository}:v1`, [`${proxyHost}/${prod.repository}:v1`]);
  quirk = undefined;
  expect(result.targets[0]).toMatchObject({ mountedBlobs: 0, skippedBlobs: 1, copiedBlobs: 2 });
  // A refused mount's session for the present blob is deleted; the others carry the copies.
  expect(cancelled).toEqual(closedSessions);
  expect(await inspectRaw(`${target.host}/${prod.repository}:v1`)).toBe(await inspectRaw(image.reference));
});
