import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { isNetworkError } from "@platform/oci";
import { type LentResponse, lentGet } from "../src/lent-http.ts";

/**
 * The blob download's HTTP/1.1 reader against raw servers that write exactly the bytes each
 * case needs (framings, split reads, broken connections), so nothing is left to a library's
 * choices. What a registry sends in practice is covered by the copy tests against
 * docker-registry and the fault proxy.
 */

interface RawServer {
  url: string;
  connections: number;
  requests: string[];
  stop(): Promise<void>;
}

/** A server that answers each request head with `answer` (writes, then whether to close). */
async function rawServer(answer: (socket: net.Socket, head: string) => void): Promise<RawServer> {
  const sockets = new Set<net.Socket>();
  const state: RawServer = {
    url: "",
    connections: 0,
    requests: [],
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = net.createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let pending = "";
    socket.on("data", (data) => {
      pending += data.toString("latin1");
      for (let end = pending.indexOf("\r\n\r\n"); end >= 0; end = pending.indexOf("\r\n\r\n")) {
        const head = pending.slice(0, end);
        pending = pending.slice(end + 4);
        state.requests.push(head);
        answer(socket, head);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return state;
}

/** Reads a response to its end, copying the lent chunks, and notes each chunk's buffer. */
async function readAll(response: LentResponse): Promise<{ body: Buffer; buffers: Set<ArrayBufferLike> }> {
  const parts: Buffer[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for await (const chunk of response) {
    buffers.add(chunk.buffer);
    parts.push(Buffer.from(chunk));
  }
  return { body: Buffer.concat(parts), buffers };
}

/** Writes `bytes` in pieces of `size` with a pause between, so the reader sees split reads. */
async function writeSplit(socket: net.Socket, bytes: Buffer, size: number): Promise<void> {
  for (let at = 0; at < bytes.length; at += size) {
    socket.write(bytes.subarray(at, at + size));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const body = Buffer.from("the blob's bytes, a few of them");

describe("lentGet reads each framing a server may use", () => {
  const chunked = Buffer.from(
    "5;ext=1\r\nthe b\r\n" + "1a\r\nlob's bytes, a few of them\r\n" + "0\r\nx-trailer: yes\r\n\r\n",
    "latin1",
  );
  const cases: { name: string; response: Buffer; split?: number; close?: boolean }[] = [
    {
      name: "Content-Length",
      response: Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n\r\n`), body]),
    },
    {
      name: "Content-Length, one byte per read",
      response: Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body]),
      split: 1,
    },
    {
      name: "chunked, with an extension and a trailer",
      response: Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"), chunked]),
    },
    {
      name: "chunked, three bytes per read",
      response: Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"), chunked]),
      split: 3,
    },
    {
      name: "until the connection closes (no length)",
      response: Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\n\r\n"), body]),
      close: true,
    },
    {
      name: "an interim 103 before the answer",
      response: Buffer.concat([
        Buffer.from(
          `HTTP/1.1 103 Early Hints\r\nlink: </x>\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n\r\n`,
        ),
        body,
      ]),
      split: 7,
    },
    {
      name: "HTTP/1.0 with a length",
      response: Buffer.concat([Buffer.from(`HTTP/1.0 200 OK\r\ncontent-length: ${body.length}\r\n\r\n`), body]),
      close: true,
    },
  ];

  it.each(cases)("$name", async ({ response, split, close }) => {
    const server = await rawServer((socket) => {
      void (split ? writeSplit(socket, response, split) : Promise.resolve(socket.write(response))).then(() => {
        if (close) socket.end();
      });
    });
    try {
      const answer = await lentGet(new URL(`${server.url}/v2/app/blobs/sha256:1`), { range: "bytes=0-" });
      expect(answer.status).toBe(200);
      expect((await readAll(answer)).body.toString("latin1")).toBe(body.toString("latin1"));
      expect(server.requests[0]).toMatch(/^GET \/v2\/app\/blobs\/sha256:1 HTTP\/1\.1\r\nHost: 127\.0\.0\.1:\d+\r\n/);
      expect(server.requests[0]).toContain("\r\nrange: bytes=0-");
    } finally {
      await server.stop();
    }
  });

  it("gives headers lower-cased, repeated ones joined, and a 204 no body", async () => {
    const server = await rawServer((socket) => {
      socket.write("HTTP/1.1 204 No Content\r\nX-Seen: a\r\nx-seen: b\r\nLocation: /there\r\n\r\n");
    });
    try {
      const answer = await lentGet(new URL(server.url), {});
      expect(answer.status).toBe(204);
      expect(answer.headers).toEqual({ "x-seen": "a, b", location: "/there" });
      expect((await readAll(answer)).body.length).toBe(0);
    } finally {
      await server.stop();
    }
  });
});

describe("lentGet's buffers and connections", () => {
  const blob = randomBytes(8 * 1024 * 1024 + 123);
  const digest = createHash("sha256").update(blob).digest("hex");
  let server: RawServer;

  beforeAll(async () => {
    server = await rawServer((socket, head) => {
      if (head.startsWith("GET /close")) {
        socket.end(`HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok`);
        return;
      }
      socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${blob.length}\r\n\r\n`);
      socket.write(blob);
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  it("reads a large body into a few reused buffers, byte for byte", async () => {
    const answer = await lentGet(new URL(`${server.url}/blob`), {});
    const hash = createHash("sha256");
    const buffers = new Set<ArrayBufferLike>();
    let chunks = 0;
    for await (const chunk of answer) {
      hash.update(chunk);
      buffers.add(chunk.buffer);
      chunks++;
    }
    expect(hash.digest("hex")).toBe(digest);
    // At least 128 reads of 64 KiB; node:http would have given each its own buffer.
    expect(chunks).toBeGreaterThanOrEqual(128);
    expect(buffers.size).toBeLessThanOrEqual(8);
  });

  it("reuses a connection read to its end, and not one the server said it closes", async () => {
    const before = server.connections;
    await readAll(await lentGet(new URL(`${server.url}/blob`), {}));
    await readAll(await lentGet(new URL(`${server.url}/blob`), {}));
    expect(server.connections - before).toBe(0);
    // The first goes on the kept connection, which the server then closes: the second needs a new one.
    await readAll(await lentGet(new URL(`${server.url}/close`), {}));
    await readAll(await lentGet(new URL(`${server.url}/close`), {}));
    expect(server.connections - before).toBe(1);
  });

  it("closes a connection whose body was abandoned, and a later GET gets a new one", async () => {
    await readAll(await lentGet(new URL(`${server.url}/blob`), {}));
    const before = server.connections;
    // On the kept connection; left after its first chunk.
    const answer = await lentGet(new URL(`${server.url}/blob`), {});
    for await (const _ of answer) break;
    const again = await readAll(await lentGet(new URL(`${server.url}/blob`), {}));
    expect(createHash("sha256").update(again.body).digest("hex")).toBe(digest);
    expect(server.connections - before).toBe(1);
  });
});

describe("lentGet's failures", () => {
  it("a kept connection the server drops as the next GET arrives is replaced, once", async () => {
    let answered = 0;
    const seen = new WeakSet<net.Socket>();
    const server = await rawServer((socket) => {
      // One answer per connection; a second request on it is dropped unanswered, as a server
      // does when its idle timeout and our request cross.
      if (seen.has(socket)) {
        socket.destroy();
        return;
      }
      seen.add(socket);
      answered++;
      socket.write("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok");
    });
    try {
      expect((await readAll(await lentGet(new URL(server.url), {}))).body.toString()).toBe("ok");
      expect((await readAll(await lentGet(new URL(server.url), {}))).body.toString()).toBe("ok");
      expect(answered).toBe(2);
      expect(server.connections).toBe(2);
      expect(server.requests.length).toBe(3);
    } finally {
      await server.stop();
    }
  });

  it("a refused connection is a network error with its code", async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await lentGet(new URL(`http://127.0.0.1:${port}/`), {}).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe("ECONNREFUSED");
    expect(isNetworkError(error)).toBe(true);
  });

  it("a body cut short is a network error (so the download resumes), after the bytes that came", async () => {
    const server = await rawServer((socket) => {
      socket.write("HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nhalf");
      setTimeout(() => socket.destroy(), 20);
    });
    try {
      const answer = await lentGet(new URL(server.url), {});
      const got: string[] = [];
      const error = await (async () => {
        for await (const chunk of answer) got.push(Buffer.from(chunk).toString());
      })().catch((e: unknown) => e);
      expect(got.join("")).toBe("half");
      expect(isNetworkError(error)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  const malformed: { name: string; response: string; message: RegExp }[] = [
    { name: "not HTTP", response: "SSH-2.0-OpenSSH\r\n\r\n", message: /not an HTTP\/1\.x response/ },
    {
      name: "conflicting Content-Length",
      response: "HTTP/1.1 200 OK\r\ncontent-length: 2, 3\r\n\r\nok",
      message: /invalid Content-Length/,
    },
    {
      name: "a bad chunk size",
      response: "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n",
      message: /malformed chunk size/,
    },
    {
      name: "bytes past the length",
      response: "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nokEXTRA",
      message: /bytes after the end of the response/,
    },
    {
      name: "a header without a colon",
      response: "HTTP/1.1 200 OK\r\nbroken\r\n\r\n",
      message: /malformed response header/,
    },
  ];

  it.each(malformed)("refuses $name", async ({ response, message }) => {
    const server = await rawServer((socket) => {
      socket.write(response);
    });
    try {
      const error = await lentGet(new URL(server.url), {})
        .then(readAll)
        .catch((e: unknown) => e);
      expect(String(error)).toMatch(message);
    } finally {
      await server.stop();
    }
  });

  it("refuses a header value with a line break before connecting", async () => {
    const server = await rawServer(() => {});
    try {
      await expect(lentGet(new URL(server.url), { authorization: "Basic x\r\nevil: 1" })).rejects.toThrow(/line break/);
      expect(server.requests).toEqual([]);
      expect(server.connections).toBe(0);
    } finally {
      await server.stop();
    }
  });
});

describe("lentGet over TLS", () => {
  let dir: string;
  let server: https.Server;
  let url: string;
  const payload = randomBytes(300_000);
  const trusted = tls.getCACertificates("default");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lent-tls-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    const cert = readFileSync(join(dir, "cert.pem"), "utf8");
    server = https.createServer({ key: readFileSync(join(dir, "key.pem")), cert }, (_req, res) => {
      res.writeHead(200, { "content-length": String(payload.length) });
      res.end(payload);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `https://localhost:${(server.address() as net.AddressInfo).port}/v2/app/blobs/sha256:1`;
    // Trusted as NODE_EXTRA_CA_CERTS would make it, for this process only.
    tls.setDefaultCACertificates([...trusted, cert]);
  });
  afterAll(async () => {
    tls.setDefaultCACertificates(trusted);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads the body through a verified TLS connection", async () => {
    const answer = await lentGet(new URL(url), {});
    expect(answer.status).toBe(200);
    expect((await readAll(answer)).body.equals(payload)).toBe(true);
  });

  it("reads one TLS record after another into the same buffer", async () => {
    // Each read over TLS is a record of at most 16 KiB. Given a 64 KiB buffer each, they would all
    // start at its beginning (the one after the response head aside); packed, most start further in.
    const answer = await lentGet(new URL(url), {});
    const hash = createHash("sha256");
    let chunks = 0;
    let further = 0;
    for await (const chunk of answer) {
      hash.update(chunk);
      chunks++;
      if (chunk.byteOffset > 0) further++;
    }
    expect(hash.digest("hex")).toBe(createHash("sha256").update(payload).digest("hex"));
    expect(chunks).toBeGreaterThanOrEqual(300_000 / (16 * 1024));
    expect(further).toBeGreaterThanOrEqual(chunks / 2);
  });

  it("refuses a certificate for another name", async () => {
    const other = url.replace("localhost", "127.0.0.1");
    const error = await lentGet(new URL(other), {}).catch((e: unknown) => e);
    expect(String((error as { code?: string }).code)).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID|CERT/);
  });
});
