import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { applyEdits, buildEditRequest, memorySnapshot, parseImageEdit, splitImage } from "../src/index.ts";

// `kustomize edit set image` semantics (kustomize v5 setimage.go): a line replaces the entry
// of the same name; fields it does not give are removed, `*` keeps the current one. Each row
// is checked twice: the exact kustomization text we write, and what `kubectl kustomize`
// (kustomize v5 inside) renders from it for a base image with both a tag and a digest.

const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;
const C = `sha256:${"c".repeat(64)}`;

const BASE_IMAGE = `app:1.0@${B}`;
const deployment = [
  "apiVersion: apps/v1",
  "kind: Deployment",
  "metadata:",
  "  name: app",
  "spec:",
  "  selector:",
  "    matchLabels: {app: app}",
  "  template:",
  "    metadata:",
  "      labels: {app: app}",
  "    spec:",
  "      containers:",
  "      - name: app",
  `        image: ${BASE_IMAGE}`,
  "",
].join("\n");

const head = "resources:\n- deployment.yaml\nimages:\n";
const full = `${head}- name: app\n  newName: mirror.example.com/app # mirror\n  newTag: "1.1"\n  digest: ${C}\n`;
const digestFirst = `${head}- digest: ${C}\n  name: app\n  newTag: "1.1"\n`;
const withSuffix = `${head}- name: app\n  tagSuffix: -debug\n  newTag: "1.1"\n`;
const flow = `resources: [deployment.yaml]\nimages: [{name: app, newName: mirror.example.com/app, newTag: "1.1", digest: ${C}}]\n`;
const none = `${head}- name: other\n  newTag: "9"\n`;

const rows: [string, string, string, string][] = [
  // [starting kustomization, images line, kustomization after, rendered image]
  [
    full,
    `app=registry.example.com/app:2.0@${A}`,
    `${head}- name: app\n  newName: registry.example.com/app # mirror\n  newTag: "2.0"\n  digest: ${A}\n`,
    `registry.example.com/app:2.0@${A}`,
  ],
  [full, "app:2.0", `${head}- name: app\n  newTag: "2.0"\n`, "app:2.0"],
  [full, `app@${A}`, `${head}- name: app\n  digest: ${A}\n`, `app@${A}`],
  [
    full,
    "app=registry.example.com/app",
    `${head}- name: app\n  newName: registry.example.com/app # mirror\n`,
    `registry.example.com/app:1.0@${B}`,
  ],
  [full, `app:2.0@${A}`, `${head}- name: app\n  newTag: "2.0"\n  digest: ${A}\n`, `app:2.0@${A}`],
  [
    full,
    "app=*:2.0",
    `${head}- name: app\n  newName: mirror.example.com/app # mirror\n  newTag: "2.0"\n`,
    "mirror.example.com/app:2.0",
  ],
  [
    full,
    `app=*:*@${A}`,
    `${head}- name: app\n  newName: mirror.example.com/app # mirror\n  newTag: "1.1"\n  digest: ${A}\n`,
    `mirror.example.com/app:1.1@${A}`,
  ],
  [full, "app:*", `${head}- name: app\n  newTag: "1.1"\n`, "app:1.1"],
  [digestFirst, "app:2.0", `${head}- name: app\n  newTag: "2.0"\n`, "app:2.0"],
  [
    digestFirst,
    "app=registry.example.com/app",
    `${head}- name: app\n  newName: registry.example.com/app\n`,
    `registry.example.com/app:1.0@${B}`,
  ],
  [withSuffix, "app:2.0", `${head}- name: app\n  newTag: "2.0"\n`, "app:2.0"],
  [flow, "app:2.0", 'resources: [deployment.yaml]\nimages: [{name: app, newTag: "2.0"}]\n', "app:2.0"],
  [
    flow,
    `app=*@${A}`,
    `resources: [deployment.yaml]\nimages: [{name: app, newName: mirror.example.com/app, digest: ${A}}]\n`,
    `mirror.example.com/app@${A}`,
  ],
  [none, "app:2.0", `${none}- name: app\n  newTag: "2.0"\n`, "app:2.0"],
  [none, `app:2.0@${A}`, `${none}- name: app\n  newTag: "2.0"\n  digest: ${A}\n`, `app:2.0@${A}`],
  [
    none,
    "app=registry.example.com/app",
    `${none}- name: app\n  newName: registry.example.com/app\n`,
    `registry.example.com/app:1.0@${B}`,
  ],
  [none, "app=*:2.0", `${none}- name: app\n  newTag: "2.0"\n`, "app:2.0"],
];

const scratch = mkdtempSync(path.join(os.tmpdir(), "gitops-kustomize-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("kustomize edit set image, field by field", () => {
  it.each(rows.map((row, i) => [i, row[1], ...row] as const))(
    "#%d %s",
    async (index, _title, before, line, after, rendered) => {
      const changes = await applyEdits(
        buildEditRequest({ overlay: ".", images: [line] }),
        memorySnapshot({ "kustomization.yaml": before, "deployment.yaml": deployment }),
      );
      expect(changes.map((c) => c.path)).toEqual(["kustomization.yaml"]);
      expect(changes[0]?.after).toBe(after);
      const dir = path.join(scratch, String(index));
      execFileSync("mkdir", ["-p", dir]);
      writeFileSync(path.join(dir, "deployment.yaml"), deployment);
      writeFileSync(path.join(dir, "kustomization.yaml"), after);
      const output = execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8" });
      expect(output).toContain(`image: ${rendered}\n`);
    },
  );

  it("renders the untouched base as kustomize would (the rows' premise)", () => {
    const dir = path.join(scratch, "base");
    execFileSync("mkdir", ["-p", dir]);
    writeFileSync(path.join(dir, "deployment.yaml"), deployment);
    writeFileSync(path.join(dir, "kustomization.yaml"), full);
    const output = execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8" });
    expect(output).toContain(`image: mirror.example.com/app:1.1@${C}\n`);
  });
});

describe("kustomize's image.Split and parse", () => {
  it.each([
    ["app", { name: "app" }],
    ["app:1", { name: "app", tag: "1" }],
    [`app@${A}`, { name: "app", digest: A }],
    [`app:1@${A}`, { name: "app", tag: "1", digest: A }],
    ["localhost:5000/app", { name: "localhost:5000/app" }],
    ["localhost:5000/app:1", { name: "localhost:5000/app", tag: "1" }],
    [`localhost:5000/team/app@${A}`, { name: "localhost:5000/team/app", digest: A }],
    ["*:2", { name: "*", tag: "2" }],
  ])("splits %s", (reference, expected) => {
    expect(splitImage(reference)).toEqual(expected);
  });

  it.each([
    ["app:*", { name: "app", newTag: "*" }],
    ["app@*", { name: "app", digest: "*" }],
    ["app=*", { name: "app", newName: "*" }],
    ["app=*:*@*", { name: "app", newName: "*", newTag: "*", digest: "*" }],
  ])("reads * in %s as keep", (line, expected) => {
    expect(parseImageEdit(line)).toEqual(expected);
  });

  it.each(["*:1", "app=*x:1", "app:1*", "app@sha256:*"])("refuses %j", (line) => {
    expect(() => parseImageEdit(line)).toThrow(/^images: [^\n]*$/);
  });
});
