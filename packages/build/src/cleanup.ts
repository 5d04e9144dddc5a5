import type { Logger } from "@platform/action-kit";
import { removePrivateDockerConfig } from "./docker-config.ts";

/** The state key under which main saves its private docker config's path for post. */
export const DOCKER_CONFIG_STATE = "docker-config";

/** The post step: the private docker config goes, whatever happened in main. */
export function cleanUpDockerConfig(savedDir: string, runnerTemp: string, logger: Logger): void {
  if (!savedDir) return;
  if (removePrivateDockerConfig(savedDir, runnerTemp)) logger.info("Removed the step's private docker config");
}
