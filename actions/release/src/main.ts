import { actionsLogger, runAction, runnerContext } from "@platform/action-kit";
import { createGitHubClient } from "@platform/github";
import { confineEnvironment } from "@platform/release";
import { readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(async () => {
  const runner = runnerContext();
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
        warning: (message) => (/ - 404 with id /.test(message) ? actionsLogger.debug : actionsLogger.warning)(message),
      },
    }),
    stdout: process.stdout,
    stderr: process.stderr,
  });
});
