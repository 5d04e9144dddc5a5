import {
  type ReleaseDeps,
  type ReleaseInputs,
  type ReleaseResult,
  releaseSummary,
  runRelease,
} from "@platform/release";
import { Inputs, Outputs } from "./constants.ts";

/** Each output and the field of the result it carries. */
const OUTPUT_FIELDS = {
  [Outputs.Released]: "released",
  [Outputs.Version]: "version",
  [Outputs.Major]: "major",
  [Outputs.Minor]: "minor",
  [Outputs.Patch]: "patch",
  [Outputs.Prerelease]: "prerelease",
  [Outputs.Tag]: "tag",
  [Outputs.PreviousVersion]: "previousVersion",
  [Outputs.PreviousTag]: "previousTag",
  [Outputs.Notes]: "notes",
  [Outputs.Sha]: "sha",
} as const satisfies Record<string, keyof ReleaseResult>;

/** The release, its outputs and its summary. */
export async function run(
  inputs: ReleaseInputs,
  deps: ReleaseDeps,
): Promise<{ outputs: Record<string, string | boolean>; summary: string }> {
  const result = await runRelease(inputs, deps);
  const outputs = Object.fromEntries(Object.entries(OUTPUT_FIELDS).map(([output, field]) => [output, result[field]]));
  const summary = `### release\n\n${releaseSummary({
    released: result.released,
    dryRun: result.dryRun,
    previousTag: result.previousTag,
    nextTag: result.tag,
    branch: result.branch,
    commits: result.commits,
    notes: result.notes,
    floatingTags: result.floatingTags,
    defaultTokenInUse: inputs.defaultTokenInUse,
    tokenInput: Inputs.GitHubToken,
    completed: result.completed,
  })}`;
  return { outputs, summary };
}
