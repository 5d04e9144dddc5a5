import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "@jest/globals";
import { gitEnvironments } from "@platform/process";
import { gitCredentials, withInheritedCredentials } from "../src/git-credentials.ts";

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

describe("withInheritedCredentials", () => {
  it("a git command given no environment (semantic-release's branch listing) gets the credentials during the work only", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "release-inherit-"));
    const { remote } = gitEnvironments(
      { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: "1" },
      gitCredentials("http://127.0.0.1:1", "inherited-token"),
    );
    const before = { ...process.env };
    const fill = async (): Promise<string> => {
      const child = run("git", ["credential", "fill"], { cwd: dir, env: { ...process.env, HOME: dir } });
      child.child.stdin?.end("protocol=http\nhost=127.0.0.1:1\npath=octo-org/app.git\n\n");
      return (await child).stdout;
    };
    const inside = await withInheritedCredentials(remote, fill);
    expect(inside).toContain("password=inherited-token");
    expect(process.env).toEqual(before);
    await expect(
      withInheritedCredentials(remote, async () => {
        throw new Error("semantic-release failed");
      }),
    ).rejects.toThrow("semantic-release failed");
    expect(process.env).toEqual(before);
  });
});
