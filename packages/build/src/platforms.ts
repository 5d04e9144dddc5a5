import { inputError } from "@platform/action-kit";

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

// Go's GOOS/GOARCH values (what docker, buildkit and the OCI image spec use); a typo such
// as linux/amd65 must fail here rather than after a long build.
const OPERATING_SYSTEMS = new Set(["linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "illumos", "solaris"]);
const ARCHITECTURES = new Set([
  "amd64",
  "arm64",
  "arm",
  "386",
  "ppc64le",
  "ppc64",
  "s390x",
  "riscv64",
  "mips64le",
  "mips64",
  "mipsle",
  "mips",
  "loong64",
]);
const VARIANTS: Record<string, Set<string>> = {
  arm: new Set(["v5", "v6", "v7", "v8"]),
  arm64: new Set(["v8", "v8.1", "v8.2", "v8.3", "v8.4", "v8.5", "v9", "v9.1", "v9.2", "v9.3", "v9.4", "v9.5"]),
  amd64: new Set(["v1", "v2", "v3", "v4"]),
};

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/** Parses `os/arch[/variant]`; `input` names the input in the error. */
export function parsePlatform(value: string, input = "platforms"): Platform {
  const parts = value.split("/");
  const [os = "", architecture = "", variant] = parts;
  const fix = "use os/arch[/variant], e.g. linux/amd64, linux/arm64 or linux/arm/v7";
  if (parts.length < 2 || parts.length > 3 || !OPERATING_SYSTEMS.has(os)) {
    throw inputError(input, value, "is not a known platform", fix);
  }
  if (!ARCHITECTURES.has(architecture)) {
    throw inputError(input, value, `has an unknown architecture "${architecture}"`, fix);
  }
  if (variant !== undefined && !VARIANTS[architecture]?.has(variant)) {
    throw inputError(input, value, `has an unknown variant "${variant}" for ${architecture}`, fix);
  }
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

/** Parses and de-duplicates a platform list, keeping the order given. */
export function parsePlatforms(values: string[], input = "platforms"): Platform[] {
  if (values.length === 0) throw inputError(input, "", "is empty", "name at least one platform, e.g. linux/amd64");
  const seen = new Map<string, Platform>();
  for (const value of values) {
    const platform = parsePlatform(value, input);
    seen.set(formatPlatform(platform), platform);
  }
  return [...seen.values()];
}
