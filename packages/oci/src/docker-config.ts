import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOCKER_HUB, DOCKER_HUB_ALIASES } from "./reference.ts";

/**
 * Docker's config file (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`): where it is,
 * how it reads, and how its keys name registries. The one home of these rules: the copy
 * engine reads logins from it, build-push-oidc writes a private one.
 */

/** Where docker itself keeps Docker Hub credentials in a config file. */
const DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";

/** The keys docker and the login actions may have used for Docker Hub, the canonical one first. */
export const DOCKER_HUB_CONFIG_KEYS: readonly string[] = [DOCKER_HUB_CONFIG_KEY, ...DOCKER_HUB_ALIASES];

/** The `auths` key docker uses for a registry host. */
export function dockerConfigKey(host: string): string {
  return host === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : host;
}

/**
 * The host a config key stands for, as docker's ConvertToHostname reads it (`https://host/v1/`
 * -> `host`), with Docker Hub's names folded into one.
 */
export function configKeyHost(key: string): string {
  const host = (key.replace(/^https?:\/\//, "").split("/")[0] ?? "").toLowerCase();
  return DOCKER_HUB_ALIASES.includes(host) ? DOCKER_HUB : host;
}

/** The directory docker reads: $DOCKER_CONFIG, else ~/.docker. */
export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  return env.DOCKER_CONFIG ?? path.join(home, ".docker");
}

/** The parsed config.json of `dir`; `{}` when there is none or it cannot be read (docker's problem, not ours). */
export function readDockerConfig(dir: string | undefined): unknown {
  const file = dir ? path.join(dir, "config.json") : undefined;
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
}
