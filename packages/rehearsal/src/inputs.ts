import { RehearsalError } from "./errors.ts";
import { asString, type Json, type JsonObject } from "./expressions.ts";

export interface InputDefinition {
  type: string;
  required?: boolean;
  default?: Json;
  options?: string[];
}

/**
 * Inputs typed as the workflow declares them. `given` holds command-line strings for
 * workflow_dispatch and evaluated values for workflow_call; refusals use GitHub's wording.
 */
export function typedInputs(
  definitions: Record<string, InputDefinition>,
  given: Record<string, Json>,
  trigger: "workflow_dispatch" | "workflow_call",
): JsonObject {
  const declared = new Map(Object.keys(definitions).map((name) => [name.toLowerCase(), name]));
  const unknown = Object.keys(given).filter((name) => !declared.has(name.toLowerCase()));
  if (unknown.length > 0) {
    throw new RehearsalError(
      trigger === "workflow_dispatch"
        ? `Unexpected inputs provided: ${JSON.stringify(unknown)}`
        : `Invalid input, ${unknown[0]} is not defined in the referenced workflow.`,
    );
  }
  const byLower = new Map(Object.entries(given).map(([k, v]) => [k.toLowerCase(), v]));
  const out: JsonObject = {};
  for (const [name, definition] of Object.entries(definitions)) {
    const value = byLower.has(name.toLowerCase()) ? byLower.get(name.toLowerCase()) : definition.default;
    if (value === undefined || value === null) {
      if (definition.required) {
        throw new RehearsalError(
          trigger === "workflow_dispatch"
            ? `Required input '${name}' not provided`
            : `Input ${name} is required, but not provided while calling.`,
        );
      }
      out[name] = definition.type === "boolean" ? false : definition.type === "number" ? 0 : "";
      continue;
    }
    out[name] = coerce(name, definition, value, trigger === "workflow_dispatch" || !byLower.has(name.toLowerCase()));
  }
  return out;
}

function coerce(name: string, definition: InputDefinition, value: Json, fromText: boolean): Json {
  const wrongType = (expected: string): RehearsalError =>
    new RehearsalError(
      `Unexpected type of value ${JSON.stringify(value)} for input '${name}', expected type: ${expected}.`,
    );
  switch (definition.type) {
    case "boolean":
      if (typeof value === "boolean") return value;
      if (fromText && (value === "true" || value === "false")) return value === "true";
      throw wrongType("Boolean");
    case "number":
      if (typeof value === "number") return value;
      if (fromText && typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
        return Number(value);
      }
      throw wrongType("Number");
    case "choice": {
      const text = asString(value);
      if (!(definition.options ?? []).includes(text)) {
        throw new RehearsalError(`Provided value '${text}' for input '${name}' not in the list of allowed values`);
      }
      return text;
    }
    default:
      if (typeof value === "object") throw wrongType("String");
      return asString(value);
  }
}
