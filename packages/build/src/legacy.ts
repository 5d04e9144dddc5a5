import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ConfigurationError, type Logger, ServiceError } from "@platform/action-kit";
import { buildIndex, MediaType, sha256Digest } from "@platform/oci";
import type { Exec, ExecResult } from "./exec.ts";
import { buildFieldError } from "./fields.ts";
import { type BuildPlan, platformTag } from "./plan.ts";
import { formatPlatform, type Platform } from "./platforms.ts";

export const OCI_INDEX = MediaType.OciIndex;

/** What the no-buildx path needs from a registry client (@platform/oci provides it). */
export interface ManifestStore {
  /** The raw bytes and media type of a manifest, by tag or digest. */
  getManifest(repository: string, reference: string): Promise<{ bytes: Uint8Array; mediaType: string }>;
  putManifest(repository: string, reference: string, bytes: Uint8Array, mediaType: string): Promise<void>;
}

interface PushedPlatform {
  platform: Platform;
  digest: string;
  size: number;
  mediaType: string;
  /** Config and layers, for the pushed-size figure. */
  contentSize: number;
}

interface LegacyResult {
  /** The index digest, or undefined when nothing was pushed. */
  digest?: string;
  pushed: PushedPlatform[];
  /** Manifests, configs and layers referenced by the pushed index. */
  pushedBytes: number;
}

async function docker(exec: Exec, args: string[], env: Record<string, string>, what: string): Promise<string> {
  const result = await exec("docker", args, { env });
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim().split("\n").pop() ?? "";
    throw new Error(`${what} failed (docker ${args[0]} exited with ${result.exitCode}): ${detail}`);
  }
  return result.stdout;
}

/** docker push's own words for a registry that failed for a moment: a 5xx or 429 answer, a dropped connection. */
const TRANSIENT_PUSH =
  /unexpected HTTP status: (5\d\d|429)|status code (5\d\d|429)|connection reset|unexpected EOF|broken pipe|i\/o timeout/i;
const PUSH_ATTEMPTS = 3;

/**
 * `docker push`, again after a transient registry failure (it retries layer uploads itself, not
 * the manifest): the layers already pushed are skipped, so a retry costs one round trip.
 */
async function dockerPush(
  exec: Exec,
  localRef: string,
  env: Record<string, string>,
  logger: Logger,
  pauseMs: (attempt: number) => number,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await docker(exec, ["push", localRef], env, `Pushing ${localRef}`);
    } catch (error) {
      const message = (error as Error).message;
      if (!TRANSIENT_PUSH.test(message)) throw error;
      if (attempt >= PUSH_ATTEMPTS) {
        throw new ServiceError(
          `${message}; the registry kept failing after ${PUSH_ATTEMPTS} attempts, try again later`,
        );
      }
      logger.warning(`${message}; pushing again (attempt ${attempt + 1} of ${PUSH_ATTEMPTS})`);
      await new Promise((resolve) => setTimeout(resolve, pauseMs(attempt)));
    }
  }
}

/**
 * The multi-platform build on a plain Docker Engine (no buildx): each platform built by the
 * legacy builder, pushed under its own tag, then one OCI index over their digests written
 * under every requested tag, so the outputs match what buildx would give.
 */
