import { actionsLogger, mask, runAction, runnerContext } from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { defaultSessionName, ecrLoginPerRole } from "@platform/aws";
import type { GitHubClient } from "@platform/github";
import { youngGenerationCollector } from "@platform/oci";
import { gitBaseEnvironment } from "@platform/process";
import { readInputs } from "./inputs.ts";

void runAction(async () => {
  const inputs = readInputs();
  const runner = runnerContext();
  // Loaded after the inputs: gates, ajv, yaml, gitops, the registry client, Octokit (AWS SDK: at first use).
  const [{ run }, { createGitHubClient }] = await Promise.all([import("./run.ts"), import("@platform/github")]);
  const client = (token: string): (() => GitHubClient) => {
    let made: GitHubClient | undefined;
    return () => (made ??= createGitHubClient({ token, baseUrl: runner.apiUrl, log: actionsLogger }));
  };
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
});
