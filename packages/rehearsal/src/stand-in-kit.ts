import type { ActionCall, ActionResult } from "./actions.ts";
import type { StepsFrame } from "./frame.ts";

/** A stand-in for a well-known action: does the same job on this machine's parts. */
export type StandIn = (frame: StepsFrame, call: ActionCall) => Promise<ActionResult>;

/** An input as given, or `fallback` when empty (as the runner passes an absent input). */
export function input(call: ActionCall, name: string, fallback = ""): string {
  const value = call.inputs[name];
  return value === undefined || value === "" ? fallback : value;
}

export function bool(text: string): boolean {
  return text.trim().toLowerCase() === "true";
}

/** A multi-line input's non-empty lines, trimmed. */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
