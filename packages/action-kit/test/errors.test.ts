import { describe, expect, it } from "@jest/globals";
import { inputError, SHOWN_VALUE_LIMIT, shownValue } from "@platform/action-kit";

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
