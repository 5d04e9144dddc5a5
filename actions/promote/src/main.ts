import { actionsLogger, mask, runAction, runnerContext } from "@platform/action-kit";
import { INPUT_NAMES, readInputs } from "./inputs.ts";

const main = async () => {
  const inputs = readInputs();
  const runner = runnerContext();
  // The rest (Octokit, ajv, yaml, the registry engine, the AWS login) loads once the inputs are
  // read: the start, and a mistake in the inputs, cost only the kit.
  const [{ run }, github, aws, oidc, oci, child] = await Promise.all([
    import("./run.ts"),
    import("@platform/github"),
    import("@platform/aws"),
    import("@platform/action-kit/oidc"),
    import("@platform/oci"),
    import("@platform/process"),
  ]);
  // One Octokit per token, made on first use.
  const client = (token: string, made?: ReturnType<typeof github.createGitHubClient>) => () =>
    (made ??= github.createGitHubClient({ token, baseUrl: runner.apiUrl, log: actionsLogger }));
  // The AWS SDK loads on first use, when an environment has aws.
  const sessionName = aws.defaultSessionName(runner.repository || "repository", runner.runId || "0");
  const loginFor = aws.ecrLoginPerRole({ sessionName, getIdToken: oidc.getIDToken, mask, logger: actionsLogger });
  const { DOCKER_CONFIG } = process.env;
  return run(inputs, {
    logger: actionsLogger,
    mask,
    now: () => new Date(),
    context: { ...runner, runId: Number(runner.runId) || 0, runnerTemp: runner.temp },
    github: client(inputs.githubToken),
    gitopsGithub: client(inputs.gitopsToken),
    // What git needs, and where docker keeps registry logins; no other step's secrets.
    env: { ...child.gitBaseEnvironment(process.env), ...(DOCKER_CONFIG ? { DOCKER_CONFIG } : {}) },
    aws: { authorize: ({ region, registryIds, role }) => loginFor(role).authorize({ region, registryIds }) },
    // Once a copy is moving bytes, V8 is set for it (bulk-transfer.ts in @platform/oci).
    onBulkTransfer: oci.leanV8ForBulkTransfer(),
  });
};
void runAction(main, { inputNames: INPUT_NAMES });
