import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect } from "@jest/globals";
import type { ActionResult } from "./run-action.ts";

/** Every regular file below `dir` (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The one check that no secret reached anything a run leaves behind: the log (its
 * `::add-mask::` lines aside: the runner consumes them, they declare secrets, they do not print
 * them), the outputs, the saved state, the exported variables, the summary, every file the run
 * left in RUNNER_TEMP, and the `files`/directories given. At least one secret must be given, so
 * a check that compares nothing cannot pass.
 */
export function expectNoSecret(
  result: ActionResult,
  secrets: readonly (string | undefined)[],
  options: { also?: readonly string[] } = {},
): void {
  const values = secrets.filter((secret): secret is string => typeof secret === "string" && secret !== "");
  expect(values.length).toBeGreaterThan(0);
  const places: Array<[string, string]> = [
    ["log", result.log.replace(/^::add-mask::.*$/gm, "")],
    ["outputs", JSON.stringify(result.outputs)],
    ["state", JSON.stringify(result.state)],
    ["exported env", JSON.stringify(result.exportedEnv)],
    ["summary", result.summary],
    ...[result.runnerTemp, ...(options.also ?? [])]
      .flatMap((place) => (existsSync(place) && statSync(place).isFile() ? [place] : filesUnder(place)))
      .map((file): [string, string] => [file, readFileSync(file, "utf8")]),
  ];
  const found = places.flatMap(([where, text]) =>
    values.filter((value) => text.includes(value)).map((value) => `${where}: ${value.slice(0, 4)}…`),
  );
  expect(found).toEqual([]);
}
