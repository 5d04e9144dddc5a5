import { inputError } from "@platform/action-kit";
import {
  formatPlatform,
  InvalidPlatformError,
  PLATFORM_FIX,
  type Platform,
  parsePlatform as parseOne,
} from "@platform/oci";

export { formatPlatform, type Platform } from "@platform/oci";

/** Parses `os/arch[/variant]` (@platform/oci's rule); `input` names the input in the error. */
export function parsePlatform(value: string, input = "platforms"): Platform {
  try {
    return parseOne(value);
  } catch (error) {
    if (error instanceof InvalidPlatformError) throw inputError(input, value, error.reason, PLATFORM_FIX);
    throw error;
  }
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
