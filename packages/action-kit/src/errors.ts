/**
 * A mistake the workflow author can fix: a bad input, a missing file, refused credentials.
 * It is reported as one line without a stack trace. Anything else is a bug in the suite
 * and is reported with its stack so it can be filed.
 */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
}

/**
 * An outside service (a registry, GitHub, AWS) kept failing after the retries: neither a bug in
 * the suite nor something the inputs can fix. Reported as one line without a stack trace.
 */
export class ServiceError extends Error {
  override readonly name = "ServiceError";
}

/** How much of a value an error line shows: enough to recognise it, never a 100 KB line. */
export const SHOWN_VALUE_LIMIT = 200;

/** A value as an error line shows it: JSON-quoted, cut to a prefix with its full length said. */
export function shownValue(value: string): string {
  if (value.length <= SHOWN_VALUE_LIMIT) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, SHOWN_VALUE_LIMIT))}… (${value.length} characters)`;
}

/** Builds the suite's standard one-liner for an input at fault. */
export function inputError(input: string, value: string, problem: string, fix: string): ConfigurationError {
  return new ConfigurationError(`Input "${input}": ${shownValue(value)} ${problem}; ${fix}.`);
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** Errors reported as their one line: a user's mistake, or a service that kept failing. */
export function isOneLineError(error: unknown): error is ConfigurationError | ServiceError {
  return error instanceof ConfigurationError || error instanceof ServiceError;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
