import {
  type ActionResult,
  actionsExec,
  actionsLogger,
  mask,
  type RunnerContext,
  saveState,
} from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { assumeRoleWithOidc, ensureEcrRepository, getEcrAuthorization } from "@platform/aws";
import { type BuildInputs, buildAndPush, ociManifestStore, planBuild, summaryMarkdown } from "@platform/build";
import { dockerConfigDir } from "@platform/oci";
import { Outputs } from "./constants.ts";

/**
 * Everything after the inputs are read: loaded on demand by main.ts, so the AWS SDK and the
 * registry client are not parsed before the first input is (nor at all in the post step).
 */
export async function run(inputs: BuildInputs, runner: RunnerContext): Promise<ActionResult> {
  const plan = planBuild(inputs, {
    serverUrl: runner.serverUrl,
    repository: runner.repository,
    owner: runner.owner,
    actor: runner.actor,
    sha: runner.sha,
    runId: runner.runId,
    runNumber: runner.runNumber,
    ...(runner.ref ? { ref: runner.ref } : {}),
    ...(runner.headRef ? { headRef: runner.headRef } : {}),
    now: new Date(),
  });
  const result = await buildAndPush(plan, {
    // @actions/exec: docker's command line and output stream to the job log as they happen.
    exec: actionsExec(),
    logger: actionsLogger,
    mask,
    saveState,
    getIdToken: getIDToken,
    aws: { assumeRoleWithOidc, getEcrAuthorization, ensureEcrRepository },
    manifestStore: (host, login) => ociManifestStore(host, login, { logger: actionsLogger, mask }),
    runnerTemp: runner.temp,
    userDockerConfigDir: dockerConfigDir(),
    owner: runner.owner,
  });
  return {
    outputs: {
      [Outputs.Digest]: result.digest ?? "",
      [Outputs.Image]: result.digest ? `${result.repository}@${result.digest}` : "",
      [Outputs.Tags]: JSON.stringify(result.tags),
      [Outputs.Platforms]: result.platforms.join(","),
    },
    summary: `### build-push-oidc\n\n${summaryMarkdown(result)}`,
  };
}
