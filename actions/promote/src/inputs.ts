import { type InputNames, InputReader, inputError, mask, requireBothOrNeither } from "@platform/action-kit";
import type { AwsField } from "@platform/aws";
import type { GitopsField } from "@platform/gitops";
import type { ConfigFileField } from "@platform/promote";
import { Inputs } from "./constants.ts";

export interface PromoteInputs {
  environment: string;
  from: string | undefined;
  /** Empty: every image of the target. */
  images: string[];
  digest: string | undefined;
  reason: string | undefined;
  config: string;
  configRef: string | undefined;
  githubToken: string;
  gitopsToken: string;
  username: string | undefined;
  password: string | undefined;
  allowUnverified: boolean;
  dryRun: boolean;
}

/** Where the configuration file gives what the packages below name as a field. */
const inConfig = (where: string): string => `${Inputs.Config}: ${where}`;

/**
 * What gave each field the packages may refuse: runAction words their errors with these names.
 * The GitOps repository, the overlays and the AWS roles come from the configuration file, so
 * those lines name its entry; repositories are never created here.
 */
export const INPUT_NAMES: InputNames<
  ConfigFileField | GitopsField | Exclude<AwsField, "repository" | "createRepository">
> = {
  config: Inputs.Config,
  configRef: Inputs.ConfigRef,
  token: Inputs.GithubToken,
  repository: inConfig("gitops.repository"),
  branch: inConfig("gitops.branch"),
  commitVia: inConfig("gitops.commit-via"),
  mode: inConfig("the environment's mode"),
  overlay: inConfig("the environment's overlay"),
  set: inConfig("the environment's values"),
  images: Inputs.Images,
  replicas: inConfig("the environment's overlay"),
  allowCreate: inConfig("the environment's values"),
  checkout: "the GitOps checkout",
  region: inConfig("the environment's aws.region"),
  role: inConfig("the environment's aws.role"),
  sessionName: "the role session name",
  durationSeconds: "the session duration (3600 s)",
};

/**
 * Reads and checks the inputs on their own; every secret is masked the moment it is read. Only
 * the kit is loaded here (the first thing the action does): the checks that need the suite's
 * packages (the digest's grammar, the git form of the tokens) are the first lines of run.
 */
export function readInputs(input: InputReader = new InputReader()): PromoteInputs {
  const githubToken = input.string(Inputs.GithubToken);
  const gitopsToken = input.string(Inputs.GitopsToken, { default: githubToken });
  const password = input.optional(Inputs.Password);
  for (const secret of [githubToken, gitopsToken, password]) if (secret) mask(secret);
  const username = input.optional(Inputs.Username);
  requireBothOrNeither([Inputs.Username, username], [Inputs.Password, password]);
  const digest = input.optional(Inputs.Digest);
  const images = input.list(Inputs.Images, { commas: true });
  // With no images named, the environment's own list decides (run checks it holds one).
  if (digest !== undefined && images.length > 1) {
    throw inputError(
      Inputs.Digest,
      digest,
      `is one digest for ${images.length} images`,
      "name exactly one image in images",
    );
  }
  const config = input.string(Inputs.Config, { default: ".github/platform.yml" });
  if (config.startsWith("/") || config.split("/").includes("..")) {
    throw inputError(Inputs.Config, config, "is not a path inside the repository", "write it relative to the root");
  }
  return {
    environment: input.string(Inputs.Environment, { required: true }),
    from: input.optional(Inputs.From),
    images,
    digest,
    reason: input.optional(Inputs.Reason),
    config,
    configRef: input.optional(Inputs.ConfigRef),
    githubToken,
    gitopsToken,
    username,
    password,
    allowUnverified: input.boolean(Inputs.AllowUnverified, false),
    dryRun: input.boolean(Inputs.DryRun, false),
  };
}
