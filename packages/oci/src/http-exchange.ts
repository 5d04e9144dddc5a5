import http from "node:http";

/**
 * Small request/response exchanges (manifests, tags, tokens, upload sessions) over node:http(s),
 * the body read whole. Not fetch: the first fetch of a process loads Node's bundled undici
 * (llhttp in WebAssembly, zlib, http2, Web streams), which measured about 70 ms of a 0.2 s
 * promotion that is already done; node:http is loaded anyway for blob uploads.
 * Node's global agents keep connections alive, so a run reuses its sockets.
 */
export interface ExchangeInit {
  method: "GET" | "HEAD" | "PUT" | "POST" | "PATCH" | "DELETE";
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface ExchangeResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  body: Buffer;
  text(): string;
  json(): unknown;
}

/** Far above any manifest or token answer: a larger body is refused instead of buffered. */
const MAX_BODY = 32 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export type Exchange = (url: string | URL, init: ExchangeInit) => Promise<ExchangeResponse>;

/** Redirects followed in a row, by the small exchanges and the blob GETs alike (fetch follows 20). */
export const MAX_REDIRECTS = 5;

export const exchange: Exchange = (url, init) => once(new URL(url), init, MAX_REDIRECTS);

async function once(target: URL, init: ExchangeInit, redirectsLeft: number): Promise<ExchangeResponse> {
  const response = await send(target, init);
  const redirect =
    redirectsLeft > 0 ? redirectOf(target, response.status, response.headers.get("location"), init.method) : undefined;
  if (!redirect) return response;
  const headers = { ...(init.headers ?? {}) };
  if (!redirect.sameOrigin) delete headers.authorization;
  return once(redirect.next, { ...init, headers }, redirectsLeft - 1);
}

/**
 * Where an answer redirects a request, or undefined when it is not a redirect to follow: as
 * fetch's "follow", 307/308 keep method and body, 301-303 of a GET or HEAD stay GET/HEAD. The
 * rule of both kinds of exchange (this file's and client.ts's blob GETs). Storage behind a
 * redirect (S3, a CDN) must not see the registry's credentials: they go on only when
 * `sameOrigin`.
 */
export function redirectOf(
  from: URL,
  status: number,
  location: string | null | undefined,
  method: string,
): { next: URL; sameOrigin: boolean } | undefined {
  if (!location || !REDIRECTS.has(status)) return undefined;
  if (status < 307 && method !== "GET" && method !== "HEAD") return undefined;
  const next = new URL(location, from);
  return { next, sameOrigin: next.origin === from.origin };
}

/**
 * node:http or node:https for a URL, the one rule of both kinds of exchange (this file's and
 * stream-http.ts's). node:https (and with it tls) loads at the first https URL: 2 MB of memory a
 * plain-http registry never needs.
 */
export function transportFor(url: URL): typeof http | typeof import("node:https") {
  return url.protocol === "https:" ? process.getBuiltinModule("node:https") : http;
}

function send(target: URL, init: ExchangeInit): Promise<ExchangeResponse> {
  const transport = transportFor(target);
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  const body = typeof init.body === "string" ? Buffer.from(init.body) : init.body;
  if (body) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const request = transport.request(target, { method: init.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) {
          response.destroy(new Error(`${target.origin}${target.pathname} answered more than ${MAX_BODY} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", reject);
      // A connection that closes before the end of the body (no "error" in some Node versions).
      response.on("close", () => {
        if (!response.complete) reject(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
      });
      response.on("end", () => {
        const bytes = Buffer.concat(chunks, size);
        const status = response.statusCode ?? 0;
        resolve({
          status,
          ok: status >= 200 && status < 300,
          headers: { get: (name) => headerValue(response.headers[name.toLowerCase()]) },
          body: bytes,
          text: () => bytes.toString("utf8"),
          json: () => JSON.parse(bytes.toString("utf8")) as unknown,
        });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** A header as node:http gives it, repeated ones joined with ", " (as fetch's Headers does). */
export function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}
