import type { Credential, CredentialResolver } from "./credentials.ts";
import { isEcrHost } from "./ecr-host.ts";
import { RegistryError, UntrustedEndpointError } from "./errors.ts";
import type { Exchange, ExchangeInit } from "./http-exchange.ts";
import { isLinkLocalHost } from "./reference.ts";

/**
 * Answers a registry's `WWW-Authenticate` challenge (RFC 7235 as the distribution token spec
 * uses it): Basic with the host's credentials, or Bearer with a token from the realm for the
 * scopes at hand. Tokens are cached per host and scope set; a 401 drops the token so the next
 * attempt fetches a fresh one (tokens expire mid-copy).
 */
type Challenge = { scheme: "none" } | { scheme: "basic" } | { scheme: "bearer"; realm: string; service?: string };

export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!match) return undefined;
  const scheme = (match[1] ?? "").toLowerCase();
  const params: Record<string, string> = {};
  for (const param of (match[2] ?? "").matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
    params[(param[1] ?? "").toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
  }
  if (scheme === "basic") return { scheme: "basic" };
  if (scheme === "bearer" && params.realm) {
    return { scheme: "bearer", realm: params.realm, ...(params.service ? { service: params.service } : {}) };
  }
  return undefined;
}

/** localhost, 127.0.0.0/8 and ::1: the only hosts where plain http keeps credentials on the machine. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "::1";
}

/**
 * The realm a registry named for its tokens, checked before credentials go there: https, or
 * plain http only when the registry itself is on loopback; never a link-local/metadata host.
 */
export function checkRealm(registry: string, realm: string): URL {
  const fix = "use a registry whose token service is served over https";
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    throw new UntrustedEndpointError(
      `names a token service that is not a URL (${JSON.stringify(realm.slice(0, 200))})`,
      fix,
    );
  }
  const where = `${url.protocol}//${url.host}`;
  if (isLinkLocalHost(url.hostname)) {
    throw new UntrustedEndpointError(`names a token service in the link-local/metadata range (${where})`, fix);
  }
  if (url.protocol === "https:") return url;
  const registryHost = registry.replace(/:\d+$/, "");
  if (url.protocol === "http:" && isLoopbackHost(registryHost)) return url;
  throw new UntrustedEndpointError(
    `names a token service over ${url.protocol.replace(":", "")} (${where}); credentials are sent only over https`,
    fix,
  );
}

export function repositoryScope(repository: string, actions: "pull" | "pull,push"): string {
  return `repository:${repository}:${actions}`;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

interface AuthenticatorOptions {
  credentials: CredentialResolver;
  /** GET <endpoint>/v2/ answering status and WWW-Authenticate. */
  ping: (registry: string) => Promise<{ status: number; challenge: string | null }>;
  exchange: Exchange;
  mask: (secret: string) => void;
  now?: () => number;
}

export class Authenticator {
  private readonly options: AuthenticatorOptions;
  private readonly challenges = new Map<string, Promise<Challenge>>();
  private readonly credentials = new Map<string, Promise<Credential | undefined>>();
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  /** Tokens fetched so far (tests read it to see a refresh happen). */
  tokenFetches = 0;

  constructor(options: AuthenticatorOptions) {
    this.options = options;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private credential(registry: string): Promise<Credential | undefined> {
    let pending = this.credentials.get(registry);
    if (!pending) {
      pending = this.options.credentials(registry);
      this.credentials.set(registry, pending);
      pending.catch(() => this.credentials.delete(registry));
    }
    return pending;
  }

  private challenge(registry: string): Promise<Challenge> {
    let pending = this.challenges.get(registry);
    if (!pending) {
      // Amazon ECR challenges every client with Basic (its password is GetAuthorizationToken's),
      // so its ping would only say so, one round trip before anything else on that host. Should
      // it ever answer otherwise, the first 401 brings the real challenge (invalidate below).
      const known: Challenge | undefined = isEcrHost(registry) ? { scheme: "basic" } : undefined;
      pending = known
        ? Promise.resolve(known)
        : this.options.ping(registry).then(({ status, challenge }): Challenge => {
            if (status === 401) return parseChallenge(challenge) ?? { scheme: "basic" };
            return { scheme: "none" };
          });
      this.challenges.set(registry, pending);
      pending.catch(() => this.challenges.delete(registry));
    }
    return pending;
  }

  /** The Authorization header for a request needing `scopes`, or undefined for none. */
  async header(registry: string, scopes: string[]): Promise<string | undefined> {
    const challenge = await this.challenge(registry);
    if (challenge.scheme === "none") return undefined;
    const credential = await this.credential(registry);
    if (challenge.scheme === "basic") {
      if (credential?.kind === "basic") {
        return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
      }
      if (credential?.kind === "registry-token") return `Bearer ${credential.registryToken}`;
      return undefined;
    }
    const key = `${registry} ${[...scopes].sort().join(" ")}`;
    const cached = this.tokens.get(key);
    if (cached) {
      const token = await cached.catch(() => undefined);
      if (token && token.expiresAt > this.now()) return `Bearer ${token.token}`;
      this.tokens.delete(key);
    }
    const pending = this.fetchToken(registry, challenge, credential, scopes);
    this.tokens.set(key, pending);
    pending.catch(() => this.tokens.delete(key));
    return `Bearer ${(await pending).token}`;
  }

  /** After a 401: forget the token for these scopes, and learn a changed challenge. */
  invalidate(registry: string, scopes: string[], header: string | null): void {
    this.tokens.delete(`${registry} ${[...scopes].sort().join(" ")}`);
    const challenge = parseChallenge(header);
    if (challenge) this.challenges.set(registry, Promise.resolve(challenge));
  }

  private async fetchToken(
    registry: string,
    challenge: { realm: string; service?: string },
    credential: Credential | undefined,
    scopes: string[],
  ): Promise<CachedToken> {
    if (credential?.kind === "registry-token") {
      return { token: credential.registryToken, expiresAt: Number.POSITIVE_INFINITY };
    }
    const url = checkRealm(registry, challenge.realm);
    const headers: Record<string, string> = {};
    let init: ExchangeInit;
    if (credential?.kind === "identity-token") {
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credential.identityToken,
        client_id: "platform-promote-image",
        ...(challenge.service ? { service: challenge.service } : {}),
        scope: scopes.join(" "),
      });
      headers["content-type"] = "application/x-www-form-urlencoded";
      init = { method: "POST", headers, body: form.toString() };
    } else {
      if (challenge.service) url.searchParams.set("service", challenge.service);
      for (const scope of scopes) url.searchParams.append("scope", scope);
      if (credential?.kind === "basic") {
        headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
      }
      init = { method: "GET", headers };
    }
    // Transient failures surface to the registry request that needed the token, which retries.
    const response = await this.options.exchange(url, init);
    if (!response.ok) {
      const text = response.text();
      throw new RegistryError({
        status: response.status,
        method: init.method,
        url: url.toString(),
        detail: `token service: ${text.slice(0, 200).replace(/\s+/g, " ")}`,
      });
    }
    const body = response.json() as { token?: string; access_token?: string; expires_in?: number };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`token service ${url.origin}${url.pathname} answered without a token`);
    this.options.mask(token);
    this.tokenFetches++;
    // Renew a little early so a token does not lapse between check and use.
    const lifetime = Math.max(1, body.expires_in ?? 60) * 1000;
    return { token, expiresAt: this.now() + lifetime - Math.min(10_000, lifetime / 2) };
  }
}
