import { type InputNames, InputReader, mask } from "@platform/action-kit";
import type { AwsField } from "@platform/aws";
import { Inputs } from "./constants.ts";
import type { RunInputs } from "./run.ts";

/**
 * The input behind each field @platform/aws's ECR login may refuse: runAction words its errors
 * with these names (repositories are never created here, so those fields do not arise). The
 * session's name and duration are not inputs of this action: an STS refusal says what they are.
 */
export const INPUT_NAMES: InputNames<Exclude<AwsField, "repository" | "createRepository">> = {
  region: Inputs.AwsRegion,
  role: Inputs.RoleToAssume,
  sessionName: "the role session name",
  durationSeconds: "the session duration (3600 s)",
};

/** Reads every input once, masking the secrets the moment they are read. */
export function readInputs(input: InputReader = new InputReader()): RunInputs {
  const inputs: RunInputs = {
    source: input.string(Inputs.Source, { required: true }),
    targets: input.list(Inputs.Targets, { required: true }),
    referrers: input.boolean(Inputs.Referrers, true),
    overwrite: input.boolean(Inputs.Overwrite, false),
    dryRun: input.boolean(Inputs.DryRun, false),
    concurrency: input.integer(Inputs.Concurrency, 4, { min: 1, max: 64 }),
    awsRegion: input.optional(Inputs.AwsRegion),
    roleToAssume: input.optional(Inputs.RoleToAssume),
    githubToken: input.optional(Inputs.GithubToken),
    username: input.optional(Inputs.Username),
    password: input.optional(Inputs.Password),
  };
  mask(inputs.password);
  mask(inputs.githubToken);
  return inputs;
}
