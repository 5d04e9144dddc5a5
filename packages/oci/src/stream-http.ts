import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { transportFor } from "./http-exchange.ts";

/**
 * Blob bytes travel over node:http(s) streams rather than fetch: `pipeline` holds a copy to a
 * few socket buffers whatever the blob's size (fetch with a streamed request body buffered
 * far ahead of the socket in our measurements, so memory grew with layer size).
 */
interface StreamInit {
  method: "GET" | "PUT";
  headers: Record<string, string>;
  /** A request body, streamed with backpressure. */
  body?: AsyncIterable<Uint8Array>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function streamRequest(url: string, init: StreamInit, redirectsLeft = 5): Promise<IncomingMessage> {
  const target = new URL(url);
  const transport = transportFor(target);
  return new Promise<IncomingMessage>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const request = transport.request(target, { method: init.method, headers: init.headers }, (response) => {
      const location = response.headers.location;
      if (init.method === "GET" && location && REDIRECTS.has(response.statusCode ?? 0) && redirectsLeft > 0) {
        response.resume();
        const next = new URL(location, target);
        // Storage behind a redirect (S3, a CDN) must not see the registry's credentials.
        const headers = { ...init.headers };
        if (next.origin !== target.origin) delete headers.authorization;
        settled = true;
        streamRequest(next.toString(), { ...init, headers }, redirectsLeft - 1).then(resolve, reject);
        return;
      }
      if (settled) {
        response.resume();
        return;
      }
      settled = true;
      resolve(response);
    });
    request.on("error", fail);
    if (init.body) {
      pipeline(Readable.from(init.body, { objectMode: false }), request).catch((error: unknown) => {
        request.destroy();
        fail(error);
      });
    } else {
      request.end();
    }
  });
}

export async function readText(response: IncomingMessage, limit = 4096): Promise<string> {
  let text = "";
  for await (const chunk of response) {
    if (text.length < limit) text += (chunk as Buffer).toString("utf8");
  }
  return text.slice(0, limit);
}