export async function buildWithoutBuildx(
  plan: BuildPlan,
  repository: string,
  deps: {
    exec: Exec;
    env: Record<string, string>;
    store?: ManifestStore;
    logger: Logger;
    /** The pause before another push attempt; default 1 s, then 2 s. */
    pushPauseMs?: (attempt: number) => number;
  },
): Promise<LegacyResult> {
  const env = { ...deps.env, DOCKER_BUILDKIT: "0" };
  const first = plan.tags[0] ?? "latest";
  const store = deps.store;
  if (plan.push && !store) throw new Error("a registry client is needed to push");

  const pushPlatform = async (platform: Platform, localRef: string): Promise<PushedPlatform> => {
    if (!store) throw new Error("a registry client is needed to push");
    deps.logger.info(`Pushing ${localRef}`);
    const output = await dockerPush(deps.exec, localRef, env, deps.logger, deps.pushPauseMs ?? ((n) => n * 1000));
    const printed = /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
    const manifest = await store.getManifest(repository, platformTag(first, platform));
    const digest = sha256Digest(manifest.bytes);
    if (printed && printed !== digest) {
      throw new Error(`${localRef} was pushed as ${printed} but the registry now serves ${digest} under its tag`);
    }
    return {
      platform,
      digest,
      size: manifest.bytes.byteLength,
      mediaType: manifest.mediaType,
      contentSize: contentSize(manifest.bytes),
    };
  };

  // Each platform's push runs while the next platform builds; all are awaited before any
  // failure is reported, so no push is left running behind a thrown error.
  const pushes: Array<Promise<PushedPlatform>> = [];
  let buildError: unknown;
  for (const platform of plan.platforms) {
    const localRef = `${repository}:${platformTag(first, platform)}`;
    try {
      await buildPlatform(plan, platform, localRef, { ...deps, env });
    } catch (error) {
      buildError = error;
      break;
    }
    if (plan.push) {
      const push = pushPlatform(platform, localRef);
      // Settled below; without a handler now, a push failing while the next platform builds
      // would be an unhandled rejection and kill the step with a stack trace.
      push.catch(() => undefined);
      pushes.push(push);
    }
  }
  const settled = await Promise.allSettled(pushes);
  if (buildError !== undefined) throw buildError;
  const pushed: PushedPlatform[] = [];
  for (const outcome of settled) {
    if (outcome.status === "rejected") throw outcome.reason;
    pushed.push(outcome.value);
  }
  if (!plan.push || !deps.store) return { pushed, pushedBytes: 0 };

  const index = indexFor(pushed);
  const digest = sha256Digest(index);
  for (const tag of plan.tags) {
    await deps.store.putManifest(repository, tag, index, OCI_INDEX);
    deps.logger.info(`Pushed ${repository}:${tag} -> ${digest}`);
  }
  const pushedBytes = index.byteLength + pushed.reduce((sum, entry) => sum + entry.size + entry.contentSize, 0);
  return { digest, pushed, pushedBytes };
}

const PLATFORM_MISMATCH = /does not match the specified platform/;

/** A Dockerfile that does not build is the user's to fix: one line, docker's output above it. */
function buildFailure(plan: BuildPlan, platform: string, result: ExecResult): ConfigurationError {
  const detail = result.stderr.trim().split("\n").pop() ?? "";
  return buildFieldError(
    "file",
    plan.file,
    `does not build for ${platform} (docker build exited with ${result.exitCode}: ${detail})`,
    "see docker's output above",
  );
}

/**
 * One platform's image, built in two steps: the user's Dockerfile, then all labels in a
 * single LABEL instruction (the legacy builder turns each --label into its own step, with a
 * container each). The legacy builder's cache is not keyed by platform and can hand back
 * another platform's image: the result is checked, the whole build repeated once without
 * cache when wrong, and a still-wrong image fails the step rather than being pushed.
 */
