import { createHash } from "node:crypto";
import type { Logger } from "@platform/action-kit";
import { silentLogger } from "@platform/action-kit";
import { Authenticator, repositoryScope } from "./auth.ts";
import { BULK_TRANSFER_BYTES } from "./bulk-transfer.ts";
import { type CredentialResolver, chainResolvers } from "./credentials.ts";
import { isDigest, sha256Digest } from "./digest.ts";
import { IntegrityError, isNetworkError, isRetryable, messageOf, RegistryError, redactUrl } from "./errors.ts";
import {
  type Exchange,
  type ExchangeResponse,
  exchange,
  headerValue,
  MAX_REDIRECTS,
  redirectOf,
} from "./http-exchange.ts";
import { type LentResponse, lentGet } from "./lent-http.ts";
import { type Descriptor, MANIFEST_ACCEPT, type ManifestJson, MediaType } from "./media-types.ts";
import { type Repository, registryEndpoint } from "./reference.ts";
import {
  DEFAULT_RETRY,
  parseRetryAfter,
  RetryBudget,
  type RetryPolicy,
  realSleep,
  type Sleep,
  withRetry,
} from "./retry.ts";
import { nodeUsesEnvProxy, proxiedGet, readText, streamUpload } from "./stream-http.ts";

/**
 * A client of the OCI distribution API (and Docker Registry HTTP API v2): manifests as raw
 * bytes, blobs as streams, uploads, mounts, tags and referrers; authentication, retries with
 * backoff, and resumable downloads. Nothing here buffers a whole blob.
 */
interface RegistryClientOptions {
  credentials?: CredentialResolver;
  logger?: Logger;
  /** Called with every secret the client learns (tokens) before it is used. */
  mask?: (secret: string) => void;
  retry?: RetryPolicy;
  sleep?: Sleep;
  /** Small exchanges (node:http by default; blob bytes always stream: lent-http.ts down, node:http up). */
  exchange?: Exchange;
  /** Base URL of a registry's API (default: https, http on loopback, Docker Hub's endpoint). */
  endpoint?: (registry: string) => string;
  /**
   * Called once, when BULK_TRANSFER_BYTES of blob data have been read (all streams together):
   * the process is now mostly moving bytes (see leanV8ForBulkTransfer). Default: nothing.
   */
  onBulkTransfer?: () => void;
}

export interface Manifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
  json: ManifestJson;
}

interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

type Body = Buffer | string;

interface RequestOptions {
  method: "GET" | "HEAD" | "PUT" | "POST" | "PATCH" | "DELETE";
  /** A path under the endpoint (`/v2/...`) or an absolute URL (an upload location). */
  path: string;
  scopes: string[];
  headers?: Record<string, string>;
  body?: Body;
  /** Statuses answered to the caller instead of thrown (404 for "is it there?"). */
  allow?: number[];
}

export class RegistryClient {
  readonly auth: Authenticator;
  private blobBytesRead = 0;
  /** Blob GETs: lent-http.ts, or node:http where Node routes HTTP through a proxy (stream-http.ts). */
  private readonly blobGet = nodeUsesEnvProxy() ? proxiedGet : lentGet;
  private readonly options: Required<Omit<RegistryClientOptions, "credentials" | "endpoint">> & {
    endpoint: (registry: string) => string;
  };

  constructor(options: RegistryClientOptions = {}) {
    this.options = {
      logger: options.logger ?? silentLogger,
      mask: options.mask ?? (() => {}),
      retry: options.retry ?? DEFAULT_RETRY,
      sleep: options.sleep ?? realSleep,
      exchange: options.exchange ?? exchange,
      endpoint: options.endpoint ?? registryEndpoint,
      onBulkTransfer: options.onBulkTransfer ?? (() => {}),
    };
    this.auth = new Authenticator({
      credentials: options.credentials ?? chainResolvers(),
      ping: (registry) => this.ping(registry),
      exchange: this.options.exchange,
      mask: this.options.mask,
    });
  }

  /** A fresh retry budget under this client's policy, for a loop withRetry cannot wrap (a streamed upload). */
  retryBudget(): RetryBudget {
    return new RetryBudget(this.options.retry, this.options.sleep);
  }

  endpoint(registry: string): string {
    return this.options.endpoint(registry);
  }

  /**
   * True when `url` is on the registry's own origin. Credentials go only there (and to the token
   * realm it names): an upload `Location` or a tags `Link` on another origin gets none.
   */
  private isOwnOrigin(registry: string, url: string): boolean {
    return new URL(url).origin === new URL(this.endpoint(registry)).origin;
  }

