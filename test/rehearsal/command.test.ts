import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "@jest/globals";
import { makeRepo, removeRepo } from "../../packages/rehearsal/test/helpers.ts";

// `npm run rehearse -- <file>` as a person runs it: live lines, --json, exit codes.
const root = path.resolve(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(path.join(os.tmpdir(), "rehearse-command-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The command keeps its scratch directory for a person to look at; the test does not. */
function removeScratch(stdout: string): void {
  const dir = /scratch (\S+)\)/.exec(stdout)?.[1];
  if (dir) rmSync(dir, { recursive: true, force: true });
}

async function command(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(root, "scripts", "rehearse.ts"), ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? "", HOME: scratch },
        timeout: 90_000,
      },
    );
    removeScratch(stdout);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    removeScratch(failed.stdout ?? "");
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const workflow = `
name: hello
on:
  workflow_dispatch:
    inputs:
      who: { type: string, required: true }
jobs:
  greet:
    runs-on: ubuntu-latest
    outputs:
      said: \${{ steps.s.outputs.said }}
    steps:
      - uses: actions/checkout@v4
        with: { persist-credentials: false }
      - id: s
        env:
          WHO: \${{ inputs.who }}
          TOKEN: \${{ secrets.DEPLOY_TOKEN }}
        run: |
          echo "said=hello $WHO from $(cat greeting.txt)" >> "$GITHUB_OUTPUT"
          echo "token is $TOKEN"
`;

describe("npm run rehearse", () => {
  it("runs a dispatch with inputs and secrets, prints masked live lines, writes --json, exits 0", async () => {
    const repo = makeRepo({ ".github/workflows/hello.yml": workflow, "greeting.txt": "the repo" });
    try {
      const json = path.join(scratch, "result.json");
      const { code, stdout, stderr } = await command(
        [
          ".github/workflows/hello.yml",
          "--event",
          "workflow_dispatch",
          "--input",
          "who=octo",
          "--secret",
          "DEPLOY_TOKEN=tok-987654",
          "--repo",
          repo,
          "--json",
          json,
        ],
        repo,
      );
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toMatch(/✓ greet success \(\d+\.\ds\)/);
      expect(stdout).toContain("token is ***");
      expect(stdout).not.toContain("tok-987654");
      expect(JSON.parse(readFileSync(json, "utf8"))).toEqual({
        conclusion: "success",
        jobs: {
          greet: { conclusion: "success", outputs: { said: "hello octo from the repo" }, seconds: expect.any(Number) },
        },
        outputs: {},
      });
    } finally {
      removeRepo(repo);
    }
  });

  it("a refusal is one line on stderr and exit 2, nothing written", async () => {
    const repo = makeRepo({ ".github/workflows/hello.yml": workflow, "greeting.txt": "x" });
    try {
      const json = path.join(scratch, "refused.json");
      const { code, stderr } = await command(
        [".github/workflows/hello.yml", "--event", "workflow_dispatch", "--repo", repo, "--json", json],
        repo,
      );
      expect(code).toBe(2);
      expect(stderr).toBe("Required input 'who' not provided\n");
      expect(existsSync(json)).toBe(false);
    } finally {
      removeRepo(repo);
    }
  });

  it("--reject decides the environment's review: the job fails and its steps do not run", async () => {
    const repo = makeRepo({
      ".github/workflows/deploy.yml":
        "on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: echo deployed-now\n",
    });
    try {
      const { code, stdout } = await command(
        [".github/workflows/deploy.yml", "--repo", repo, "--reject", "security-lead"],
        repo,
      );
      expect(code).toBe(1);
      expect(stdout).toContain("deploy waits for a review of environment production: rejecting as security-lead");
      expect(stdout).toContain("The deployment to environment 'production' was rejected by security-lead");
      expect(stdout).not.toContain("deployed-now");
    } finally {
      removeRepo(repo);
    }
  });
});
