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

/** Names a package's field as the action calls it: the input that gave the value. */
export type NameOf<Field extends string = string> = (field: Field) => string;

/** Text of an error line that may name other fields (a fix such as "set {createRepository}: true"). */
export type FieldText<Field extends string = string> = string | ((nameOf: NameOf<Field>) => string);

/** Each field a package may refuse, and the action input that gives it (the action's table). */
export type InputNames<Field extends string> = Readonly<Record<Field, string>>;

const asIs: NameOf = (field) => field;
const render = <Field extends string>(text: FieldText<Field>, nameOf: NameOf<Field>): string =>
  typeof text === "string" ? text : text(nameOf);

/**
 * A value a package refuses, named in the package's own terms (`field`, e.g. "roleToAssume"):
 * a package never knows an action's input names. The action maps the field to the input that
 * gave the value (runAction's `inputNames`), so the step fails with `Input "role-to-assume": ...`,
 * and another action may hand the same package the value under a name of its own.
 */
export class FieldError<Field extends string = string> extends ConfigurationError {
  readonly field: Field;
  private readonly detail: FieldText<Field>;

  /** `detail` is what follows `Input "<name>": `: the value, what is wrong, how to fix it. */
  constructor(field: Field, detail: FieldText<Field>) {
    super(`${field}: ${render(detail, asIs)}`);
    this.field = field;
    this.detail = detail;
  }

  /** The line as the action words it, every field named by its input. */
  named(nameOf: NameOf<Field>): ConfigurationError {
    return new ConfigurationError(`Input "${nameOf(this.field)}": ${render(this.detail, nameOf)}`);
  }
}

/** inputError's one-liner in a package's terms: `field` is mapped to the action's input later. */
export function fieldError<Field extends string>(
  field: Field,
  value: string,
  problem: FieldText<Field>,
  fix: FieldText<Field>,
): FieldError<Field> {
  return new FieldError(field, (nameOf) => `${shownValue(value)} ${render(problem, nameOf)}; ${render(fix, nameOf)}.`);
}

/** A FieldError worded for the action's inputs (a field the table lacks keeps its own name); other errors as they are. */
export function namedForInputs(error: unknown, inputNames: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof FieldError)) return error;
  return error.named((field: string) => inputNames[field] ?? field);
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
