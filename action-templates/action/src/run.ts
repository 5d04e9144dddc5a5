import type { Logger } from "@platform/action-kit";

export interface RunInputs {
  greeting: string;
}

export interface RunResult {
  message: string;
}

/** The action's logic: plain TypeScript, everything it touches passed in. */
export async function run(inputs: RunInputs, deps: { logger: Logger }): Promise<RunResult> {
  const message = `Hello, ${inputs.greeting}!`;
  deps.logger.info(message);
  return { message };
}
