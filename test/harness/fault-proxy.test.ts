import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { type FaultProxy, startFaultProxy } from "./fault-proxy.ts";
import { pushTestImage, type TestImage } from "./images.ts";
import { freePort } from "./ports.ts";
import { startRegistry, type TestRegistry } from "./registry.ts";
import { copyAll, inspectRaw } from "./skopeo.ts";

/** n deterministic bytes. */
function bytes(n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + 7) % 251;
  return out;
}

/** A small loopback upstream: blobs, redirects, an upload, a Bearer-protected area. */
async function startUpstream(): Promise<{ url: string; server: http.Server }> {
  let url = "";
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    const blob = /^\/blob\/(\d+)$/.exec(path);
    if (blob) {
      const body = bytes(Number(blob[1]));
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
    } else if (path === "/redirect") {
      res.writeHead(307, { location: `${url}/blob/10` }).end();
    } else if (path === "/redirect-elsewhere") {
      res.writeHead(307, { location: "http://registry.example.test/blob/10" }).end();
    } else if (path === "/redirect-relative") {
      res.writeHead(307, { location: "/blob/10" }).end();
    } else if (path === "/paged") {
      res
        .writeHead(200, { link: `<${url}/paged?page=2>; rel="next", <http://other.example.test/x>; rel="last"` })
        .end();
    } else if (path === "/upload" && req.method === "POST") {
      const hash = createHash("sha256");
      let length = 0;
      req.on("data", (chunk: Buffer) => {
        hash.update(chunk);
        length += chunk.length;
      });
      req.on("end", () => {
        res.writeHead(202, { location: `${url}/upload/1234?state=x`, "x-length": String(length) });
        res.end(hash.digest("hex"));
      });
    } else if (path.startsWith("/v2/")) {
      if (!req.headers.authorization) {
        res.writeHead(401, {
          "www-authenticate": `Bearer realm="${url}/token",service="upstream",scope="repository:app:pull"`,
          "content-type": "application/json",
        });
        res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      } else {
        res.end(`ok ${req.headers.authorization}`);
      }
    } else {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server };
}

interface RawResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  chunks: number;
  /** Set when the connection dropped before the body was complete. */
  error?: string;
}

