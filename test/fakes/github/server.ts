import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeContext } from "./context.ts";
import { listRefs } from "./git.ts";
import { handleGraphql } from "./graphql.ts";
import { type ApiRequest, type Caller, DOCS, HttpError, type Json, Router } from "./http.ts";
import {
  FORBIDDEN_MESSAGE,
  judge,
  type Need,
  ROUTE_PERMISSIONS,
  type RouteRule,
  type TokenGrant,
} from "./permissions.ts";
import type { FakeRepository } from "./repository.ts";
import { registerContents } from "./routes/contents.ts";
import { registerDeployments } from "./routes/deployments.ts";
import { registerGitData } from "./routes/git-data.ts";
import { registerIssues } from "./routes/issues.ts";
import { registerPulls } from "./routes/pulls.ts";
import { registerReleases } from "./routes/releases.ts";
import { registerRepos } from "./routes/repos.ts";
import { registerSearch } from "./routes/search.ts";
import { serveGit } from "./smart-http.ts";

export const API_PREFIX = "/api/v3";

export interface RecordedRequest {
  method: string;
  /** Below the API root for REST (/repos/o/r/issues), /graphql for GraphQL, the URL path for git. */
  path: string;
  /** The query string without "?", when there is one. */
  query?: string;
  status: number;
  body?: unknown;
}

/** A response of a REST route, kept for the contract test's OpenAPI validation. */
export interface RecordedResponse {
  method: string;
  template: string;
  status: number;
  body: unknown;
}

interface TokenInfo {
  grant: TokenGrant;
  remaining: number;
}

export interface FaultOptions {
  /** Extra response headers, e.g. `{ "retry-after": "0" }` or `{ "x-ratelimit-remaining": "0" }`. */
  headers?: Record<string, string>;
  message?: string;
}

interface Fault extends FaultOptions {
  match: RegExp;
  status: number;
  times: number;
}

const RATE_LIMIT = 5000;
const SECONDARY_LIMIT =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.";

