import { PassThrough } from "node:stream";
import { describe, expect, it } from "@jest/globals";
import { escapedStream, escapeLog } from "@platform/action-kit";

/** What the runner would take for a command: a line starting with `::` after whitespace, or `##[`. */
const runnable = (text: string): string[] =>
  text.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes("##["));

describe("escapeLog", () => {
  it.each([
    ["a registry error body", "busy\n::warning::x\n::add-mask::y"],
    ["GitHub's message with a CR", "Not Found\r::stop-commands::token"],
    ["terraform output, indented", "Error: bad\n  ::set-output name=a::b"],
    ["git output with a legacy command", "remote: ##[add-mask]secret"],
    ["a CRLF file", "a\r\n\t::error::x\r\n"],
  ])("neutralises workflow commands in %s", (_source, text) => {
    expect(runnable(text).length).toBeGreaterThan(0);
    expect(runnable(escapeLog(text))).toEqual([]);
  });

  it("shows control characters and Unicode line separators as text, and leaves plain text alone", () => {
    expect(escapeLog("a\u001b[31mred\u0007 b\u2028c\u0085")).toBe("a\\u001b[31mred\\u0007 b\\u2028c\\u0085");
    expect(escapeLog("retrying in 100 ms: HTTP 503 (a: b::c)\n\tindented")).toBe(
      "retrying in 100 ms: HTTP 503 (a: b::c)\n\tindented",
    );
  });
});

describe("escapedStream", () => {
  it("escapes line by line, across chunk boundaries, and flushes the last partial line", async () => {
    const sink = new PassThrough();
    let out = "";
    sink.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    const stream = escapedStream(sink);
    stream.write("ok\n::");
    stream.write("warning::split\r::add-mask::x\nlast ::no");
    await new Promise<void>((resolve) => stream.end(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(out).toBe("ok\n: :warning::split\n: :add-mask::x\nlast ::no\n");
    expect(runnable(out)).toEqual([]);
  });
});
