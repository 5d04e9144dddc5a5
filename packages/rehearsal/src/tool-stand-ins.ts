import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { ActionCall } from "./actions.ts";
import { RehearsalError } from "./errors.ts";
import { processEnvironment } from "./exec.ts";
import type { StepsFrame } from "./frame.ts";
import { bool, input, type StandIn } from "./stand-in-kit.ts";

/*
 * Stand-ins for the actions that set up a tool: the rehearsal downloads and installs nothing,
 * so each one checks that this machine already has what the real action would install, uses
 * it, and says so in one line when it does not (README, "Where the rehearsal differs").
 */

const run = promisify(execFile);

/** Runs a tool with the step's environment; undefined when it is missing or fails. */
async function tool(
  frame: StepsFrame,
  call: ActionCall,
  command: string,
  args: string[],
): Promise<{ stdout: string } | undefined> {
  try {
    const env = processEnvironment(frame, call.stepEnv);
    const { stdout } = await run(command, args, { env, timeout: 30_000, maxBuffer: 4 * 1024 * 1024 });
    return { stdout };
  } catch {
    return undefined;
  }
}

/** Docker's platform name of this machine, e.g. linux/amd64. */
function hostPlatform(): string {
  const arch = { x64: "amd64", arm64: "arm64", arm: "arm/v7", ppc64: "ppc64le", s390x: "s390x" }[
    process.arch as string
  ];
  return `linux/${arch ?? process.arch}`;
}

/** The binfmt_misc handler QEMU registers for a platform (what docker/setup-qemu-action installs). */
const QEMU_HANDLERS: Record<string, string> = {
  "linux/arm64": "qemu-aarch64",
  "linux/arm/v7": "qemu-arm",
  "linux/arm/v6": "qemu-arm",
  "linux/amd64": "qemu-x86_64",
  "linux/386": "qemu-i386",
  "linux/ppc64le": "qemu-ppc64le",
  "linux/s390x": "qemu-s390x",
  "linux/riscv64": "qemu-riscv64",
};

/**
 * docker/setup-qemu-action: the real action registers QEMU's binfmt handlers by running the
 * tonistiigi/binfmt image. Here nothing is pulled: the handlers this machine already has are
 * reported, and a missing one is a warning (a build that only copies files for a foreign
 * platform needs no QEMU; one that RUNs a foreign binary will fail in the build).
 */
export const setupQemu: StandIn = async (_frame, call) => {
  const asked = input(call, "platforms", "all")
    .split(/[,\s]+/)
    .filter(Boolean);
  const host = hostPlatform();
  const handler = (platform: string): string | undefined => QEMU_HANDLERS[platform];
  const registered = (platform: string): boolean => {
    const name = handler(platform);
    return name !== undefined && existsSync(path.join("/proc/sys/fs/binfmt_misc", name));
  };
  const wanted = asked.includes("all") ? Object.keys(QEMU_HANDLERS) : asked;
  const available = [host, ...Object.keys(QEMU_HANDLERS).filter((p) => p !== host && registered(p))];
  const missing = wanted.filter((p) => p !== host && !(host === "linux/amd64" && p === "linux/386") && !registered(p));
  call.output.write(
    `[rehearsal] docker/setup-qemu-action installs nothing here; this machine runs ${available.join(",")}`,
  );
  if (missing.length > 0 && !asked.includes("all")) {
    call.output.annotate(
      "warning",
      `QEMU is not registered on this machine for ${missing.join(", ")}: a Dockerfile RUN step for those platforms fails (COPY-only stages build)`,
    );
  }
  return { ok: true, outputs: { platforms: available.join(",") } };
};

/**
 * docker/setup-buildx-action: the real action creates a buildx builder. Here the Docker Engine
 * at hand is used as it is: buildx when the machine has it, else the legacy builder (which
 * build-push-oidc drives one platform at a time); no Engine answering fails the step.
 */
export const setupBuildx: StandIn = async (frame, call) => {
  const engine = await tool(frame, call, "docker", ["version", "--format", "{{.Server.Version}}"]);
  const endpoint = processEnvironment(frame, call.stepEnv).DOCKER_HOST ?? "unix:///var/run/docker.sock";
  if (!engine) {
    throw new RehearsalError(`docker/setup-buildx-action: no Docker Engine answers at ${endpoint} on this machine`);
  }
  const buildx = await tool(frame, call, "docker", ["buildx", "version"]);
  call.output.write(
    `[rehearsal] docker/setup-buildx-action creates no builder here: Docker Engine ${engine.stdout.trim()} at ${endpoint}, ${buildx ? buildx.stdout.trim() : "no buildx (the legacy builder)"}`,
  );
  return {
    ok: true,
    outputs: {
      name: "default",
      driver: "docker",
      endpoint,
      status: "running",
      platforms: hostPlatform(),
      flags: "",
      nodes: JSON.stringify([{ name: "default", endpoint, status: "running", platforms: hostPlatform() }]),
    },
  };
};

/** Whether an installed version fits what the workflow asks: `latest`, or a prefix (1, 1.14, 1.14.3). */
function versionFits(installed: string, wanted: string): boolean | undefined {
  if (wanted === "" || wanted === "latest") return true;
  if (!/^\d+(\.\d+){0,2}$/.test(wanted)) return undefined;
  return installed === wanted || installed.startsWith(`${wanted}.`);
}

/**
 * hashicorp/setup-terraform: the real action downloads the asked version. Here the terraform
 * on this machine's PATH is used: missing, or not the asked version (`latest`, or 1, 1.14,
 * 1.14.3), fails the step; a range such as ~>1.9 is not checked (a warning). The wrapper
 * script (stdout/stderr/exitcode outputs) is not provided, and credentials are not written.
 */
export const setupTerraform: StandIn = async (frame, call) => {
  const found = await tool(frame, call, "terraform", ["version", "-json"]);
  if (!found) {
    throw new RehearsalError(
      "hashicorp/setup-terraform: terraform is not on this machine's PATH (the rehearsal downloads nothing)",
    );
  }
  const installed = String((JSON.parse(found.stdout) as { terraform_version?: string }).terraform_version ?? "");
  const wanted = input(call, "terraform_version", "latest");
  const fits = versionFits(installed, wanted);
  if (fits === false) {
    throw new RehearsalError(
      `hashicorp/setup-terraform: Terraform ${wanted} was asked for, this machine has ${installed} (the rehearsal downloads nothing)`,
    );
  }
  if (fits === undefined) {
    call.output.annotate("warning", `terraform_version ${wanted} is not checked by the rehearsal; using ${installed}`);
  }
  if (bool(input(call, "terraform_wrapper", "true"))) {
    call.output.annotate(
      "warning",
      "The rehearsal has no terraform wrapper: steps get no stdout, stderr or exitcode outputs (set terraform_wrapper: false)",
    );
  }
  if (input(call, "cli_config_credentials_token")) {
    call.output.annotate("warning", "cli_config_credentials_token is not written by the rehearsal");
  }
  const which = await tool(frame, call, "sh", ["-c", "command -v terraform"]);
  const dir = which ? path.dirname(which.stdout.trim()) : "";
  if (dir) frame.path.unshift(dir);
  call.output.write(`[rehearsal] hashicorp/setup-terraform downloads nothing: Terraform ${installed} at ${dir}`);
  return { ok: true, outputs: {} };
};
