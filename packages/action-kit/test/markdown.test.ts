import { describe, expect, it } from "@jest/globals";
import { codeBlock, inlineCode } from "@platform/action-kit";
import { marked } from "marked";

/** GitHub-flavoured rendering, as GitHub shows issue bodies and step summaries. */
const html = (markdown: string): string => marked.parse(markdown, { gfm: true, async: false });

const hostile = [
  "dir`@org/team",
  "a``b` <img src=x onerror=alert(1)>",
  "`[link](https://evil.example)`",
  "``",
  "`",
  "x` <script>alert(1)</script> `y",
  "line\nbreak\r\n# heading",
  " spaced ",
];

describe("inlineCode", () => {
  it.each(hostile)("keeps %j inside one code span in a heading", (text) => {
    const out = html(`### drift in ${inlineCode(text)}: drifted`);
    expect(out.match(/<code>/g)).toHaveLength(1);
    expect(out).not.toMatch(/<img|<a |<script|<h1/);
    const inside = /<code>([\s\S]*)<\/code>/.exec(out)?.[1] ?? "";
    const decoded = inside
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    expect(decoded.replace(/&amp;/g, "&")).toBe(text.replace(/\r\n|\r|\n/g, " "));
    expect(out).toContain(": drifted</h3>");
  });
});

describe("codeBlock", () => {
  it.each([
    ["a diff context line of four backticks", "+a\n ````\n+@org/team <img src=x>\n-```"],
    ["a run of seven", "```````\n[x](https://evil.example)"],
    ["a tilde fence", "~~~\n<img src=x>"],
  ])("keeps %s inside one block", (_label, text) => {
    const out = html(`${codeBlock(text, "diff")}\n\nafter`);
    expect(out.match(/<pre>/g)).toHaveLength(1);
    expect(out).not.toMatch(/<img|<a |<script/);
    expect(out).toMatch(/<\/pre>\s*<p>after<\/p>/);
  });

  it("drops a language that is not a plain word", () => {
    expect(codeBlock("x", "diff\n<img src=x>")).toBe("```\nx\n```");
  });
});
