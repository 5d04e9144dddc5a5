import { expect } from "@jest/globals";
import type { ActionResult } from "../harness/run-action.ts";

/**
 * Lines of a job log the runner would run as workflow commands the action did not mean to issue:
 * a line starting (after the whitespace the runner trims) with `::` whose own text (before the
 * first %0A, which is how @actions/core escapes the line breaks of its commands' data) carries
 * `marker`, or a legacy `##[` command in a line that is not a `::` command.
 */
export function injectedCommands(log: string, marker = "injected"): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => {
    if (/^\s*::/.test(line)) return (line.split("%0A")[0] ?? "").includes(marker);
    return line.includes("##[");
  });
}

/** Failed with exactly one ::error:: line, no stack trace, nothing written. */
export function expectOneLineFailure(result: ActionResult): void {
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0] ?? "").not.toMatch(/%0A\s+at /);
  expect(result.log).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
  expect(result.outputs).toEqual({});
}
