import { actionsLogger, getState, runAction, runnerContext } from "@platform/action-kit";
import { cleanUpDockerConfig, DOCKER_CONFIG_STATE } from "@platform/build/cleanup";
import { INPUT_NAMES, readInputs } from "./inputs.ts";

const runner = runnerContext();

void runAction(
  async () => {
    const inputs = readInputs(runner);
    // Loaded once the inputs are read: the AWS SDK and the registry client are not parsed before
    // the first input is (nor at all in the post step).
    const { run } = await import("./run.ts");
    return run(inputs, runner);
  },
  {
    post: () => cleanUpDockerConfig(getState(DOCKER_CONFIG_STATE), runner.temp, actionsLogger),
    inputNames: INPUT_NAMES,
  },
);
