import os from "node:os";
import path from "node:path";
import { actionsExec, actionsLogger, mask, saveState, setOutputs, writeSummary } from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { assumeRoleWithOidc, ensureEcrRepository, getEcrAuthorization } from "@platform/aws";
import {
  type BuildInputs,
  buildAndPush,
  ociManifestStore,
  planBuild,
  runnerContext,
  summaryMarkdown,
} from "@platform/build";
import { Outputs } from "./constants.ts";

/**
 * Everything after the inputs are read: loaded on demand by main.ts, so the AWS SDK and the
 * registry client are not parsed before the first input is (nor at all in the post step).
 */
export async function execute(inputs: BuildInputs, runnerTemp: string): Promise<void> {
  const plan = planBuild(inputs, runnerContext(process.env, new Date()));
  const result = await buildAndPush(plan, {
    // @actions/exec: docker's command line and output stream to the job log as they happen.
    exec: actionsExec(),
    logger: actionsLogger,
    mask,
    saveState,
    getIdToken: getIDToken,
    aws: { assumeRoleWithOidc, getEcrAuthorization, ensureEcrRepository },
    manifestStore: (host, login) => ociManifestStore(host, login, { logger: actionsLogger, mask }),
    runnerTemp,
    userDockerConfigDir: process.env.DOCKER_CONFIG ?? path.join(os.homedir(), ".docker"),
    owner: process.env.GITHUB_REPOSITORY_OWNER ?? "",
  });

  setOutputs({
    [Outputs.Digest]: result.digest ?? "",
    [Outputs.Image]: result.digest ? `${result.repository}@${result.digest}` : "",
    [Outputs.Tags]: JSON.stringify(result.tags),
    [Outputs.Platforms]: result.platforms.join(","),
  });
  await writeSummary(summaryMarkdown(result));
}
