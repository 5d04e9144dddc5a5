import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type Conclusion,
  ConcurrencyGroups,
  type Permissions,
  type RehearsalResult,
  type RehearsalServices,
  type RehearseOptions,
  type Reporter,
  rehearse,
} from "../src/index.ts";

/** A git repository in a temp dir with `files` committed on main. */
export function makeRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rehearsal-test-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: dir,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@t",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@t",
      },
    });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "initial");
  return dir;
}

export function removeRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Records everything the run reported. */
export class Recorder implements Reporter {
  readonly lines: { job: string; text: string }[] = [];
  readonly annotations: { job: string; kind: string; message: string }[] = [];
  readonly steps: { job: string; step: string; conclusion: Conclusion }[] = [];
  readonly started: string[] = [];
  readonly planned: { job: string; needs: string[] }[] = [];
  readonly finished: { job: string; conclusion: Conclusion; outputs?: Record<string, string> }[] = [];
  jobPlanned(job: string, needs: string[]): void {
    this.planned.push({ job, needs });
  }
  jobStarted(job: string): void {
    this.started.push(job);
  }
  jobFinished(job: string, conclusion: Conclusion, _seconds: number, outputs?: Record<string, string>): void {
    this.finished.push({ job, conclusion, ...(outputs ? { outputs } : {}) });
  }
  stepStarted(): void {}
  stepFinished(job: string, step: string, conclusion: Conclusion): void {
    this.steps.push({ job, step, conclusion });
  }
  line(job: string, text: string): void {
    this.lines.push({ job, text });
  }
  annotation(job: string, kind: string, message: string): void {
    this.annotations.push({ job, kind, message });
  }
  text(job?: string): string {
    return this.lines
      .filter((l) => job === undefined || l.job === job)
      .map((l) => l.text)
      .join("\n");
  }
  errors(): string {
    return this.annotations
      .filter((a) => a.kind === "error")
      .map((a) => `${a.job}: ${a.message}`)
      .join("\n");
  }
}

/** Services with no server: tokens are random strings, every gate approves, checkout clones `repoDir`. */
export function localServices(
  repoDir: string,
): RehearsalServices & { minted: { job: string; permissions: Permissions }[] } {
  const minted: { job: string; permissions: Permissions }[] = [];
  let n = 0;
  return {
    serverUrl: "http://127.0.0.1:9",
    apiUrl: "http://127.0.0.1:9/api/v3",
    graphqlUrl: "http://127.0.0.1:9/api/graphql",
    minted,
    async mintToken(permissions, job) {
      minted.push({ job: job.job, permissions });
      return `ghs_local_token_${++n}`;
    },
    async oidcFor() {
      return { requestUrl: "http://127.0.0.1:9/token", requestToken: "oidc-request-token" };
    },
    async gate() {
      return "approved";
    },
    async checkoutRemote() {
      return repoDir;
    },
  };
}

export interface Rehearsal {
  result: RehearsalResult;
  log: Recorder;
  services: ReturnType<typeof localServices>;
}

/** Rehearses `.github/workflows/<name>` of a repository made of `files`. */
export async function rehearseFiles(
  files: Record<string, string>,
  workflow: string,
  options: Partial<RehearseOptions> = {},
): Promise<Rehearsal> {
  const repoDir = makeRepo(files);
  const log = new Recorder();
  const services = localServices(repoDir);
  try {
    const result = await rehearse({
      workflow: `.github/workflows/${workflow}`,
      repoDir,
      repository: "octo-org/app",
      event: "push",
      services,
      reporter: log,
      concurrency: new ConcurrencyGroups(),
      ...options,
    });
    rmSync(result.workDir, { recursive: true, force: true });
    return { result, log, services };
  } finally {
    removeRepo(repoDir);
  }
}

/** One workflow file as the whole repository. */
export function single(
  yaml: string,
  options: Partial<RehearseOptions> = {},
  extra: Record<string, string> = {},
): Promise<Rehearsal> {
  return rehearseFiles({ ".github/workflows/w.yml": yaml, ...extra }, "w.yml", options);
}
