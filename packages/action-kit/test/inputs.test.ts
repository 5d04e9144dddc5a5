import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import {
  ConfigurationError,
  environmentInputs,
  InputReader,
  isInside,
  namedForInputs,
  requireBothOrNeither,
  resolveInside,
  staysInside,
} from "../src/index.ts";

const reader = (inputs: Record<string, string>): InputReader => new InputReader((name) => inputs[name]);

describe("environmentInputs", () => {
  it("reads INPUT_<NAME> with spaces as underscores and dashes kept", () => {
    const source = environmentInputs({ "INPUT_ROLE-TO-ASSUME": "arn", INPUT_MY_INPUT: "x" });
    expect(source("role-to-assume")).toBe("arn");
    expect(source("my input")).toBe("x");
  });
});

describe("InputReader", () => {
  it.each([
    ["true", true],
    ["True", true],
    ["FALSE", false],
    ["", true],
  ])("boolean %j -> %j (default true)", (value, expected) => {
    expect(reader({ flag: value }).boolean("flag", true)).toBe(expected);
  });

  it.each([
    ["boolean", () => reader({ flag: "yes" }).boolean("flag", false), 'Input "flag": "yes" is not a boolean'],
    ["integer", () => reader({ n: "4x" }).integer("n", 1), 'Input "n": "4x" is not a whole number'],
    ["range", () => reader({ n: "0" }).integer("n", 1, { min: 1, max: 8 }), "use a number from 1 to 8"],
    ["choice", () => reader({ mode: "pr" }).choice("mode", ["push", "pull-request"], "push"), "use one of: push"],
    ["required", () => reader({}).string("source", { required: true }), 'Input "source": "" is required'],
  ])("%s errors are one-line ConfigurationErrors naming the input", (_name, read, message) => {
    let caught: unknown;
    try {
      read();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as Error).message).toContain(message);
    expect((caught as Error).message).not.toContain("\n");
  });

  it("lists skip blanks and comments and can split on commas", () => {
    const input = reader({ targets: "a\n\n  # staging\n b \n", platforms: "linux/amd64, linux/arm64" });
    expect(input.list("targets")).toEqual(["a", "b"]);
    expect(input.list("platforms", { commas: true })).toEqual(["linux/amd64", "linux/arm64"]);
  });

  it("integers inside bounds and defaults", () => {
    expect(reader({ n: "8" }).integer("n", 1, { min: 1, max: 8 })).toBe(8);
    expect(reader({}).integer("n", 4)).toBe(4);
    expect(reader({}).optional("x")).toBeUndefined();
  });
});

describe("resolveInside", () => {
  // root/overlays, root/..cache, root/..., root/a/..b/file; links: in -> overlays,
  // out -> outside, dangling-out -> outside/new (missing), loop-a <-> loop-b.
  const base = mkdtempSync(path.join(os.tmpdir(), "kit-"));
  const root = path.join(base, "workspace");
  const outside = path.join(base, "outside");
  mkdirSync(path.join(root, "overlays"), { recursive: true });
  mkdirSync(path.join(root, "..cache"));
  mkdirSync(path.join(root, "..."));
  mkdirSync(path.join(root, "a", "..b"), { recursive: true });
  writeFileSync(path.join(root, "a", "..b", "file"), "");
  mkdirSync(outside);
  symlinkSync("overlays", path.join(root, "in"));
  symlinkSync(outside, path.join(root, "out"));
  symlinkSync("../outside/new", path.join(root, "dangling-out"));
  symlinkSync("loop-b", path.join(root, "loop-a"));
  symlinkSync("loop-a", path.join(root, "loop-b"));
  // The workspace reached through a link (as /tmp may be): the check compares real paths.
  symlinkSync(root, path.join(base, "linked-workspace"));

  it.each([
    ["overlays", "overlays"],
    ["./overlays/../overlays", "overlays"],
    [".", ""],
    ["..cache", "..cache"],
    ["..cache/new-file", "..cache/new-file"],
    ["a/..b", "a/..b"],
    ["a/..b/file", "a/..b/file"],
    ["dir/..hidden/file", "dir/..hidden/file"],
    ["...", "..."],
    ["a/..", ""],
    ["in", "in"],
    ["in/new-file", "in/new-file"],
    ["not-yet/created", "not-yet/created"],
    [path.join(root, "overlays"), "overlays"],
  ])("accepts %j", (value, relative) => {
    expect(resolveInside("path", value, root)).toBe(path.join(root, relative));
  });

  it("accepts paths when the workspace itself is reached through a link", () => {
    const linked = path.join(base, "linked-workspace");
    expect(resolveInside("path", "..cache", linked)).toBe(path.join(linked, "..cache"));
    expect(resolveInside("path", "in", linked)).toBe(path.join(linked, "in"));
  });

  it.each([
    ["..", /leads outside .*; use a path inside the workspace/],
    ["../x", /leads outside/],
    ["../etc", /leads outside/],
    ["a/../../x", /leads outside/],
    ["overlays/../../x", /leads outside/],
    ["/abs", /leads outside/],
    ["/etc/passwd", /leads outside/],
    ["out", /leads outside .* through a symbolic link/],
    ["out/file", /through a symbolic link/],
    ["dangling-out", /through a symbolic link/],
    ["dangling-out/deeper", /through a symbolic link/],
    ["loop-a", /has too many levels of symbolic links/],
  ])("refuses %j with one line naming the input", (value, message) => {
    let caught: unknown;
    try {
      resolveInside("path", value, root);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).toContain(`Input "path": ${JSON.stringify(value)}`);
    expect((caught as Error).message).not.toContain("\n");
  });

  it.each([
    ["overlays", true],
    ["..cache", true],
    ["in/new-file", true],
    ["not-yet/created", true],
    ["../x", false],
    ["/etc", false],
    ["out", false],
    ["out/file", false],
    ["dangling-out", false],
    ["loop-a", false],
  ])("staysInside %j: %j (skips what resolveInside refuses, without throwing)", (value, expected) => {
    expect(staysInside(root, value)).toBe(expected);
  });

  it("pathInside reads the input and applies its default", () => {
    expect(reader({ dir: "..cache" }).pathInside("dir", root)).toBe(path.join(root, "..cache"));
    expect(reader({}).pathInside("dir", root, { default: "." })).toBe(root);
    expect(() => reader({ dir: "../x" }).pathInside("dir", root)).toThrow(/Input "dir": "..\/x" leads outside/);
  });
});

describe("isInside", () => {
  it.each([
    ["/w", "/w", true],
    ["/w", "/w/..cache", true],
    ["/w", "/w/a/..b", true],
    ["/w", "/w/...", true],
    ["/w", "/", false],
    ["/w", "/x", false],
    ["/w", "/w2", false],
    ["/w", "/..cache", false],
  ])("%j contains %j: %j", (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });
});

describe("requireBothOrNeither", () => {
  it.each([
    [undefined, undefined, undefined],
    ["me", "pw", undefined],
    ["me", undefined, 'Input "password": "" is required together with "username"; give both or neither.'],
    [undefined, "pw", 'Input "username": "" is required together with "password"; give both or neither.'],
    ["", "pw", 'Input "username": "" is required together with "password"; give both or neither.'],
  ])("username %j, password %j", (username, password, message) => {
    // A field error: an action's own input names are named as they are (runAction's table is empty for them).
    const check = () => {
      try {
        requireBothOrNeither(["username", username], ["password", password]);
      } catch (error) {
        throw namedForInputs(error, {});
      }
    };
    if (message) expect(check).toThrow(message);
    else expect(check).not.toThrow();
  });
});
