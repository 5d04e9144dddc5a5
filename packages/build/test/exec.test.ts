import { describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { processExec } from "../src/exec.ts";

// The runner itself (stdin, env, a missing command) is tested in packages/process.
describe("processExec", () => {
  it("streams lines to the log and still hands them to the caller's hooks", async () => {
    const logger = memoryLogger();
    const seen: string[] = [];
    const result = await processExec(logger)("sh", ["-c", "echo out; echo oops >&2; exit 3"], {
      onStdoutLine: (line) => seen.push(line),
    });
    expect(result).toEqual({ exitCode: 3, stdout: "out\n", stderr: "oops\n" });
    expect(logger.lines).toEqual(expect.arrayContaining(["out", "oops"]));
    expect(seen).toEqual(["out"]);
  });

  it("keeps the log quiet when asked", async () => {
    const logger = memoryLogger();
    const result = await processExec(logger)("sh", ["-c", "echo hidden"], { silent: true });
    expect(result.stdout).toBe("hidden\n");
    expect(logger.lines).toEqual([]);
  });
});
