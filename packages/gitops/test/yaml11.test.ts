import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { applyEdits, buildEditRequest, memorySnapshot } from "../src/index.ts";

async function edit(text: string, set: string[], allowCreate = false): Promise<string> {
  const changes = await applyEdits(
    buildEditRequest({ set: set.map((line) => `f.yaml:${line}`), allowCreate }),
    memorySnapshot({ "f.yaml": text }),
  );
  return changes[0]?.after ?? text;
}

/** The system Python (Debian's python3-yaml), not a version manager's shim: starts in 50 ms, not 2 s. */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/** PyYAML (YAML 1.1, what many consumers use) as an independent, strict reader. */
function pyyaml(text: string): { ok: boolean; json: unknown } {
  const script = "import sys, yaml, json; print(json.dumps(list(yaml.safe_load_all(sys.stdin.buffer.read()))))";
  const result = spawnSync(PYTHON, ["-c", script], { input: Buffer.from(text, "utf8") });
  const out = result.stdout.toString("utf8").trim();
  return { ok: result.status === 0, json: result.status === 0 ? JSON.parse(out) : out };
}

describe("values a YAML 1.1 reader sees differently are quoted", () => {
  const separators = [
    ["U+2028 (line separator)", "a\u2028b"],
    ["U+2029 (paragraph separator)", "a\u2029b"],
    ["U+0085 (next line)", "a\u0085b"],
    ["a C1 control", "a\u0090b"],
    ["a byte order mark", "a\ufeffb"],
  ];

  it.each(separators)("a plain value holding %s", async (_label, value) => {
    const after = await edit("a: x\n", [`a=${value}`]);
    expect(pyyaml(after)).toEqual({ ok: true, json: [{ a: value }] });
  });

  it.each(separators)("a single-quoted value holding %s", async (_label, value) => {
    const after = await edit("a: 'x'\n", [`a=${value}`]);
    expect(pyyaml(after)).toEqual({ ok: true, json: [{ a: value }] });
  });

  it.each(separators)("a new key holding %s", async (_label, value) => {
    const after = await edit("a: x\n", [`b=${value}`], true);
    expect(pyyaml(after)).toEqual({ ok: true, json: [{ a: "x", b: value }] });
  });

  it.each(separators)("a block scalar given %s", async (_label, value) => {
    const after = await edit("a: |\n  x\n  y\n", [`a=${value}`]);
    expect(pyyaml(after)).toEqual({ ok: true, json: [{ a: value }] });
  });

  it.each([
    ["yes", "yes"],
    ["on", "on"],
    ["0o17 as text", "0o17"],
  ])("an inferred new value %s is written so YAML 1.1 reads the same as 1.2", async (_label, value) => {
    const after = await edit("a: x\n", [`b=${value}`], true);
    const { ok, json } = pyyaml(after);
    expect(ok).toBe(true);
    expect(json).toEqual([{ a: "x", b: value }]);
  });
});
