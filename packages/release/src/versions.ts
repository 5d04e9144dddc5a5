interface Version {
  major: number;
  minor: number;
  patch: number;
  /** The part after "-", e.g. "next.1"; empty for a stable version. */
  prerelease: string;
}

const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseVersion(version: string): Version | undefined {
  const match = semverPattern.exec(version);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ?? "" };
}

/** The tag for a version under semantic-release's `tagFormat` (e.g. "v${version}"). */
export function tagFor(tagFormat: string, version: string): string {
  return tagFormat.replaceAll("${version}", version);
}

/** The version a tag names under `tagFormat`, or undefined when it is not such a tag. */
export function versionOfTag(tagFormat: string, tag: string): string | undefined {
  const [prefix = "", suffix = ""] = tagFormat.split("${version}");
  if (!tag.startsWith(prefix) || !tag.endsWith(suffix) || tag.length <= prefix.length + suffix.length) return undefined;
  const version = tag.slice(prefix.length, tag.length - suffix.length);
  return parseVersion(version) ? version : undefined;
}

/**
 * The floating tags a stable release moves: `v<major>` and, with `minor`, `v<major>.<minor>`,
 * each only when no stable version above this one exists in its line (a patch on an old
 * maintenance line must not pull `v1` back from a newer 1.x).
 */
export function floatingTags(
  version: string,
  existingTags: string[],
  options: { tagFormat: string; minor: boolean },
): { moves: string[]; skipped: string[] } {
  const parsed = parseVersion(version);
  if (parsed?.prerelease !== "") return { moves: [], skipped: [] };
  const stable = existingTags
    .map((tag) => versionOfTag(options.tagFormat, tag))
    .map((v) => (v === undefined ? undefined : parseVersion(v)))
    .filter((v): v is Version => v !== undefined && v.prerelease === "");
  const newer = (line: (v: Version) => boolean): boolean => stable.some((v) => line(v) && compare(v, parsed) > 0);
  const lines: Array<[string, (v: Version) => boolean]> = [[`${parsed.major}`, (v) => v.major === parsed.major]];
  if (options.minor) {
    lines.push([`${parsed.major}.${parsed.minor}`, (v) => v.major === parsed.major && v.minor === parsed.minor]);
  }
  const moves: string[] = [];
  const skipped: string[] = [];
  for (const [name, line] of lines) (newer(line) ? skipped : moves).push(tagFor(options.tagFormat, name));
  return { moves, skipped };
}

function compare(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