/** A plain http request that reports how many body bytes arrived before any failure. */
function request(url: string, options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer } = {}) {
  return new Promise<RawResult>((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: false },
      (res) => {
        const parts: Buffer[] = [];
        const done = (error?: string): void =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts),
            chunks: parts.length,
            ...(error ? { error } : {}),
          });
        res.on("data", (chunk: Buffer) => parts.push(chunk));
        res.on("end", () => done());
        res.on("aborted", () => done("aborted"));
        res.on("error", (error) => done(error.message));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("fault proxy", () => {
  let upstream: { url: string; server: http.Server };
  let proxy: FaultProxy;

  beforeAll(async () => {
    upstream = await startUpstream();
    proxy = await startFaultProxy(upstream.url);
  });
  afterEach(() => proxy.clear());
  afterAll(async () => {
    await proxy.stop();
    await new Promise<void>((resolve) => upstream.server.close(() => resolve()));
  });

  describe("without faults", () => {
    it("listens on loopback and forwards bodies unchanged both ways", async () => {
      expect(proxy.url).toBe(`http://${proxy.host}`);
      expect(proxy.host).toMatch(/^127\.0\.0\.1:\d+$/);
      const download = await request(`${proxy.url}/blob/300000`);
      expect(download.status).toBe(200);
      expect(download.body.equals(bytes(300000))).toBe(true);
      const payload = bytes(5_000_000);
      const upload = await request(`${proxy.url}/upload`, { method: "POST", body: payload });
      expect(upload.status).toBe(202);
      expect(upload.headers["x-length"]).toBe(String(payload.length));
      expect(upload.body.toString()).toBe(createHash("sha256").update(payload).digest("hex"));
    });

    it("rewrites Location, the Bearer realm and Link only when they point at the target", async () => {
      const cases: [string, string, string | undefined][] = [
        ["/redirect", "location", `${proxy.url}/blob/10`],
        ["/redirect-elsewhere", "location", "http://registry.example.test/blob/10"],
        ["/redirect-relative", "location", "/blob/10"],
        [
          "/v2/",
          "www-authenticate",
          `Bearer realm="${proxy.url}/token",service="upstream",scope="repository:app:pull"`,
        ],
        ["/paged", "link", `<${proxy.url}/paged?page=2>; rel="next", <http://other.example.test/x>; rel="last"`],
      ];
      for (const [path, header, expected] of cases) {
        const result = await request(`${proxy.url}${path}`);
        expect([path, result.headers[header]]).toEqual([path, expected]);
      }
      const upload = await request(`${proxy.url}/upload`, { method: "POST", body: Buffer.from("x") });
      expect(upload.headers.location).toBe(`${proxy.url}/upload/1234?state=x`);
    });

    it("answers 502 in one line when the target is down", async () => {
      const dead = await startFaultProxy(`http://127.0.0.1:${await freePort()}`);
      try {
        const result = await request(`${dead.url}/anything`);
        expect(result.status).toBe(502);
        expect(result.body.toString()).toMatch(
          /fault proxy: upstream http:\/\/127\.0\.0\.1:\d+ failed: .*ECONNREFUSED/,
        );
      } finally {
        await dead.stop();
      }
    });
  });

  describe("status faults", () => {
    it.each([429, 500, 502, 503, 408, 403] as const)(
      "answers %i to matching requests exactly `times` times",
      async (status) => {
        const before = proxy.stats.fired.status;
        proxy.inject({ kind: "status", status, match: /^GET \/blob\//, times: 2, retryAfterSeconds: 3 });
        expect((await request(`${proxy.url}/redirect-relative`)).status).toBe(307);
        const first = await request(`${proxy.url}/blob/10`);
        expect(first.status).toBe(status);
        expect(first.headers["retry-after"]).toBe("3");
        expect((await request(`${proxy.url}/blob/20`)).status).toBe(status);
        const third = await request(`${proxy.url}/blob/10`);
        expect(third.status).toBe(200);
        expect(third.body.equals(bytes(10))).toBe(true);
        expect(proxy.stats.fired.status - before).toBe(2);
      },
    );

    it("omits Retry-After unless asked, fires on any request without match, and drains request bodies", async () => {
      proxy.inject({ kind: "status", status: 503 });
      const result = await request(`${proxy.url}/upload`, { method: "POST", body: bytes(100_000) });
      expect(result.status).toBe(503);
      expect(result.headers["retry-after"]).toBeUndefined();
      expect(JSON.parse(result.body.toString())).toMatchObject({ errors: [{ code: "UNAVAILABLE" }] });
      expect((await request(`${proxy.url}/upload`, { method: "POST", body: bytes(10) })).status).toBe(202);
    });

    it("answers 403 with the distribution error code DENIED", async () => {
      proxy.inject({ kind: "status", status: 403, match: /^PUT / });
      const result = await request(`${proxy.url}/upload`, { method: "PUT", body: bytes(10) });
      expect(result.status).toBe(403);
      expect(JSON.parse(result.body.toString())).toMatchObject({ errors: [{ code: "DENIED" }] });
    });

    it("stops firing after clear()", async () => {
      proxy.inject({ kind: "status", status: 500, times: Number.POSITIVE_INFINITY });
      expect((await request(`${proxy.url}/blob/1`)).status).toBe(500);
      expect((await request(`${proxy.url}/blob/1`)).status).toBe(500);
      proxy.clear();
      expect((await request(`${proxy.url}/blob/1`)).status).toBe(200);
    });
  });

  describe("reset-mid-body", () => {
    it("forwards exactly afterBytes of the body, then drops the connection, once", async () => {
      const before = proxy.stats.fired["reset-mid-body"];
      proxy.inject({ kind: "reset-mid-body", afterBytes: 70_000, match: /\/blob\/200000$/ });
      // Answers the fault does not apply to (no body, an error, another path) leave it armed.
      expect((await request(`${proxy.url}/blob/200000`, { method: "HEAD" })).error).toBeUndefined();
      expect((await request(`${proxy.url}/blob/10`)).error).toBeUndefined();
      const broken = await request(`${proxy.url}/blob/200000`);
      expect(broken.status).toBe(200);
      expect(broken.headers["content-length"]).toBe("200000");
      expect(broken.error).toBeDefined();
      expect(broken.body.length).toBe(70_000);
      expect(broken.body.equals(bytes(70_000))).toBe(true);
      const again = await request(`${proxy.url}/blob/200000`);
      expect(again.error).toBeUndefined();
      expect(again.body.equals(bytes(200_000))).toBe(true);
      expect(proxy.stats.fired["reset-mid-body"] - before).toBe(1);
    });

    it("never completes a body shorter than afterBytes", async () => {
      proxy.inject({ kind: "reset-mid-body", afterBytes: 1_000_000 });
      const broken = await request(`${proxy.url}/blob/5000`);
      expect(broken.error).toBeDefined();
      expect(broken.body.length).toBe(4999);
    });

    it("does not fire on an error answer", async () => {
      proxy.inject({ kind: "reset-mid-body", afterBytes: 1, match: /^GET \/v2\// });
      const denied = await request(`${proxy.url}/v2/app/blobs/x`);
      expect(denied.status).toBe(401);
      expect(denied.error).toBeUndefined();
      const authorized = await request(`${proxy.url}/v2/app/blobs/x`, { headers: { authorization: "Bearer t" } });
      expect(authorized.error).toBeDefined();
      expect(authorized.body.toString()).toBe("o");
    });
  });

  describe("slow-body", () => {
    it("delivers the whole body in many small pieces", async () => {
      const fast = await request(`${proxy.url}/blob/2000`);
      expect(fast.chunks).toBeLessThanOrEqual(2);
      proxy.inject({ kind: "slow-body", bytesPerSecond: 4000, match: /\/blob\// });
      const before = proxy.stats.fired["slow-body"];
      const slow = await request(`${proxy.url}/blob/2000`);
      expect(slow.error).toBeUndefined();
      expect(slow.body.equals(bytes(2000))).toBe(true);
      // 400-byte slices written 100 ms apart arrive as separate reads.
      expect(slow.chunks).toBeGreaterThanOrEqual(4);
      expect(proxy.stats.fired["slow-body"] - before).toBe(1);
      expect((await request(`${proxy.url}/blob/2000`)).chunks).toBeLessThanOrEqual(2);
    });
  });

  describe("expire-token-after", () => {
    it("refuses the same token with the upstream's challenge after N authorized requests", async () => {
      proxy.inject({ kind: "expire-token-after", requests: 2, times: 2, match: /^GET \/v2\// });
      const a = { authorization: "Bearer token-a" };
      // Requests without a token neither count nor fire.
      expect((await request(`${proxy.url}/v2/app/manifests/1`)).status).toBe(401);
      expect((await request(`${proxy.url}/v2/app/manifests/1`, { headers: a })).status).toBe(200);
      expect((await request(`${proxy.url}/blob/1`, { headers: a })).status).toBe(200);
      expect((await request(`${proxy.url}/v2/app/manifests/1`, { headers: a })).status).toBe(200);
      const expired = await request(`${proxy.url}/v2/app/blobs/sha256:1`, { headers: a });
      expect(expired.status).toBe(401);
      expect(expired.headers["www-authenticate"]).toBe(
        `Bearer realm="${proxy.url}/token",service="upstream",scope="repository:app:pull"`,
      );
      const fresh = await request(`${proxy.url}/v2/app/blobs/sha256:1`, {
        headers: { authorization: "Bearer token-b" },
      });
      expect(fresh.status).toBe(200);
      expect(fresh.body.toString()).toBe("ok Bearer token-b");
      expect((await request(`${proxy.url}/v2/app/blobs/sha256:1`, { headers: a })).status).toBe(401);
      // `times` (2) is spent: the old token passes again.
      expect((await request(`${proxy.url}/v2/app/blobs/sha256:1`, { headers: a })).status).toBe(200);
    });
  });

  it("counts every request and logs what happened to it", async () => {
    const before = proxy.stats.requests;
    proxy.inject({ kind: "status", status: 429 });
    await request(`${proxy.url}/blob/3`);
    await request(`${proxy.url}/blob/3`);
    expect(proxy.stats.requests - before).toBe(2);
    expect(proxy.stats.log.slice(-2)).toEqual(["GET /blob/3 [status 429]", "GET /blob/3 -> 200"]);
  });
});

describe("fault proxy in front of the real registry (Bearer auth)", () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let image: TestImage;

  beforeAll(async () => {
    registry = await startRegistry({ auth: "bearer" });
    image = await pushTestImage(registry, "app:1", { platforms: ["linux/amd64"], layers: 1, layerSize: 200_000 });
    proxy = await startFaultProxy(registry.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  /** A pull token from the realm the registry's challenge names. */
  async function pullToken(): Promise<string> {
    const challenge = (await fetch(`${proxy.url}/v2/app/manifests/1`)).headers.get("www-authenticate") ?? "";
    const param = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(challenge)?.[1] ?? "";
    const url = `${param("realm")}?service=${encodeURIComponent(param("service"))}&scope=${encodeURIComponent(param("scope"))}`;
    const basic = Buffer.from(`${registry.username}:${registry.password}`).toString("base64");
    const response = await fetch(url, { headers: { authorization: `Basic ${basic}` } });
    const body = (await response.json()) as { token?: string; access_token?: string };
    return body.token ?? body.access_token ?? "";
  }

  it("carries a whole skopeo copy, upload sessions included, through the proxy", async () => {
    const before = proxy.stats.requests;
    const credentials = { [proxy.host]: { username: registry.username, password: registry.password } };
    await copyAll(`${proxy.host}/app:1`, `${proxy.host}/copy:1`, { credentials });
    const log = proxy.stats.log.slice(before);
    // The registry answers uploads with Location headers naming itself: rewritten, the PUT came back here.
    expect(log.some((line) => /^PUT \/v2\/copy\/blobs\/uploads\/.* -> 201$/.test(line))).toBe(true);
    expect(log.some((line) => /^PUT \/v2\/copy\/manifests\/1 -> 201$/.test(line))).toBe(true);
    expect(await inspectRaw(`${registry.host}/copy:1`)).toBe(await inspectRaw(`${registry.host}/app:1`));
  });

  it("expires a registry token with the registry's own challenge", async () => {
    const token = await pullToken();
    expect(token).not.toBe("");
    const headers = { authorization: `Bearer ${token}`, accept: "application/vnd.oci.image.index.v1+json" };
    proxy.inject({ kind: "expire-token-after", requests: 1 });
    expect((await fetch(`${proxy.url}/v2/app/manifests/1`, { headers })).status).toBe(200);
    const expired = await fetch(`${proxy.url}/v2/app/manifests/1`, { headers });
    expect(expired.status).toBe(401);
    // The realm is the token service, not the target: it is left alone.
    expect(expired.headers.get("www-authenticate")).toBe(
      `Bearer realm="${registry.tokenService?.realm}",service="${registry.tokenService?.service}",scope="repository:app:pull"`,
    );
    expect((await fetch(`${proxy.url}/v2/app/manifests/1`, { headers })).status).toBe(200);
  });

  it("breaks a layer download mid-body", async () => {
    const token = await pullToken();
    const platformManifest = image.manifests.find((m) => m.platform?.architecture === "amd64")?.digest ?? "";
    const manifest = JSON.parse(await inspectRaw(`${registry.host}/app@${platformManifest}`)) as {
      layers: { digest: string; size: number }[];
    };
    const layer = manifest.layers[0];
    if (layer === undefined) throw new Error("the test image has no layer");
    proxy.inject({ kind: "reset-mid-body", afterBytes: 50_000, match: new RegExp(`^GET .*/blobs/${layer.digest}$`) });
    const url = `${proxy.url}/v2/app/blobs/${layer.digest}`;
    const headers = { authorization: `Bearer ${token}` };
    const broken = await request(url, { headers });
    expect(broken.error).toBeDefined();
    expect(broken.body.length).toBe(50_000);
    const whole = await request(url, { headers });
    expect(whole.error).toBeUndefined();
    expect(whole.body.length).toBe(layer.size);
    expect(layer.size).toBeGreaterThan(50_000);
  });
});
