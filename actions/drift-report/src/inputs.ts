import {
  ConfigurationError,
  errorMessage,
  type InputNames,
  InputReader,
  inputError,
  mask,
  type RunnerContext,
} from "@platform/action-kit";
import { splitArguments, type TerraformField } from "@platform/terraform";
import { Inputs, ISSUE_MODES } from "./constants.ts";
import type { RunInputs } from "./run.ts";

/** The input behind each field @platform/terraform may refuse: runAction words its errors with these names. */
export const INPUT_NAMES: InputNames<TerraformField> = { terraform: Inputs.Terraform };

/** Reads and checks every input once; a mistake is one line naming the input. The report links to the run. */
export function readInputs(
  runner: RunnerContext,
  reader: InputReader = new InputReader(),
): RunInputs & { token: string } {
  const workspaces = reader.list(Inputs.Workspaces);
  const plans = reader.list(Inputs.Plans);
  if (workspaces.length > 0 === plans.length > 0) {
    throw new ConfigurationError(
      `Inputs "${Inputs.Workspaces}" and "${Inputs.Plans}": ${workspaces.length > 0 ? "both are set" : "neither is set"}; set exactly one (directories to plan, or plan JSON files from earlier jobs).`,
    );
  }
  const rawArgs = reader.string(Inputs.PlanArgs);
  let planArgs: string[];
  try {
    planArgs = splitArguments(rawArgs);
  } catch (error) {
    throw inputError(Inputs.PlanArgs, rawArgs, `cannot be split (${errorMessage(error)})`, "close every quote");
  }
  const issues = reader.choice(Inputs.Issues, ISSUE_MODES, "per-workspace");
  const labels = reader.list(Inputs.Labels, { commas: true });
  if (labels.length === 0) labels.push("drift");
  const token = reader.string(Inputs.GitHubToken);
  mask(token);
  if (issues !== "none" && token === "") {
    throw inputError(Inputs.GitHubToken, "", "is empty", 'pass a token with "issues: write", or set issues: none');
  }
  return {
    workspaces,
    plans,
    terraform: reader.string(Inputs.Terraform, { default: "terraform" }),
    init: reader.boolean(Inputs.Init, true),
    planArgs,
    concurrency: reader.integer(Inputs.Concurrency, 2, { min: 1, max: 64 }),
    issues,
    labels,
    maxNewIssues: reader.integer(Inputs.MaxNewIssues, 10, { min: 0, max: 1000 }),
    showValues: reader.boolean(Inputs.ShowValues, false),
    failOnDrift: reader.boolean(Inputs.FailOnDrift, false),
    root: runner.workspace,
    tempDir: runner.temp,
    runUrl: runner.runUrl,
    token,
  };
}
