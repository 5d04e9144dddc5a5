import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "@jest/globals";
import { nodeUsesEnvProxy, readText, streamUpload } from "../src/stream-http.ts";

/** The upload side of a copy: it writes chunks a download lends (lent-http.ts). */

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;
}

it("writes each chunk before asking for the next, so one reused buffer arrives intact", async () => {
  const chunks = 256;
  const size = 64 * 1024;
  let received = "";
  const url = await listen((req, res) => {
    const hash = createHash("sha256");
    req.on("data", (data: Buffer) => hash.update(data));
    req.on("end", () => {
      received = hash.digest("hex");
      res.writeHead(201, { "content-length": "0" }).end();
    });
  });
  // One buffer for every chunk, refilled when the next is asked for: as lent chunks behave.
  const expected = createHash("sha256");
  const lent = Buffer.alloc(size);
  async function* body(): AsyncGenerator<Uint8Array> {
    for (let index = 0; index < chunks; index++) {
      lent.fill(index % 251);
      expected.update(lent);
      yield lent;
    }
  }
  const response = await streamUpload(url, { "content-length": String(chunks * size) }, body());
  expect(response.statusCode).toBe(201);
  response.resume();
  expect(received).toBe(expected.digest("hex"));
});

it("an answer before the body's end (a refusal) is returned, and the body's source is closed", async () => {
  const url = await listen((req, res) => {
    // Refuses at once, unread, and drops the connection as a proxy with a body limit does.
    res.writeHead(413, { "content-type": "text/plain", connection: "close" });
    res.end("too large", () => req.socket.destroy());
  });
  let asked = 0;
  let closed = false;
  async function* body(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        asked++;
        yield Buffer.alloc(64 * 1024, 1);
      }
    } finally {
      closed = true;
    }
  }
  const response = await streamUpload(url, { "content-length": String(1024 * 1024 * 1024) }, body());
  expect(response.statusCode).toBe(413);
  expect(await readText(response)).toBe("too large");
  for (let wait = 0; wait < 100 && !closed; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(closed).toBe(true);
  // Far short of the gigabyte announced: it stopped when the connection went.
  expect(asked).toBeLessThan(16 * 1024);
});

it.each([
  { env: { NODE_USE_ENV_PROXY: "1", HTTPS_PROXY: "http://proxy:3128" }, argv: [], uses: true },
  { env: { NODE_USE_ENV_PROXY: "1", http_proxy: "http://proxy:3128" }, argv: [], uses: true },
  { env: { NODE_OPTIONS: "--max-old-space-size=100 --use-env-proxy", https_proxy: "http://p" }, argv: [], uses: true },
  { env: { HTTPS_PROXY: "http://p" }, argv: ["--use-env-proxy"], uses: true },
  // The proxy variables alone do not route node:http (Node leaves them to the program).
  { env: { HTTPS_PROXY: "http://proxy:3128" }, argv: [], uses: false },
  { env: { NODE_USE_ENV_PROXY: "1" }, argv: [], uses: false },
  { env: { NODE_USE_ENV_PROXY: "0", HTTPS_PROXY: "http://p" }, argv: [], uses: false },
])("blob GETs take node:http when Node routes through a proxy: $env $argv -> $uses", ({ env, argv, uses }) => {
  expect(nodeUsesEnvProxy(env, argv)).toBe(uses);
});
