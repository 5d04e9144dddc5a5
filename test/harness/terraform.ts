import { accessSync, constants, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type CommandResult, type RunCommandOptions, runCommand } from "./process.ts";

export const TERRAFORM_MISSING = "terraform is not on PATH: install Terraform 1.x (or OpenTofu) to run this test";

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The terraform (or OpenTofu `tofu`) binary on PATH; a test that needs it fails with one line otherwise. */
export function requireTerraform(): string {
  const binary = onPath("terraform") ?? onPath("tofu");
  if (binary === undefined) throw new Error(TERRAFORM_MISSING);
  return binary;
}

/**
 * Variables for running terraform in a test (add them to the child's environment): no
 * checkpoint calls home, no prompts, a CLI config of our own (the developer's is ignored, and
 * a missing one does not warn) and a plugin cache under `dataDir`.
 */
export function terraformEnv(dataDir: string): Record<string, string> {
  const pluginCache = path.join(dataDir, "plugin-cache");
  mkdirSync(pluginCache, { recursive: true });
  const cliConfig = path.join(dataDir, "terraformrc");
  writeFileSync(cliConfig, `plugin_cache_dir = ${JSON.stringify(pluginCache)}\n`);
  return {
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    TF_PLUGIN_CACHE_DIR: pluginCache,
    TF_CLI_CONFIG_FILE: cliConfig,
  };
}

/**
 * Runs terraform in `cwd` with `terraformEnv(dataDir)` over the current environment.
 * Throws one line with stderr unless the exit code is in `okExitCodes` (default [0]).
 */
export async function runTerraform(
  cwd: string,
  args: string[],
  options: { dataDir: string } & Pick<RunCommandOptions, "okExitCodes" | "timeoutMs" | "env">,
): Promise<CommandResult> {
  const env = { ...process.env, ...terraformEnv(options.dataDir), ...options.env };
  return runCommand(requireTerraform(), args, {
    cwd,
    env,
    okExitCodes: options.okExitCodes,
    timeoutMs: options.timeoutMs,
  });
}
