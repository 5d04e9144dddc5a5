import { type InputNames, InputReader, mask, type RunnerContext } from "@platform/action-kit";
import { parseBranches, type ReleaseField, type ReleaseInputs } from "@platform/release";
import { defaultBranches, Inputs } from "./constants.ts";

/** The input behind each field @platform/release may refuse: runAction words its errors with these names. */
export const INPUT_NAMES: InputNames<ReleaseField> = {
  cwd: Inputs.WorkingDirectory,
  token: Inputs.GitHubToken,
  branches: Inputs.Branches,
  preset: Inputs.Preset,
};

/** Reads every input once, masking the tokens the moment they are read. */
export function readInputs(runner: RunnerContext, input: InputReader = new InputReader()): ReleaseInputs {
  const token = input.string(Inputs.GitHubToken);
  const jobToken = input.string(Inputs.JobToken);
  mask(token);
  mask(jobToken);
  return {
    cwd: input.pathInside(Inputs.WorkingDirectory, runner.workspace, { default: "." }),
    token,
    defaultTokenInUse: token !== "" && token === jobToken,
    branches: parseBranches(input.string(Inputs.Branches, { default: defaultBranches })),
    tagFormat: input.string(Inputs.TagFormat, { default: "v${version}" }),
    preset: input.string(Inputs.Preset, { default: "conventionalcommits" }),
    dryRun: input.boolean(Inputs.DryRun, false),
    majorTag: input.boolean(Inputs.MajorTag, false),
    minorTag: input.boolean(Inputs.MinorTag, false),
  };
}
