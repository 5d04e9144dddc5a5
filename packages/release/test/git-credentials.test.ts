import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "@jest/globals";
import { gitEnvironments } from "@platform/process";
import { gitCredentials } from "../src/git-credentials.ts";

const run = promisify(execFile);

describe("gitCredentials", () => {
  it("makes the real git answer with the token from the environment, not from argv", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "release-cred-"));
    const { local, remote: env } = gitEnvironments(
      { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: "1" },
      gitCredentials("http://127.0.0.1:1", "s3cr3t-token"),
    );
    expect(JSON.stringify(local)).not.toContain("s3cr3t-token");
    const child = run("git", ["credential", "fill"], { cwd: dir, env });
    child.child.stdin?.end("protocol=http\nhost=127.0.0.1:1\npath=octo-org/app.git\n\n");
    const { stdout } = await child;
    expect(stdout).toContain("username=x-access-token");
    expect(stdout).toContain("password=s3cr3t-token");
    const config = await run("git", ["config", "--get-all", "http.http://127.0.0.1:1/.extraheader"], { cwd: dir, env });
    expect(config.stdout).toBe("\n");
  });
});
