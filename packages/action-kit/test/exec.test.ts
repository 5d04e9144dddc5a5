import { describe, expect, it } from "@jest/globals";
import { actionsExec } from "../src/exec.ts";
import { memoryLogger } from "../src/logger.ts";

describe("actionsExec", () => {
  it("feeds stdin, collects output and resolves with a failing exit code", async () => {
    const logger = memoryLogger();
    const result = await actionsExec(logger)("sh", ["-c", 'read line; echo "got $line"; echo oops >&2; exit 3'], {
      stdin: "from-stdin\n",
    });
    expect(result).toEqual({ exitCode: 3, stdout: "got from-stdin\n", stderr: "oops\n" });
    expect(logger.lines).toEqual(expect.arrayContaining(["got from-stdin", "oops"]));
  });

  it("keeps the log quiet when asked, and still calls the line hooks", async () => {
    const logger = memoryLogger();
    const lines: string[] = [];
    await actionsExec(logger)("sh", ["-c", "echo hidden"], { silent: true, onStdoutLine: (line) => lines.push(line) });
    expect(logger.lines).toEqual([]);
    expect(lines).toEqual(["hidden"]);
  });

  it("runs in cwd, applies env overrides and never hands the step's inputs to a child", async () => {
    process.env.INPUT_PASSWORD = "input-secret";
    try {
      const result = await actionsExec(memoryLogger())("sh", ["-c", "pwd; env"], {
        cwd: "/",
        env: { EXTRA: "1", HOME: undefined },
      });
      expect(result.stdout).toMatch(/^\/$/m);
      expect(result.stdout).toContain("EXTRA=1");
      expect(result.stdout).not.toMatch(/^HOME=/m);
      expect(result.stdout).not.toContain("input-secret");
    } finally {
      delete process.env.INPUT_PASSWORD;
    }
  });

  it("names a missing command", async () => {
    await expect(actionsExec(memoryLogger())("no-such-command-here", [])).rejects.toThrow(
      "no-such-command-here is not installed or not on PATH",
    );
  });
});
