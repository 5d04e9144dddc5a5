import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import {
  Authenticator,
  chainResolvers,
  checkRealm,
  explicitCredentials,
  parseReference,
  RegistryClient,
  UntrustedEndpointError,
} from "@platform/oci";
import { type FaultProxy, startFaultProxy } from "../../../test/harness/fault-proxy.ts";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw } from "../../../test/harness/skopeo.ts";
import { copy, FAST_RETRY } from "./helpers.ts";

/** Another origin on loopback that records what reaches it: where a hostile registry points us. */
interface Catcher {
  url: string;
  requests: { method: string; url: string; authorization: string | undefined }[];
  stop(): Promise<void>;
}

async function startCatcher(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Catcher> {
  const requests: Catcher["requests"] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization });
    req.resume();
    req.on("end", () => answer(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function clientWith(host: string, username: string, password: string): RegistryClient {
  return new RegistryClient({
    credentials: chainResolvers(explicitCredentials(username, password, [host])),
    logger: memoryLogger(),
    retry: FAST_RETRY,
  });
}

describe("a hostile registry does not get our credentials sent elsewhere", () => {
  let source: TestRegistry;
  let basic: TestRegistry;
  let proxy: FaultProxy;
  let catcher: Catcher;

  beforeAll(async () => {
    [source, basic] = await Promise.all([startRegistry({ auth: "anonymous" }), startRegistry({ auth: "basic" })]);
    await pushTestImage(source, "app:1.0.0", { platforms: ["linux/amd64"] });
    proxy = await startFaultProxy(basic.url);
    // Answers 401 with a challenge naming itself as realm: a second chance to be handed credentials.
    catcher = await startCatcher((_req, res) => {
      res.writeHead(401, { "www-authenticate": `Basic realm="${catcher.url}/token"`, "content-length": "0" });
      res.end();
    });
  });
  afterAll(async () => {
    await Promise.all([proxy?.stop(), catcher?.stop()]);
    await Promise.all([source, basic].map((r) => r?.stop()));
  });

  it("an upload Location on another origin gets no Authorization header", async () => {
    proxy.clear();
    proxy.inject({
      kind: "headers",
      set: { location: `${catcher.url}/v2/app/blobs/uploads/stolen` },
      match: /^POST .*\/blobs\/uploads\//,
      times: Number.POSITIVE_INFINITY,
    });
    const client = clientWith(proxy.host, basic.username, basic.password);
    await expect(copy(client, `${source.host}/app:1.0.0`, [`${proxy.host}/app:1.0.0`])).rejects.toThrow();
    expect(proxy.stats.fired.headers).toBeGreaterThan(0);
    const uploads = catcher.requests.filter((r) => r.url.startsWith("/v2/app/blobs/uploads/stolen"));
    expect(uploads.length).toBeGreaterThan(0);
    expect(catcher.requests.map((r) => r.authorization).filter(Boolean)).toEqual([]);
  });

  it("a tags-list Link on another origin gets no Authorization header", async () => {
    proxy.clear();
    const before = catcher.requests.length;
    proxy.inject({
      kind: "headers",
      set: { link: `<${catcher.url}/v2/app/tags/list?n=1&last=a>; rel="next"` },
      match: /^GET .*\/tags\/list/,
    });
    const client = clientWith(proxy.host, basic.username, basic.password);
    // The pushed repository exists on `basic` only when the previous test's copy got that far: push one.
    await pushTestImage(basic, "listed:1.0.0", { platforms: ["linux/amd64"] });
    const repo = parseReference(`${proxy.host}/listed:1.0.0`);
    await client.listTags(repo).catch(() => []);
    const seen = catcher.requests.slice(before).filter((r) => r.url.includes("/tags/list"));
    expect(seen.map((r) => r.url)).toEqual(["/v2/app/tags/list?n=1&last=a"]);
    expect(seen.map((r) => r.authorization).filter(Boolean)).toEqual([]);
  });
});

describe("blob storage behind a redirect", () => {
  let basic: TestRegistry;
  let target: TestRegistry;
  let front: Catcher;
  let storage: Catcher;

  beforeAll(async () => {
    [basic, target] = await Promise.all([startRegistry({ auth: "basic" }), startRegistry({ auth: "anonymous" })]);
    const upstream = new URL(basic.url);
    const forward = (
      req: http.IncomingMessage,
      res: http.ServerResponse,
      path: string,
      headers = req.headers,
    ): void => {
      const out = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      out.end();
    };
    // Storage on another origin (S3 with a presigned URL, say): serves the blob its path names,
    // fetched from the registry with the storage's own credentials.
    const storageAuth = `Basic ${Buffer.from(`${basic.username}:${basic.password}`).toString("base64")}`;
    storage = await startCatcher((req, res) => {
      const digest = (req.url ?? "").split("/").pop() ?? "";
      forward(req, res, `/v2/stored/blobs/${digest}`, { authorization: storageAuth });
    });
    // The registry's front: blob GETs go to storage, everything else to the registry.
    front = await startCatcher((req, res) => {
      const blob = /^\/v2\/stored\/blobs\/(sha256:[0-9a-f]{64})$/.exec(req.url ?? "");
      if (req.method === "GET" && blob) {
        res.writeHead(307, { location: `${storage.url}/presigned/${blob[1]}`, "content-length": "0" }).end();
        return;
      }
      forward(req, res, req.url ?? "/");
    });
  });
  afterAll(async () => {
    await Promise.all([front?.stop(), storage?.stop()]);
    await Promise.all([basic, target].map((r) => r?.stop()));
  });

  it("follows a blob GET's redirect to another origin without the registry's Authorization", async () => {
    const image = await pushTestImage(basic, "stored:1.0.0", { platforms: ["linux/amd64"], layers: 2 });
    const frontHost = new URL(front.url).host;
    const client = clientWith(frontHost, basic.username, basic.password);
    const result = await copy(client, `${frontHost}/stored:1.0.0`, [`${target.host}/stored:1.0.0`]);
    expect(result.digest).toBe(image.digest);
    expect(await inspectRaw(`${target.host}/stored:1.0.0`)).toBe(await inspectRaw(image.reference));
    // The registry did get credentials (its blob GETs carried them), storage none: config and two layers.
    expect(front.requests.filter((r) => r.url.includes("/blobs/sha256:")).every((r) => r.authorization)).toBe(true);
    expect(storage.requests.length).toBe(3);
    expect(storage.requests.map((r) => r.authorization).filter(Boolean)).toEqual([]);
  });
});

describe("token realms", () => {
  it.each([
    ["registry.example.com", "http://registry.example.com/token", /over http/],
    ["registry.example.com", "http://127.0.0.1:5000/token", /over http/],
    ["registry.example.com", "ftp://registry.example.com/token", /over ftp/],
    ["registry.example.com", "https://169.254.169.254/latest/meta-data/", /link-local/],
    ["127.0.0.1:5000", "http://169.254.170.2/token", /link-local/],
    ["registry.example.com", "https://[fd00:ec2::254]/token", /link-local/],
  ])("%s naming realm %s is refused", (registry, realm, message) => {
    expect(() => checkRealm(registry, realm)).toThrow(UntrustedEndpointError);
    expect(() => checkRealm(registry, realm)).toThrow(message);
  });

  it.each([
    ["registry.example.com", "https://auth.example.com/token"],
    ["127.0.0.1:5000", "http://127.0.0.1:5001/token"],
    ["localhost:5000", "http://localhost:5001/token"],
  ])("%s naming realm %s is accepted", (registry, realm) => {
    expect(checkRealm(registry, realm).toString()).toBe(realm);
  });

  it("Basic credentials never reach a plain-http realm named by a registry off loopback", async () => {
    const sent: string[] = [];
    const auth = new Authenticator({
      credentials: async () => ({ kind: "basic", username: "me", password: "s3cret" }),
      ping: async () => ({ status: 401, challenge: 'Bearer realm="http://attacker.example/token",service="x"' }),
      exchange: async (url) => {
        sent.push(String(url));
        throw new Error("must not be called");
      },
      mask: () => {},
    });
    await expect(auth.header("registry.example.com", ["repository:app:pull"])).rejects.toThrow(UntrustedEndpointError);
    expect(sent).toEqual([]);
  });
});
