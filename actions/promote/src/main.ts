import {
  actionsLogger,
  ConfigurationError,
  getIDToken,
  InputReader,
  mask,
  runAction,
  setOutputs,
  writeSummary,
} from "@platform/action-kit";
import { runUrl, workflowRun } from "@platform/action-kit/github-context";
import { createGitHubClient, type GitHubClient } from "@platform/github";
import { youngGenerationCollector } from "@platform/oci";
import { readInputs } from "./inputs.ts";
import { run } from "./run.ts";

/** What git and the registry credentials need from the runner; no other step's secrets. */
const CHILD_ENV = ["PATH", "HOME", "LANG", "TMPDIR", "DOCKER_CONFIG", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"];

void runAction(async () => {
  const inputs = readInputs(new InputReader(), mask);
  const github = workflowRun();
  const client = (token: string): (() => GitHubClient) => {
    let made: GitHubClient | undefined;
    return () => (made ??= createGitHubClient({ token, baseUrl: github.apiUrl, log: actionsLogger }));
  };
  const roles = new Map<string, Promise<import("@platform/aws").AwsCredentials>>();
  const result = await run(inputs, {
    logger: actionsLogger,
    mask,
    now: () => new Date(),
    context: { ...github, runUrl: runUrl(github), runnerTemp: process.env.RUNNER_TEMP ?? process.cwd() },
    github: client(inputs.githubToken),
    gitopsGithub: client(inputs.gitopsToken),
    env: Object.fromEntries(CHILD_ENV.filter((name) => process.env[name]).map((name) => [name, process.env[name]])),
    // The AWS SDK loads only when an environment has aws; one STS session per role.
    aws: {
      authorize: async ({ region, registryIds, role }) => {
        const aws = await import("@platform/aws");
        const key = `${region} ${role}`;
        const sessionName = aws.defaultSessionName(github.repository || "repository", String(github.runId));
        const pending =
          roles.get(key) ??
          aws.assumeRoleWithOidc({
            region,
            roleArn: role,
            sessionName,
            durationSeconds: 3600,
            audience: "sts.amazonaws.com",
            getIdToken: getIDToken,
            mask,
            logger: actionsLogger,
          });
        roles.set(key, pending);
        const credentials = await pending;
        return aws.getEcrAuthorization({ region, registryIds, credentials, mask, logger: actionsLogger });
      },
    },
    reclaim: youngGenerationCollector(),
  });
  setOutputs(result.outputs);
  await writeSummary(result.summary);
  if (result.failure) throw new ConfigurationError(result.failure);
});
