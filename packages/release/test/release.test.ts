import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { createGitHubClient } from "@platform/github";
import { type GitHubFake, startGitHubFake } from "../../../test/fakes/github/index.ts";
import { commitFiles, git, plantRecordingHooks } from "../../../test/harness/git.ts";
import { type ReleaseInputs, runRelease } from "../src/release.ts";

let fake: GitHubFake;
let root: string;

beforeAll(async () => {
  fake = await startGitHubFake();
  root = mkdtempSync(path.join(os.tmpdir(), "release-pkg-"));
});

afterAll(async () => {
  await fake.stop();
  rmSync(root, { recursive: true, force: true });
});

async function repositoryWith(name: string, messages: string[]): Promise<string> {
  await fake.createRepository(`octo-org/${name}`, { files: { "README.md": "x\n" } });
  const dir = path.join(root, name);
  await git(root, ["clone", "--quiet", `${fake.serverUrl}/octo-org/${name}.git`, dir]);
  const basic = Buffer.from(`x-access-token:${fake.token}`).toString("base64");
  await git(dir, ["config", "--local", `http.${fake.serverUrl}/.extraheader`, `AUTHORIZATION: basic ${basic}`]);
  for (const [i, message] of messages.entries()) await commitFiles(dir, { [`f${i}.txt`]: `${i}\n` }, message);
  await git(dir, ["push", "--quiet", "origin", "HEAD"]);
  return dir;
}

function deps(name: string) {
  const logger = memoryLogger();
  const out = new PassThrough();
  let log = "";
  out.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  return {
    logger,
    log: () => log,
    deps: {
      logger,
      env: {
        PATH: process.env.PATH,
        HOME: root,
        CI: "true",
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: "push",
        GITHUB_REF: "refs/heads/main",
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
      },
      apiUrl: fake.apiUrl,
      serverUrl: fake.serverUrl,
      repository: `octo-org/${name}`,
      github: createGitHubClient({ token: fake.token, baseUrl: fake.apiUrl }),
      stdout: out,
      stderr: out,
    },
  };
}

function inputs(cwd: string, extra: Partial<ReleaseInputs> = {}): ReleaseInputs {
  return {
    cwd,
    token: fake.token,
    defaultTokenInUse: false,
    branches: ["main"],
    tagFormat: "v${version}",
    preset: "conventionalcommits",
    dryRun: false,
    majorTag: true,
    minorTag: false,
    ...extra,
  };
}

describe("runRelease (in-process, plugins from node_modules)", () => {
  it("releases with the angular preset handed over as parser and writer options", async () => {
    const dir = await repositoryWith("angular", ["feat(core): a feature", "perf: faster"]);
    const { deps: d } = deps("angular");
    const result = await runRelease(inputs(dir, { preset: "angular" }), d);
    expect(result).toMatchObject({ released: true, version: "1.0.0", tag: "v1.0.0", floatingTags: ["v1"] });
    expect(result.notes).toContain("### Features");
    expect(result.notes).toContain("**core:** a feature");
    expect(result.commits.map((c) => c.message)).toEqual(["perf: faster", "feat(core): a feature", "Initial commit"]);
    expect(fake.repository("octo-org/angular").releases.map((r) => r.tag_name)).toEqual(["v1.0.0"]);
  });

  it("hands semantic-release the environment without inputs, runner tokens or a second git token", async () => {
    const dir = await repositoryWith("confined", ["fix: x"]);
    const { deps: d, logger } = deps("confined");
    const env = {
      ...d.env,
      "INPUT_GITHUB-TOKEN": fake.token,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc",
      ACTIONS_RUNTIME_TOKEN: "runtime",
      GH_TOKEN: "ghp_someone_elses",
    };
    const result = await runRelease(inputs(dir, { dryRun: true }), { ...d, env });
    expect(result).toMatchObject({ released: true, version: "1.0.0" });
    const line = logger.lines.find((l) => l.startsWith("debug: semantic-release environment (names): "));
    const names = line?.split(": ")[2]?.split(" ");
    expect(names).toEqual(expect.arrayContaining(["CI", "GITHUB_ACTIONS", "GITHUB_REF", "GITHUB_TOKEN", "PATH"]));
    expect(names?.filter((n) => /^(INPUT_|ACTIONS_|GH_TOKEN$)/.test(n))).toEqual([]);
  });

  it("runs no hook of the checkout (semantic-release's push and ours), so none sees the token", async () => {
    const dir = await repositoryWith("hooks", ["feat: x"]);
    const hooks = await plantRecordingHooks(dir);
    const { deps: d } = deps("hooks");
    const result = await runRelease(inputs(dir), d);
    expect(result).toMatchObject({ released: true, tag: "v1.0.0", floatingTags: ["v1"] });
    expect(await git(dir, ["ls-remote", "--tags", "origin"])).toContain("refs/tags/v1.0.0");
    expect(hooks.ran()).toEqual([]);
  });

  it("refuses a preset that is not bundled before touching anything", async () => {
    const dir = await repositoryWith("preset", ["feat: x"]);
    const { deps: d } = deps("preset");
    await expect(runRelease(inputs(dir, { preset: "eslint" }), d)).rejects.toThrow(
      'preset: "eslint" is not a bundled preset; use one of: conventionalcommits, angular.',
    );
    expect(await git(dir, ["ls-remote", "--tags", "origin"])).toBe("");
  });

  it("turns semantic-release's own errors into one line (a token the API refuses)", async () => {
    const dir = await repositoryWith("badtoken", ["feat: x"]);
    const { deps: d } = deps("badtoken");
    await expect(runRelease(inputs(dir, { token: "ghs_not_known" }), d)).rejects.toThrow(
      /^semantic-release (EGITNOPERMISSION|EINVALIDGHTOKEN): /,
    );
  });
});
