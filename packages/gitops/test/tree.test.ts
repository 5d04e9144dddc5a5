import { describe, expect, it } from "@jest/globals";
import { resolveInTree, type Snapshot, type TreeEntry } from "../src/index.ts";

function snapshot(links: Record<string, string>, files: string[]): Snapshot {
  const entries = new Map<string, TreeEntry>();
  const blobs = new Map<string, string>();
  for (const file of files) entries.set(file, { mode: "100644", type: "blob", oid: file });
  for (const dir of ["a", "a/b", "c"]) entries.set(dir, { mode: "040000", type: "tree", oid: dir });
  for (const [link, target] of Object.entries(links)) {
    entries.set(link, { mode: "120000", type: "blob", oid: `link:${link}` });
    blobs.set(`link:${link}`, target);
  }
  return { commit: "c".repeat(40), entries, readBlob: async (oid) => blobs.get(oid) ?? "" };
}

const tree = snapshot(
  { "a/up": "..", "a/b/out": "../../..", "c/abs": "/etc/passwd", "c/loop": "loop", "c/in": "../a/b/f.yaml" },
  ["a/b/f.yaml", "top.yaml"],
);

describe("resolveInTree", () => {
  it.each([
    ["a/b/f.yaml", "a/b/f.yaml"],
    ["./a//b/../b/f.yaml", "a/b/f.yaml"],
    ["a/up/top.yaml", "top.yaml"],
    ["c/in", "a/b/f.yaml"],
    ["", ""],
  ])("resolves %j to %j", async (input, expected) => {
    await expect(resolveInTree(tree, input)).resolves.toBe(expected);
  });

  it.each([
    ["../x", /leads outside/],
    ["a/../../x", /leads outside/],
    ["/etc/passwd", /absolute/],
    ["C:\\Windows\\x", /absolute/],
    ["a/b/out/etc/passwd", /leads outside/],
    ["c/abs", /absolute path/],
    ["c/loop", /too many levels/],
    ["a\0b", /NUL/],
  ])("refuses %j", async (input, error) => {
    await expect(resolveInTree(tree, input)).rejects.toThrow(error);
  });
});
