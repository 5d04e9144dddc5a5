import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import type { ActionResult } from "./run-action.ts";
import { expectNoSecret } from "./secrets.ts";

function result(overrides: Partial<ActionResult> = {}): ActionResult {
  return {
    exitCode: 0,
    outputs: {},
    exportedEnv: {},
    state: {},
    summary: "",
    log: "::add-mask::s3cret\nall good\n",
    workspace: "/w",
    runnerTemp: mkdtempSync(path.join(os.tmpdir(), "secrets-test-")),
    masked: ["s3cret"],
    errors: [],
    ...overrides,
  };
}

describe("expectNoSecret", () => {
  it("passes when the secret appears only in its ::add-mask:: line", () => {
    expect(() => expectNoSecret(result(), ["s3cret"])).not.toThrow();
  });

  it.each([
    ["the log", { log: "token is s3cret\n" }],
    ["an output", { outputs: { x: "s3cret" } }],
    ["the state", { state: { x: "s3cret" } }],
    ["the summary", { summary: "| s3cret |" }],
  ])("finds it in %s", (_where, overrides) => {
    expect(() => expectNoSecret(result(overrides), ["s3cret"])).toThrow();
  });

  it("finds it in a file left in RUNNER_TEMP or a place named", () => {
    const left = result();
    writeFileSync(path.join(left.runnerTemp, "config.json"), '{"auth":"s3cret"}');
    expect(() => expectNoSecret(left, ["s3cret"])).toThrow();
    const other = mkdtempSync(path.join(os.tmpdir(), "secrets-also-"));
    writeFileSync(path.join(other, "f"), "s3cret");
    expect(() => expectNoSecret(result(), ["s3cret"], { also: [other] })).toThrow();
  });

  it("refuses to compare nothing", () => {
    expect(() => expectNoSecret(result(), [undefined, ""])).toThrow();
  });
});
