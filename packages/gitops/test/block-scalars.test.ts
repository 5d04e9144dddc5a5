import { expect, it } from "@jest/globals";
import { parseAllDocuments } from "yaml";
import { applyEdits, buildEditRequest, memorySnapshot } from "../src/index.ts";

const files = [
  "a: |\n  x\n  y\nb: 1\n",
  "a: |-  # c\n  x\n\nb: 1\n",
  "a: >-\n  long\n  text\nb: 1\n",
  "a: >+\n  x\n\n\nb: 1\n",
  "k:\n  - |2\n     x\n    y\n  - z\n",
  "a: |\r\n  x\r\n\r\nb: 1\r\n",
  "a: |\n  x",
  "a: |\nb: 1\n",
  "a: &anchor |\n  x\nb: *anchor\n",
];
const paths = ["a", "a", "a", "a", "k[0]", "a", "a", "a", "a"];
let seed = 42;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const alphabet = ["a", "b", " ", "\n", "\t", "#", ":", "-", "'", '"', "\\", "|", ">", "x y"];

// Random values (line breaks, tabs, spaces, indicators, quotes) written over block scalars of
// every style: each edit must land exactly (re-parsed here, independently of the editor's own
// check), as a block or as the quoted fallback, and never hit the "a bug" refusal.
it("writes any value over any block scalar (3000 seeded random edits)", async () => {
  const failures: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const f = rand(files.length);
    const text = files[f] as string;
    const path = paths[f] as string;
    const length = rand(12);
    let value = "";
    for (let j = 0; j < length; j++) value += alphabet[rand(alphabet.length)];
    const line = `f.yaml:${path}=${JSON.stringify(value)}`;
    try {
      const changes = await applyEdits(buildEditRequest({ set: [line] }), memorySnapshot({ "f.yaml": text }));
      const after = changes[0]?.after ?? text;
      const docs = parseAllDocuments(after);
      const js = (Array.isArray(docs) ? docs : [])[0]?.toJS() as Record<string, unknown>;
      const got = path === "a" ? js.a : (js.k as unknown[])[0];
      if (got !== value) throw new Error(`wrong value ${JSON.stringify(got)}`);
    } catch (error) {
      const message = (error as Error).message;
      if (/control character/.test(message)) continue;
      failures.push(`${JSON.stringify(text)} <- ${JSON.stringify(value)}: ${message}`);
    }
  }
  expect(failures).toEqual([]);
});
