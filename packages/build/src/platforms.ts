import {
  formatPlatform,
  InvalidPlatformError,
  PLATFORM_FIX,
  type Platform,
  parsePlatform as parseOne,
} from "@platform/oci";
import { buildFieldError } from "./fields.ts";

export { formatPlatform, type Platform } from "@platform/oci";

/** The fields that hold platforms. */
type PlatformField = "platforms" | "platformDigests";

/** Parses `os/arch[/variant]` (@platform/oci's rule); `field` says which value it came from. */
export function parsePlatform(value: string, field: PlatformField = "platforms"): Platform {
  try {
    return parseOne(value);
  } catch (error) {
    if (error instanceof InvalidPlatformError) throw buildFieldError(field, value, error.reason, PLATFORM_FIX);
    throw error;
  }
}

/** Parses and de-duplicates a platform list, keeping the order given. */
export function parsePlatforms(values: string[], field: PlatformField = "platforms"): Platform[] {
  if (values.length === 0) throw buildFieldError(field, "", "is empty", "name at least one platform, e.g. linux/amd64");
  const seen = new Map<string, Platform>();
  for (const value of values) {
    const platform = parsePlatform(value, field);
    seen.set(formatPlatform(platform), platform);
  }
  return [...seen.values()];
}
