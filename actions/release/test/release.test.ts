import { describe, expect, it } from "@jest/globals";
import { runBundledAction } from "../../../test/harness/run-action.ts";

describe("release (bundled)", () => {
  it("fails with one line outside a git repository", async () => {
    const result = await runBundledAction("release", { inputs: { "github-token": "t" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/is not a git work tree/)]);
  });
});
