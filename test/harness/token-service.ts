import { execFileSync } from "node:child_process";
import { createSign, randomUUID, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * A loopback token service for the registry's `token` auth (the Docker/OCI token protocol
 * that GHCR and Docker Hub use): `GET realm?service=&scope=` with optional Basic credentials
 * answers `{ token, access_token, expires_in, issued_at }`, a JWT signed with a generated key
 * whose self-signed certificate travels in the `x5c` header and in the registry's
 * `rootcertbundle`.
 */
export interface TokenUser {
  password: string;
  /** An OAuth2 refresh token (docker config `identitytoken`) accepted by `POST realm`. */
  refreshToken?: string;
  /** Actions this user may be granted on any repository (default pull, push, delete). */
  actions?: string[];
}

export interface TokenServiceOptions {
  /** Directory for the key and certificate. */
  dir: string;
  users: Record<string, TokenUser>;
  /** Actions granted without credentials (default none: anonymous gets an empty access list). */
  anonymousActions?: string[];
  issuer?: string;
  service?: string;
  /** Seconds a token is valid for (default 300). */
  lifetimeSeconds?: number;
}

export interface TokenRequestRecord {
  user: string | undefined;
  scopes: string[];
  status: number;
}

export interface TokenService {
  url: string;
  realm: string;
  service: string;
  issuer: string;
  /** PEM certificate bundle for the registry's `rootcertbundle`. */
  certPath: string;
  requests: TokenRequestRecord[];
  /** Tokens issued so far. */
  readonly issued: number;
  /**
   * Makes later tokens expire this many seconds after issue. The registry allows 60 s of
   * clock skew (distribution's `Leeway`), which is subtracted here so the effective lifetime
   * is what is asked for. `announce` makes `expires_in` claim another lifetime (a token that
   * lapses before the client expects: it learns so from a 401).
   */
  setLifetime(seconds: number, options?: { announce?: number }): void;
  stop(): Promise<void>;
}

/** distribution/registry/auth/token: exp and nbf are checked with 60 s of leeway. */
const REGISTRY_LEEWAY_SECONDS = 60;

const base64url = (data: Buffer | string): string => Buffer.from(data).toString("base64url");

export async function startTokenService(options: TokenServiceOptions): Promise<TokenService> {
  const keyPath = path.join(options.dir, "token.key");
  const certPath = path.join(options.dir, "token.crt");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      keyPath,
      "-out",
      certPath,
      "-days",
      "2",
      "-subj",
      "/CN=platform-test-token-issuer",
    ],
    { stdio: "ignore" },
  );
  const key = readFileSync(keyPath, "utf8");
  const certDer = new X509Certificate(readFileSync(certPath)).raw.toString("base64");
  const issuer = options.issuer ?? "platform-test-issuer";
  const service = options.service ?? "platform-test-registry";
  let lifetime = options.lifetimeSeconds ?? 300;
  /** What `expires_in` says; differs from the real lifetime to model a token revoked early. */
  let announced: number | undefined;
  let issued = 0;
  const requests: TokenRequestRecord[] = [];

  const sign = (subject: string, access: { type: string; name: string; actions: string[] }[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: "JWT", alg: "RS256", x5c: [certDer] };
    const claims = {
      iss: issuer,
      sub: subject,
      aud: service,
      iat: now,
      nbf: now - 5,
      exp: now + lifetime - REGISTRY_LEEWAY_SECONDS,
      jti: randomUUID(),
      access,
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign("RSA-SHA256").update(input).sign(key);
    return `${input}.${base64url(signature)}`;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const deny = (name: string | undefined, scopes: string[], message: string): void => {
      requests.push({ user: name, scopes, status: 401 });
      res.writeHead(401, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message }] }));
    };
    if (req.method === "POST") {
      // OAuth2 (docker's identity token): grant_type=refresh_token in a form body.
      let body = "";
      req.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on("end", () => {
        const form = new URLSearchParams(body);
        const scopes = (form.get("scope") ?? "").split(" ").filter(Boolean);
        const entry = Object.entries(options.users).find(([, u]) => u.refreshToken === form.get("refresh_token"));
        if (form.get("grant_type") !== "refresh_token" || !entry) {
          deny(undefined, scopes, "invalid refresh token");
          return;
        }
        issue(entry[0], entry[1].actions ?? ["pull", "push", "delete"], scopes);
      });
      return;
    }
    const scopes = url.searchParams.getAll("scope").flatMap((s) => s.split(" ").filter(Boolean));
    const header = req.headers.authorization ?? "";
    if (header.startsWith("Basic ")) {
      const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
      const at = decoded.indexOf(":");
      const name = decoded.slice(0, at);
      const entry = options.users[name];
      if (at < 0 || !entry || entry.password !== decoded.slice(at + 1)) {
        deny(name, scopes, "invalid username or password");
        return;
      }
      issue(name, entry.actions ?? ["pull", "push", "delete"], scopes);
      return;
    }
    issue(undefined, options.anonymousActions ?? [], scopes);

    function issue(user: string | undefined, granted: string[], scopes: string[]): void {
      const access = scopes.flatMap((scope) => {
        const first = scope.indexOf(":");
        const last = scope.lastIndexOf(":");
        if (first < 0 || last === first) return [];
        const actions = scope
          .slice(last + 1)
          .split(",")
          .filter((a) => granted.includes(a) || (a === "*" && granted.includes("push")));
        return actions.length ? [{ type: scope.slice(0, first), name: scope.slice(first + 1, last), actions }] : [];
      });
      const token = sign(user ?? "", access);
      issued++;
      requests.push({ user, scopes, status: 200 });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          token,
          access_token: token,
          expires_in: announced ?? lifetime,
          issued_at: new Date().toISOString(),
        }),
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    realm: `${url}/token`,
    service,
    issuer,
    certPath,
    requests,
    get issued() {
      return issued;
    },
    setLifetime(seconds: number, lifetimeOptions: { announce?: number } = {}) {
      lifetime = seconds;
      announced = lifetimeOptions.announce;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
