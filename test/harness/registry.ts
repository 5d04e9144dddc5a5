import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { startTokenService, type TokenService, type TokenUser } from "./token-service.ts";

/**
 * A real OCI registry for tests: Debian's `docker-registry` (CNCF distribution v2.8, which
 * has no OCI referrers API, so clients must use the `sha256-<hex>` fallback tag scheme).
 * Three auth modes: anonymous; htpasswd Basic (how ECR's data plane authenticates); Bearer
 * through our loopback token service (the challenge GHCR and Docker Hub send).
 */
export type RegistryAuth = "anonymous" | "basic" | "bearer";

export interface StartRegistryOptions {
  auth?: RegistryAuth;
  username?: string;
  password?: string;
  /** Extra users: for example a read-only one, to be denied a push. */
  users?: Record<string, TokenUser>;
  /** Bearer mode: actions granted without credentials (e.g. ["pull"] for an anonymous pull). */
  anonymousActions?: string[];
  /**
   * Keep configuration and storage in this directory (created if missing) and leave it on
   * stop(), for a person to explore afterwards (the sandbox's --workdir). A temp dir otherwise.
   */
  dir?: string;
}

export interface TestRegistry {
  /** 127.0.0.1:PORT, as it appears in image references. */
  host: string;
  url: string;
  auth: RegistryAuth;
  username: string;
  password: string;
  /** Bearer mode only. */
  tokenService?: TokenService;
  /** The storage directory (filesystem driver). */
  dataDir: string;
  stop(): Promise<void>;
}

const running = new Set<TestRegistry>();

/** Registries started by this process, so helpers (skopeo's authfile) find their credentials. */
export function knownRegistries(): TestRegistry[] {
  return [...running];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function registryBinary(): string {
  return process.env.DOCKER_REGISTRY_BIN ?? "/usr/bin/docker-registry";
}

export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? "anonymous";
  const username = options.username ?? (auth === "anonymous" ? "" : "platform");
  const password = options.password ?? (auth === "anonymous" ? "" : randomBytes(12).toString("hex"));
  const keep = options.dir !== undefined;
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), "registry-"));
  if (keep) mkdirSync(dir, { recursive: true });
  const dataDir = path.join(dir, "data");
  const users: Record<string, TokenUser> = { ...(options.users ?? {}) };
  if (username) users[username] = { password };

  let tokenService: TokenService | undefined;
  const authConfig: Record<string, unknown> = {};
  if (auth === "basic") {
    const htpasswd = path.join(dir, "htpasswd");
    writeFileSync(htpasswd, "");
    for (const [name, user] of Object.entries(users)) {
      // -i reads the password from stdin: it never appears in a process list.
      const line = execFileSync("htpasswd", ["-niB", name], { input: `${user.password}\n` })
        .toString()
        .trim();
      writeFileSync(htpasswd, `${line}\n`, { flag: "a" });
    }
    authConfig.htpasswd = { realm: "platform-test", path: htpasswd };
  } else if (auth === "bearer") {
    tokenService = await startTokenService({
      dir,
      users,
      ...(options.anonymousActions ? { anonymousActions: options.anonymousActions } : {}),
    });
    authConfig.token = {
      realm: tokenService.realm,
      service: tokenService.service,
      issuer: tokenService.issuer,
      rootcertbundle: tokenService.certPath,
    };
  }

  const port = await freePort();
  const config = {
    version: 0.1,
    log: { level: "error", accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: dataDir },
      delete: { enabled: true },
      maintenance: { uploadpurging: { enabled: false } },
    },
    // Without an allow list distribution refuses every manifest with `urls` (non-distributable layers).
    validation: { manifests: { urls: { allow: ["^https?://"] } } },
    http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString("hex") },
    ...(auth === "anonymous" ? {} : { auth: authConfig }),
  };
  const configPath = path.join(dir, "config.yml");
  writeFileSync(configPath, stringify(config));

  const child: ChildProcess = spawn(registryBinary(), ["serve", configPath], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  await waitUntilServing(url, child, () => stderr);

  const registry: TestRegistry = {
    host,
    url,
    auth,
    username,
    password,
    dataDir,
    ...(tokenService ? { tokenService } : {}),
    async stop() {
      running.delete(registry);
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      await tokenService?.stop();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
  running.add(registry);
  return registry;
}

async function waitUntilServing(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${stderr()}`);
    try {
      const response = await fetch(`${url}/v2/`);
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`docker-registry did not answer on ${url} within 15 s: ${stderr()}`);
}

process.on("exit", () => {
  for (const registry of running) void registry.stop();
});
