import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { EXIT, main } from "../../scripts/sandbox.ts";
import { dockerAnswers } from "../harness/docker.ts";
import { runCommand, waitFor } from "../harness/process.ts";
import { repoRoot } from "../harness/run-action.ts";
import type { Pipeline, RehearsalOptions } from "./pipeline.ts";

/*
 * The command: argument errors in one line, the honest "not wired yet" run through the real
 * CLI (world up and down, nothing left listening), and the failure path with a scripted
 * stand-in for the rehearsal (the real one is issue 13's): the failed job and step are named
 * and the workdir is kept.
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
    expect(lines.join("\n")).toMatch(/^sandbox: Unknown option '--fast'.*\nusage: npm run sandbox:story/);
  });
});

describe("npm run sandbox:story before the pipeline is wired", () => {
  it("starts and seeds the world, says what is missing, exits 3 and leaves nothing listening", async () => {
    const workdir = path.join(root, "not-wired");
    const result = await runCommand(
      process.execPath,
      [path.join(repoRoot, "scripts", "sandbox.ts"), "--workdir", workdir],
      { okExitCodes: [EXIT.notWired], timeoutMs: 180_000 },
    );
    expect(result.exitCode).toBe(EXIT.notWired);
    expect(result.stdout).toContain("sandbox: NOT WIRED YET: the pipeline steps were not run. Missing:");
    expect(result.stdout).toMatch(/- the rehearsal \(issue 13\)/);
    expect(result.stdout).toContain("- nightly drift: drift workflow on schedule");
    expect(result.stdout).toMatch(/sandbox: every part stopped\n$/);
    expect(existsSync(path.join(workdir, "report.html"))).toBe(false);
    expect(existsSync(path.join(workdir, "github/acme/hello.git/HEAD"))).toBe(true);
    const up =
      /GitHub (http:\/\/\S+), dev registry (\S+) \(ECR via OIDC\), production registry (\S+), Docker (\S+)$/m.exec(
        result.stdout,
      );
    expect(up).not.toBeNull();
    for (const address of [up?.[1], `http://${up?.[2]}/v2/`, `http://${up?.[3]}/v2/`]) {
      await expect(fetch(address ?? "")).rejects.toThrow();
    }
    // The private dockerd (none other runs here) is gone with its socket.
    if (up?.[4]?.startsWith("unix:///tmp/")) expect(await dockerAnswers(up[4])).toBe(false);
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
    expect(output).not.toContain("NOT WIRED YET");
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
      callers: {
        pr: "workflows/pr.yml",
        release: "workflows/release.yml",
        promote: "workflows/promote.yml",
        drift: "workflows/drift.yml",
      },
      // A stand-in for the rehearsal: the pull request's build job fails in its push step.
      rehearse: async (_file, options) => {
        calls.push(options);
        options.onEvent?.({ type: "job-started", job: "checks / build", needs: [] });
        options.onEvent?.({ type: "step-started", job: "checks / build", step: "Build the image" });
        options.onEvent?.({
          type: "step-finished",
          job: "checks / build",
          step: "Build the image",
          conclusion: "failure",
          seconds: 0.4,
        });
        options.onEvent?.({ type: "job-finished", job: "checks / build", conclusion: "failure", seconds: 0.5 });
        return {
          conclusion: "failure",
          jobs: { "checks / build": { conclusion: "failure", outputs: {} } },
          outputs: {},
          runId: 7,
        };
      },
    };
    const lines: string[] = [];
    const code = await main([], (line) => lines.push(line), { loadPipeline: async () => scripted });
    const output = lines.join("\n");
    expect(code).toBe(EXIT.failure);
    expect(output).toContain(
      "sandbox: FAILED at pull request #1 / checks / build / Build the image: the run ended failure",
    );
    expect(output).toMatch(/▷ checks \/ build \/ Build the image\n.*✗ checks \/ build \/ Build the image \(0\.4 s\)/);
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
