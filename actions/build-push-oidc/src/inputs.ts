import { type InputNames, InputReader, mask, type RunnerContext, resolveInside } from "@platform/action-kit";
import type { AwsField } from "@platform/aws";
import type { BuildField, BuildInputs } from "@platform/build";
import { CACHE_MODES, Inputs } from "./constants.ts";

/**
 * The input behind each field @platform/build and @platform/aws may refuse: runAction words
 * their errors with these names (the packages know fields, not this action's inputs).
 */
export const INPUT_NAMES: InputNames<BuildField | AwsField> = {
  registry: Inputs.Registry,
  awsRegion: Inputs.AwsRegion,
  roleToAssume: Inputs.RoleToAssume,
  roleSessionName: Inputs.RoleSessionName,
  audience: Inputs.Audience,
  roleDurationSeconds: Inputs.RoleDurationSeconds,
  createRepository: Inputs.CreateRepository,
  githubToken: Inputs.GithubToken,
  username: Inputs.Username,
  password: Inputs.Password,
  image: Inputs.Image,
  context: Inputs.Context,
  file: Inputs.File,
  target: Inputs.Target,
  buildArgs: Inputs.BuildArgs,
  platforms: Inputs.Platforms,
  version: Inputs.Version,
  tags: Inputs.Tags,
  labels: Inputs.Labels,
  push: Inputs.Push,
  cache: Inputs.Cache,
  provenance: Inputs.Provenance,
  sbom: Inputs.Sbom,
  platformDigests: Inputs.PlatformDigests,
  region: Inputs.AwsRegion,
  role: Inputs.RoleToAssume,
  sessionName: Inputs.RoleSessionName,
  durationSeconds: Inputs.RoleDurationSeconds,
  repository: Inputs.Image,
};

/** Reads every input once (paths resolved inside the workspace), masking the secrets the moment they are read. */
export function readInputs(runner: RunnerContext, input: InputReader = new InputReader()): BuildInputs {
  const workspace = runner.workspace;
  const file = input.optional(Inputs.File);
  const inputs: BuildInputs = {
    registry: input.string(Inputs.Registry, { required: true }),
    awsRegion: input.optional(Inputs.AwsRegion),
    roleToAssume: input.optional(Inputs.RoleToAssume),
    roleSessionName: input.optional(Inputs.RoleSessionName),
    audience: input.string(Inputs.Audience, { default: "sts.amazonaws.com" }),
    roleDurationSeconds: input.integer(Inputs.RoleDurationSeconds, 3600),
    createRepository: input.boolean(Inputs.CreateRepository, false),
    githubToken: input.optional(Inputs.GithubToken),
    username: input.optional(Inputs.Username),
    password: input.optional(Inputs.Password),
    image: input.string(Inputs.Image, { required: true }),
    context: input.pathInside(Inputs.Context, workspace, { default: "." }),
    file: file === undefined ? undefined : resolveInside(Inputs.File, file, workspace),
    target: input.optional(Inputs.Target),
    buildArgs: input.list(Inputs.BuildArgs),
    platforms: input.list(Inputs.Platforms, { commas: true }),
    version: input.optional(Inputs.Version),
    tags: input.list(Inputs.Tags),
    labels: input.list(Inputs.Labels),
    push: input.boolean(Inputs.Push, true),
    cache: input.choice(Inputs.Cache, CACHE_MODES, "none"),
    provenance: input.boolean(Inputs.Provenance, false),
    sbom: input.boolean(Inputs.Sbom, false),
    platformDigests: input.list(Inputs.PlatformDigests),
  };
  mask(inputs.password);
  mask(inputs.githubToken);
  if (inputs.platforms.length === 0) inputs.platforms = ["linux/amd64", "linux/arm64"];
  return inputs;
}