export class FakeServer {
  readonly context: FakeContext;
  readonly router = new Router();
  readonly tokens = new Map<string, TokenInfo>();
  readonly requests: RecordedRequest[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly faults: Fault[] = [];
  readonly projectRoot: string;
  private server: Server | undefined;

  constructor(context: FakeContext, projectRoot: string) {
    this.context = context;
    this.projectRoot = projectRoot;
    registerRepos(this.router, context);
    registerGitData(this.router, context);
    registerContents(this.router, context);
    registerIssues(this.router, context);
    registerPulls(this.router, context);
    registerReleases(this.router, context);
    registerDeployments(this.router, context);
    registerSearch(this.router, context);
    this.router.add("GET", "/rate_limit", (request) => {
      const remaining = this.tokens.get(request.caller.token)?.remaining ?? RATE_LIMIT;
      const reset = Math.floor(Date.now() / 1000) + 3600;
      const core = { limit: RATE_LIMIT, remaining, used: RATE_LIMIT - remaining, reset };
      const fresh = (limit: number) => ({ limit, remaining: limit, used: 0, reset });
      return { status: 200, body: { resources: { core, search: fresh(30), graphql: fresh(5000) }, rate: core } };
    });
  }

  async listen(): Promise<number> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) response.statusCode = 500;
        response.end(String(error));
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private authenticate(header: string | undefined): Caller | "invalid" | undefined {
    if (!header) return undefined;
    const [scheme = "", value = ""] = header.split(/\s+/, 2);
    let token = value;
    if (scheme.toLowerCase() === "basic") {
      const decoded = Buffer.from(value, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      token = colon === -1 ? decoded : decoded.slice(colon + 1) || decoded.slice(0, colon);
    } else if (!["token", "bearer"].includes(scheme.toLowerCase())) {
      return "invalid";
    }
    const info = this.tokens.get(token);
    if (!info) return "invalid";
    return { token, login: info.grant.login, grant: info.grant };
  }

  /** The error GitHub answers when the token may not call this route, or undefined. */
  private refusal(rule: RouteRule | undefined, route: string, caller: Caller, params: Record<string, string>) {
    if (rule === undefined) return new HttpError(500, `GitHub fake: no permission entry for ${route}`);
    if (rule.kind === "public") return undefined;
    if (rule.kind === "user") return caller.grant.installation ? new HttpError(403, FORBIDDEN_MESSAGE) : undefined;
    const repository = this.context.repositories.get(`${params.owner}/${params.repo}`.toLowerCase());
    // An unknown repository is the route's own 404.
    if (!repository) return undefined;
    let anyOf = rule.anyOf;
    if (rule.pullRequestsOnlyOnPulls && !targetsPullRequest(repository, params)) {
      anyOf = anyOf.filter((all) => all.every((need: Need) => need.permission !== "pull-requests"));
    }
    const verdict = judge(caller.grant, repository, anyOf);
    if (verdict === "not-found") return new HttpError(404, "Not Found");
    if (verdict === "forbidden") return new HttpError(403, FORBIDDEN_MESSAGE);
    return undefined;
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find((f) => f.times > 0 && f.match.test(`${method} ${path}`));
    if (fault) fault.times -= 1;
    return fault;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const method = request.method ?? "GET";
    const isApi = url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`);
    const isGraphql = url.pathname === "/api/graphql" || url.pathname === `${API_PREFIX}/graphql`;
    const gitMatch = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(url.pathname);
    const path = isGraphql ? "/graphql" : isApi ? url.pathname.slice(API_PREFIX.length) || "/" : url.pathname;
    const record: RecordedRequest = { method, path, status: 0 };
    if (url.search) record.query = url.search.slice(1);
    this.requests.push(record);

    const fault = this.takeFault(method, path);
    if (fault) {
      request.resume();
      record.status = fault.status;
      // A 429 is GitHub's secondary rate limit: its message and a Retry-After (Octokit's
      // throttling recognises the message and waits 60 s when the header is missing or 0).
      const limited = fault.status === 429;
      const headers: Record<string, string> = limited ? { "retry-after": "1" } : {};
      const message = fault.message ?? (limited ? SECONDARY_LIMIT : `Injected failure ${fault.status}`);
      this.sendJson(response, fault.status, new HttpError(fault.status, message).body(), {
        ...headers,
        ...fault.headers,
      });
      return;
    }

    if (gitMatch && !isApi) {
      record.status = await this.handleGit(request, response, gitMatch, url);
      return;
    }
    if (!isApi && !isGraphql) {
      request.resume();
      record.status = 404;
      this.sendJson(response, 404, { message: "Not Found", documentation_url: DOCS });
      return;
    }

    const raw = await readBody(request);
    let body: Json = {};
    if (raw.length > 0) {
      try {
        const parsed: unknown = JSON.parse(raw.toString("utf8"));
        body = Array.isArray(parsed) ? { __array: parsed } : ((parsed ?? {}) as Json);
        record.body = parsed;
      } catch {
        record.status = 400;
        this.sendJson(response, 400, { message: "Problems parsing JSON", documentation_url: DOCS });
        return;
      }
    }

    const caller = this.authenticate(request.headers.authorization);
    if (caller === undefined || caller === "invalid") {
      record.status = 401;
      const message = caller === undefined ? "Requires authentication" : "Bad credentials";
      this.sendJson(response, 401, { message, documentation_url: DOCS, status: "401" });
      return;
    }
    const rate = this.rateHeaders(caller.token);

    if (isGraphql) {
      if (method !== "POST") {
        record.status = 404;
        this.sendJson(response, 404, { message: "Not Found", documentation_url: DOCS }, rate);
        return;
      }
      const result = await handleGraphql(this.context, body, caller);
      record.status = 200;
      this.sendJson(response, 200, result, rate);
      return;
    }

    const matched = this.router.match(method, path.replace(/\/+$/, "") || "/");
    if (matched === undefined || matched === "method") {
      record.status = 404;
      this.sendJson(response, 404, { message: "Not Found", documentation_url: DOCS, status: "404" }, rate);
      return;
    }
    const routeName = `${method} ${matched.route.template}`;
    const refused = this.refusal(ROUTE_PERMISSIONS[routeName], routeName, caller, matched.params);
    if (refused) {
      record.status = refused.status;
      this.responses.push({ method, template: matched.route.template, status: refused.status, body: refused.body() });
      this.sendJson(response, refused.status, refused.body(), rate);
      return;
    }
    const apiRequest: ApiRequest = {
      method,
      path,
      params: matched.params,
      query: url.searchParams,
      body,
      headers: request.headers,
      caller,
    };
    try {
      const result = await matched.route.handler(apiRequest);
      record.status = result.status;
      // Raw media types are not JSON: nothing to hold against the schema.
      if (!result.raw) {
        this.responses.push({ method, template: matched.route.template, status: result.status, body: result.body });
      }
      const headers = { ...rate, ...result.headers };
      if (result.raw) {
        response.writeHead(result.status, { "content-type": "application/vnd.github.raw", ...headers });
        response.end(result.raw);
      } else {
        this.sendJson(response, result.status, result.body, headers);
      }
    } catch (caught) {
      // A bug in the fake (or git refusing something) answers 500 with the reason, like an outage.
      const error = caught instanceof HttpError ? caught : new HttpError(500, `GitHub fake: ${String(caught)}`);
      record.status = error.status;
      this.responses.push({ method, template: matched.route.template, status: error.status, body: error.body() });
      this.sendJson(response, error.status, error.body(), { ...rate, ...error.headers });
    }
  }

  private async handleGit(
    request: IncomingMessage,
    response: ServerResponse,
    match: RegExpExecArray,
    url: URL,
  ): Promise<number> {
    const fullName = `${match[1]}/${match[2]}`;
    const repository = this.context.repositories.get(fullName.toLowerCase());
    const push =
      url.searchParams.get("service") === "git-receive-pack" || (match[3] ?? "").endsWith("/git-receive-pack");
    const caller = this.authenticate(request.headers.authorization);
    const challenge = (message: string): number => {
      request.resume();
      response.writeHead(401, { "www-authenticate": 'Basic realm="GitHub"', "content-type": "text/plain" });
      response.end(`${message}\n`);
      return 401;
    };
    if (caller === "invalid") return challenge("Invalid username or token. Password authentication is not supported.");
    if (caller === undefined && (push || !repository || repository.private))
      return challenge("Authentication required");
    if (!repository) {
      request.resume();
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("Repository not found.\n");
      return 404;
    }
    // Fetch needs Contents (read), push Contents (write), as for the REST git data routes.
    const verdict = caller
      ? judge(caller.grant, repository, [[{ permission: "contents", access: push ? "write" : "read" }]])
      : "allowed";
    // A fetch it may not make finds no repository, as GitHub answers a token without contents: read.
    if (verdict === "not-found" || (verdict === "forbidden" && !push)) {
      request.resume();
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("Repository not found.\n");
      return 404;
    }
    if (verdict === "forbidden") {
      request.resume();
      response.writeHead(403, { "content-type": "text/plain" });
      response.end(`Permission to ${repository.fullName}.git denied to ${caller?.login ?? ""}.\n`);
      return 403;
    }
    // git probes with an empty receive-pack POST before a chunked one: count pushes that moved refs.
    const receive = (match[3] ?? "").endsWith("/git-receive-pack");
    const before = receive ? JSON.stringify(await listRefs(repository.bareDir)) : "";
    const status = await serveGit(request, response, {
      projectRoot: this.projectRoot,
      pathInfo: `/${repository.fullName}.git${match[3] ?? ""}`,
      query: url.search.replace(/^\?/, ""),
      remoteUser: caller?.login ?? "",
    });
    if (receive && status === 200 && JSON.stringify(await listRefs(repository.bareDir)) !== before) {
      repository.counters.pushes += 1;
      repository.pushedAt = this.context.world.now();
    }
    return status;
  }

  private rateHeaders(token: string): Record<string, string> {
    const info = this.tokens.get(token);
    if (info) info.remaining = Math.max(info.remaining - 1, 0);
    const remaining = info?.remaining ?? RATE_LIMIT;
    return {
      "x-ratelimit-limit": String(RATE_LIMIT),
      "x-ratelimit-remaining": String(remaining),
      "x-ratelimit-used": String(RATE_LIMIT - remaining),
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-resource": "core",
      "x-github-api-version-selected": "2022-11-28",
    };
  }

  private sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    if (status === 204 || body === undefined) {
      response.writeHead(status, headers);
      response.end();
      return;
    }
    response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    response.end(JSON.stringify(body));
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Whether an issue route's number (or its comment's issue) is a pull request. */
function targetsPullRequest(repository: FakeRepository, params: Record<string, string>): boolean {
  let number = params.issue_number === undefined ? undefined : Number(params.issue_number);
  if (params.comment_id !== undefined) {
    const comment = repository.comments.find((c) => String(c.id) === params.comment_id);
    number = comment ? Number(comment.issue_url.split("/").pop()) : undefined;
  }
  return number !== undefined && repository.pull(number) !== undefined;
}
