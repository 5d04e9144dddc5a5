import { actionsLogger, ConfigurationError, mask, runAction, runnerContext } from "@platform/action-kit";
import { nodeExec, terraformEnvironment } from "@platform/terraform";
import { INPUT_NAMES, readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(
  async () => {
    const runner = runnerContext();
    const inputs = readInputs(runner);
    const { owner, repo } = runner;
    if (inputs.issues !== "none" && (owner === "" || repo === "")) {
      throw new ConfigurationError(
        `GITHUB_REPOSITORY is ${JSON.stringify(runner.repository)}, not owner/name; run on a GitHub runner or set issues: none.`,
      );
    }
    // Octokit loads only when issues are filed, after the inputs: most of the bundle otherwise.
    const github = inputs.issues === "none" ? undefined : await import("./issues-octokit.ts");
    const issues = github?.githubDriftIssues(
      { token: inputs.token, baseUrl: runner.apiUrl, log: actionsLogger },
      { owner, repo },
    );
    return run(inputs, {
      logger: actionsLogger,
      exec: nodeExec,
      env: terraformEnvironment(process.env),
      mask,
      issues,
    });
  },
  { inputNames: INPUT_NAMES },
);
