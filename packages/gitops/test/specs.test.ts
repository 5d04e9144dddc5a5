import { describe, expect, it } from "@jest/globals";
import { ConfigurationError } from "@platform/action-kit";
import { isImageName } from "@platform/oci";
import { buildEditRequest, isRepositoryName, parseImageEdit, parseReplicaEdit, parseSetEdit } from "../src/index.ts";

const D = `sha256:${"0123456789abcdef".repeat(4)}`;

describe("images: kustomize edit set image syntax", () => {
  it.each([
    ["nginx:1.25", { name: "nginx", newTag: "1.25" }],
    [`nginx@${D}`, { name: "nginx", digest: D }],
    [`nginx:1.25@${D}`, { name: "nginx", newTag: "1.25", digest: D }],
    ["nginx=ghcr.io/o/nginx", { name: "nginx", newName: "ghcr.io/o/nginx" }],
    ["nginx=ghcr.io/o/nginx:2", { name: "nginx", newName: "ghcr.io/o/nginx", newTag: "2" }],
    [
      `nginx=localhost:5000/o/nginx:2@${D}`,
      { name: "nginx", newName: "localhost:5000/o/nginx", newTag: "2", digest: D },
    ],
    ["registry.example.com:5000/team/app:v1_2", { name: "registry.example.com:5000/team/app", newTag: "v1_2" }],
  ])("%s", (line, expected) => {
    expect(parseImageEdit(line)).toEqual(expected);
  });

  it.each([
    "nginx",
    "nginx:",
    "nginx:-bad",
    `nginx:${"a".repeat(129)}`,
    "nginx@sha256:abc",
    `nginx@sha512:${"a".repeat(128)}`,
    `nginx@SHA256:${"A".repeat(64)}`,
    "Nginx:1",
    "nginx:1 # comment",
    "nginx:1\nkey: value",
    "nginx=:1",
    "nginx=",
    "=nginx:1",
    "ngi nx:1",
    'nginx:"1"',
    "nginx:{a}",
    "a//b:1",
  ])("refuses %j with a one-line ConfigurationError naming the field", (line) => {
    expect(() => parseImageEdit(line)).toThrow(ConfigurationError);
    expect(() => parseImageEdit(line)).toThrow(/^images: [^\n]*$/);
  });

  it("follows the distribution reference grammar", () => {
    expect(isImageName("a.b-c/d_e/f__g/h---i")).toBe(true);
    expect(isImageName("[::1]:5000/app")).toBe(true);
    expect(isImageName("app_")).toBe(false);
    expect(isImageName("-app")).toBe(false);
    expect(isImageName(`a/${"b".repeat(260)}`)).toBe(false);
  });
});

describe("replicas", () => {
  it("parses name=count", () => expect(parseReplicaEdit("web-1=12")).toEqual({ name: "web-1", count: 12 }));
  it.each(["web", "web=", "web=-1", "web=01", "web=1.5", "web=3000000000", "Web=1", "web=1e3", "=1"])(
    "refuses %j",
    (line) => {
      expect(() => parseReplicaEdit(line)).toThrow(/^replicas: /);
    },
  );
});

describe("set paths", () => {
  it("parses keys, indices, selectors, quoted keys and a document selector", () => {
    expect(parseSetEdit('a.yaml:{kind=ConfigMap,metadata.name=v}data."app.version"=1.2=3')).toEqual({
      file: "a.yaml",
      selector: { kind: "ConfigMap", "metadata.name": "v" },
      path: [
        { kind: "key", key: "data" },
        { kind: "key", key: "app.version" },
      ],
      value: "1.2=3",
      line: 'a.yaml:{kind=ConfigMap,metadata.name=v}data."app.version"=1.2=3',
    });
    expect(parseSetEdit("v.yaml:env[name=LOG].value=").path).toEqual([
      { kind: "key", key: "env" },
      { kind: "match", key: "name", value: "LOG" },
      { kind: "key", key: "value" },
    ]);
    expect(parseSetEdit("v.yaml:hosts[1][0].x=1").path).toEqual([
      { kind: "key", key: "hosts" },
      { kind: "index", index: 1 },
      { kind: "index", index: 0 },
      { kind: "key", key: "x" },
    ]);
  });

  it("reads a value written as a JSON string: line breaks, tabs, always a string", () => {
    const edit = parseSetEdit('c.yaml:data."nginx.conf"="server {\\n\\tlisten 80;\\n}\\n"');
    expect(edit.value).toBe("server {\n\tlisten 80;\n}\n");
    expect(edit.quoted).toBe(true);
    expect(parseSetEdit('v.yaml:tag="1.10"')).toMatchObject({ value: "1.10", quoted: true });
    expect(parseSetEdit('v.yaml:say=say "hi"')).toMatchObject({ value: 'say "hi"' });
    expect(parseSetEdit('v.yaml:say=say "hi"').quoted).toBeUndefined();
  });

  it.each([
    "nofile",
    'f.yaml:a="unterminated',
    'f.yaml:a="x" trailing',
    'f.yaml:a="bell \\u0007"',
    'f.yaml:a="cr \\r"',
    ":a=1",
    "f.yaml:a",
    "f.yaml:a..b=1",
    "f.yaml:a[=1",
    "f.yaml:a[x]=1",
    "f.yaml:{kind}a=1",
    "f.yaml:a=\u0007",
    `f.yaml:a=${"x".repeat(5000)}`,
  ])("refuses %j", (line) => {
    expect(() => parseSetEdit(line)).toThrow(/^set: /);
  });
});

describe("buildEditRequest", () => {
  it("refuses duplicates, empty requests and too many lines", () => {
    expect(() => buildEditRequest({ images: ["a:1", "a:2"] })).toThrow(/sets a a second time/);
    expect(() => buildEditRequest({ replicas: ["a=1", "a=2"] })).toThrow(/second time/);
    expect(() => buildEditRequest({})).toThrow(/give at least one edit/);
    expect(() => buildEditRequest({ images: Array.from({ length: 1001 }, (_, i) => `a${i}:1`) })).toThrow(
      /more than 1000/,
    );
  });
});

describe("isRepositoryName", () => {
  it.each(["../x", "./x", "o/..", "o/.", "-o/x", "o/x/y", "o/", "/x", "o x/y", `o/${"a".repeat(101)}`])(
    "refuses %s",
    (value) => {
      expect(isRepositoryName(value)).toBe(false);
    },
  );
  it.each(["octo-org/app", "o/.github", "o_enterprise/app.v2", "O/X-_."])("accepts %s", (value) => {
    expect(isRepositoryName(value)).toBe(true);
  });
});

describe("paths that lead outside the repository are refused before any clone", () => {
  it.each(["../outside.yaml", "/etc/x.yaml", "a/../../b.yaml", "a\\..\\..\\b.yaml"])("set file %s", (file) => {
    expect(() => parseSetEdit(`${file}:a=b`)).toThrow(/leads outside the repository|is an absolute path/);
  });
  it.each(["../overlay", "/etc"])("overlay %s", (overlay) => {
    expect(() => buildEditRequest({ overlay, images: ["app=reg.example/app:1"] })).toThrow(
      /leads outside the repository|is an absolute path/,
    );
  });
  it.each(["deploy/values.yaml", "..cache/x.yaml", "a..b/c.yaml", "a/../b.yaml"])("keeps %s", (file) => {
    expect(parseSetEdit(`${file}:a=b`).file).toBe(file);
  });
});
