import { InputReader, inputError, mask } from "@platform/action-kit";
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
  if ((username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? Inputs.Username : Inputs.Password;
    throw inputError(missing, "", "is empty while its partner is set", "set both username and password, or neither");
  }
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
