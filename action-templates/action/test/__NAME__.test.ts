import { describe, expect, it } from "@jest/globals";
import { runBundledAction } from "../../../test/harness/run-action.ts";

describe("__NAME__ (bundled)", () => {
  it("writes its output and summary", async () => {
    const result = await runBundledAction("__NAME__", { inputs: { greeting: "platform" } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.message).toBe("Hello, platform!");
    expect(result.summary).toContain("Hello, platform!");
  });
});
