import { describe, expect, it } from "@jest/globals";
import { ConfigurationError } from "@platform/action-kit";
import { describeFailure, findConfigurationError } from "../src/errors.ts";

class AggregateLike extends Error {
  readonly errors: unknown[];
  constructor(errors: unknown[]) {
    super("aggregate");
    this.errors = errors;
  }
}

function semanticError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, semanticRelease: true, details: "long\ntext" });
}

describe("errors", () => {
  it("finds the action's own ConfigurationError inside semantic-release's AggregateError", () => {
    const own = new ConfigurationError("Tag v1.1.0 already exists");
    expect(findConfigurationError(new AggregateLike([new Error("x"), own]))).toBe(own);
  });

  it("turns semantic-release errors into one line", () => {
    const error = findConfigurationError(
      new AggregateLike([semanticError("ENOGHTOKEN", "No GitHub token specified."), semanticError("EX", "two\nlines")]),
    );
    expect(error?.message).toBe(
      "semantic-release ENOGHTOKEN: No GitHub token specified. semantic-release EX: two lines",
    );
  });

  it("leaves other errors alone", () => {
    expect(findConfigurationError(new Error("boom"))).toBeUndefined();
    expect(describeFailure(new AggregateLike([new Error("a"), new Error("b")])).message).toBe("a; b");
  });
});
