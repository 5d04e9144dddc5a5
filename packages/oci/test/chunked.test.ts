import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw } from "../../../test/harness/skopeo.ts";
import { clientFor, copy } from "./helpers.ts";

let source: TestRegistry;
let target: TestRegistry;
let proxy: http.Server;
let proxyHost = "";
const seen: string[] = [];

beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  // A registry that refuses monolithic uploads (413 on a PUT with a body), as some proxies do.
  proxy = http.createServer((req, res) => {
    const upload = /\/blobs\/uploads\//.test(req.url ?? "");
    if (upload) seen.push(`${req.method} ${req.headers["content-range"] ?? ""}`);
    if (upload && req.method === "PUT" && req.headers["content-length"] !== "0") {
      req.resume();
      req.on("end", () => {
        res.writeHead(413, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ code: "SIZE_INVALID", message: "monolithic uploads refused" }] }));
      });
      return;
    }
    const forward = http.request(
      `${target.url}${req.url ?? "/"}`,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        const headers = { ...answer.headers };
        if (typeof headers.location === "string") headers.location = headers.location.replace(target.url, "");
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
