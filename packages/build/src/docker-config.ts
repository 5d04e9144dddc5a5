import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface RegistryLogin {
  /** The `auths` key: a host, or Docker Hub's `https://index.docker.io/v1/`. */
  key: string;
  username: string;
  password: string;
}

export const PRIVATE_CONFIG_PREFIX = "build-push-oidc-docker-";

// What buildx and docker keep next to config.json: plugins installed by setup-buildx-action,
// the builder it created, and docker contexts. Linked, so this step sees the same builder.
const SHARED_ENTRIES = ["cli-plugins", "buildx", "contexts"];

/**
 * Writes a docker config directory of our own under RUNNER_TEMP, so a login never lands in
 * ~/.docker where later steps (and other jobs on a self-hosted runner) would find it. The
 * user's existing config is carried over (earlier logins, proxies, the current context)
 * with our registry's entry on top. Returns the directory to set as DOCKER_CONFIG.
 */
export function writePrivateDockerConfig(options: {
  runnerTemp: string;
  /** The config directory docker would use otherwise ($DOCKER_CONFIG or ~/.docker). */
  userConfigDir?: string;
  logins: RegistryLogin[];
}): string {
  const dir = mkdtempSync(path.join(options.runnerTemp, PRIVATE_CONFIG_PREFIX));
  let config: Record<string, unknown> = {};
  const userDir = options.userConfigDir;
  if (userDir) {
    const userConfig = path.join(userDir, "config.json");
    if (existsSync(userConfig)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(userConfig, "utf8"));
        if (typeof parsed === "object" && parsed !== null) config = parsed as Record<string, unknown>;
      } catch {
        // An unreadable user config is docker's problem, not ours: start from an empty one.
      }
    }
    for (const entry of SHARED_ENTRIES) {
      const source = path.join(userDir, entry);
      if (existsSync(source)) symlinkSync(source, path.join(dir, entry));
    }
  }
  // A credsStore would take precedence over the auths entry written below.
  delete config.credsStore;
  const auths = { ...asRecord(config.auths) };
  const helpers = { ...asRecord(config.credHelpers) };
  for (const login of options.logins) {
    auths[login.key] = { auth: Buffer.from(`${login.username}:${login.password}`).toString("base64") };
    delete helpers[login.key];
  }
  config.auths = auths;
  if (Object.keys(helpers).length > 0) config.credHelpers = helpers;
  else delete config.credHelpers;
  writeFileSync(path.join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return dir;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * Deletes a directory written by writePrivateDockerConfig. Refuses anything else (the path
 * comes from saved state), and unlinks the shared entries rather than following them.
 */
export function removePrivateDockerConfig(dir: string, runnerTemp: string): boolean {
  const resolved = path.resolve(dir);
  if (
    path.dirname(resolved) !== path.resolve(runnerTemp) ||
    !path.basename(resolved).startsWith(PRIVATE_CONFIG_PREFIX)
  ) {
    throw new Error(`refusing to delete ${dir}: not a private docker config under RUNNER_TEMP`);
  }
  if (!existsSync(resolved)) return false;
  // rmSync removes symlinks themselves, never their targets.
  rmSync(resolved, { recursive: true, force: true });
  return true;
}
