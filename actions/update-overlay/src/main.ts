import { actionsLogger, runAction, runnerContext } from "@platform/action-kit";
import type { GitHubClient } from "@platform/github";
import { gitBaseEnvironment } from "@platform/process";
import { INPUT_NAMES, readInputs } from "./inputs.ts";

const main = async () => {
  const runner = runnerContext();
  const inputs = readInputs(runner);
  // Loaded once the inputs are read: yaml, diff, the edit code and Octokit (most of the
  // bundle) are not parsed before the first input is, nor at all when an input is refused.
  const [{ run }, { createGitHubClient }] = await Promise.all([import("./run.ts"), import("@platform/github")]);
  let client: GitHubClient | undefined;
  return run(inputs, {
    logger: actionsLogger,
    context: {
      serverUrl: runner.serverUrl,
      currentRepository: runner.repository,
      workspace: runner.workspace,
      runnerTemp: runner.temp,
      runUrl: runner.runUrl,
    },
    env: gitBaseEnvironment(process.env),
    github: () => {
      client ??= createGitHubClient({ token: inputs.token, baseUrl: runner.apiUrl, log: actionsLogger });
      return client;
    },
  });
};
void runAction(main, { inputNames: INPUT_NAMES });
