import { actionsLogger, InputReader, runAction, setOutputs, writeSummary } from "@platform/action-kit";
import { Inputs, Outputs } from "./constants.ts";
import { run } from "./run.ts";

void runAction(async () => {
  const input = new InputReader();
  const inputs = { greeting: input.string(Inputs.Greeting, { default: "world" }) };
  const result = await run(inputs, { logger: actionsLogger });
  setOutputs({ [Outputs.Message]: result.message });
  await writeSummary(`### __NAME__\n\n${result.message}\n`);
});
