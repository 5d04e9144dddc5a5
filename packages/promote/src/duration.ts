const UNITS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** `1d12h`, `30m`, `45s` -> milliseconds; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  if (!/^(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/.test(text) || text === "") return undefined;
  let total = 0;
  for (const match of text.matchAll(/(\d+)([dhms])/g)) total += Number(match[1]) * (UNITS[match[2] ?? "s"] ?? 0);
  return total;
}

/** Milliseconds as the largest two units: `2h 5m`, `3d 4h`, `40s`. */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.floor(ms / 1000) * 1000);
  for (const [unit, size] of Object.entries(UNITS)) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.slice(0, 2).join(" ") || "0s";
}
