import { expect } from "@jest/globals";
import type { ActionResult } from "../harness/run-action.ts";

/**
 * Lines of a job log the runner would run as workflow commands the action did not mean to issue:
 * a line starting (after the whitespace the runner trims) with `::<command>::` whose data
 * starts with `marker` (the action's own ::error:: line may quote the hostile value, escaped,
 * inside its data), an `::add-mask::`/`::stop-commands::` carrying it, or a legacy `##[`
 * command in a line that is not a `::` command.
 */
export function injectedCommands(log: string, marker = "injected"): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => {
    const command = /^\s*::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (command) {
      const [, name = "", data = ""] = command;
      const own = data.split("%0A")[0] ?? "";
      return own.startsWith(marker) || (["add-mask", "stop-commands"].includes(name) && own.includes(marker));
    }
    return /^\s*::/.test(line) ? line.includes(marker) : line.includes("##[");
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
