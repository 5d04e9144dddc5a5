import { actionsLogger, escapedStream, runAction, runnerContext } from "@platform/action-kit";
import { confineEnvironment, refusePullRequestEvent } from "@platform/release";
import { INPUT_NAMES, readInputs } from "./inputs.ts";

const main = async () => {
  const runner = runnerContext();
  refusePullRequestEvent(runner.eventName);
  const inputs = readInputs(runner);
  // Inputs are read: the runner's secrets (inputs, OIDC request, runtime tokens) leave process.env,
  // which semantic-release's git children inherit whatever environment they are handed.
  confineEnvironment(process.env);
  // Loaded once the inputs are read: the release logic, yaml and Octokit are not parsed before
  // the first input is, nor at all when an input is refused (semantic-release loads later still).
  const [{ run }, { createGitHubClient }] = await Promise.all([import("./run.ts"), import("@platform/github")]);
  return run(inputs, {
    logger: actionsLogger,
    env: { ...process.env },
    apiUrl: runner.apiUrl,
    serverUrl: runner.serverUrl,
    repository: runner.repository,
    github: createGitHubClient({ token: inputs.token, baseUrl: runner.apiUrl, log: actionsLogger }),
    // semantic-release logs commit subjects and git's output: escaped like every outside text.
    stdout: escapedStream(process.stdout),
    stderr: escapedStream(process.stderr),
  });
};
void runAction(main, { inputNames: INPUT_NAMES });