async function buildPlatform(
  plan: BuildPlan,
  platform: Platform,
  localRef: string,
  deps: { exec: Exec; env: Record<string, string>; logger: Logger },
): Promise<void> {
  const name = formatPlatform(platform);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "build-push-oidc-labels-"));
  try {
    const labelled = path.join(scratch, "Dockerfile");
    writeFileSync(labelled, labelDockerfile(localRef, plan.labels));
    const steps = [
      (noCache: boolean) => legacyBuildArgs(plan, platform, localRef, noCache),
      (noCache: boolean) => labelBuildArgs(platform, localRef, labelled, scratch, noCache),
    ];
    // The wrong platform shows either as a finished image of another platform or as a step
    // refusing to use a (wrongly cached) image of another platform: the label step's FROM, or
    // a later stage of a multi-stage build. Either way the whole build is repeated uncached,
    // its base images pulled for this platform.
    const attempt = async (noCache: boolean): Promise<string | undefined> => {
      for (const args of steps) {
        const result = await deps.exec("docker", args(noCache), { env: deps.env });
        if (result.exitCode === 0) continue;
        if (PLATFORM_MISMATCH.test(result.stderr)) return "another platform";
        throw buildFailure(plan, name, result);
      }
      const actual = await imagePlatform(deps.exec, localRef, deps.env);
      return actual === name ? undefined : actual;
    };
    deps.logger.info(`Building ${name} with docker build (no buildx on this runner)`);
    if ((await attempt(false)) === undefined) return;
    deps.logger.info(`The cached build of ${name} has the wrong platform; rebuilding without cache, pulling its bases`);
    const actual = await attempt(true);
    if (actual !== undefined) throw new Error(`docker build --platform ${name} produced an image for ${actual}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `docker build` arguments for one platform of the user's Dockerfile with the legacy builder.
 * `fresh` is the retry after a wrong platform: no cache, and base images pulled again, since
 * the local tag of a multi-platform base (FROM app-base:1) holds the last platform pulled.
 */
export function legacyBuildArgs(plan: BuildPlan, platform: Platform, localRef: string, fresh: boolean): string[] {
  const args = ["build", "--platform", formatPlatform(platform), "--file", plan.file, "--tag", localRef];
  if (fresh) args.push("--no-cache", "--pull");
  if (plan.target) args.push("--target", plan.target);
  const given = new Set(plan.buildArgs.map(([key]) => key));
  for (const [key, value] of targetPlatformArgs(platform)) {
    if (!given.has(key)) args.push("--build-arg", `${key}=${value}`);
  }
  for (const [key, value] of plan.buildArgs) args.push("--build-arg", `${key}=${value}`);
  args.push(plan.context);
  return args;
}

/**
 * The platform ARGs BuildKit sets by itself for each platform and the legacy builder does not,
 * so a Dockerfile that picks a file by TARGETARCH builds the same with and without buildx
 * (https://docs.docker.com/build/building/variables/#pre-defined-build-arguments). A build
 * argument the user gives wins.
 */
function targetPlatformArgs(platform: Platform): Array<[string, string]> {
  return [
    ["TARGETPLATFORM", formatPlatform(platform)],
    ["TARGETOS", platform.os],
    ["TARGETARCH", platform.architecture],
    ["TARGETVARIANT", platform.variant ?? ""],
  ];
}

function labelBuildArgs(
  platform: Platform,
  localRef: string,
  file: string,
  context: string,
  noCache: boolean,
): string[] {
  const args = ["build", "--platform", formatPlatform(platform), "--file", file, "--tag", localRef];
  if (noCache) args.push("--no-cache");
  args.push(context);
  return args;
}

/** `FROM <image>` plus one LABEL instruction, every key and value quoted (no $ expansion). */
export function labelDockerfile(image: string, labels: Record<string, string>): string {
  const quote = (text: string): string => `"${text.replace(/[\\"$]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ")}"`;
  const pairs = Object.entries(labels).map(([key, value]) => `${quote(key)}=${quote(value)}`);
  return `FROM ${image}\n${pairs.length > 0 ? `LABEL ${pairs.join(" \\\n      ")}\n` : ""}`;
}

async function imagePlatform(exec: Exec, ref: string, env: Record<string, string>): Promise<string> {
  const format = "{{.Os}}/{{.Architecture}}{{if .Variant}}/{{.Variant}}{{end}}";
  const result = await exec("docker", ["image", "inspect", "--format", format, ref], { env, silent: true });
  if (result.exitCode !== 0) throw new Error(`docker image inspect ${ref} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

function contentSize(manifestBytes: Uint8Array): number {
  const manifest = JSON.parse(Buffer.from(manifestBytes).toString("utf8")) as {
    config?: { size?: number };
    layers?: Array<{ size?: number }>;
  };
  return (manifest.config?.size ?? 0) + (manifest.layers ?? []).reduce((sum, layer) => sum + (layer.size ?? 0), 0);
}

/** The OCI index over the per-platform manifests, in the order the platforms were given. */
export function indexFor(platforms: PushedPlatform[]): Uint8Array {
  return buildIndex(
    platforms.map((entry) => ({
      mediaType: entry.mediaType,
      digest: entry.digest,
      size: entry.size,
      platform: entry.platform,
    })),
  ).bytes;
}
