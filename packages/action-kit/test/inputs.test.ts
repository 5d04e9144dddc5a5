import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { ConfigurationError, environmentInputs, InputReader, resolveInside } from "../src/index.ts";

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
  const root = mkdtempSync(path.join(os.tmpdir(), "kit-"));
  mkdirSync(path.join(root, "overlays"));

  it.each(["overlays", "./overlays/../overlays", "."])("accepts %j", (value) => {
    expect(resolveInside("path", value, root).startsWith(root)).toBe(true);
  });

  it.each(["..", "../etc", "/etc/passwd", "overlays/../../x"])("refuses %j", (value) => {
    expect(() => resolveInside("path", value, root)).toThrow(/leads outside/);
  });
});
