import { formatPlatform, type Platform } from "./platforms.ts";

export type CacheMode = "none" | "registry" | "gha";

export interface BuildxOptions {
  context: string;
  file: string;
  platforms: Platform[];
  target?: string;
  buildArgs: Array<[string, string]>;
  labels: Record<string, string>;
  /** Full references, `host/path:tag`. */
  tags: string[];
  /** `host/path`, for the registry cache's `buildcache` tag and the gha cache scope. */
  repository: string;
  push: boolean;
  cache: CacheMode;
  provenance: boolean;
  sbom: boolean;
  /** Where buildx writes the result's digest (`containerimage.digest`). */
  metadataFile: string;
}

/**
 * The arguments of `docker buildx build`, as a pure function so every input combination
 * is unit-tested (buildx is not installable where the suite's tests run).
 */
export function buildxArgs(options: BuildxOptions): string[] {
  const args = ["buildx", "build", "--platform", options.platforms.map(formatPlatform).join(",")];
  args.push("--file", options.file);
  if (options.target) args.push("--target", options.target);
  for (const [key, value] of options.buildArgs) args.push("--build-arg", `${key}=${value}`);
  for (const [key, value] of Object.entries(options.labels)) args.push("--label", `${key}=${value}`);
  for (const tag of options.tags) args.push("--tag", tag);
  args.push(...cacheArgs(options));
  // Explicit either way: recent buildx adds provenance by default, which turns a single
  // image into an index with an unknown/unknown entry.
  args.push(`--provenance=${options.provenance}`, `--sbom=${options.sbom}`);
  if (options.push) args.push("--push");
  args.push("--metadata-file", options.metadataFile);
  args.push(options.context);
  return args;
}

function cacheArgs(options: BuildxOptions): string[] {
  switch (options.cache) {
    case "none":
      return [];
    case "registry": {
      // image-manifest=true,oci-mediatypes=true: ECR refuses buildkit's default cache
      // manifest list, but accepts the cache as an OCI image manifest.
      const ref = `${options.repository}:buildcache`;
      return [
        "--cache-from",
        `type=registry,ref=${ref}`,
        "--cache-to",
        `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true`,
      ];
    }
    case "gha": {
      // One scope per repository, so two images built in one workflow keep separate caches.
      const scope = options.repository.replace(/^[^/]*\//, "");
      return ["--cache-from", `type=gha,scope=${scope}`, "--cache-to", `type=gha,scope=${scope},mode=max`];
    }
  }
}

/** The image digest from buildx's `--metadata-file` JSON. */
export function digestFromMetadata(json: string): string {
  const metadata: unknown = JSON.parse(json);
  const digest =
    typeof metadata === "object" && metadata !== null
      ? (metadata as Record<string, unknown>)["containerimage.digest"]
      : undefined;
  if (typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new Error(`buildx metadata has no containerimage.digest: ${json.slice(0, 200)}`);
  }
  return digest;
}
