import { ConfigurationError, isConfigurationError } from "@platform/action-kit";
import { isRecord } from "./config.ts";

/** semantic-release throws AggregateErrors of plugin errors; this walks them. */
function flatten(error: unknown): unknown[] {
  if (isRecord(error) && Array.isArray(error.errors)) return error.errors.flatMap(flatten);
  return [error];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * A ConfigurationError thrown by the action's own step, or semantic-release's own errors
 * (SemanticReleaseError: a code such as ENOGHTOKEN or EINVALIDNEXTVERSION and a message), which
 * are all about the repository or its configuration, as the one line the step fails with.
 */
export function findConfigurationError(error: unknown): ConfigurationError | undefined {
  const errors = flatten(error);
  const own = errors.find(isConfigurationError);
  if (own) return own;
  const semantic = errors.filter(
    (e): e is Record<string, unknown> & Error => isRecord(e) && e.semanticRelease === true && e instanceof Error,
  );
  if (semantic.length === 0) return undefined;
  return new ConfigurationError(
    oneLine(semantic.map((e) => `semantic-release ${String(e.code)}: ${e.message}`).join(" ")),
  );
}

/** Any other failure as one Error whose message names every underlying error. */
export function describeFailure(error: unknown): Error {
  const errors = flatten(error);
  if (errors.length === 1 && errors[0] instanceof Error) return errors[0];
  return new Error(oneLine(errors.map((e) => (e instanceof Error ? e.message : String(e))).join("; ")));
}
