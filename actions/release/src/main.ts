import { actionsLogger, escapedStream, runAction, runnerContext } from "@platform/action-kit";
import { createGitHubClient } from "@platform/github";
import { confineEnvironment, refusePullRequestEvent } from "@platform/release";
import { INPUT_NAMES, readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(
  async () => {
    const runner = runnerContext();
    refusePullRequestEvent(runner.eventName);
    const inputs = readInputs(runner);
    // Inputs are read: the runner's secrets (inputs, OIDC request, runtime tokens) leave process.env,
    // which semantic-release's git children inherit whatever environment they are handed.
    confineEnvironment(process.env);
    return run(inputs, {
      logger: actionsLogger,
      env: { ...process.env },
      apiUrl: runner.apiUrl,
      serverUrl: runner.serverUrl,
      repository: runner.repository,
      github: createGitHubClient({
        token: inputs.token,
        baseUrl: runner.apiUrl,
        // "Is there a Release for this tag?" answers 404 by design: not worth a warning.
        log: {
          debug: actionsLogger.debug,
          warning: (message) =>
            (/ - 404 with id /.test(message) ? actionsLogger.debug : actionsLogger.warning)(message),
        },
      }),
      // semantic-release logs commit subjects and git's output: escaped like every outside text.
      stdout: escapedStream(process.stdout),
      stderr: escapedStream(process.stderr),
    });
  },
  { inputNames: INPUT_NAMES },
);
