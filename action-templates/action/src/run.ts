import type { Logger } from "@platform/action-kit";
import { Outputs } from "./constants.ts";

export interface RunInputs {
  greeting: string;
}

export interface RunResult {
  outputs: Record<string, string>;
  summary: string;
}

/** The action's logic: plain TypeScript, everything it touches passed in; the kit writes outputs and summary. */
export async function run(inputs: RunInputs, deps: { logger: Logger }): Promise<RunResult> {
  const message = `Hello, ${inputs.greeting}!`;
  deps.logger.info(message);
  return { outputs: { [Outputs.Message]: message }, summary: `### __NAME__\n\n${message}\n` };
}
