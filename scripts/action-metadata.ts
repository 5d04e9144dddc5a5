// Action metadata for the workflow checks: the suite's own actions from their action.yml in
// this repository, and the input and output names of the third-party actions the workflows
// pin (read from each action.yml at the pinned commit), so GitHub's language service can
// call a misspelled input or an undefined output an error.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export interface ActionIO {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** The suite's public name: `uses: org/platform/actions/<name>@<ref>`. */
export const SUITE_REPOSITORY = "org/platform";
/** Where the reusable workflows check out the suite at their own commit. */
export const SUITE_CHECKOUT_PATH = ".platform";

/** Third-party actions by owner/name: the names in the action.yml at the commit pinned. */
const thirdParty: Record<string, { inputs: string[]; outputs: string[] }> = {
  // v6.1.0 d23441a48e516b6c34aea4fa41551a30e30af803 (v4.2.2 in ci.yml has the same inputs but the last)
  "actions/checkout": {
    inputs: [
      "repository",
      "ref",
      "token",
      "ssh-key",
      "ssh-known-hosts",
      "ssh-strict",
      "ssh-user",
      "persist-credentials",
      "path",
      "clean",
      "filter",
      "sparse-checkout",
      "sparse-checkout-cone-mode",
      "fetch-depth",
      "fetch-tags",
      "show-progress",
      "lfs",
      "submodules",
      "set-safe-directory",
      "github-server-url",
      "allow-unsafe-pr-checkout",
    ],
    outputs: ["ref", "commit"],
  },
  // v4.4.0 49933ea5288caeca8642d1e84afbd3f7d6820020
  "actions/setup-node": {
    inputs: [
      "always-auth",
      "node-version",
      "node-version-file",
      "architecture",
      "check-latest",
      "registry-url",
      "scope",
      "token",
      "cache",
      "cache-dependency-path",
      "mirror",
      "mirror-token",
    ],
    outputs: ["cache-hit", "node-version"],
  },
  // v7.0.0 bbbca2ddaa5d8feaa63e36b76fdaad77386f024f
  "actions/upload-artifact": {
    inputs: [
      "name",
      "path",
      "if-no-files-found",
      "retention-days",
      "compression-level",
      "overwrite",
      "include-hidden-files",
      "archive",
    ],
    outputs: ["artifact-id", "artifact-url", "artifact-digest"],
  },
  // v8.0.1 3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c
  "actions/download-artifact": {
    inputs: [
      "name",
      "artifact-ids",
      "path",
      "pattern",
      "merge-multiple",
      "github-token",
      "repository",
      "run-id",
      "skip-decompress",
      "digest-mismatch",
    ],
    outputs: ["download-path"],
  },
  // v4.2.0 96fe6ef7f33517b61c61be40b68a1882f3264fb8
  "docker/setup-qemu-action": { inputs: ["image", "platforms", "reset", "cache-image"], outputs: ["platforms"] },
  // v4.3.0 37fe631027851001ddb9b187196cc803df7f5f0e
  "docker/setup-buildx-action": {
    inputs: [
      "version",
      "driver",
      "driver-opts",
      "buildkitd-flags",
      "buildkitd-config",
      "buildkitd-config-inline",
      "use",
      "name",
      "endpoint",
      "platforms",
      "append",
      "keep-state",
      "cache-binary",
      "cleanup",
    ],
    outputs: ["name", "driver", "platforms", "nodes", "endpoint", "status", "flags"],
  },
  // v4.0.1 dfe3c3f87815947d99a8997f908cb6525fc44e9e
  "hashicorp/setup-terraform": {
    inputs: [
      "cli_config_credentials_hostname",
      "cli_config_credentials_token",
      "terraform_version",
      "terraform_wrapper",
    ],
    outputs: [],
  },
};

function fromNames(names: { inputs: string[]; outputs: string[] }): ActionIO {
  return {
    inputs: Object.fromEntries(names.inputs.map((name) => [name, { description: name }])),
    outputs: Object.fromEntries(names.outputs.map((name) => [name, { description: name }])),
  };
}

function readActionYml(file: string): ActionIO {
  const doc = parse(readFileSync(file, "utf8")) as {
    inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
    outputs?: Record<string, { description?: string }>;
  };
  const inputs: ActionIO["inputs"] = {};
  for (const [name, input] of Object.entries(doc.inputs ?? {})) {
    inputs[name] = {
      description: input?.description ?? name,
      ...(input?.required === true ? { required: true } : {}),
      ...(input?.default !== undefined ? { default: String(input.default) } : {}),
    };
  }
  const outputs: ActionIO["outputs"] = {};
  for (const [name, output] of Object.entries(doc.outputs ?? {}))
    outputs[name] = { description: output?.description ?? name };
  return { inputs, outputs };
}

/** The metadata file of a suite action: its action.yml, or its contract while it is being built. */
export function suiteActionFile(repoRoot: string, name: string): string | undefined {
  const own = path.join(repoRoot, "actions", name, "action.yml");
  if (existsSync(own)) return own;
  const contract = path.join(repoRoot, "scripts", "contracts", `${name}.action.yml`);
  return existsSync(contract) ? contract : undefined;
}

/**
 * The metadata of `uses:`: a suite action by its public name (`org/platform/actions/<name>@ref`)
 * or by the reusable workflows' local path (`./.platform/actions/<name>`), or a known
 * third-party action. undefined: unknown (an error for the checks).
 */
export function actionMetadata(repoRoot: string, uses: string): ActionIO | undefined {
  const suite =
    new RegExp(`^${SUITE_REPOSITORY}/actions/([a-z0-9-]+)@[^/]+$`).exec(uses) ??
    new RegExp(`^\\./${SUITE_CHECKOUT_PATH.replace(".", "\\.")}/actions/([a-z0-9-]+)$`).exec(uses);
  if (suite?.[1]) {
    const file = suiteActionFile(repoRoot, suite[1]);
    return file ? readActionYml(file) : undefined;
  }
  const at = uses.lastIndexOf("@");
  const known = at > 0 ? thirdParty[uses.slice(0, at)] : undefined;
  return known ? fromNames(known) : undefined;
}
