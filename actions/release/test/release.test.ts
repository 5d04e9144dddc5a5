import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type GitHubFake, startGitHubFake } from "../../../test/fakes/github/index.ts";
import { commitFiles, git } from "../../../test/harness/git.ts";
import { type ActionResult, repoRoot, runBundledAction } from "../../../test/harness/run-action.ts";
import { expectNoSecret } from "../../../test/harness/secrets.ts";

let fake: GitHubFake;
const temps: string[] = [];

beforeAll(async () => {
  fake = await startGitHubFake();
});

afterAll(async () => {
  await fake.stop();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A clone the way actions/checkout leaves one: full history, the token stored as an extra header. */
async function checkout(repository: string, options: { depth?: number } = {}): Promise<string> {
  const dir = path.join(tempDir("release-checkout-"), "repo");
  const url = `${fake.serverUrl}/${repository}.git`;
  const depth = options.depth ? ["--depth", String(options.depth)] : [];
  await git(os.tmpdir(), ["clone", "--quiet", ...depth, url, dir]);
  const basic = Buffer.from(`x-access-token:${fake.token}`).toString("base64");
  await git(dir, ["config", "--local", `http.${fake.serverUrl}/.extraheader`, `AUTHORIZATION: basic ${basic}`]);
  return dir;
}

let changes = 0;
async function commit(dir: string, message: string): Promise<string> {
  changes += 1;
  const sha = await commitFiles(dir, { [`change-${changes}.txt`]: `${changes}\n` }, message);
  await git(dir, ["push", "--quiet", "origin", "HEAD"]);
  return sha;
}

async function remoteTag(repository: string, tag: string): Promise<string | undefined> {
  const bareDir = fake.repository(repository).bareDir;
  try {
    return (await git(bareDir, ["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`])).trim();
  } catch {
    return undefined;
  }
}

function release(
  dir: string,
  options: {
    inputs?: Record<string, string>;
    env?: Record<string, string | undefined>;
    entry?: string;
    /** GITHUB_WORKSPACE when the repository is a working-directory inside it. */
    workspace?: string;
  } = {},
): Promise<ActionResult> {
  return runBundledAction("release", {
    workspace: options.workspace ?? dir,
    ...(options.entry ? { entry: options.entry } : {}),
    inputs: { "github-token": fake.token, "job-token": fake.token, "major-tag": "true", ...options.inputs },
    env: {
      GITHUB_API_URL: fake.apiUrl,
      GITHUB_SERVER_URL: fake.serverUrl,
      GITHUB_REPOSITORY: "octo-org/app",
      GITHUB_REF: "refs/heads/main",
      GITHUB_REF_NAME: "main",
      ...options.env,
    },
  });
}

function expectSuccess(result: ActionResult): void {
  if (result.exitCode !== 0) throw new Error(`release failed:\n${result.log}`);
}

describe("release (bundled) in a private repository checked out without persisted credentials", () => {
  it("lists the remote's branches and pushes the tag with github-token (persist-credentials: false)", async () => {
    const repository = "octo-org/private-app";
    await fake.createRepository(repository, { private: true, files: { "README.md": "# app\n" } });
    const dir = path.join(tempDir("release-private-"), "repo");
    const basic = Buffer.from(`x-access-token:${fake.token}`).toString("base64");
    await git(os.tmpdir(), [
      "-c",
      `http.extraheader=AUTHORIZATION: basic ${basic}`,
      "clone",
      "--quiet",
      `${fake.serverUrl}/${repository}.git`,
      dir,
    ]);
    const sha = await commitFiles(dir, { "feature.txt": "1\n" }, "feat: first feature");
    await git(dir, ["-c", `http.extraheader=AUTHORIZATION: basic ${basic}`, "push", "--quiet", "origin", "HEAD"]);
    const result = await release(dir, { env: { GITHUB_REPOSITORY: repository }, inputs: { "major-tag": "false" } });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ released: "true", tag: "v1.0.0", sha });
    expect(await remoteTag(repository, "v1.0.0")).toBe(sha);
    expectNoSecret(result, [fake.token]);
  });
});

describe("release (bundled) through a history of conventional commits", () => {
  const repository = "octo-org/app";
  let dir: string;
  const shas: Record<string, string> = {};

  beforeAll(async () => {
    await fake.createRepository(repository, { files: { "README.md": "# app\n" } });
    dir = await checkout(repository);
  });

  it("releases v1.0.0 first, with a Release holding the notes and v1 on the remote", async () => {
    shas.v100 = await commit(dir, "feat: first feature");
    const result = await release(dir);
    expectSuccess(result);
    expect(result.outputs).toMatchObject({
      released: "true",
      version: "1.0.0",
      major: "1",
      minor: "0",
      patch: "0",
      prerelease: "",
      tag: "v1.0.0",
      "previous-version": "",
      "previous-tag": "",
      sha: shas.v100,
    });
    expect(result.outputs.notes).toContain("first feature");
    const created = fake.repository(repository).releases.find((r) => r.tag_name === "v1.0.0");
    expect(created?.body).toBe(result.outputs.notes);
    expect(created?.body).toContain("### Features");
    expect(created?.prerelease).toBe(false);
    expect(await remoteTag(repository, "v1.0.0")).toBe(shas.v100);
    expect(await remoteTag(repository, "v1")).toBe(shas.v100);
    expect(result.summary).toContain("| (none) | `v1.0.0` |");
    expect(result.summary).toContain("does not start other workflows");
    expect(result.masked).toContain(fake.token);
    expectNoSecret(result, [fake.token]);
  });

  it("a feat gives v1.1.0 and moves v1", async () => {
    shas.v110 = await commit(dir, "feat(api): list widgets");
    const result = await release(dir);
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ version: "1.1.0", "previous-version": "1.0.0", "previous-tag": "v1.0.0" });
    expect(await remoteTag(repository, "v1")).toBe(shas.v110);
    expect(result.summary).toContain("| previous version | next version |");
    expect(result.summary).toContain("| `v1.0.0` | `v1.1.0` |");
    expect(result.summary).toContain(`| feat | 1 | ${shas.v110.slice(0, 7)} \`feat(api): list widgets\` |`);
    expect(result.summary).toContain("#### Release notes");
    expect(result.summary).toContain("**api:** list widgets");
    expect(result.summary).toContain("Floating tags moved to the release commit: `v1`");
  });

  it("a fix gives v1.1.1", async () => {
    shas.v111 = await commit(dir, "fix: off by one");
    // github-token is not the job's token (an App token, say): no note about workflows not starting.
    const result = await release(dir, { inputs: { "job-token": "ghs_the_jobs_own_token" } });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ version: "1.1.1", patch: "1", sha: shas.v111 });
    expect(result.summary).toContain(`| fix | 1 | ${shas.v111.slice(0, 7)} \`fix: off by one\` |`);
    expect(result.summary).not.toContain("does not start other workflows");
    expect(await remoteTag(repository, "v1")).toBe(shas.v111);
  });

  it("only chore and docs give no release", async () => {
    await commit(dir, "chore: tidy");
    await commit(dir, "docs: explain");
    const before = fake.repository(repository).releases.length;
    const result = await release(dir);
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ released: "false", version: "", tag: "", "previous-version": "1.1.1" });
    expect(fake.repository(repository).releases.length).toBe(before);
    expect(await remoteTag(repository, "v1")).toBe(shas.v111);
    expect(result.summary).toContain("No release");
  });

  it("a BREAKING CHANGE footer gives v2.0.0; v2 is created and v1 stays", async () => {
    shas.v200 = await commit(dir, "refactor: new config loader\n\nBREAKING CHANGE: the config file moved to app.yaml");
    const result = await release(dir);
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ version: "2.0.0", major: "2", "previous-tag": "v1.1.1" });
    expect(result.outputs.notes).toContain("BREAKING CHANGES");
    expect(await remoteTag(repository, "v2")).toBe(shas.v200);
    expect(await remoteTag(repository, "v1")).toBe(shas.v111);
    expect(result.summary).toContain("| breaking | 1 |");
  });

  it("the next branch gives 2.1.0-next.1 as a prerelease and moves no floating tag", async () => {
    await git(dir, ["checkout", "--quiet", "-b", "next"]);
    const sha = await commit(dir, "feat: preview of widgets v2");
    const result = await release(dir, { env: { GITHUB_REF: "refs/heads/next", GITHUB_REF_NAME: "next" } });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({
      version: "2.1.0-next.1",
      major: "2",
      minor: "1",
      patch: "0",
      prerelease: "next.1",
      tag: "v2.1.0-next.1",
      "previous-tag": "v2.0.0",
      sha,
    });
    expect(result.summary).toContain("| `v2.0.0` | `v2.1.0-next.1` |");
    expect(result.summary).not.toContain("Floating tags moved");
    expect(fake.repository(repository).releases.find((r) => r.tag_name === "v2.1.0-next.1")?.prerelease).toBe(true);
    expect(await remoteTag(repository, "v2")).toBe(shas.v200);
    expect(await remoteTag(repository, "v2.1")).toBeUndefined();
    await git(dir, ["checkout", "--quiet", "main"]);
  });

  it("feat! gives the next major, v3.0.0, and creates v3", async () => {
    shas.v300 = await commit(dir, "feat!: drop the legacy endpoint");
    const result = await release(dir);
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ version: "3.0.0", "previous-version": "2.0.0" });
    expect(await remoteTag(repository, "v3")).toBe(shas.v300);
    expect(await remoteTag(repository, "v2")).toBe(shas.v200);
  });
});

