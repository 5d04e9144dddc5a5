import { actionsLogger, ConfigurationError, mask, runAction, runnerContext } from "@platform/action-kit";
import { createGitHubClient } from "@platform/github";
import { octokitDriftIssuePort } from "@platform/github/drift";
import { nodeExec, terraformEnvironment } from "@platform/terraform";
import { readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(async () => {
  const runner = runnerContext();
  const inputs = readInputs(runner);
  const { owner, repo } = runner;
  if (inputs.issues !== "none" && (owner === "" || repo === "")) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is ${JSON.stringify(runner.repository)}, not owner/name; run on a GitHub runner or set issues: none.`,
    );
  }
  const issues =
    inputs.issues === "none"
      ? undefined
      : octokitDriftIssuePort(createGitHubClient({ token: inputs.token, baseUrl: runner.apiUrl, log: actionsLogger }), {
          owner,
          repo,
        });
  return run(inputs, {
    logger: actionsLogger,
    exec: nodeExec,
    env: terraformEnvironment(process.env),
    mask,
    issues,
  });
});
