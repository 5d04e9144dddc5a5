import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "@platform/action-kit";
import { configKeyHost, readDockerConfig } from "@platform/oci";
import { createNodeExec, type Exec } from "@platform/process";
import { PRIVATE_CONFIG_PREFIX } from "./cleanup.ts";

export interface RegistryLogin {
  /** The `auths` key: a host, or Docker Hub's `https://index.docker.io/v1/`. */
  key: string;
  username: string;
  password: string;
}

// What buildx and docker keep next to config.json: plugins installed by setup-buildx-action,
// the builder it created, and docker contexts. Linked, so this step sees the same builder.
const SHARED_ENTRIES = ["cli-plugins", "buildx", "contexts"];

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The secrets an `auths` entry holds: its `auth`, the password inside it, and any token. */
function entrySecrets(entry: Record<string, unknown>): string[] {
  const secrets: string[] = [];
  for (const field of ["auth", "password", "identitytoken", "registrytoken"]) {
    const value = entry[field];
    if (typeof value === "string" && value !== "") secrets.push(value);
  }
  if (typeof entry.auth === "string") {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0 && colon < decoded.length - 1) secrets.push(decoded.slice(colon + 1));
  }
  return secrets;
}

/**
 * The private config: the user's config (earlier logins, helpers, proxies, the current context)
 * with every trace of our registries replaced by our logins, so a Dockerfile can still pull
 * its private base images. A `credsStore` cannot be kept as such: docker would then ask the
 * store, not `auths`, for our registry too. So each server the store lists (`storeServers`)
 * gets a `credHelpers` entry naming the store instead: the same helper answers for the same
 * registries, no secret leaves it, and our registries keep their `auths` entries.
 * Returns the config and the secrets copied into it (to be masked).
 */
export function mergeDockerConfig(
  userConfig: unknown,
  logins: RegistryLogin[],
  storeServers: string[] = [],
): { config: Record<string, unknown>; secrets: string[] } {
  const config: Record<string, unknown> = { ...asRecord(userConfig) };
  const ours = new Set(logins.map((login) => configKeyHost(login.key)));
  const other = (key: string): boolean => !ours.has(configKeyHost(key));

  const secrets: string[] = [];
  const auths: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(asRecord(config.auths))) {
    if (!other(key)) continue;
    auths[key] = value;
    secrets.push(...entrySecrets(asRecord(value)));
  }
  const helpers: Record<string, unknown> = {};
  for (const [key, helper] of Object.entries(asRecord(config.credHelpers))) {
    if (other(key) && typeof helper === "string") helpers[key] = helper;
  }
  const store = config.credsStore;
  delete config.credsStore;
  if (typeof store === "string" && store !== "") {
    // A registry-specific helper wins over the store in docker too.
    for (const server of storeServers) if (other(server) && !(server in helpers)) helpers[server] = store;
  }

  for (const login of logins) {
    const auth = Buffer.from(`${login.username}:${login.password}`).toString("base64");
    auths[login.key] = { auth };
    // The password is masked where it was learnt; its base64 form is a secret of its own.
    secrets.push(auth);
  }
  config.auths = auths;
  if (Object.keys(helpers).length > 0) config.credHelpers = helpers;
  else delete config.credHelpers;
  return { config, secrets: [...new Set(secrets)] };
}

// A store waiting for a keychain prompt must not hang the step. A helper that is not installed
// rejects at once with "... is not installed or not on PATH" (createNodeExec's own timer is
// cleared then, so nothing waits out the 30 s).
const helperExec: Exec = createNodeExec({ timeoutMs: 30_000 });

/**
 * The servers `docker-credential-<store> list` knows (their usernames only: no secret is read).
 * Throws with the helper's own words when it cannot answer.
 */
export async function listCredentialStore(store: string, exec: Exec = helperExec): Promise<string[]> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(store)) throw new Error(`"${store}" is not a credential helper name`);
  const command = `docker-credential-${store}`;
  const result = await exec(command, ["list"], { silent: true });
  if (result.exitCode !== 0) {
    throw new Error(`${command} list exited with ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`);
  }
  return Object.keys(asRecord(JSON.parse(result.stdout || "{}")));
}

/**
 * Writes a docker config directory of our own under RUNNER_TEMP, so a login never lands in
 * ~/.docker where later steps (and other jobs on a self-hosted runner) would find it. The
 * user's config is carried over (mergeDockerConfig), every secret copied from it masked.
 * Returns the directory to set as DOCKER_CONFIG.
 */
export async function writePrivateDockerConfig(options: {
  runnerTemp: string;
  /** The config directory docker would use otherwise ($DOCKER_CONFIG or ~/.docker). */
  userConfigDir?: string;
  logins: RegistryLogin[];
  mask: (secret: string) => void;
  logger: Logger;
  /** Runs `docker-credential-<store> list`; a 30 s node:child_process run by default. */
  helperExec?: Exec;
}): Promise<string> {
  const user = readDockerConfig(options.userConfigDir);
  const store = asRecord(user).credsStore;
  let storeServers: string[] = [];
  if (typeof store === "string" && store !== "") {
    try {
      storeServers = await listCredentialStore(store, options.helperExec);
    } catch (error) {
      options.logger.warning(
        `The docker config's credsStore "${store}" could not list its registries, so this build cannot use them: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const { config, secrets } = mergeDockerConfig(user, options.logins, storeServers);
  for (const secret of secrets) options.mask(secret);

  const dir = mkdtempSync(path.join(options.runnerTemp, PRIVATE_CONFIG_PREFIX));
  try {
    if (options.userConfigDir) {
      for (const entry of SHARED_ENTRIES) {
        const source = path.join(options.userConfigDir, entry);
        if (existsSync(source)) symlinkSync(source, path.join(dir, entry));
      }
    }
    writeFileSync(path.join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  } catch (error) {
    // Not yet in the saved state, so the post step would not find it.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}
