import { describe, expect, it } from "@jest/globals";
import {
  applyEdits,
  buildEditRequest,
  commitMessage,
  memorySnapshot,
  pullRequestBranch,
  unifiedDiff,
} from "../src/index.ts";

async function edit(text: string, set: string[], allowCreate = false): Promise<string> {
  const changes = await applyEdits(
    buildEditRequest({ set: set.map((line) => `f.yaml:${line}`), allowCreate }),
    memorySnapshot({ "f.yaml": text }),
  );
  return changes[0]?.after ?? text;
}

describe("values are written as data, never as YAML", () => {
  it.each([
    ["a: x\n", "a={b: c}", 'a: "{b: c}"\n'],
    ["a: x\n", "a=1 # not a comment", 'a: "1 # not a comment"\n'],
    ["a: x\n", "a=x: y", 'a: "x: y"\n'],
    ["a: x\n", "a=&anchor", 'a: "&anchor"\n'],
    ["a: x\n", "a=*alias", 'a: "*alias"\n'],
    ["a: x\n", "a=- item", 'a: "- item"\n'],
    ["a: x\n", "a=true", 'a: "true"\n'],
    ["a: x\n", "a=1.10", 'a: "1.10"\n'],
    ["a: x\n", "a=null", 'a: "null"\n'],
    ["a: x\n", "a=", 'a: ""\n'],
    ["a: x\n", 'a=say "hi"', 'a: say "hi"\n'],
    ["a: 'x'\n", "a=it's", "a: 'it''s'\n"],
    ['a: "x"\n', 'a=q"\\', 'a: "q\\"\\\\"\n'],
    ["a: [x, y]\n", "a[1]=p, q", 'a: [x, "p, q"]\n'],
    ["a: {k: v}\n", "a.k=}", 'a: {k: "}"}\n'],
    ["n: 3\n", "n=4", "n: 4\n"],
    ["b: false\n", "b=true", "b: true\n"],
    ["e:\n", "e=v1", "e: v1\n"],
    ["e: ~\n", "e=2", "e: 2\n"],
    ["n: 3\n", 'n="4"', 'n: "4"\n'],
    ["v: x\n", 'v="1.10"', 'v: "1.10"\n'],
    ["v: x\n", 'v="a \\"b\\""', 'v: a "b"\n'],
  ])("%j with %j", async (text, line, expected) => {
    const after = await edit(text, [line]);
    expect(after).toBe(expected);
  });

  it("refuses type changes", async () => {
    await expect(edit("n: 3\n", ["n=x"])).rejects.toThrow(/is a number/);
    await expect(edit("b: true\n", ["b=1"])).rejects.toThrow(/is a boolean/);
    await expect(edit("a: [1]\n", ["a[3]=1"])).rejects.toThrow(/does not exist \(the list has 1 items\)/);
    await expect(edit("a: [1]\n", ["a[0].b=1"], true)).rejects.toThrow(/not a mapping/);
    await expect(edit("l: [{n: a}, {n: a}]\n", ["l[n=a].v=1"], true)).rejects.toThrow(/matches 2 list items/);
    await expect(edit("x: 1\na: b: c\n", ["a=1"])).rejects.toThrow(
      /^set: "f.yaml:a=1" cannot be applied: f.yaml is not valid YAML at line 2: [^\n]+$/,
    );
  });

  it("creates nested keys only with allow-create, typed like helm --set", async () => {
    await expect(edit("a: 1\n", ["b.c=2"])).rejects.toThrow(/allowCreate/);
    expect(await edit("a: 1\n", ["b.c=2", "b.d=x"], true)).toBe("a: 1\nb:\n  c: 2\n  d: x\n");
    expect(await edit("a: 1\n", ["s=yes please: now"], true)).toBe('a: 1\ns: "yes please: now"\n');
    expect(await edit("a: 1\n", ['s="1.10"', "t=1.10"], true)).toBe('a: 1\ns: "1.10"\nt: 1.10\n');
  });

  it.each([
    [
      "env:\n  - name: A\n    value: x\n",
      "env[name=B].value=y",
      // `y` is a boolean to YAML 1.1 readers (go-yaml v2): quoted so every reader sees the string.
      'env:\n  - name: A\n    value: x\n  - name: B\n    value: "y"\n',
    ],
    [
      "env:\r\n- name: A # first\r\n",
      "env[name=B].value=2",
      "env:\r\n- name: A # first\r\n- name: B\r\n  value: 2\r\n",
    ],
    ["ports: [{port: 80}]\n", "ports[port=8080].name=http", "ports: [{port: 80}, {port: 8080, name: http}]\n"],
    ["a: [x, y]\n", "a[2]=z", "a: [x, y, z]\n"],
    ["a: []\n", "a[0].k=v", "a: [{k: v}]\n"],
    ["l:\n- 1\n", "l[1]=2", "l:\n- 1\n- 2\n"],
  ])("with allow-create, appends a list item to %j for %s", async (text, line, expected) => {
    expect(await edit(text, [line], true)).toBe(expected);
    await expect(edit(text, [line])).rejects.toThrow(/allowCreate: true to append it/);
  });

  it.each([
    ["a: 1\n", "env[name=A].value=x", "a: 1\nenv:\n- name: A\n  value: x\n"],
    ["a:\n  - 1\n", "b[0].k=v", "a:\n  - 1\nb:\n  - k: v\n"],
    ["x: {a: 1}\n", "x.l[0]=v", "x: {a: 1, l: [v]}\n"],
    ["env:\nb: 1\n", "env[name=A].value=x", "env:\n- name: A\n  value: x\nb: 1\n"],
    ["k:\n  env: # none yet\n", "k.env[0]=x", "k:\n  env: # none yet\n  - x\n"],
  ])("with allow-create, creates a missing list in %j for %s", async (text, line, expected) => {
    expect(await edit(text, [line], true)).toBe(expected);
  });

  it("refuses list items it cannot create", async () => {
    await expect(edit("a: [x]\n", ["a[3]=z"], true)).rejects.toThrow(/does not exist \(the list has 1 items\)/);
    await expect(edit("l: [{n: a}]\n", ["l[n=b]=1"], true)).rejects.toThrow(/names a list item, not a value/);
    await expect(edit("l: [{n: a}]\n", ["l[n=b][0]=1"], true)).rejects.toThrow(/names a list item, not a value/);
    await expect(edit("a: 1\n", ["l[1]=x"], true)).rejects.toThrow(/a new list starts at \[0\]/);
  });

  it("leaves a file byte-identical when the value is already there", async () => {
    const text = "# c\r\na:   'x'   # trailing\r\n";
    expect(await edit(text, ["a=x"])).toBe(text);
  });
});

