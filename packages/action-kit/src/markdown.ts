/** Small helpers for step summaries and issue bodies; no HTML injection from values. */
export function escapeCell(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(headers), `|${headers.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/** The longest run of backticks in `text` (0 when none). */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Text from files, git or services as inline code: a CommonMark code span whose backtick string
 * is longer than any run inside, so nothing in it closes the span early (then an @mention, a
 * link or an `<img>` would be live Markdown). Line breaks become spaces: a code span cannot
 * hold them, and one would end a heading or a list item.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, " ");
  if (flat === "") return "` `";
  const ticks = "`".repeat(longestBacktickRun(flat) + 1);
  // A span starting or ending with a backtick (or a space, which CommonMark strips in pairs) is padded.
  const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/**
 * Text as a fenced code block whose fence is longer than any backtick run inside (a diff line
 * of four backticks does not close it). The language is kept only when it is a plain word.
 */
export function codeBlock(text: string, language = ""): string {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  const info = /^[\w+.-]*$/.test(language) ? language : "";
  return `${fence}${info}\n${text}\n${fence}`;
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
