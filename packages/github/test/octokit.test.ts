import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createGitHubClient, type GitHubClient } from "../src/octokit.ts";

// A loopback server answering each path its own way, to pin what refuseUnreadableJson lets through.
let server: http.Server;
let client: GitHubClient;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const json = { "content-type": "application/json; charset=utf-8" };
    if (request.url === "/empty") {
      response.writeHead(200, { ...json, "content-length": "0" });
      response.end();
    } else if (request.url === "/object") {
      response.writeHead(200, json);
      response.end('{"ok":true}');
    } else if (request.url === "/garbled") {
      response.writeHead(200, json);
      response.end('{"ok":tr');
    } else {
      response.writeHead(200, { "content-type": "text/plain", "content-length": "5" });
      response.end(request.method === "HEAD" ? undefined : "plain");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  client = createGitHubClient({ token: "t", baseUrl: `http://127.0.0.1:${port}`, rateLimitRetries: 0 });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("createGitHubClient and bodies it cannot parse", () => {
  it.each([
    ["an object", "GET /object", { ok: true }],
    ["an empty body that says so", "GET /empty", ""],
    ["a text body", "GET /text", "plain"],
    ["a HEAD request", "HEAD /object", ""],
  ])("passes %s", async (_name, route, data) => {
    const response = await client.request(route, { request: { retries: 0 } });
    expect(response.data).toEqual(data);
  });

  it("refuses JSON it cannot parse, naming the request", async () => {
    await expect(client.request("GET /garbled", { request: { retries: 0 } })).rejects.toThrow(
      "GitHub kept failing: GET /garbled answered HTTP 502 (GitHub's JSON response to GET /garbled arrived incomplete) after the retries; try again later, or check GitHub's status.",
    );
  });
});