describe("block scalars are edited in place", () => {
  // [file, set line (after f.yaml:), file after]; every result is re-parsed by the editor itself.
  it.each([
    ["a: |\n  x\n  y\nb: 1\n", 'a="p\\nq\\n"', "a: |\n  p\n  q\nb: 1\n"],
    ["a: |\n  x\n  y\nb: 1\n", 'a="p\\nq"', "a: |-\n  p\n  q\nb: 1\n"],
    ["a: |\n  x\n  y\nb: 1\n", 'a="p\\nq\\n\\n"', "a: |+\n  p\n  q\n\nb: 1\n"],
    ["a: |-\n  x\n  y\nb: 1\n", 'a="p\\n"', "a: |\n  p\nb: 1\n"],
    ["a: |\n  x\n  y\nb: 1\n", "a=one line", 'a: "one line"\nb: 1\n'],
    ["a: |-  # why\n  x\n\nb: 1\n", 'a="p\\n  q"', "a: |-  # why\n  p\n    q\n\nb: 1\n"],
    ["a: >-\n  long\n  text\nb: 1\n", "a=new text", "a: >-\n  new text\nb: 1\n"],
    ["a: >-\n  x\nb: 1\n", 'a="l1\\nl2\\n\\nl3"', "a: >-\n  l1\n\n  l2\n\n\n  l3\nb: 1\n"],
    ["a: >\n  x\nb: 1\n", 'a="  indented\\n"', 'a: "  indented\\n"\nb: 1\n'],
    ["a: >+\n  x\n\n\nb: 1\n", "a=y", "a: >-\n  y\n\n\nb: 1\n"],
    ["a: > # folded\n  x\nb: 1\n", 'a="p q\\n"', "a: > # folded\n  p q\nb: 1\n"],
    ["a: |+\n  x\n\nb: 1\n", "a=y", 'a: "y"\n\nb: 1\n'],
    ["- |2\n   x\n  y\n", '[0]="  p\\nq\\n"', "- |2\n    p\n  q\n"],
    ["- |-2\n   x\n", '[0]="  p\\nq"', "- |-2\n    p\n  q\n"],
    ["a: |\r\n  x\r\n\r\nb: 1\r\n", 'a="p\\nq\\n"', "a: |\r\n  p\r\n  q\r\n\r\nb: 1\r\n"],
    ["a: |\n  x", 'a="p\\nq\\n"', "a: |\n  p\n  q"],
    ["a: |\n  x", "a=p", 'a: "p"'],
    ["k:\n  a: |\n    x\n  b: 1\n", 'k.a="p\\n\\tq\\n"', "k:\n  a: |\n    p\n    \tq\n  b: 1\n"],
    ["a: |\n  x\n", 'a="\\n\\n"', 'a: "\\n\\n"\n'],
    ["a: 'x'\n", 'a="p\\nq"', 'a: "p\\nq"\n'],
    ["a: |\nb: 1\n", 'a="p\\nq\\n"', "a: |\n  p\n  q\nb: 1\n"],
    ["a: |\nb: 1\n", "a=p", 'a: "p"\nb: 1\n'],
    ["- k: |\n    x\n  j: 1\n", '[0].k="p\\n"', "- k: |\n    p\n  j: 1\n"],
  ])("%j with %s", async (text, line, expected) => {
    expect(await edit(text, [line])).toBe(expected);
  });

  it("leaves a block byte-identical when the value is already there", async () => {
    const text = "a: |+ # keep\n  x\n\nb: 1\n";
    expect(await edit(text, ['a="x\\n\\n"'])).toBe(text);
  });

  it("refuses a block where a number belongs", async () => {
    const changes = applyEdits(
      buildEditRequest({ overlay: "k.yaml", replicas: ["web=2"] }),
      memorySnapshot({ "k.yaml": "replicas:\n- name: web\n  count: |\n    1\n" }),
    );
    await expect(changes).rejects.toThrow(/block scalar/);
  });
});