describe("release (bundled) settings and failures", () => {
  it("dry-run computes the version and notes without tagging or publishing", async () => {
    await fake.createRepository("octo-org/dry", { files: { "README.md": "x\n" } });
    const dir = await checkout("octo-org/dry");
    await commit(dir, "feat: something");
    const result = await release(dir, {
      inputs: { "dry-run": "true", "tag-format": "app@${version}" },
      env: { GITHUB_REPOSITORY: "octo-org/dry" },
    });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ released: "true", version: "1.0.0", tag: "app@1.0.0" });
    expect(await remoteTag("octo-org/dry", "app@1.0.0")).toBeUndefined();
    expect(result.outputs.notes).toContain("something");
    expect(await remoteTag("octo-org/dry", "v1.0.0")).toBeUndefined();
    expect(await remoteTag("octo-org/dry", "v1")).toBeUndefined();
    expect(fake.repository("octo-org/dry").releases).toEqual([]);
    expect(result.summary).toContain("would release");
  });

  it("honours a .releaserc in working-directory except its plugins, and minor-tag", async () => {
    await fake.createRepository("octo-org/conf", { files: { "README.md": "x\n" } });
    const dir = await checkout("octo-org/conf");
    await commitFiles(
      dir,
      {
        ".releaserc.json": JSON.stringify({
          tagFormat: "app-v${version}",
          plugins: [
            ["@semantic-release/commit-analyzer", { releaseRules: [{ type: "docs", release: "patch" }] }],
            "@semantic-release/release-notes-generator",
            "@semantic-release/npm",
          ],
        }),
      },
      "docs: release configuration",
    );
    await git(dir, ["push", "--quiet", "origin", "HEAD"]);
    // The repository is a folder of the workspace, named by working-directory.
    const result = await release(dir, {
      workspace: path.dirname(dir),
      inputs: { "minor-tag": "true", "working-directory": path.basename(dir) },
      env: { GITHUB_REPOSITORY: "octo-org/conf" },
    });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ version: "1.0.0", tag: "app-v1.0.0" });
    expect(result.log).toContain(`Using the release configuration in ${path.join(dir, ".releaserc.json")}`);
    expect(result.log).toContain("plugin @semantic-release/npm is not bundled");
    const head = (await git(dir, ["rev-parse", "HEAD"])).trim();
    expect(await remoteTag("octo-org/conf", "app-v1")).toBe(head);
    expect(await remoteTag("octo-org/conf", "app-v1.0")).toBe(head);
  });

  it.each([
    ["release.config.mjs", 'export default { tagFormat: "js-v${version}" };\n'],
    ["release.config.cjs", 'module.exports = { tagFormat: "js-v${version}" };\n'],
    [
      "release.config.ts",
      'const config: { tagFormat: string } = { tagFormat: "js-v${version}" };\nexport default config;\n',
    ],
    [".releaserc.yaml", "tagFormat: js-v${version}\n"],
  ])("reads %s inside the bundle", async (file, content) => {
    const name = `octo-org/cfg-${file.replace(/[^a-z]/g, "")}`;
    await fake.createRepository(name, { files: { "README.md": "x\n", [file]: content } });
    const dir = await checkout(name);
    await commit(dir, "feat: configured");
    const result = await release(dir, { inputs: { "dry-run": "true" }, env: { GITHUB_REPOSITORY: name } });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ version: "1.0.0", tag: "js-v1.0.0" });
  });

  it("a shallow clone fails with one line naming fetch-depth: 0", async () => {
    await fake.createRepository("octo-org/shallow", { files: { "README.md": "x\n" } });
    const seed = await checkout("octo-org/shallow");
    await commit(seed, "feat: one");
    await commit(seed, "feat: two");
    const dir = await checkout("octo-org/shallow", { depth: 1 });
    const result = await release(dir, { env: { GITHUB_REPOSITORY: "octo-org/shallow" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `The repository in ${dir} is a shallow clone, so earlier tags and commits are missing; check it out with actions/checkout "fetch-depth: 0".`,
    ]);
    expect(await remoteTag("octo-org/shallow", "v1.0.0")).toBeUndefined();
    expect(fake.repository("octo-org/shallow").releases).toEqual([]);
  });

  it("a missing token fails with one line naming the input", async () => {
    await fake.createRepository("octo-org/notoken", { files: { "README.md": "x\n" } });
    const dir = await checkout("octo-org/notoken");
    await commit(dir, "feat: one");
    const result = await release(dir, {
      inputs: { "github-token": "", "job-token": "" },
      env: { GITHUB_REPOSITORY: "octo-org/notoken" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      'Input "github-token": "" is empty; pass a token with contents: write (the default is ${{ github.token }}) to create the tag and the Release.',
    ]);
    expect(await remoteTag("octo-org/notoken", "v1.0.0")).toBeUndefined();
    expect(fake.repository("octo-org/notoken").releases).toEqual([]);
  });

  it("a tag that already exists on another commit fails with one line and pushes nothing", async () => {
    await fake.createRepository("octo-org/clash", { files: { "README.md": "x\n" } });
    const dir = await checkout("octo-org/clash");
    await git(dir, ["checkout", "--quiet", "-b", "experiment"]);
    const other = await commit(dir, "feat: experiment");
    await git(dir, ["tag", "v1.0.0"]);
    await git(dir, ["push", "--quiet", "origin", "v1.0.0"]);
    await git(dir, ["checkout", "--quiet", "main"]);
    await commit(dir, "feat: real feature");
    const result = await release(dir, { env: { GITHUB_REPOSITORY: "octo-org/clash" } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(new RegExp(`^Tag v1\\.0\\.0 already exists on commit ${other.slice(0, 12)}, not on`)),
    ]);
    expect(await remoteTag("octo-org/clash", "v1.0.0")).toBe(other);
    expect(await remoteTag("octo-org/clash", "v1")).toBeUndefined();
    expect(fake.repository("octo-org/clash").releases).toEqual([]);
  });

  it("a failure after the tag push says what exists, and a re-run completes the Release and v1", async () => {
    await fake.createRepository("octo-org/partial", { files: { "README.md": "x\n" } });
    const dir = await checkout("octo-org/partial");
    const sha = await commit(dir, "feat: half done");
    fake.failNext(/^POST \/repos\/octo-org\/partial\/releases$/, 422);
    const failed = await release(dir, { env: { GITHUB_REPOSITORY: "octo-org/partial" } });
    expect(failed.exitCode).toBe(1);
    // One line with what exists and how to finish: no stack for the engineer to dig through.
    expect(failed.errors).toEqual([
      expect.stringMatching(
        /^Release v1\.0\.0 is incomplete: tag v1\.0\.0 is on the remote at \w{12}, GitHub Release: missing; .*Re-run the job/,
      ),
    ]);
    expect(await remoteTag("octo-org/partial", "v1.0.0")).toBe(sha);
    expect(fake.repository("octo-org/partial").releases).toEqual([]);

    const rerun = await release(dir, { env: { GITHUB_REPOSITORY: "octo-org/partial" } });
    expectSuccess(rerun);
    expect(rerun.outputs).toMatchObject({ released: "true", version: "1.0.0", tag: "v1.0.0", sha });
    const created = fake.repository("octo-org/partial").releases.find((r) => r.tag_name === "v1.0.0");
    expect(created?.body).toContain("half done");
    expect(await remoteTag("octo-org/partial", "v1")).toBe(sha);
    expect(rerun.summary).toContain("Created the missing GitHub Release v1.0.0");
  });

  it("a later run on newer commits leaves an earlier tag's missing Release and v1 alone", async () => {
    await fake.createRepository("octo-org/moved-on", { files: { "README.md": "x\n" } });
    const dir = await checkout("octo-org/moved-on");
    const tagged = await commit(dir, "feat: released without a Release");
    fake.failNext(/^POST \/repos\/octo-org\/moved-on\/releases$/, 422);
    const failed = await release(dir, { env: { GITHUB_REPOSITORY: "octo-org/moved-on" } });
    expect(failed.exitCode).toBe(1);
    expect(await remoteTag("octo-org/moved-on", "v1.0.0")).toBe(tagged);

    await commit(dir, "chore: tidy up");
    const later = await release(dir, { env: { GITHUB_REPOSITORY: "octo-org/moved-on" } });
    expectSuccess(later);
    expect(later.outputs).toMatchObject({ released: "false", "previous-tag": "v1.0.0", tag: "" });
    expect(fake.repository("octo-org/moved-on").releases).toEqual([]);
    expect(await remoteTag("octo-org/moved-on", "v1")).toBeUndefined();
    expect(later.summary).not.toContain("Created the missing GitHub Release");
  });

  it("a floating tag the remote refuses: one line with what exists; a re-run moves it, no second Release", async () => {
    const name = "octo-org/floating";
    await fake.createRepository(name, { files: { "README.md": "x\n" } });
    const dir = await checkout(name);
    const sha = await commit(dir, "feat: floating");
    // The real git http-backend runs the bare repository's hooks: only refs/tags/v1 is refused.
    const hook = path.join(fake.repository(name).bareDir, "hooks", "update");
    writeFileSync(hook, '#!/bin/sh\ntest "$1" != refs/tags/v1 || { echo "v1 is protected" >&2; exit 1; }\n', {
      mode: 0o755,
    });
    const env = { GITHUB_REPOSITORY: name };
    const failed = await release(dir, { inputs: { "minor-tag": "true" }, env });
    expect(failed.exitCode).toBe(1);
    expect(failed.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Release v1\\.0\\.0 is published but v1 was not moved to it: tag v1\\.0\\.0 is on the remote at ${sha.slice(0, 12)}, GitHub Release: created; moving v1 failed with: git push failed: ! \\[remote rejected\\] v1 -> v1 \\(hook declined\\)\\. Re-run the job: it moves v1, v1\\.0\\.$`,
        ),
      ),
    ]);
    expect(await remoteTag(name, "v1.0.0")).toBe(sha);
    expect(await remoteTag(name, "v1")).toBeUndefined();
    expect(await remoteTag(name, "v1.0")).toBeUndefined();
    expect(fake.repository(name).releases.map((r) => r.tag_name)).toEqual(["v1.0.0"]);

    rmSync(hook);
    const rerun = await release(dir, { inputs: { "minor-tag": "true" }, env });
    expectSuccess(rerun);
    expect(rerun.errors).toEqual([]);
    expect(rerun.outputs).toMatchObject({ released: "true", version: "1.0.0", tag: "v1.0.0", sha });
    expect(rerun.outputs.notes).toContain("floating");
    expect(await remoteTag(name, "v1")).toBe(sha);
    expect(await remoteTag(name, "v1.0")).toBe(sha);
    expect(fake.repository(name).releases.map((r) => r.tag_name)).toEqual(["v1.0.0"]);
    expect(rerun.summary).toContain("Moved v1, v1.0 to v1.0.0");
    expect(rerun.summary).not.toContain("Created the missing GitHub Release");

    // Everything exists now: a third run has nothing to do.
    const third = await release(dir, { inputs: { "minor-tag": "true" }, env });
    expectSuccess(third);
    expect(third.outputs).toMatchObject({ released: "false", "previous-tag": "v1.0.0" });
    expect(fake.repository(name).releases).toHaveLength(1);
  });

  it("semantic-release and its git never see the step's inputs or the runner's OIDC and runtime tokens", async () => {
    const name = "octo-org/environment";
    await fake.createRepository(name, { files: { "README.md": "x\n" } });
    const dir = await checkout(name);
    await commit(dir, "feat: confined");
    // Every git command (semantic-release's own `git tag` among them) records its arguments
    // and the environment it ran with, through a git first on PATH (hooks do not run: the
    // action disables them).
    const shims = tempDir("release-git-shim-");
    const dump = path.join(shims, "dump");
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(
      path.join(shims, "git"),
      `#!/bin/sh\n{ printf '### git %s\\n' "$*"; env; } >> '${dump}'\nexec '${realGit}' "$@"\n`,
      { mode: 0o755 },
    );
    const planted = {
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "planted-oidc-request-token",
      ACTIONS_ID_TOKEN_REQUEST_URL: "http://127.0.0.1:9/planted-oidc-url",
      ACTIONS_RUNTIME_TOKEN: "planted-runtime-token",
      ACTIONS_CACHE_URL: "http://127.0.0.1:9/planted-cache",
      ACTIONS_RESULTS_URL: "http://127.0.0.1:9/planted-results",
      GH_TOKEN: "planted-gh-token",
    };
    const result = await release(dir, {
      inputs: { "planted-input": "planted-input-value" },
      env: { GITHUB_REPOSITORY: name, PATH: `${shims}:${process.env.PATH ?? ""}`, ...planted },
    });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ released: "true", version: "1.0.0" });

    const sections = readFileSync(dump, "utf8").split(/^### /m).filter(Boolean);
    const tagByRelease = sections.find((section) => /^git tag v1\.0\.0 /.test(section));
    expect(tagByRelease).toContain(`GITHUB_REPOSITORY=${name}\n`);
    for (const section of sections) {
      expect(section).toContain("GITHUB_WORKSPACE=");
      expect(section).not.toMatch(/^(INPUT_|ACTIONS_|GH_TOKEN=)/m);
      for (const value of [...Object.values(planted), "planted-input-value"]) expect(section).not.toContain(value);
    }

    // What semantic-release itself is handed, from the debug log (names only).
    const names = /^::debug::semantic-release environment \(names\): (.*)$/m.exec(result.log)?.[1]?.split(" ");
    expect(names).toEqual(expect.arrayContaining(["GITHUB_ACTIONS", "GITHUB_REF", "GITHUB_TOKEN", "HOME", "PATH"]));
    expect(names?.filter((n) => /^(INPUT_|ACTIONS_|GH_TOKEN$)/.test(n))).toEqual([]);
    expect(result.log).not.toContain("planted-");
  });

  it("the bundle is complete: dist/ copied away from every node_modules runs a release", async () => {
    // Laid out as in the repository GitHub downloads: the action's dist and the shared bundle it loads from.
    const away = tempDir("release-dist-");
    for (const dist of ["release", "_shared"].map((name) => path.join("actions", name, "dist"))) {
      cpSync(path.join(repoRoot, dist), path.join(away, dist), { recursive: true });
    }
    for (let up = away; up !== path.dirname(up); up = path.dirname(up)) {
      expect(existsSync(path.join(up, "node_modules"))).toBe(false);
    }
    await fake.createRepository("octo-org/bundle", { files: { "README.md": "x\n" } });
    const dir = await checkout("octo-org/bundle");
    await commit(dir, "fix: bundled");
    const result = await release(dir, {
      entry: path.join(away, "actions", "release", "dist", "index.js"),
      // The runner passes action.yml's default: major-tag false.
      inputs: { "major-tag": "false" },
      env: { GITHUB_REPOSITORY: "octo-org/bundle" },
    });
    expect(result.log).not.toMatch(/Cannot find module|MODULE_NOT_FOUND/);
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ released: "true", version: "1.0.0" });
    expect(fake.repository("octo-org/bundle").releases.map((r) => r.tag_name)).toEqual(["v1.0.0"]);
    expect(await remoteTag("octo-org/bundle", "v1")).toBeUndefined();
  });
});
