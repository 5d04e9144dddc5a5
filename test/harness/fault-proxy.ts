import http from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A loopback reverse proxy that injects the failures real registries and APIs produce, so
 * retry and resume code is tested against real bytes on a real socket. Bodies stream through
 * (a multi-gigabyte blob is never buffered).
 */

export type FaultKind = "status" | "reset-mid-body" | "slow-body" | "expire-token-after" | "headers" | "answer";

interface FaultBase {
  /** Tested against `${METHOD} ${path+query}`, e.g. /^GET .*\/blobs\//. Every request when omitted. */
  match?: RegExp;
  /** How many requests the fault hits (default 1; Infinity for all). */
  times?: number;
}

export type Fault = FaultBase &
  (
    | { kind: "status"; status: 403 | 408 | 429 | 500 | 502 | 503; retryAfterSeconds?: number }
    /** Forwards `afterBytes` bytes of a 2xx body, then destroys the socket (never the whole body). */
    | { kind: "reset-mid-body"; afterBytes: number }
    /** Forwards a 2xx body at `bytesPerSecond`. */
    | { kind: "slow-body"; bytesPerSecond: number }
    /**
     * After `requests` requests carrying an Authorization header, the token of the next one is
     * "expired": it and the following requests with that same header get 401 with the upstream's
     * WWW-Authenticate challenge, `times` requests in all. A different token passes.
     */
    | { kind: "expire-token-after"; requests: number }
    /**
     * A hostile server: forwards the request, then sets these response headers on the upstream's
     * answer (not rewritten: a cross-origin `Location`, `Link` or realm stays as given).
     */
    | { kind: "headers"; set: Record<string, string> }
    /** A hostile server: answers this status, headers and body without contacting the target. */
    | { kind: "answer"; status: number; headers?: Record<string, string>; body?: string }
  );

export interface FaultStats {
  /** Requests the proxy received. */
  requests: number;
  /** Faults that fired, by kind. */
  fired: Record<FaultKind, number>;
  /** `${METHOD} ${path} -> ${status or fault}` for every request, in order of arrival. */
  log: string[];
}

export interface FaultProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT, as in an image reference. */
  host: string;
  inject(fault: Fault): void;
  /** Drops every fault (stats are kept). */
  clear(): void;
  /** Live counters. */
  readonly stats: FaultStats;
  stop(): Promise<void>;
}

