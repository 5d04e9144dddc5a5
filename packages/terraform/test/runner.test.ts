import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { ConfigurationError, memoryLogger } from "@platform/action-kit";
import { type Exec, splitArguments } from "../src/exec.ts";
import { errorLines, runPlan } from "../src/plan-runner.ts";

describe("splitArguments", () => {
  it.each([
    ["", []],
    ["-var-file=prod.tfvars  -refresh=false", ["-var-file=prod.tfvars", "-refresh=false"]],
    [`-var 'name=a b' -var "x=it's"`, ["-var", "name=a b", "-var", "x=it's"]],
    ["-var x=''", ["-var", "x="]],
    ["a\nb", ["a", "b"]],
  ])("%j", (text, expected) => {
    expect(splitArguments(text)).toEqual(expected);
  });

  it("refuses an unclosed quote", () => {
    expect(() => splitArguments("-var 'x")).toThrow("unclosed ' quote");
  });
});

describe("errorLines", () => {
  it("keeps the diagnostics from the first Error without the box drawing", () => {
    const output = "Initializing...\n\n╷\n│ Error: Invalid multi-line string\n│ \n│   on main.tf line 6\n╵\n";
    expect(errorLines(output)).toEqual(["Error: Invalid multi-line string", "", "  on main.tf line 6"]);
  });

  it("never passes on the expression values of a diagnostic (Terraform shows sensitive ones too)", () => {
    const output = [
      "╷",
      "│ Error: Invalid value for variable",
      "│ ",
      "│   on main.tf line 1:",
      '│    1: variable "token" {',
      "│     ├────────────────",
      '│     │ var.token is "leaky-token-value-42"',
      "│     │ local.ids is a list of string",
      "│ ",
      "│ The token is too long.",
      "╵",
    ].join("\n");
    expect(errorLines(output)).toEqual([
      "Error: Invalid value for variable",
      "",
      "  on main.tf line 1:",
      '   1: variable "token" {',
      "    ├────────────────",
      "    │ var.token is (value not shown)",
      "    │ local.ids is (value not shown)",
      "",
      "The token is too long.",
    ]);
  });
});

describe("runPlan", () => {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "run-plan-"));
  const scripted = (codes: Record<string, number>, calls: string[][]): Exec => {
    return async (command, args) => {
      calls.push([command, ...args]);
      const step = args[0] ?? "";
      return {
        exitCode: codes[step] ?? 0,
        stdout: step === "show" ? '{"format_version":"1.2"}' : "",
        stderr: `Error: ${step} broke`,
      };
    };
  };
  const options = (exec: Exec) => ({
    terraform: "tofu",
    init: true,
    planArgs: ["-refresh=false"],
    exec,
    tempDir,
    logger: memoryLogger(),
  });

  it("inits, plans with the fixed flags and the extra arguments, then shows JSON (exit 2 is fine)", async () => {
    const calls: string[][] = [];
    const run = await runPlan("/ws", "ws", options(scripted({ plan: 2 }, calls)));
    expect(run).toEqual({ ok: true, planJson: '{"format_version":"1.2"}', exitCode: 2 });
    expect(calls.map((c) => c.slice(0, 2))).toEqual([
      ["tofu", "init"],
      ["tofu", "plan"],
      ["tofu", "show"],
    ]);
    expect(calls[1]).toEqual(
      expect.arrayContaining(["-detailed-exitcode", "-lock=false", "-input=false", "-refresh=false"]),
    );
  });

  it("skips init when told", async () => {
    const calls: string[][] = [];
    await runPlan("/ws", "ws", { ...options(scripted({}, calls)), init: false });
    expect(calls.map((c) => c[1])).toEqual(["plan", "show"]);
  });

  it.each([
    [{ init: 1 }, "Error: init broke", 1],
    [{ plan: 1 }, "Error: plan broke", 2],
    [{ show: 1 }, "Error: show broke", 3],
  ])("a failing step %j gives its error lines and stops", async (codes, line, steps) => {
    const calls: string[][] = [];
    expect(await runPlan("/ws", "ws", options(scripted(codes, calls)))).toEqual({ ok: false, errorLines: [line] });
    expect(calls).toHaveLength(steps);
  });

  it("a binary that cannot start is the user's mistake, naming the input", async () => {
    const exec: Exec = async () => {
      throw new Error("spawn tofu ENOENT");
    };
    await expect(runPlan("/ws", "ws", options(exec))).rejects.toThrow(ConfigurationError);
    await expect(runPlan("/ws", "ws", options(exec))).rejects.toThrow(/^terraform: "tofu" could not be run/);
  });
});
