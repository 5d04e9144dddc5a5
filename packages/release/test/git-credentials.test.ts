import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "@jest/globals";
import { gitCredentialEnv } from "../src/git-credentials.ts";

const run = promisify(execFile);

describe("gitCredentialEnv", () => {
  it("makes the real git answer with the token from the environment, not from argv", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "release-cred-"));
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: "1",
      GITHUB_TOKEN: "s3cr3t-token",
      ...gitCredentialEnv({}, "http://127.0.0.1:1"),
    };
    const child = run("git", ["credential", "fill"], { cwd: dir, env });
    child.child.stdin?.end("protocol=http\nhost=127.0.0.1:1\npath=octo-org/app.git\n\n");
    const { stdout } = await child;
    expect(stdout).toContain("username=x-access-token");
    expect(stdout).toContain("password=s3cr3t-token");
    const config = await run("git", ["config", "--get-all", "http.http://127.0.0.1:1/.extraheader"], { cwd: dir, env });
    expect(config.stdout).toBe("\n");
  });

  it("appends to configuration the environment already carries", () => {
    const env = gitCredentialEnv({ GIT_CONFIG_COUNT: "2" }, "https://github.com/");
    expect(env.GIT_CONFIG_COUNT).toBe("5");
    expect(env.GIT_CONFIG_KEY_2).toBe("credential.helper");
    expect(env.GIT_CONFIG_KEY_4).toBe("http.https://github.com/.extraheader");
  });
});
