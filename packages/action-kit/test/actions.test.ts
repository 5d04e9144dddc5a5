import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { actionsLogger, exportVariable, mask, runAction, saveState, setOutputs, writeSummary } from "../src/actions.ts";
import { escapeLog } from "../src/log-escape.ts";

// The kit writes workflow commands without @actions/core's index (see core-commands.ts);
// each function must write exactly what @actions/core writes for the same arguments.

const files = ["GITHUB_OUTPUT", "GITHUB_STATE", "GITHUB_ENV"] as const;
const saved = { ...process.env };
const savedExitCode = process.exitCode;

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = savedExitCode;
  jest.restoreAllMocks();
});

/** What a call writes to stdout and to the runner's command files (delimiters made equal). */
function written(withFiles: boolean, call: () => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kit-commands-"));
  for (const name of files) {
    if (withFiles) {
      process.env[name] = path.join(dir, name);
      writeFileSync(path.join(dir, name), "");
    } else delete process.env[name];
  }
  const out: string[] = [];
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  call();
  jest.restoreAllMocks();
  const contents = withFiles ? files.map((name) => `${name}:${readFileSync(path.join(dir, name), "utf8")}`) : [];
  return [out.join(""), ...contents].join("\n").replace(/ghadelimiter_[0-9a-f-]+/g, "ghadelimiter_X");
}

const awkward = "line one\nline two: 100% done, a:b,c\r\n";

describe.each([true, false])("workflow commands (command files given: %j)", (withFiles) => {
  it.each([
    ["mask", () => mask(awkward), () => core.setSecret(awkward)],
    ["info", () => actionsLogger.info(awkward), () => core.info(escapeLog(awkward))],
    ["warning", () => actionsLogger.warning(awkward), () => core.warning(escapeLog(awkward))],
    ["debug", () => actionsLogger.debug(awkward), () => core.debug(escapeLog(awkward))],
    [
      "setOutputs",
      () => setOutputs({ out: awkward, n: 3 }),
      () => [core.setOutput("out", awkward), core.setOutput("n", "3")],
    ],
    ["saveState", () => saveState("phase", awkward), () => core.saveState("phase", awkward)],
    ["exportVariable", () => exportVariable("KIT_VAR", awkward), () => core.exportVariable("KIT_VAR", awkward)],
  ])("%s writes what @actions/core writes", (_name, kit, toolkit) => {
    const ours = written(withFiles, kit);
    expect(ours).toBe(written(withFiles, toolkit));
  });
});

describe("writeSummary", () => {
  // core.summary is one instance that keeps the first file it opened: forget it before each use.
  const freshCoreSummary = (): typeof core.summary => {
    Object.assign(core.summary, { _filePath: undefined });
    return core.summary.emptyBuffer();
  };
  const summaryFile = (): string => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kit-summary-")), "summary");
    writeFileSync(file, "earlier step\n");
    return file;
  };

  it("appends what core.summary.addRaw(markdown, true).write() appends", async () => {
    const markdown = "## Promoted\n\n| a | b |\n| --- | --- |\n| 1 | 2 |";
    const ours = summaryFile();
    const theirs = summaryFile();
    process.env.GITHUB_STEP_SUMMARY = ours;
    writeSummary(markdown);
    writeSummary("second");
    process.env.GITHUB_STEP_SUMMARY = theirs;
    await freshCoreSummary().addRaw(markdown, true).write();
    await core.summary.addRaw("second", true).write();
    expect(readFileSync(ours, "utf8")).toBe(readFileSync(theirs, "utf8"));
    expect(readFileSync(ours, "utf8")).toContain("| 1 | 2 |");
  });

  it("fails as core.summary fails on a summary file it cannot open, and does nothing without one", async () => {
    process.env.GITHUB_STEP_SUMMARY = path.join(os.tmpdir(), "kit-summary-missing", "summary");
    const expected = await freshCoreSummary()
      .addRaw("x", true)
      .write()
      .then(
        () => "written",
        (error: Error) => error.message,
      );
    expect(expected).toMatch(/^Unable to access summary file/);
    expect(() => writeSummary("x")).toThrow(expected);
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(() => writeSummary("x")).not.toThrow();
  });
});

it("mask ignores an empty secret, as the kit always did", () => {
  expect(written(false, () => mask(""))).toBe("");
});

it("a failing action ends as core.setFailed ends it: exit code 1 and one ::error:: line", async () => {
  const out: string[] = [];
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const { ConfigurationError } = await import("../src/errors.ts");
  await runAction(async () => {
    throw new ConfigurationError('Input "x": "y" is wrong; fix it.');
  });
  const ours = { text: out.splice(0).join(""), code: process.exitCode };
  process.exitCode = undefined;
  core.setFailed('Input "x": "y" is wrong; fix it.');
  expect(ours).toEqual({ text: out.join(""), code: process.exitCode });
  expect(ours.code).toBe(1);
});

it("a package's field error fails the step named by the action's input", async () => {
  const out: string[] = [];
  jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const { fieldError } = await import("../src/errors.ts");
  await runAction(
    async () => {
      throw fieldError("awsRegion", "mars-1", "is not an AWS region", "use a region code such as eu-central-1");
    },
    { inputNames: { awsRegion: "aws-region" } },
  );
  jest.restoreAllMocks();
  expect(process.exitCode).toBe(1);
  process.exitCode = undefined;
  expect(out.join("")).toBe(
    '::error::Input "aws-region": "mars-1" is not an AWS region; use a region code such as eu-central-1.\n',
  );
});
