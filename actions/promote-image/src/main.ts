import { actionsLogger, mask, runAction, runnerContext } from "@platform/action-kit";
import { getIDToken } from "@platform/action-kit/oidc";
import { INPUT_NAMES, readInputs } from "./inputs.ts";

const main = async () => {
  const inputs = readInputs();
  const runner = runnerContext();
  // Loaded once the inputs are read: the registry client (and with it Node's http, https, tls
  // and crypto) is not parsed before the first input is, nor at all when an input is refused.
  const [{ run }, { createEcrLogin, defaultSessionName }, { leanV8ForBulkTransfer }] = await Promise.all([
    import("./run.ts"),
    import("@platform/aws"),
    import("@platform/oci"),
  ]);
  return run(inputs, {
    logger: actionsLogger,
    mask,
    env: process.env,
    // This process mostly moves bytes between sockets, where V8's compilers only add memory
    // (bulk-transfer.ts in @platform/oci).
    onBulkTransfer: leanV8ForBulkTransfer(),
    // The AWS SDK clients load only when a registry needs them (@platform/aws imports them on first use).
    ecrLogin: createEcrLogin({
      ...(inputs.roleToAssume ? { role: inputs.roleToAssume } : {}),
      ...(inputs.awsRegion ? { stsRegion: inputs.awsRegion } : {}),
      sessionName: defaultSessionName(runner.repository || "repository", runner.runId || "0"),
      getIdToken: getIDToken,
      mask,
      logger: actionsLogger,
    }),
  });
};
void runAction(main, { inputNames: INPUT_NAMES });
