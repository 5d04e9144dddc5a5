import { actionsLogger, mask, runAction, runnerContext } from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { createEcrLogin, defaultSessionName } from "@platform/aws";
import { youngGenerationCollector } from "@platform/oci";
import { INPUT_NAMES, readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(
  async () => {
    const inputs = readInputs();
    const runner = runnerContext();
    return run(inputs, {
      logger: actionsLogger,
      mask,
      env: process.env,
      // Blob streams leave socket buffers behind faster than V8 collects them on its own.
      reclaim: youngGenerationCollector(),
      // The AWS SDK clients load only when a registry needs them (@platform/aws imports them on first use).
      ecrLogin: createEcrLogin({
        ...(inputs.roleToAssume ? { role: inputs.roleToAssume } : {}),
        ...(inputs.awsRegion ? { stsRegion: inputs.awsRegion } : {}),
        sessionName: defaultSessionName(runner.repository || "repository", runner.runId || "0"),
        durationSeconds: 3600,
        audience: "sts.amazonaws.com",
        getIdToken: getIDToken,
        mask,
        logger: actionsLogger,
      }),
    });
  },
  { inputNames: INPUT_NAMES },
);
