import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { Logger } from "@platform/action-kit";

// Kept apart from docker-config.ts: the post step loads only this.

/** The state key under which main saves its private docker config's path for post. */
export const DOCKER_CONFIG_STATE = "docker-config";

export const PRIVATE_CONFIG_PREFIX = "build-push-oidc-docker-";

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

/** The post step: the private docker config goes, whatever happened in main. */
export function cleanUpDockerConfig(savedDir: string, runnerTemp: string, logger: Logger): void {
  if (!savedDir) return;
  if (removePrivateDockerConfig(savedDir, runnerTemp)) logger.info("Removed the step's private docker config");
}
