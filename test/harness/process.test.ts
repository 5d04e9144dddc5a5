import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { freePort } from "./ports.ts";
import { httpAnswers, runCommand, startServerProcess, tailLine, waitFor, waitForHttp } from "./process.ts";

const node = process.execPath;

/** A tiny HTTP server in a child Node process. */
function serverScript(port: number): string {
  return `
    const http = require("node:http");
    console.log("starting on ${port}");
    http.createServer((req, res) => res.end("ok")).listen(${port}, "127.0.0.1");
  `;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("startServerProcess", () => {
  it("resolves once ready, keeps the output and stops the process", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const server = await startServerProcess({
      command: node,
      args: ["-e", serverScript(port)],
      name: "tiny-http",
      ready: () => httpAnswers(url),
    });
    try {
      expect(await (await fetch(url)).text()).toBe("ok");
      expect(server.output()).toContain(`starting on ${port}`);
      expect(isAlive(server.pid)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(isAlive(server.pid)).toBe(false);
    await server.stop();
  });

  it("kills a process that ignores SIGTERM", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "process-test-"));
    const marker = path.join(dir, "ready");
    const server = await startServerProcess({
      command: node,
      args: [
        "-e",
        `process.on("SIGTERM", () => console.log("ignoring SIGTERM"));
         require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x");
         setInterval(() => {}, 1000);`,
      ],
      ready: async () => readFileSync(marker, "utf8") === "x",
    });
    await server.stop();
    expect(isAlive(server.pid)).toBe(false);
    expect(server.output()).toContain("ignoring SIGTERM");
  });

  it("throws one line with the output's tail when the process exits early", async () => {
    const attempt = startServerProcess({
      command: node,
      args: ["-e", 'console.error("first line\\nbind: address already in use"); process.exit(3)'],
      name: "doomed",
      ready: async () => false,
    });
    await expect(attempt).rejects.toThrow(
      /^doomed \(.*\) exited with code 3 before it was ready: .*address already in use$/,
    );
    await attempt.catch((error: Error) => expect(error.message).not.toContain("\n"));
  });

  it("names a multi-line command on one line", async () => {
    const attempt = startServerProcess({
      command: node,
      args: ["-e", "process.exit(1)\n// second line"],
      name: "multi",
      ready: async () => false,
    });
    await attempt.catch((error: Error) => expect(error.message).not.toContain("\n"));
    await expect(attempt).rejects.toThrow(/^multi \(.* -e process.exit\(1\) \/\/ second line\) exited with code 1/);
  });

  it("throws one line naming the command when it does not exist", async () => {
    await expect(
      startServerProcess({ command: "/nonexistent/server-binary", ready: async () => true }),
    ).rejects.toThrow(/^server-binary \(\/nonexistent\/server-binary\) could not start: .*ENOENT/);
  });

  it("stops the process and throws when it is never ready", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "process-test-"));
    const pidFile = path.join(dir, "pid");
    const attempt = startServerProcess({
      command: node,
      args: [
        "-e",
        `require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));
         console.log("still warming up"); setInterval(() => {}, 1000)`,
      ],
      name: "slowpoke",
      timeoutMs: 2_000,
      ready: async () => false,
    });
    await expect(attempt).rejects.toThrow(
      /^slowpoke .* was not ready after 2000 ms and was stopped: still warming up$/,
    );
    expect(isAlive(Number(readFileSync(pidFile, "utf8")))).toBe(false);
  });
});

describe("runCommand", () => {
  it("returns stdout and feeds stdin", async () => {
    const { stdout } = await runCommand(node, ["-e", "process.stdin.pipe(process.stdout)"], { input: "secret" });
    expect(stdout).toBe("secret");
  });

  it("throws one line with stderr on failure", async () => {
    await expect(runCommand(node, ["-e", 'console.error("boom\\nbang"); process.exit(2)'])).rejects.toThrow(
      /exited with code 2: boom \| bang$/,
    );
  });

  it("kills a command that runs past its timeout", async () => {
    await expect(runCommand(node, ["-e", "setInterval(() => {}, 1000)"], { timeoutMs: 200 })).rejects.toThrow(
      /was killed after 200 ms/,
    );
  });
});

describe("waitForHttp and waitFor", () => {
  it("resolves when a server answers, with any status", async () => {
    const port = await freePort();
    const server = await startServerProcess({
      command: node,
      args: [
        "-e",
        `require("node:http").createServer((q, s) => { s.statusCode = 503; s.end(); }).listen(${port}, "127.0.0.1")`,
      ],
      ready: async () => true,
    });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 10_000 });
    } finally {
      await server.stop();
    }
  });

  it("throws one line naming the URL when nothing answers", async () => {
    const port = await freePort();
    await expect(waitForHttp(`http://127.0.0.1:${port}/v2/`, { timeoutMs: 200 })).rejects.toThrow(
      `an HTTP answer from http://127.0.0.1:${port}/v2/ did not happen within 200 ms`,
    );
  });

  it("treats a throwing check as not yet", async () => {
    let calls = 0;
    await waitFor(
      async () => {
        calls++;
        if (calls < 3) throw new Error("not yet");
        return true;
      },
      { what: "third call", intervalMs: 1 },
    );
    expect(calls).toBe(3);
  });
});

describe("tailLine", () => {
  it("keeps the end of long output on one line", () => {
    const text = `${"x".repeat(1000)}\nthe actual error\n`;
    const line = tailLine(text, 20);
    expect(line).toBe("...x | the actual error");
  });
});

describe("runCommand exit codes", () => {
  it("accepts the exit codes it is told are not failures", async () => {
    const result = await runCommand(node, ["-e", "process.exit(2)"], { okExitCodes: [0, 2] });
    expect(result.exitCode).toBe(2);
    await expect(runCommand(node, ["-e", "process.exit(1)"], { okExitCodes: [0, 2] })).rejects.toThrow(
      /exited with code 1/,
    );
  });
});
