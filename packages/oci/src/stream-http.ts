import type { ClientRequest, IncomingMessage } from "node:http";
import { headerValue, transportFor } from "./http-exchange.ts";
import type { LentResponse } from "./lent-http.ts";

/**
 * A streamed upload (`PUT` of blob bytes) over node:http(s): the body goes to the socket one
 * chunk at a time, each written before the next is asked for. That is the contract of the
 * chunks a download lends (lent-http.ts): a chunk is a view of a read buffer that is reused
 * once the next chunk is asked for. It also holds a copy to one chunk per upload in user space
 * whatever the blob's size (fetch with a streamed request body buffered far ahead of the
 * socket in our measurements, so memory grew with layer size).
 */
export function streamUpload(
  url: string,
  headers: Record<string, string>,
  body: AsyncIterable<Uint8Array>,
): Promise<IncomingMessage> {
  const target = new URL(url);
  return new Promise<IncomingMessage>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const request = transportFor(target).request(target, { method: "PUT", headers }, (response) => {
      if (settled) {
        response.resume();
        return;
      }
      settled = true;
      resolve(response);
    });
    request.on("error", fail);
    writeBody(request, body).catch((error: unknown) => {
      request.destroy();
      fail(error);
    });
  });
}

async function writeBody(request: ClientRequest, body: AsyncIterable<Uint8Array>): Promise<void> {
  // A request closed early (an error answered before the body's end) fails the pending write.
  // One listener for the whole body: a Promise.race per chunk against a promise of the close
  // would leave a reaction per chunk on it, thousands per large blob, held until the end.
  let failWrite: ((error: Error) => void) | undefined;
  let closed: Error | undefined;
  request.once("close", () => {
    closed = Object.assign(new Error("upload closed before its body was sent"), { code: "ECONNRESET" });
    failWrite?.(closed);
  });
  for await (const chunk of body) {
    if (closed) throw closed;
    await new Promise<void>((resolve, reject) => {
      failWrite = reject;
      request.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
  }
  failWrite = undefined;
  request.end();
}

export async function readText(response: IncomingMessage, limit = 4096): Promise<string> {
  let text = "";
  for await (const chunk of response) {
    if (text.length < limit) text += (chunk as Buffer).toString("utf8");
  }
  return text.slice(0, limit);
}

/**
 * True when Node itself routes node:http(s) through the environment's proxy
 * (NODE_USE_ENV_PROXY=1 or --use-env-proxy, with HTTP(S)_PROXY set). lent-http.ts connects
 * directly, so blob GETs then go over node:http (proxiedGet), as the small exchanges do.
 */
export function nodeUsesEnvProxy(env: NodeJS.ProcessEnv = process.env, execArgv = process.execArgv): boolean {
  const enabled =
    env.NODE_USE_ENV_PROXY === "1" ||
    execArgv.includes("--use-env-proxy") ||
    /(^|\s)--use-env-proxy(\s|$)/.test(env.NODE_OPTIONS ?? "");
  return enabled && Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

/**
 * A GET over node:http(s), answered as a LentResponse. Its chunks are node:http's own buffers,
 * never reused, so the lent contract holds trivially; what it costs is the garbage lent-http.ts
 * avoids. For a process whose HTTP goes through a proxy (nodeUsesEnvProxy).
 */
export function proxiedGet(url: URL, headers: Record<string, string>): Promise<LentResponse> {
  return new Promise<LentResponse>((resolve, reject) => {
    const request = transportFor(url).request(url, { method: "GET", headers }, (response) => {
      const joined: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        const text = headerValue(value);
        if (text !== null) joined[name] = text;
      }
      const chunks = response[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
      const answer: LentResponse = {
        status: response.statusCode ?? 0,
        headers: joined,
        next: () => chunks.next(),
        return: async () => {
          response.destroy();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]: () => answer,
        text: (limit) => readText(response, limit),
        destroy: () => response.destroy(),
      };
      resolve(answer);
    });
    request.on("error", reject);
    request.end();
  });
}
