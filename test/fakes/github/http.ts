import type { IncomingHttpHeaders } from "node:http";
import type { TokenGrant } from "./permissions.ts";

export const DOCS = "https://docs.github.com/rest";

export type Json = Record<string, unknown>;

/** An error answered with GitHub's body shape: `{ message, documentation_url, ...extra }`. */
export class HttpError extends Error {
  readonly status: number;
  readonly extra: Json;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, extra: Json = {}, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
    this.headers = headers;
  }

  body(): Json {
    return { message: this.message, ...this.extra, documentation_url: DOCS, status: String(this.status) };
  }
}

export const notFound = (): HttpError => new HttpError(404, "Not Found");

/** GitHub's 422: `{ message: "Validation Failed", errors: [{ resource, field, code }] }`. */
export function validationFailed(errors: Json[], message = "Validation Failed"): HttpError {
  return new HttpError(422, message, { errors });
}

export function missingField(resource: string, field: string): HttpError {
  return validationFailed([{ resource, field, code: "missing_field" }]);
}

export interface Caller {
  token: string;
  login: string;
  /** What the token may touch (permissions.ts decides with it before a route runs). */
  grant: TokenGrant;
}

export interface ApiRequest {
  method: string;
  /** Path below the API root, e.g. /repos/o/r/issues. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  headers: IncomingHttpHeaders;
  caller: Caller;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as is instead of JSON (raw media types). */
  raw?: Buffer;
}

export type Handler = (request: ApiRequest) => Promise<ApiResponse> | ApiResponse;

export interface Route {
  method: string;
  /** The OpenAPI path template, so recorded responses can be validated against the operation. */
  template: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

/** Parameters that may contain slashes (refs, file paths, `base...head`). */
const GREEDY = new Set(["path", "ref", "basehead", "branch"]);

export class Router {
  readonly routes: Route[] = [];

  add(method: string, template: string, handler: Handler): void {
    const names: string[] = [];
    const source = template.replace(/\{([a-z_]+)\}/g, (_match, name: string) => {
      names.push(name);
      return GREEDY.has(name) ? "(.+)" : "([^/]+)";
    });
    this.routes.push({ method, template, regex: new RegExp(`^${source}$`), names, handler });
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | "method" | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.regex.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1] ?? "");
      });
      return { route, params };
    }
    return pathMatched ? "method" : undefined;
  }
}

// ---- request body helpers: GitHub answers a wrong type with 422 "Invalid request." ----

function invalid(detail: string): HttpError {
  return new HttpError(422, `Invalid request.\n\n${detail}`);
}

export function optionalString(body: Json, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalid(`For '${key}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

export function nullableString(body: Json, key: string): string | null | undefined {
  if (body[key] === null) return null;
  return optionalString(body, key);
}

export function requiredString(body: Json, key: string, resource: string): string {
  const value = optionalString(body, key);
  if (value === undefined || value === "") throw missingField(resource, key);
  return value;
}

export function optionalBoolean(body: Json, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw invalid(`For '${key}', ${JSON.stringify(value)} is not a boolean.`);
  return value;
}

export function optionalNumber(body: Json, key: string): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== "number") throw invalid(`For '${key}', ${JSON.stringify(value)} is not a number.`);
  return value;
}

export function optionalArray(body: Json, key: string): unknown[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalid(`For '${key}', ${JSON.stringify(value)} is not an array.`);
  return value;
}

export function optionalObject(body: Json, key: string): Json | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalid(`For '${key}', ${JSON.stringify(value)} is not an object.`);
  }
  return value as Json;
}

export function stringArray(body: Json, key: string): string[] | undefined {
  const values = optionalArray(body, key);
  if (values === undefined) return undefined;
  return values.map((value) => {
    if (typeof value === "string") return value;
    // Labels may also be given as `{ name }` objects.
    if (value && typeof value === "object" && typeof (value as Json).name === "string")
      return (value as Json).name as string;
    throw invalid(`For '${key}', ${JSON.stringify(value)} is not a string.`);
  });
}

// ---- pagination: per_page (default 30, max 100), page, and the Link header ----

export function paginate<T>(request: ApiRequest, items: T[], apiUrl: string): ApiResponse {
  const perPage = Math.min(Math.max(Number(request.query.get("per_page") ?? 30) || 30, 1), 100);
  const page = Math.max(Number(request.query.get("page") ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (target: number, rel: string): string => {
    const query = new URLSearchParams(request.query);
    query.set("per_page", String(perPage));
    query.set("page", String(target));
    return `<${apiUrl}${request.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < lastPage) links.push(link(page + 1, "next"), link(lastPage, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { status: 200, body: slice, headers: links.length ? { link: links.join(", ") } : {} };
}

export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