describe("messages and branches", () => {
  const request = buildEditRequest({
    overlay: "apps/web/overlays/prod",
    images: [`web:1.2.3@sha256:${"a".repeat(64)}`],
  });

  it("appends Image and Run trailers to the template", () => {
    expect(commitMessage(request, { template: "deploy {images} to {overlay}", runUrl: "https://x/runs/1" })).toBe(
      `deploy web:1.2.3@sha256:${"a".repeat(64)} to apps/web/overlays/prod\n\nImage: web@sha256:${"a".repeat(64)}\nRun: https://x/runs/1\n`,
    );
  });

  it("shows a line that keeps a part with * as written, without an Image trailer", () => {
    const keeping = buildEditRequest({ overlay: "o", images: ["web=*:1.2", `api:2@sha256:${"b".repeat(64)}`] });
    expect(commitMessage(keeping, {})).toBe(
      `chore(deploy): update web=*:1.2, api:2@sha256:${"b".repeat(64)} in o\n\nImage: api@sha256:${"b".repeat(64)}\n`,
    );
  });

  it("names the pull request branch from what is edited, not the new values", () => {
    const newer = buildEditRequest({ overlay: "apps/web/overlays/prod", images: ["web:1.2.4"] });
    const other = buildEditRequest({ overlay: "apps/web/overlays/dev", images: ["web:1.2.4"] });
    const target = { repository: "o/r", branch: "main" };
    expect(pullRequestBranch(target, request)).toBe(pullRequestBranch(target, newer));
    expect(pullRequestBranch(target, request)).not.toBe(pullRequestBranch(target, other));
    expect(pullRequestBranch(target, request)).toMatch(/^update-overlay\/main\/apps-web-overlays-prod-[0-9a-f]{10}$/);
  });

  it("renders a git-style unified diff of the changes", () => {
    const diff = unifiedDiff([{ path: "a/b.yaml", mode: "100644", before: "x: 1\ny: 2\n", after: "x: 1\ny: 3\n" }]);
    expect(diff).toBe("--- a/a/b.yaml\n+++ b/a/b.yaml\n@@ -1,2 +1,2 @@\n x: 1\n-y: 2\n+y: 3\n");
  });

  it.each([
    ["images:\nresources: [a]\n", 'images:\n- name: web\n  newTag: "2"\nresources: [a]\n'],
    ["images: # pinned by CI\n", 'images: # pinned by CI\n- name: web\n  newTag: "2"\n'],
    ["images: []\n", 'images: [{name: web, newTag: "2"}]\n'],
    ["resources:\n  - a\nimages:\r\n", 'resources:\n  - a\nimages:\r\n  - name: web\r\n    newTag: "2"\r\n'],
  ])("fills an empty images list in %j", async (text, expected) => {
    const changes = await applyEdits(
      buildEditRequest({ overlay: "k.yaml", images: ["web:2"] }),
      memorySnapshot({ "k.yaml": text }),
    );
    expect(changes[0]?.after).toBe(expected);
  });
});
