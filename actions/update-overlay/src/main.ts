import { actionsLogger, runAction, runnerContext } from "@platform/action-kit";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { gitBaseEnvironment } from "@platform/process";
import { INPUT_NAMES, readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(
  async () => {
    const runner = runnerContext();
    const inputs = readInputs(runner);
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
  },
  { inputNames: INPUT_NAMES },
);
