/** Image platforms (`os/arch[/variant]`), as the OCI image spec, docker and buildkit name them. */
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

export const PLATFORM_FIX = "use os/arch[/variant], e.g. linux/amd64, linux/arm64 or linux/arm/v7";

/** What is wrong with a platform (`reason`), in this package's terms; the action names its input. */
export class InvalidPlatformError extends Error {
  override readonly name = "InvalidPlatform";
  readonly value: string;
  readonly reason: string;
  constructor(value: string, reason: string) {
    super(`${JSON.stringify(value)} ${reason}; ${PLATFORM_FIX}`);
    this.value = value;
    this.reason = reason;
  }
}

export function formatPlatform(platform: Platform | undefined): string {
  if (!platform) return "";
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/** Parses `os/arch[/variant]`; throws InvalidPlatformError saying what is wrong. */
export function parsePlatform(value: string): Platform {
  const parts = value.split("/");
  const [os = "", architecture = "", variant] = parts;
  if (parts.length < 2 || parts.length > 3 || !OPERATING_SYSTEMS.has(os)) {
    throw new InvalidPlatformError(value, "is not a known platform");
  }
  if (!ARCHITECTURES.has(architecture)) {
    throw new InvalidPlatformError(value, `has an unknown architecture "${architecture}"`);
  }
  if (variant !== undefined && !VARIANTS[architecture]?.has(variant)) {
    throw new InvalidPlatformError(value, `has an unknown variant "${variant}" for ${architecture}`);
  }
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
