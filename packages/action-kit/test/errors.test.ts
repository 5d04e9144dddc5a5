import { describe, expect, it } from "@jest/globals";
import {
  ConfigurationError,
  FieldError,
  fieldError,
  inputError,
  namedForInputs,
  SHOWN_VALUE_LIMIT,
  shownValue,
} from "@platform/action-kit";

describe("values in error lines", () => {
  it("a 120 KB value is cut to a prefix and its length", () => {
    const value = "x".repeat(120 * 1024);
    const message = inputError("set", value, "is not valid", "fix it").message;
    expect(message.length).toBeLessThan(SHOWN_VALUE_LIMIT + 200);
    expect(message).toContain(`${"x".repeat(SHOWN_VALUE_LIMIT)}"… (122880 characters)`);
  });

  it("a short value is shown whole, JSON-quoted (line breaks escaped)", () => {
    expect(shownValue("a\nb")).toBe('"a\\nb"');
  });
});

describe("a package's field error, worded for the action's inputs", () => {
  const names = { roleToAssume: "role-to-assume", createRepository: "create-repository" };

  it("reads as inputError's line once its field and the fields in its text are named", () => {
    const error = fieldError<keyof typeof names>(
      "roleToAssume",
      "x",
      "is not an IAM role ARN",
      (name) => `or set ${name("createRepository")}`,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.field).toBe("roleToAssume");
    expect(error.message).toBe('roleToAssume: "x" is not an IAM role ARN; or set createRepository.');
    const named = namedForInputs(error, names);
    expect(named).not.toBeInstanceOf(FieldError);
    expect((named as Error).message).toBe(
      inputError("role-to-assume", "x", "is not an IAM role ARN", "or set create-repository").message,
    );
  });

  it("keeps a field the table lacks by its own name, and passes other errors through", () => {
    const free = new FieldError("region", (name) => `"mars" is not a region; set ${name("region")}.`);
    expect((namedForInputs(free, names) as Error).message).toBe('Input "region": "mars" is not a region; set region.');
    const other = new Error("a bug");
    expect(namedForInputs(other, names)).toBe(other);
  });

  it("never reads a field name out of a value (a value is rendered, not searched)", () => {
    const error = fieldError("roleToAssume", "{createRepository} roleToAssume", "is odd", "fix it");
    expect((namedForInputs(error, names) as Error).message).toBe(
      'Input "role-to-assume": "{createRepository} roleToAssume" is odd; fix it.',
    );
  });
});
