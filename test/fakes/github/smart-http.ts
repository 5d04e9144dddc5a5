import { spawn } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Serves git's smart HTTP protocol through the real `git http-backend` CGI: clone, fetch
 * and push behave exactly as git does, including protocol v2 and gzip request bodies.
 * Resolves with the HTTP status the backend answered.
 */
export function serveGit(
  request: IncomingMessage,
  response: ServerResponse,
  options: { projectRoot: string; pathInfo: string; query: string; remoteUser: string },
): Promise<number> {
  return new Promise((resolve) => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      GIT_PROJECT_ROOT: options.projectRoot,
      GIT_HTTP_EXPORT_ALL: "1",
      GIT_CONFIG_NOSYSTEM: "1",
      HOME: options.projectRoot,
      PATH_INFO: options.pathInfo,
      QUERY_STRING: options.query,
      REQUEST_METHOD: request.method ?? "GET",
      CONTENT_TYPE: request.headers["content-type"] ?? "",
      REMOTE_USER: options.remoteUser,
      REMOTE_ADDR: "127.0.0.1",
      SERVER_PROTOCOL: "HTTP/1.1",
    };
    const length = request.headers["content-length"];
    if (length) env.CONTENT_LENGTH = length;
    const encoding = request.headers["content-encoding"];
    if (encoding) env.HTTP_CONTENT_ENCODING = encoding;
    const protocol = request.headers["git-protocol"];
    if (typeof protocol === "string") env.GIT_PROTOCOL = protocol;

    const child = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
    request.pipe(child.stdin);
    child.stdin.on("error", () => undefined);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });

    let head = Buffer.alloc(0);
    let headersSent = false;
    let status = 200;
    child.stdout.on("data", (chunk: Buffer) => {
      if (headersSent) {
        response.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const text = head.toString("latin1");
      const crlf = text.indexOf("\r\n\r\n");
      const lf = text.indexOf("\n\n");
      const end = crlf !== -1 && (lf === -1 || crlf < lf) ? crlf + 4 : lf !== -1 ? lf + 2 : -1;
      if (end === -1) return;
      for (const line of text.slice(0, end).split(/\r?\n/)) {
        const colon = line.indexOf(":");
        if (colon === -1) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10) || 200;
        else response.setHeader(name, value);
      }
      response.statusCode = status;
      headersSent = true;
      const rest = head.subarray(end);
      if (rest.length > 0) response.write(rest);
    });
    child.on("close", (code) => {
      if (!headersSent) {
        status = 500;
        response.statusCode = 500;
        response.end(`git http-backend failed (${code}): ${stderr}`);
      } else {
        response.end();
      }
      resolve(status);
    });
    child.on("error", () => {
      if (!response.headersSent) response.statusCode = 500;
      response.end();
      resolve(500);
    });
  });
}
