import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { EXIT, main } from "../../scripts/sandbox.ts";
import { waitFor } from "../harness/process.ts";
import { repoRoot } from "../harness/run-action.ts";
import { CALLER_FILES, type Pipeline, type RehearsalOptions } from "./pipeline.ts";

/*
 * The command: argument errors in one line, Ctrl-C while the world starts, and the failure
 * path with a scripted stand-in for the rehearsal: the failed job and step are named and the
 * workdir is kept. The whole story through the real rehearsal is sandbox.test.ts.
 */

const root = mkdtempSync(path.join(os.tmpdir(), "sandbox-command-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("arguments", () => {
  it("refuses an unknown scenario in one line naming it, before starting anything", async () => {
    const lines: string[] = [];
    expect(await main(["--scenario", "chaos"], (line) => lines.push(line))).toBe(EXIT.usage);
    expect(lines).toEqual(['sandbox: --scenario "chaos" is not a scenario; use one of happy, faults, race']);
  });

  it("refuses an unknown option with the usage", async () => {
    const lines: string[] = [];
    expect(await main(["--fast"], (line) => lines.push(line))).toBe(EXIT.usage);
    expect(lines.join("\n")).toMatch(/^sandbox: Unknown option '--fast'.*\nusage: npm run sandbox -- /);
  });
});

describe("Ctrl-C while the world starts", () => {
  it("stops every part that had started and exits 130", async () => {
    const workdir = path.join(root, "interrupted");
    const child = spawn(process.execPath, [path.join(repoRoot, "scripts", "sandbox.ts"), "--workdir", workdir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    await waitFor(async () => output.includes("world: docker, registries, GitHub and OIDC up"), {
      what: "the world's first parts",
      timeoutMs: 60_000,
    });
    // The registries are running now: their configurations name the workdir.
    const registries = readdirSync(path.join(workdir, "registries"));
    expect(registries.sort()).toEqual(["dev", "production"]);
    child.kill("SIGINT");
    expect(await exited).toBe(EXIT.interrupted);
    expect(output).toContain("sandbox: SIGINT: stopping every part");
    expect(output).toMatch(/sandbox: every part stopped\n$/);
    for (const name of registries) {
      const config = readFileSync(path.join(workdir, "registries", name, "config.yml"), "utf8");
      const address = /addr: (\S+)/.exec(config)?.[1];
      await expect(fetch(`http://${address}/v2/`)).rejects.toThrow();
    }
  });
});

describe("a failing job", () => {
  it("is named with its run and step, exits 1 and keeps the workdir", async () => {
    const calls: RehearsalOptions[] = [];
    const scripted: Pipeline = {
      callers: CALLER_FILES,
      // A stand-in for the rehearsal: the pull request's build job fails in its push step.
      rehearse: async (_file, options) => {
        calls.push(options);
        options.onEvent?.({ type: "job-planned", job: "checks", needs: [] });
        options.onEvent?.({ type: "job-planned", job: "checks / build", needs: [] });
        options.onEvent?.({ type: "job-started", job: "checks / build" });
        options.onEvent?.({ type: "step-started", job: "checks / build", step: "Build the image" });
        options.onEvent?.({
          type: "step-finished",
          job: "checks / build",
          step: "Build the image",
          conclusion: "failure",
          seconds: 0.4,
        });
        options.onEvent?.({
          type: "log",
          job: "checks / build",
          line: "error: docker build failed: COPY failed: no source files were specified",
          error: true,
        });
        options.onEvent?.({ type: "job-finished", job: "checks / build", conclusion: "failure", seconds: 0.5 });
        options.onEvent?.({ type: "job-finished", job: "checks", conclusion: "failure", seconds: 0.5 });
        return {
          conclusion: "failure",
          jobs: { "checks / build": { conclusion: "failure", outputs: {} } },
          outputs: {},
          runId: 7,
        };
      },
    };
    const lines: string[] = [];
    const code = await main([], (line) => lines.push(line), { pipeline: () => scripted });
    const output = lines.join("\n");
    expect(code).toBe(EXIT.failure);
    expect(output).toContain(
      "sandbox: FAILED at pull request #1 / checks / build / Build the image: docker build failed: COPY failed: no source files were specified",
    );
    expect(output).toMatch(/▷ checks \/ build › Build the image\n.*✗ checks \/ build › Build the image \(0\.4 s\)/);
    const kept = /the workdir is kept for a look: (\S+)/.exec(output)?.[1] ?? "";
    expect(existsSync(path.join(kept, "github/acme/hello.git"))).toBe(true);
    rmSync(kept, { recursive: true, force: true });
    // The run was for the pull request's head, in a checkout that holds it.
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      event: "pull_request",
      repository: "acme/hello",
      ref: "refs/pull/1/merge",
      actor: "dana",
    });
  });
});