interface ActiveFault {
  fault: Fault;
  remaining: number;
  /** expire-token-after: authorized requests seen so far, and the token it expired. */
  authorizedSeen: number;
  expiredToken?: string;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface FaultProxyOptions {
  /**
   * Send the client's own Host header upstream instead of the target's. Signed requests need
   * it: AWS SigV4 signs Host, so the AWS fake would refuse a rewritten one.
   */
  preserveHost?: boolean;
}

/** Starts the proxy on 127.0.0.1 (free port) in front of `targetBaseUrl` (http only). */
export async function startFaultProxy(targetBaseUrl: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const target = new URL(targetBaseUrl);
  if (target.protocol !== "http:") throw new Error(`fault proxy: ${targetBaseUrl} is not an http:// URL`);
  const preserveHost = options.preserveHost ?? false;
  const targetBase = `${target.origin}${target.pathname.replace(/\/+$/, "")}`;
  const agent = new http.Agent({ keepAlive: true });
  const faults: ActiveFault[] = [];
  const stats: FaultStats = {
    requests: 0,
    fired: { status: 0, "reset-mid-body": 0, "slow-body": 0, "expire-token-after": 0, headers: 0, answer: 0 },
    log: [],
  };
  let proxyOrigin = "";
  /** The last challenge the upstream sent, for a 401 when the upstream will not give one. */
  let lastChallenge: string | undefined;

  const rewriteUrl = (value: string): string => {
    if (!value.startsWith(targetBase)) return value;
    const rest = value.slice(targetBase.length);
    return rest === "" || rest.startsWith("/") || rest.startsWith("?") ? `${proxyOrigin}${rest}` : value;
  };
  const rewriteHeaders = (headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders => {
    const out: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      if (name === "location" && typeof value === "string") out[name] = rewriteUrl(value);
      else if (name === "www-authenticate" && typeof value === "string") {
        out[name] = value.replace(
          /(realm=")([^"]*)(")/i,
          (_all, open: string, realm: string, close: string) => `${open}${rewriteUrl(realm)}${close}`,
        );
      } else if (name === "link" && typeof value === "string") {
        out[name] = value.replace(/<([^>]*)>/g, (_all, link: string) => `<${rewriteUrl(link)}>`);
      } else out[name] = value;
    }
    return out;
  };

  /** Picks the fault for this request and takes one of its `times` (given back if it does not apply). */
  const claim = (line: string, authorization: string | undefined): ActiveFault | undefined => {
    for (const active of faults) {
      if (active.remaining <= 0) continue;
      const { fault } = active;
      if (fault.match && !fault.match.test(line)) continue;
      if (fault.kind === "expire-token-after") {
        if (authorization === undefined) continue;
        if (active.expiredToken === undefined) {
          if (active.authorizedSeen < fault.requests) {
            active.authorizedSeen++;
            continue;
          }
          active.expiredToken = authorization;
        } else if (authorization !== active.expiredToken) continue;
      }
      active.remaining--;
      return active;
    }
    return undefined;
  };

  const forward = (
    req: http.IncomingMessage,
    options: { withoutAuthorization?: boolean; withoutBody?: boolean } = {},
  ): Promise<http.IncomingMessage> =>
    new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name) || name === "host") continue;
        if (options.withoutAuthorization && name === "authorization") continue;
        if (options.withoutBody && (name === "content-length" || name === "expect")) continue;
        headers[name] = value;
      }
      if (req.headers["transfer-encoding"] && !options.withoutBody) headers["transfer-encoding"] = "chunked";
      if (options.withoutBody) headers["content-length"] = "0";
      headers.host = (preserveHost && req.headers.host) || target.host;
      const upstream = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: `${targetBase.slice(target.origin.length)}${req.url ?? "/"}`,
          headers,
        },
        resolve,
      );
      upstream.on("error", reject);
      req.on("close", () => {
        if (!req.complete) upstream.destroy();
      });
      if (options.withoutBody) upstream.end();
      else req.pipe(upstream);
    });

  const drain = (req: http.IncomingMessage): Promise<void> =>
    new Promise((resolve) => {
      if (req.complete) return resolve();
      req.on("end", resolve);
      req.on("close", resolve);
      req.resume();
    });

  const fire = (kind: FaultKind, index: number, note: string): void => {
    stats.fired[kind]++;
    stats.log[index] += ` [${note}]`;
  };

  const sendError = (
    res: http.ServerResponse,
    status: number,
    headers: http.OutgoingHttpHeaders,
    code: string,
  ): void => {
    const message = `fault proxy: injected ${status}`;
    const body = JSON.stringify({ errors: [{ code, message }], message });
    res.writeHead(status, {
      ...headers,
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  };

  const expiredToken = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    // The same request without credentials makes the upstream state its challenge (scope included).
    await drain(req);
    const probe = await forward(req, { withoutAuthorization: true, withoutBody: true });
    if (probe.statusCode === 401) {
      res.writeHead(401, rewriteHeaders(probe.headers));
      probe.pipe(res);
      return;
    }
    probe.resume();
    const challenge = lastChallenge ?? probe.headers["www-authenticate"];
    sendError(res, 401, rewriteHeaders(challenge ? { "www-authenticate": challenge } : {}), "UNAUTHORIZED");
  };

  const hasBody = (req: http.IncomingMessage, upstream: http.IncomingMessage): boolean => {
    const status = upstream.statusCode ?? 0;
    return (
      req.method !== "HEAD" &&
      status >= 200 &&
      status < 300 &&
      status !== 204 &&
      upstream.headers["content-length"] !== "0"
    );
  };

  const resetMidBody = async (
    upstream: http.IncomingMessage,
    res: http.ServerResponse,
    afterBytes: number,
  ): Promise<void> => {
    let sent = 0;
    /** Writes what fits under afterBytes; false once the budget is spent. */
    const send = (chunk: Buffer): boolean => {
      const room = afterBytes - sent;
      if (chunk.length < room) {
        res.write(chunk);
        sent += chunk.length;
        return true;
      }
      if (room > 0) res.write(chunk.subarray(0, room));
      sent = afterBytes;
      return false;
    };
    // One chunk is held back, so a body shorter than afterBytes still ends one byte short.
    let held: Buffer | undefined;
    let spent = false;
    for await (const chunk of upstream) {
      if (held !== undefined && !send(held)) {
        spent = true;
        break;
      }
      held = chunk as Buffer;
    }
    if (!spent && held !== undefined) send(held.subarray(0, held.length - 1));
    upstream.destroy();
    const socket = res.socket;
    if (socket === null) return;
    // Queued bytes reach the kernel first; then the connection drops without finishing the body.
    await new Promise<void>((resolve) => socket.write("", () => resolve()));
    socket.destroy();
  };

  const slowBody = async (upstream: http.IncomingMessage, res: http.ServerResponse, bytesPerSecond: number) => {
    const slice = Math.max(1, Math.floor(bytesPerSecond / 10));
    for await (const chunk of upstream) {
      const buffer = chunk as Buffer;
      for (let at = 0; at < buffer.length; at += slice) {
        if (res.destroyed) {
          upstream.destroy();
          return;
        }
        const part = buffer.subarray(at, at + slice);
        if (!res.write(part)) await new Promise((resolve) => res.once("drain", resolve));
        await sleep((part.length / bytesPerSecond) * 1000);
      }
    }
    res.end();
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const line = `${req.method} ${req.url}`;
    stats.requests++;
    stats.log.push(line);
    const index = stats.log.length - 1;
    const active = claim(line, req.headers.authorization);
    const fault = active?.fault;
    if (active && fault?.kind === "status") {
      fire(fault.kind, index, `status ${fault.status}`);
      await drain(req);
      const headers: http.OutgoingHttpHeaders = {};
      if (fault.retryAfterSeconds !== undefined) headers["retry-after"] = String(fault.retryAfterSeconds);
      // 403: a refusal no client may retry, e.g. a registry that denies one kind of write.
      const code = fault.status === 429 ? "TOOMANYREQUESTS" : fault.status === 403 ? "DENIED" : "UNAVAILABLE";
      sendError(res, fault.status, headers, code);
      return;
    }
    if (active && fault?.kind === "answer") {
      fire(fault.kind, index, `answer ${fault.status}`);
      await drain(req);
      const body = fault.body ?? "";
      res.writeHead(fault.status, { ...fault.headers, "content-length": Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    if (active && fault?.kind === "expire-token-after") {
      fire(fault.kind, index, "expired token: 401");
      await expiredToken(req, res);
      return;
    }
    const upstream = await forward(req);
    const challenge = upstream.headers["www-authenticate"];
    if (typeof challenge === "string") lastChallenge = challenge;
    stats.log[index] += ` -> ${upstream.statusCode}`;
    if (active && fault?.kind === "headers") {
      fire(fault.kind, index, `headers ${Object.keys(fault.set).join(",")}`);
      res.writeHead(upstream.statusCode ?? 502, upstream.statusMessage, {
        ...rewriteHeaders(upstream.headers),
        ...fault.set,
      });
      upstream.pipe(res);
      return;
    }
    res.writeHead(upstream.statusCode ?? 502, upstream.statusMessage, rewriteHeaders(upstream.headers));
    if (active && fault && hasBody(req, upstream)) {
      if (fault.kind === "reset-mid-body") {
        fire(fault.kind, index, `reset after ${fault.afterBytes} bytes`);
        await resetMidBody(upstream, res, fault.afterBytes);
        return;
      }
      if (fault.kind === "slow-body") {
        fire(fault.kind, index, `slow ${fault.bytesPerSecond} B/s`);
        await slowBody(upstream, res, fault.bytesPerSecond);
        return;
      }
    }
    // The body fault did not apply (an error, HEAD or empty answer): it stays armed.
    if (active) active.remaining++;
    upstream.pipe(res);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) {
        const body = JSON.stringify({ message: `fault proxy: upstream ${targetBase} failed: ${message}` });
        res.writeHead(502, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  proxyOrigin = `http://127.0.0.1:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    url: proxyOrigin,
    host: `127.0.0.1:${port}`,
    stats,
    inject(fault: Fault): void {
      faults.push({ fault, remaining: fault.times ?? 1, authorizedSeen: 0 });
    },
    clear(): void {
      faults.length = 0;
    },
    stop(): Promise<void> {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      });
      return stopping;
    },
  };
}
