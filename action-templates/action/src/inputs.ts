import { InputReader } from "@platform/action-kit";
import { Inputs } from "./constants.ts";
import type { RunInputs } from "./run.ts";

/** Reads every input once (and masks the secrets among them the moment they are read). */
export function readInputs(input: InputReader = new InputReader()): RunInputs {
  return { greeting: input.string(Inputs.Greeting, { default: "world" }) };
}
