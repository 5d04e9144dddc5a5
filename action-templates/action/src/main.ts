import { actionsLogger, runAction } from "@platform/action-kit";
import { readInputs } from "./inputs.ts";
import { run } from "./run.ts";

void runAction(async () => run(readInputs(), { logger: actionsLogger }));