  /** One GET /v2/ (the request that needs it retries, so no retry of its own here). */
  private async ping(registry: string): Promise<{ status: number; challenge: string | null }> {
    const url = `${this.endpoint(registry)}/v2/`;
    const response = await this.options.exchange(url, { method: "GET" });
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      throw new RegistryError({
        status: response.status,
        method: "GET",
        url,
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      });
    }
    return { status: response.status, challenge: response.headers.get("www-authenticate") };
  }

  private readonly logRetry = (error: unknown, delayMs: number, attempt: number): void => {
    const message = messageOf(error);
    this.options.logger.info(`retrying in ${delayMs} ms (attempt ${attempt + 1}): ${message}`);
  };

  /**
   * One HTTP exchange with auth (no body, or bytes): a 401 drops the token and tries once more
   * with a fresh one; transient failures are retried with backoff. Blob bytes go through
   * readBlob and finishUpload instead.
   */
  async request(registry: string, options: RequestOptions): Promise<ExchangeResponse> {
    const url = /^https?:\/\//.test(options.path) ? options.path : `${this.endpoint(registry)}${options.path}`;
    const own = this.isOwnOrigin(registry, url);
    const once = async (): Promise<ExchangeResponse> => {
      for (let authAttempt = 0; ; authAttempt++) {
        const authorization = own ? await this.auth.header(registry, options.scopes) : undefined;
        const headers: Record<string, string> = { ...(options.headers ?? {}) };
        if (authorization) headers.authorization = authorization;
        const response = await this.options.exchange(url, {
          method: options.method,
          headers,
          ...(options.body !== undefined ? { body: options.body } : {}),
        });
        if (response.status === 401) {
          // Another origin's challenge is not the registry's: it must not redirect our credentials.
          if (!own) throw new RegistryError({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
          this.auth.invalidate(registry, options.scopes, response.headers.get("www-authenticate"));
          if (authAttempt === 0) continue;
          throw new RegistryError({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
        }
        if (response.ok || options.allow?.includes(response.status)) return response;
        throw errorFrom(response, options.method, url);
      }
    };
    return withRetry(once, { policy: this.options.retry, sleep: this.options.sleep, onRetry: this.logRetry });
  }

  // ---- manifests ----

  async getManifest(repo: Repository, reference: string): Promise<Manifest> {
    const response = await this.request(repo.registry, {
      method: "GET",
      path: `/v2/${repo.repository}/manifests/${reference}`,
      scopes: [repositoryScope(repo.repository, "pull")],
      headers: { accept: MANIFEST_ACCEPT },
    });
    const bytes = response.body;
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && digest !== reference) {
      throw new IntegrityError(`manifest ${reference} of ${repo.registry}/${repo.repository} has digest ${digest}`);
    }
    let json: ManifestJson;
    try {
      json = JSON.parse(bytes.toString("utf8")) as ManifestJson;
    } catch {
      throw new IntegrityError(`manifest ${reference} of ${repo.registry}/${repo.repository} is not JSON`);
    }
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
    const mediaType = json.mediaType ?? (contentType || (json.manifests ? MediaType.OciIndex : MediaType.OciManifest));
    return { bytes, mediaType, digest, json };
  }

  /** The manifest's digest, type and size, or undefined when absent. */
  async headManifest(repo: Repository, reference: string, push = false): Promise<ManifestHead | undefined> {
    const response = await this.request(repo.registry, {
      method: "HEAD",
      path: `/v2/${repo.repository}/manifests/${reference}`,
      scopes: [repositoryScope(repo.repository, push ? "pull,push" : "pull")],
      headers: { accept: MANIFEST_ACCEPT },
      allow: [404],
    });
    if (response.status === 404) return undefined;
    const digest = response.headers.get("docker-content-digest");
    if (!digest) {
      const manifest = await this.getManifest(repo, reference);
      return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
    }
    return {
      digest,
      mediaType: (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "",
      size: Number(response.headers.get("content-length") ?? 0),
    };
  }

  /** Puts the bytes as they are (so the digest is unchanged); answers the `OCI-Subject` header if any. */
  async putManifest(
    repo: Repository,
    reference: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<{ digest: string; subject: string | undefined }> {
    const response = await this.request(repo.registry, {
      method: "PUT",
      path: `/v2/${repo.repository}/manifests/${reference}`,
      scopes: [repositoryScope(repo.repository, "pull,push")],
      headers: { "content-type": mediaType },
      body: bytes,
    });
    return {
      digest: response.headers.get("docker-content-digest") ?? sha256Digest(bytes),
      subject: response.headers.get("oci-subject") ?? undefined,
    };
  }

  // ---- blobs ----

  async headBlob(repo: Repository, digest: string, push = false): Promise<number | undefined> {
    const response = await this.request(repo.registry, {
      method: "HEAD",
      path: `/v2/${repo.repository}/blobs/${digest}`,
      scopes: [repositoryScope(repo.repository, push ? "pull,push" : "pull")],
      allow: [404],
    });
    if (response.status === 404) return undefined;
    return Number(response.headers.get("content-length") ?? 0);
  }

  /** Cross-repository mount; when refused, the registry opens an upload session instead. */
  async mountBlob(
    repo: Repository,
    digest: string,
    from: string,
  ): Promise<{ mounted: true } | { mounted: false; location: string }> {
    const response = await this.request(repo.registry, {
      method: "POST",
      path: `/v2/${repo.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      scopes: [repositoryScope(repo.repository, "pull,push"), repositoryScope(from, "pull")],
    });
    if (response.status === 201) return { mounted: true };
    return { mounted: false, location: this.location(repo.registry, response) };
  }

  /**
   * Abandons an upload session nothing will use (a refused mount of a blob the target had). Best
   * effort: a registry expires sessions on its own, so a failure is only logged.
   */
  async cancelUpload(repo: Repository, location: string): Promise<void> {
    try {
      await this.request(repo.registry, {
        method: "DELETE",
        path: location,
        scopes: [repositoryScope(repo.repository, "pull,push")],
        allow: [404],
      });
    } catch (error) {
      this.options.logger.debug(`upload session ${redactUrl(location)} left open: ${messageOf(error)}`);
    }
  }

  async startUpload(repo: Repository): Promise<string> {
    const response = await this.request(repo.registry, {
      method: "POST",
      path: `/v2/${repo.repository}/blobs/uploads/`,
      scopes: [repositoryScope(repo.repository, "pull,push")],
    });
    return this.location(repo.registry, response);
  }

  private location(registry: string, response: ExchangeResponse): string {
    const location = response.headers.get("location");
    if (!location) throw new Error(`${registry} opened an upload without a Location header`);
    return new URL(location, `${this.endpoint(registry)}/`).toString();
  }

  /**
   * Monolithic upload: one `PUT <location>?digest=` with the body (bytes or a stream) and its
   * Content-Length. The registry checks the digest too.
   */
  async finishUpload(
    repo: Repository,
    location: string,
    digest: string,
    size: number,
    body: Buffer | AsyncIterable<Uint8Array>,
  ): Promise<void> {
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    const headers = { "content-type": "application/octet-stream", "content-length": String(size) };
    const scopes = [repositoryScope(repo.repository, "pull,push")];
    if (Buffer.isBuffer(body)) {
      await this.request(repo.registry, {
        method: "PUT",
        path: url.toString(),
        scopes,
        headers,
        body,
      });
      return;
    }
    const target = url.toString();
    const own = this.isOwnOrigin(repo.registry, target);
    const authorization = own ? await this.auth.header(repo.registry, scopes) : undefined;
    const response = await streamUpload(target, { ...headers, ...(authorization ? { authorization } : {}) }, body);
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) {
      response.resume();
      return;
    }
    const text = await readText(response).catch(() => "");
    throw this.transferError(
      repo,
      scopes,
      own,
      answered(status, (name) => response.headers[name], text),
      "PUT",
      target,
    );
  }

  /**
   * Chunked upload, only for a registry that refuses a monolithic one (413): PATCH chunks of
   * `chunkSize` bytes (at least the registry's `OCI-Chunk-Min-Length`) with `Content-Range`,
   * then `PUT ?digest=` with no body. One chunk is held in memory at a time.
   */
  async uploadChunked(
    repo: Repository,
    digest: string,
    body: AsyncIterable<Uint8Array>,
    chunkSize = 8 * 1024 * 1024,
  ): Promise<void> {
    const scopes = [repositoryScope(repo.repository, "pull,push")];
    const start = await this.request(repo.registry, {
      method: "POST",
      path: `/v2/${repo.repository}/blobs/uploads/`,
      scopes,
    });
    let location = this.location(repo.registry, start);
    const size = Math.max(chunkSize, Number(start.headers.get("oci-chunk-min-length") ?? 0));
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    /** Sends exactly `size` bytes (the last chunk: what is left), keeping the remainder. */
    const flush = async (): Promise<void> => {
      const all = Buffer.concat(pending, pendingBytes);
      const chunk = all.subarray(0, Math.min(size, all.length));
      const rest = all.subarray(chunk.length);
      pending = rest.length ? [rest] : [];
      pendingBytes = rest.length;
      const response = await this.request(repo.registry, {
        method: "PATCH",
        path: location,
        scopes,
        headers: {
          "content-type": "application/octet-stream",
          "content-length": String(chunk.length),
          "content-range": `${offset}-${offset + chunk.length - 1}`,
        },
        body: chunk,
      });
      location = this.location(repo.registry, response);
      offset += chunk.length;
    };
    for await (const data of body) {
      // A copy: the chunk is lent, and its buffer reused once the next one is asked for.
      pending.push(Buffer.from(data));
      pendingBytes += data.byteLength;
      while (pendingBytes >= size) await flush();
    }
    if (pendingBytes > 0) await flush();
    const url = new URL(location);
    url.searchParams.set("digest", digest);
    await this.request(repo.registry, {
      method: "PUT",
      path: url.toString(),
      scopes,
      headers: { "content-length": "0" },
      body: Buffer.alloc(0),
    });
  }

  /** Pushes a small blob held in memory (configs, SBOMs); skips it when present. */
  async pushBlob(repo: Repository, bytes: Buffer, mediaType = "application/octet-stream"): Promise<Descriptor> {
    const digest = sha256Digest(bytes);
    if ((await this.headBlob(repo, digest, true)) === undefined) {
      const location = await this.startUpload(repo);
      await this.finishUpload(repo, location, digest, bytes.length, bytes);
    }
    return { mediaType, digest, size: bytes.length };
  }

  /**
   * A blob as a stream of chunks, verified against size and digest as it flows: the chunk with
   * the last byte comes only once both match, so a bad blob never completes an upload. A broken
   * body resumes with `Range` from the byte it stopped at.
   *
   * Each chunk is lent (lent-http.ts): it is valid until the next one is asked for, so a
   * consumer that keeps bytes copies them, and a writer finishes its write before asking.
   */
  async *readBlob(repo: Repository, digest: string, size: number): AsyncGenerator<Uint8Array> {
    const hash = createHash("sha256");
    let offset = 0;
    const budget = this.retryBudget();
    let authRetried = false;
    const verify = (): void => {
      const actual = `sha256:${hash.digest("hex")}`;
      if (actual !== digest) {
        throw new IntegrityError(
          `blob ${digest} of ${repo.registry}/${repo.repository} read as ${actual} (${offset} bytes)`,
        );
      }
    };
    for (;;) {
      let response: LentResponse;
      try {
        response = await this.getBlob(repo, digest, offset);
      } catch (error) {
        // A token that lapsed: the 401 dropped it, so the next attempt fetches a fresh one at once.
        const expired = error instanceof RegistryError && error.status === 401 && !authRetried;
        if (expired) authRetried = true;
        if (!(expired || isRetryable(error))) throw error;
        await budget.spend(error, { wait: !expired });
        continue;
      }
      // A server that ignores Range answers 200 from byte 0: skip what we already have.
      let skip = offset > 0 && response.status !== 206 ? offset : 0;
      try {
        for await (let data of response) {
          if (skip > 0) {
            const dropped = Math.min(skip, data.length);
            data = data.subarray(dropped);
            skip -= dropped;
            if (data.length === 0) continue;
          }
          if (offset + data.length > size) throw new IntegrityError(`blob ${digest} is larger than its ${size} bytes`);
          hash.update(data);
          offset += data.length;
          const before = this.blobBytesRead;
          this.blobBytesRead += data.length;
          if (before < BULK_TRANSFER_BYTES && this.blobBytesRead >= BULK_TRANSFER_BYTES) this.options.onBulkTransfer();
          if (offset === size) verify();
          yield data;
        }
      } catch (error) {
        if (error instanceof IntegrityError || !isNetworkError(error)) throw error;
        await budget.spend(error, {
          onRetry: () => this.options.logger.info(`download of ${digest} broke at byte ${offset}; resuming`),
        });
        continue;
      }
      if (offset < size) {
        // The body ended early without an error: ask again from where it stopped, no pause.
        await budget.spend(new IntegrityError(`blob ${digest} ended at byte ${offset} of ${size}`), { wait: false });
        continue;
      }
      break;
    }
    if (size === 0) verify();
  }

  /** A whole blob held in memory (a config): readBlob's checks, its lent chunks copied. */
  async readBlobBytes(repo: Repository, digest: string, size: number): Promise<Buffer> {
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    for await (const chunk of this.readBlob(repo, digest, size)) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }

  /**
   * One GET of a blob's body from `offset`, over lent-http.ts (over node:http when Node routes
   * HTTP through a proxy, which lent-http does not speak: stream-http.ts). Redirects are followed (storage
   * behind one, S3 or a CDN, gets no credentials); an answer other than 2xx is thrown.
   */
  private async getBlob(repo: Repository, digest: string, offset: number): Promise<LentResponse> {
    const scopes = [repositoryScope(repo.repository, "pull")];
    const authorization = await this.auth.header(repo.registry, scopes);
    const range: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-` } : {};
    let url = new URL(`${this.endpoint(repo.registry)}/v2/${repo.repository}/blobs/${digest}`);
    let own = true;
    for (let redirects = 0; ; redirects++) {
      const response = await this.blobGet(url, { ...range, ...(own && authorization ? { authorization } : {}) });
      const redirect =
        redirects < MAX_REDIRECTS ? redirectOf(url, response.status, response.headers.location, "GET") : undefined;
      if (redirect) {
        await response.text(0);
        own &&= redirect.sameOrigin;
        url = redirect.next;
        continue;
      }
      if (response.status >= 200 && response.status < 300) return response;
      const text = await response.text().catch(() => "");
      const answer = answered(response.status, (name) => response.headers[name], text);
      throw this.transferError(repo, scopes, own, answer, "GET", url.toString());
    }
  }

  /**
   * The error for a blob transfer's answer other than 2xx. A 401 from the registry itself drops
   * the token, and the caller retries the transfer once with a fresh one.
   */
  private transferError(
    repo: Repository,
    scopes: string[],
    own: boolean,
    answer: Answer,
    method: string,
    url: string,
  ): RegistryError {
    if (answer.status === 401 && own)
      this.auth.invalidate(repo.registry, scopes, answer.headers.get("www-authenticate"));
    return errorFrom(answer, method, url);
  }

  // ---- tags and referrers ----

  /** Every tag, following `Link: <...>; rel="next"` pages. An absent repository has none. */
  async listTags(repo: Repository, pageSize = 1000): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
    while (next) {
      const response: ExchangeResponse = await this.request(repo.registry, {
        method: "GET",
        path: next,
        scopes: [repositoryScope(repo.repository, "pull")],
        allow: [404],
      });
      if (response.status === 404) return tags;
      const body = response.json() as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get("link") ?? "");
      next = link?.[1] ? new URL(link[1], `${this.endpoint(repo.registry)}/`).toString() : undefined;
    }
    return tags;
  }

  /**
   * Referrers of a manifest through the OCI 1.1 referrers API; undefined when the registry
   * has no such API (the caller then reads the `sha256-<hex>` fallback tag).
   */
  async referrersApi(repo: Repository, digest: string): Promise<Descriptor[] | undefined> {
    const response = await this.request(repo.registry, {
      method: "GET",
      path: `/v2/${repo.repository}/referrers/${digest}`,
      scopes: [repositoryScope(repo.repository, "pull")],
      headers: { accept: MediaType.OciIndex },
      allow: [400, 404, 405],
    });
    if (!response.ok) return undefined;
    const contentType = response.headers.get("content-type") ?? "";
    if (!contentType.includes(MediaType.OciIndex)) return undefined;
    const body = response.json() as ManifestJson;
    return body.manifests ?? [];
  }
}

/** What errorFrom reads of an answer: a small exchange's, or a streamed one's read for its error. */
interface Answer {
  status: number;
  headers: { get(name: string): string | null };
  text(): string;
}

function answered(status: number, header: (name: string) => string | string[] | undefined, text: string): Answer {
  return {
    status,
    headers: { get: (name) => headerValue(header(name)) },
    text: () => text,
  };
}

function errorFrom(response: Answer, method: string, url: string): RegistryError {
  let code: string | undefined;
  let detail: string | undefined;
  if (method !== "HEAD") {
    const text = response.text();
    try {
      const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      code = body.errors?.[0]?.code;
      detail = body.errors?.[0]?.message;
    } catch {
      detail = text.slice(0, 200).replace(/\s+/g, " ").trim() || undefined;
    }
  }
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  return new RegistryError({
    status: response.status,
    method,
    url: redactUrl(url),
    ...(code ? { code } : {}),
    ...(detail ? { detail } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
