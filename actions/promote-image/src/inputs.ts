import { InputReader, mask } from "@platform/action-kit";
import { Inputs } from "./constants.ts";
import type { RunInputs } from "./run.ts";

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
