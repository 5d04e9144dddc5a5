import { describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { childEnvironment, processExec } from "../src/exec.ts";

describe("processExec", () => {
  it("streams lines to the log, collects output, feeds stdin and reports the exit code", async () => {
    const logger = memoryLogger();
    const result = await processExec(logger)("sh", ["-c", 'read line; echo "got $line"; echo oops >&2; exit 3'], {
      stdin: "secret-from-stdin\n",
    });
    expect(result).toEqual({ exitCode: 3, stdout: "got secret-from-stdin\n", stderr: "oops\n" });
    expect(logger.lines).toEqual(expect.arrayContaining(["got secret-from-stdin", "oops"]));
  });

  it("keeps the log quiet when asked", async () => {
    const logger = memoryLogger();
    await processExec(logger)("sh", ["-c", "echo hidden"], { log: false });
    expect(logger.lines).toEqual([]);
  });

  it("adds and removes variables, and never hands the step's inputs to a child", async () => {
    process.env.INPUT_PASSWORD = "input-secret";
    try {
      const result = await processExec(memoryLogger())("sh", ["-c", "env"], { env: { EXTRA: "1", HOME: undefined } });
      expect(result.stdout).toContain("EXTRA=1");
      expect(result.stdout).not.toMatch(/^HOME=/m);
      expect(result.stdout).not.toContain("input-secret");
    } finally {
      delete process.env.INPUT_PASSWORD;
    }
  });

  it("names a missing command", async () => {
    await expect(processExec(memoryLogger())("no-such-command-here", [])).rejects.toThrow(
      /no-such-command-here is not installed/,
    );
  });

  it("filters inputs and the OIDC request token from a child's environment", () => {
    expect(
      childEnvironment({
        PATH: "/bin",
        INPUT_PASSWORD: "x",
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: "t",
        ACTIONS_ID_TOKEN_REQUEST_URL: "u",
        ACTIONS_RUNTIME_TOKEN: "r",
      }),
    ).toEqual({ PATH: "/bin", ACTIONS_RUNTIME_TOKEN: "r" });
  });
});
