import { Transform, type TransformCallback } from "node:stream";

/**
 * The one function every outside text (registry, GitHub, terraform, git output, file contents)
 * passes through before it reaches the job log. The runner reads its log line by line (`\n`,
 * `\r` and `\r\n` all end a line) and runs any line that starts, after leading whitespace, with
 * `::` as a workflow command (`::add-mask::`, `::stop-commands::`, `::warning::` ...), and any
 * `##[` as a legacy one. So: line breaks are normalised to `\n`, a leading `::` becomes `: :`,
 * `##[` becomes `## [`, and other control characters (terminal escapes included) and the Unicode
 * line separators are shown as `\uXXXX` text. Plain text passes unchanged.
 */
export function escapeLog(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/[\p{Cc}\u2028\u2029]/gu, (char) =>
          char === "\t" ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
        )
        .replace(/##\[/g, "## [")
        .replace(/^(\s*)::/, "$1: :"),
    )
    .join("\n");
}

/**
 * A stream that writes to `target` what is written to it, one escaped line at a time: for
 * libraries that log to a stream (semantic-release's stdout and stderr).
 */
export function escapedStream(target: NodeJS.WritableStream): Transform {
  let pending = "";
  const stream = new Transform({
    decodeStrings: false,
    transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
      pending += typeof chunk === "string" ? chunk : chunk.toString("utf8");
      const cut = Math.max(pending.lastIndexOf("\n"), pending.lastIndexOf("\r"));
      if (cut >= 0) {
        done(null, `${escapeLog(pending.slice(0, cut))}\n`);
        pending = pending.slice(cut + 1);
      } else done();
    },
    flush(done: TransformCallback) {
      done(null, pending === "" ? undefined : `${escapeLog(pending)}\n`);
    },
  });
  stream.pipe(target, { end: false });
  return stream;
}
