import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type BareRepo, createBareRepo, git, gitEnv, headOf, plantRecordingHooks } from "../../../test/harness/git.ts";
import { createGitRunner, type ExecOptions, gitConfigVariables, gitEnvironments, talksToRemote } from "../src/index.ts";

const TOKEN = "ghs_hook-must-never-see-this";
const credentials = {
  config: [["http.https://github.example/.extraheader", `AUTHORIZATION: basic ${TOKEN}`]] as const,
  env: { PLATFORM_TEST_TOKEN: TOKEN },
};

describe("gitConfigVariables", () => {
  it("numbers its entries after those the environment already carries", () => {
    expect(gitConfigVariables({ GIT_CONFIG_COUNT: "2" }, [["a.b", "1"]])).toEqual({
      GIT_CONFIG_COUNT: "3",
      GIT_CONFIG_KEY_2: "a.b",
      GIT_CONFIG_VALUE_2: "1",
    });
    expect(gitConfigVariables({ GIT_CONFIG_COUNT: "junk" }, [["a.b", "1"]]).GIT_CONFIG_KEY_0).toBe("a.b");
  });
});

describe("talksToRemote", () => {
  it.each([
    [["push", "origin", "HEAD"], true],
    [["fetch", "--quiet", "origin"], true],
    [["ls-remote", "--tags", "--", "origin"], true],
    [["--no-pager", "pull"], true],
    [["rev-parse", "HEAD"], false],
    [["tag", "--force", "v1", "abc"], false],
    [["update-ref", "-d", "refs/x"], false],
    [["remote", "get-url", "origin"], false],
    [[], false],
  ])("%j -> %j", (args, expected) => {
    expect(talksToRemote(args)).toBe(expected);
  });
});

describe("createGitRunner environments", () => {
  it("gives the credentials to the remote commands only, and disables hooks for all", async () => {
    const seen: Array<{ args: string[]; env: ExecOptions["env"] }> = [];
    const runner = createGitRunner({
      cwd: "/nowhere",
      env: { PATH: "/bin", GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "user.name", GIT_CONFIG_VALUE_0: "ci" },
      credentials,
      exec: async (_command, args, options = {}) => {
        seen.push({ args, env: options.env });
        return { exitCode: 0, stdout: "", stderr: "" };
      },
    });
    await runner(["rev-parse", "HEAD"]);
    await runner(["push", "origin", "HEAD"]);
    const [local, remote] = seen.map((call) => JSON.stringify(call.env));
    expect(local).not.toContain(TOKEN);
    expect(remote).toContain(TOKEN);
    for (const call of seen) {
      expect(call.env?.GIT_CONFIG_KEY_0).toBe("user.name");
      expect(call.env?.GIT_CONFIG_KEY_1).toBe("core.hooksPath");
      expect(call.env?.GIT_TERMINAL_PROMPT).toBe("0");
    }
    expect(seen[1]?.env?.GIT_CONFIG_COUNT).toBe("4");
    expect(seen[1]?.env?.GIT_CONFIG_KEY_3).toBe("http.https://github.example/.extraheader");
  });
});

describe("createGitRunner against a checkout with planted hooks", () => {
  let repo: BareRepo;
  let root: string;
  beforeAll(async () => {
    repo = await createBareRepo({ files: { "a.txt": "a\n" } });
    root = mkdtempSync(path.join(os.tmpdir(), "git-hooks-"));
  });
  afterAll(async () => {
    await repo.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it("the planted hooks do run for a plain git (the test can fail)", async () => {
    const checkout = await repo.workDir();
    const hooks = await plantRecordingHooks(checkout);
    await git(checkout, ["commit", "--quiet", "--allow-empty", "-m", "plain"]);
    await git(checkout, ["push", "--quiet", "origin", "HEAD:refs/heads/plain"]);
    const ran = hooks.ran().join(" ");
    expect(ran).toContain("pre-push");
    expect(ran).toContain("reference-transaction");
  });

  it("no planted hook runs for any command of the runner, so none sees the token", async () => {
    const checkout = await repo.workDir();
    const hooks = await plantRecordingHooks(checkout, [
      "pre-push",
      "reference-transaction",
      "pre-commit",
      "post-checkout",
      "pre-auto-gc",
    ]);
    const runner = createGitRunner({ cwd: checkout, env: gitEnv(), credentials });
    const must = async (args: string[]): Promise<string> => {
      const result = await runner(args);
      expect({ args, exitCode: result.exitCode, stderr: result.stderr }).toMatchObject({ exitCode: 0 });
      return result.stdout;
    };
    await must(["commit", "--quiet", "--allow-empty", "-m", "through the runner"]);
    await must(["checkout", "--quiet", "-b", "topic"]);
    await must(["update-ref", "refs/heads/other", "HEAD"]);
    await must(["fetch", "--quiet", "origin"]);
    await must(["push", "--quiet", "origin", "HEAD:refs/heads/main"]);
    await must(["push", "--quiet", "origin", "HEAD:refs/heads/second"]);
    expect(hooks.ran()).toEqual([]);
    expect(await headOf(repo.bareDir, "second")).toBe((await must(["rev-parse", "HEAD"])).trim());
  });

  it("gives the remote environment whole to a tool that runs git itself (semantic-release)", () => {
    const { local, remote } = gitEnvironments({ PATH: "/bin" }, credentials);
    expect(local.GIT_CONFIG_KEY_0).toBe("core.hooksPath");
    expect(remote.GIT_CONFIG_KEY_0).toBe("core.hooksPath");
    expect(remote.PLATFORM_TEST_TOKEN).toBe(TOKEN);
    expect(local.PLATFORM_TEST_TOKEN).toBeUndefined();
  });
});
