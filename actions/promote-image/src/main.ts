import { actionsLogger, InputReader, mask, runAction, setOutputs, writeSummary } from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { youngGenerationCollector } from "@platform/oci";
import { Inputs } from "./constants.ts";
import { run } from "./run.ts";

void runAction(async () => {
  const input = new InputReader();
  const inputs = {
    source: input.string(Inputs.Source, { required: true }),
    targets: input.list(Inputs.Targets, { required: true }),
    referrers: input.boolean(Inputs.Referrers, true),
    overwrite: input.boolean(Inputs.Overwrite, false),
    dryRun: input.boolean(Inputs.DryRun, false),
    concurrency: input.integer(Inputs.Concurrency, 4, { min: 1, max: 64 }),
    awsRegion: input.optional(Inputs.AwsRegion),
    roleToAssume: input.optional(Inputs.RoleToAssume),
    githubToken: input.optional(Inputs.GithubToken),
    username: input.optional(Inputs.Username),
    password: input.optional(Inputs.Password),
  };
  const { outputs, summary } = await run(inputs, {
    logger: actionsLogger,
    mask,
    env: process.env,
    // Blob streams leave socket buffers behind faster than V8 collects them on its own.
    reclaim: youngGenerationCollector(),
    // The AWS SDK loads only when a registry needs it: other promotions start faster and smaller.
    getEcrAuthorization: async (options) => (await import("@platform/aws")).getEcrAuthorization(options),
    assumeRole: async (region, role, accountId) => {
      const aws = await import("@platform/aws");
      return aws.assumeRoleWithOidc({
        region,
        roleArn: aws.resolveRoleArn(role, accountId),
        sessionName: aws.defaultSessionName(
          process.env.GITHUB_REPOSITORY ?? "repository",
          process.env.GITHUB_RUN_ID ?? "0",
        ),
        durationSeconds: 3600,
        audience: "sts.amazonaws.com",
        getIdToken: getIDToken,
        mask,
        logger: actionsLogger,
      });
    },
  });
  setOutputs(outputs);
  await writeSummary(summary);
});
