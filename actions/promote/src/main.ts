import { actionsLogger, mask, runAction, runnerContext } from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { defaultSessionName, ecrLoginPerRole } from "@platform/aws";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { youngGenerationCollector } from "@platform/oci";
import { gitBaseEnvironment } from "@platform/process";
import { INPUT_NAMES, readInputs } from "./inputs.ts";
import { run } from "./run.ts";

const main = async () => {
  const inputs = readInputs();
  const runner = runnerContext();
  const client = (token: string): (() => GitHubClient) => {
    let made: GitHubClient | undefined;
    return () => (made ??= createGitHubClient({ token, baseUrl: runner.apiUrl, log: actionsLogger }));
  };
  // The AWS SDK loads on first use, when an environment has aws.
  const loginFor = ecrLoginPerRole({
    sessionName: defaultSessionName(runner.repository || "repository", runner.runId || "0"),
    durationSeconds: 3600,
    audience: "sts.amazonaws.com",
    getIdToken: getIDToken,
    mask,
    logger: actionsLogger,
  });
  const { DOCKER_CONFIG } = process.env;
  return run(inputs, {
    logger: actionsLogger,
    mask,
    now: () => new Date(),
    context: { ...runner, runId: Number(runner.runId) || 0, runnerTemp: runner.temp },
    github: client(inputs.githubToken),
    gitopsGithub: client(inputs.gitopsToken),
    // What git needs, and where docker keeps registry logins; no other step's secrets.
    env: { ...gitBaseEnvironment(process.env), ...(DOCKER_CONFIG ? { DOCKER_CONFIG } : {}) },
    aws: { authorize: ({ region, registryIds, role }) => loginFor(role).authorize({ region, registryIds }) },
    reclaim: youngGenerationCollector(),
  });
};
void runAction(main, { inputNames: INPUT_NAMES });
