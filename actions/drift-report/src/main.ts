import {
  actionsLogger,
  ConfigurationError,
  InputReader,
  mask,
  runAction,
  setOutputs,
  writeSummary,
} from "@platform/action-kit";
import { runUrl, workflowRun } from "@platform/action-kit/github-context";
import { nodeExec, terraformEnvironment } from "@platform/terraform";
import { Outputs } from "./constants.ts";
import { readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(async () => {
  const github = workflowRun();
  const inputs = readInputs(new InputReader(), process.env, runUrl(github));
  const { owner, repo } = github;
  if (inputs.issues !== "none" && (owner === "" || repo === "")) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is ${JSON.stringify(process.env.GITHUB_REPOSITORY ?? "")}, not owner/name; run on a GitHub runner or set issues: none.`,
    );
  }
  // Octokit loads only when issues are filed, after the inputs: most of the bundle otherwise.
  const octokit = inputs.issues === "none" ? undefined : await import("@platform/github");
  const issues = octokit?.octokitDriftIssuePort(
    octokit.createGitHubClient({ token: inputs.token, baseUrl: github.apiUrl, log: actionsLogger }),
    { owner, repo },
  );
  const result = await run(inputs, {
    logger: actionsLogger,
    exec: nodeExec,
    env: terraformEnvironment(process.env),
    mask,
    issues,
  });
  setOutputs({
    [Outputs.Drifted]: result.drifted,
    [Outputs.Failed]: result.failed,
    [Outputs.Report]: result.report,
    [Outputs.Issues]: JSON.stringify(result.issueUrls),
  });
  await writeSummary(result.summary);
  if (inputs.failOnDrift && result.drifted + result.failed > 0) {
    throw new ConfigurationError(
      `${result.drifted} workspace(s) drifted and ${result.failed} failed to plan; failing because fail-on-drift is true.`,
    );
  }
});
