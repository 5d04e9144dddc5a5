import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { parseCommandFile, runBundledAction } from "./run-action.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "run-action-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A throwaway "action": plain Node that uses the runner's files the way @actions/core does. */
const script = path.join(dir, "fake-action.mjs");
writeFileSync(
  script,
  `import { appendFileSync, writeFileSync } from "node:fs";
const env = process.env;
const out = (file, text) => appendFileSync(env[file], text);
if (env.STATE_phase === "main") {
  console.log("post phase with", env.STATE_token_id);
  out("GITHUB_OUTPUT", "post=done\\n");
  process.exit(0);
}
out("GITHUB_OUTPUT", "greeting=Hello, " + env["INPUT_WHO_AM-I"] + "!\\n");
out("GITHUB_OUTPUT", "equation=a=b\\n");
out("GITHUB_OUTPUT", "report<<EOF_1\\nline one\\nline two\\nEOF_1\\n");
out("GITHUB_ENV", "EXPORTED=yes\\n");
out("GITHUB_STATE", "phase=main\\ntoken_id=42\\n");
out("GITHUB_STEP_SUMMARY", "## Summary\\n");
console.log("::add-mask::s3cr3t");
console.log("leaked? " + (env.HARNESS_LEAK ?? "no") + ", removed? " + (env.RUNNER_OS ?? "gone"));
console.log("cwd=" + process.cwd() + " temp=" + env.RUNNER_TEMP + " repo=" + env.GITHUB_REPOSITORY + " extra=" + env.EXTRA);
if (env.INPUT_FAIL === "true") {
  console.log("::error::Input \\"fail\\": asked to fail");
  process.exitCode = 1;
}
if (env.INPUT_HANG === "true") setInterval(() => {}, 1000);
`,
);

describe("runBundledAction", () => {
  it("passes inputs as INPUT_ variables and returns outputs, env, state, summary and log", async () => {
    process.env.HARNESS_LEAK = "developer secret";
    let result: Awaited<ReturnType<typeof runBundledAction>>;
    try {
      result = await runBundledAction("fake", {
        entry: script,
        inputs: { "who am-i": "platform" },
        env: { EXTRA: "given", RUNNER_OS: undefined },
      });
    } finally {
      delete process.env.HARNESS_LEAK;
    }
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ greeting: "Hello, platform!", equation: "a=b", report: "line one\nline two" });
    expect(result.exportedEnv).toEqual({ EXPORTED: "yes" });
    expect(result.state).toEqual({ phase: "main", token_id: "42" });
    expect(result.summary).toBe("## Summary\n");
    expect(result.masked).toEqual(["s3cr3t"]);
    expect(result.errors).toEqual([]);
    // The developer's environment does not reach the action; env overrides add and remove.
    expect(result.log).toContain("leaked? no, removed? gone");
    expect(result.log).toContain(`cwd=${result.workspace} temp=${result.runnerTemp} repo=octo-org/app extra=given`);
  });

  it("runs the post phase with the state the main phase saved", async () => {
    const main = await runBundledAction("fake", { entry: script, inputs: { "who am-i": "x" } });
    const post = await runBundledAction("fake", { entry: script, post: { state: main.state } });
    expect(post.exitCode).toBe(0);
    expect(post.outputs).toEqual({ post: "done" });
    expect(post.log).toContain("post phase with 42");
  });

  it("reports the exit code and ::error:: lines of a failing step", async () => {
    const result = await runBundledAction("fake", { entry: script, inputs: { "who am-i": "x", fail: "true" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual(['Input "fail": asked to fail']);
  });

  it("uses a given workspace as the working directory", async () => {
    const workspace = mkdtempSync(path.join(dir, "ws-"));
    const result = await runBundledAction("fake", { entry: script, workspace, inputs: { "who am-i": "x" } });
    expect(result.workspace).toBe(workspace);
    expect(result.log).toContain(`cwd=${workspace} `);
  });

  it("kills an action that runs past its timeout", async () => {
    const result = await runBundledAction("fake", {
      entry: script,
      inputs: { "who am-i": "x", hang: "true" },
      timeoutMs: 500,
    });
    expect(result.exitCode).toBe(128);
  });

  it("fails when the bundle does not exist", async () => {
    const result = await runBundledAction("no-such-action-for-harness-test");
    expect(result.exitCode).toBe(1);
    expect(result.log).toMatch(/Cannot find module .*actions\/no-such-action-for-harness-test\/dist\/index\.js/);
  });
});

describe("parseCommandFile", () => {
  it.each([
    ["name=value\n", { name: "value" }],
    ["a=1\r\nb=x=y\r\n", { a: "1", b: "x=y" }],
    ["multi<<ghadelimiter_1\nfirst\n\nthird\nghadelimiter_1\nafter=2\n", { multi: "first\n\nthird", after: "2" }],
    ["empty=\n", { empty: "" }],
    ["", {}],
  ])("parses %j", (text, expected) => {
    expect(parseCommandFile(text)).toEqual(expected);
  });
});
