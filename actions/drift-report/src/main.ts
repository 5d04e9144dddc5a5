import { actionsLogger, ConfigurationError, mask, runAction, runnerContext } from "@platform/action-kit";
import { INPUT_NAMES, readInputs } from "./inputs.ts";

const main = async () => {
  const runner = runnerContext();
  const inputs = readInputs(runner);
  const { owner, repo } = runner;
  if (inputs.issues !== "none" && (owner === "" || repo === "")) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is ${JSON.stringify(runner.repository)}, not owner/name; run on a GitHub runner or set issues: none.`,
    );
  }
  // Loaded once the inputs are read: the plan reader, the process runner (child_process) and
  // the issue logic are not parsed before the first input is, nor when an input is refused.
  const [{ run }, { nodeExec, terraformEnvironment }] = await Promise.all([
    import("./run.ts"),
    import("@platform/terraform"),
  ]);
  // Octokit loads only when issues are filed: most of the bundle otherwise.
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
};
void runAction(main, { inputNames: INPUT_NAMES });
