import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDocument } from "yaml";
import {
  ConcurrencyGroups,
  type RehearsalEvent,
  type RehearsalResult,
  rehearse,
  SUITE_DIR,
  type SuiteLocation,
} from "../../packages/rehearsal/src/index.ts";
import { Recorder } from "../../packages/rehearsal/test/helpers.ts";
import { type AwsFake, startAwsFake } from "../fakes/aws.ts";
import { type FakeRepository, type GitHubFake, startGitHubFake } from "../fakes/github/index.ts";
import { type OidcFake, startOidcFake } from "../fakes/oidc.ts";
import { type DockerEngine, ensureDocker } from "../harness/docker.ts";
import { git } from "../harness/git.ts";
import { startRegistry, type TestRegistry } from "../harness/registry.ts";
import { createFakeServices, type FakeServices, type PendingReview } from "../rehearsal/fake-services.ts";
import { type FileMap, writeFileMap } from "../sandbox/fixtures/files.ts";

/*
 * What an application repository's caller workflows run against, on loopback: the GitHub fake
 * (the application, its GitOps repository, environments with reviewers), the OIDC fake, the
 * AWS fake (STS and ECR) in front of a real registry (ECR's data plane), a Docker Engine when
 * a build runs, and the rehearsal with the fakes' services. Each caller in `workflows/` is
 * copied into the application as a platform engineer would, its `with:` filled in, and run
 * with the suite's reusable workflows of this checkout (`org/platform/...@v1`).
 */

/** A test's limit: a run builds, releases and waits for reviews on a shared, loaded machine. */
export const E2E_TIMEOUT = 600_000;

export const OWNER = "acme";
export const ACCOUNT = "111111111111";
export const REGION = "eu-central-1";
/** The build pushes to the dev registry from main. */
export const BUILD_ROLE = `arn:aws:iam::${ACCOUNT}:role/hello-build`;
/** Dev and staging: read by the plan jobs (main), written by the environment jobs, read for production. */
export const PROMOTE_ROLE = `arn:aws:iam::${ACCOUNT}:role/hello-promote`;
/** Production: only a job GitHub let into the production environment. */
export const PRODUCTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/hello-promote-production`;
/** Drift: read-only, from the default branch. */
export const DRIFT_ROLE = `arn:aws:iam::${ACCOUNT}:role/drift-readonly`;

export interface WorldOptions {
  /** Start a Docker Engine (builds). */
  docker?: boolean;
  /** The suite the callers' `org/platform/...@v1` resolves to; default this checkout. */
  suite?: SuiteLocation;
}

/** A person with a token of their own (a reviewer, the developer). */
export interface Person {
  login: string;
  token: string;
}

/** One rehearsal of a caller, with what it printed and the services it ran against. */
export interface Run {
  result: RehearsalResult;
  log: Recorder;
  services: FakeServices;
}

export interface CallerRun {
  /** Resolves when the run ends. */
  done: Promise<Run>;
  services: FakeServices;
  log: Recorder;
  /** The next job waiting for a review; rejects with the run's errors when the run ends first. */
  nextReview(): Promise<PendingReview>;
}

export interface RunOptions {
  event: RehearsalEvent;
  inputs?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Decide every review as this reviewer. */
  approve?: string;
  reject?: string;
  /** Shared by runs that must queue behind each other. */
  concurrency?: ConcurrencyGroups;
  actor?: string;
}

/** An application repository: its local checkout (what the run is for) and its copy in the fake. */
export interface AppRepository {
  fullName: string;
  dir: string;
  fake: FakeRepository;
  /** Commits `files` (null deletes) on main and pushes it to the fake, as a merge would; resolves with the commit. */
  commit(files: Record<string, string | Buffer | null>, message: string): Promise<string>;
  /** Rehearses `.github/workflows/<caller>.yml` of this repository at its HEAD. */
  start(caller: string, options: RunOptions): Promise<CallerRun>;
  run(caller: string, options: RunOptions): Promise<Run>;
}

export interface World {
  github: GitHubFake;
  oidc: OidcFake;
  aws: AwsFake;
  /** ECR's data plane (htpasswd, credentials from GetAuthorizationToken). */
  registry: TestRegistry;
  docker?: DockerEngine;
  developer: Person;
  reviewer: Person;
  /** A token that may push to every repository (what GITOPS_TOKEN holds). */
  writeToken: string;
  /** A read-only token (what GITOPS_READ_TOKEN holds). */
  readToken: string;
  /** Variables a step sees from the machine (PATH, HOME, DOCKER_HOST, the AWS endpoints). */
  hostEnv: Record<string, string>;
  suite: SuiteLocation;
  /** Creates `owner/name` in the fake from `files` (one commit on main) with a local checkout. */
  createApp(fullName: string, files: FileMap): Promise<AppRepository>;
  stop(): Promise<void>;
}

function person(github: GitHubFake, login: string, readOnly = false): Person {
  const token = `ghp_${login}_${Math.random().toString(36).slice(2, 14)}`;
  github.addToken(token, { login, readOnly });
  return { login, token };
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const stops: (() => Promise<void>)[] = [];
  const scratch = mkdtempSync(path.join(os.tmpdir(), "workflows-world-"));
  stops.push(async () => rmSync(scratch, { recursive: true, force: true }));
  const stop = async (): Promise<void> => {
    for (const one of stops.splice(0).reverse()) await one().catch(() => undefined);
  };
  try {
    const [github, oidc, registry, docker] = await Promise.all([
      startGitHubFake({ waitTimerMinuteMs: 100 }),
      startOidcFake(),
      startRegistry({ auth: "basic", username: "AWS" }),
      options.docker ? ensureDocker() : Promise.resolve(undefined),
    ]);
    stops.push(
      () => github.stop(),
      () => oidc.stop(),
      () => registry.stop(),
    );
    if (docker) stops.push(() => docker.stop());
    const app = (sub: string): string => `repo:${OWNER}/hello:${sub}`;
    const aws = await startAwsFake({
      oidc,
      accountId: ACCOUNT,
      region: REGION,
      roles: [
        { arn: BUILD_ROLE, trust: { audience: "sts.amazonaws.com", subject: app("ref:refs/heads/main") } },
        {
          arn: PROMOTE_ROLE,
          trust: {
            audience: "sts.amazonaws.com",
            subject: ["ref:refs/heads/main", "environment:dev", "environment:staging", "environment:production"].map(
              app,
            ),
          },
        },
        { arn: PRODUCTION_ROLE, trust: { audience: "sts.amazonaws.com", subject: app("environment:production") } },
        { arn: DRIFT_ROLE, trust: { audience: "sts.amazonaws.com", subject: `repo:${OWNER}/*:ref:refs/heads/main` } },
      ],
      registry: { endpoint: registry.url, username: registry.username, password: registry.password },
    });
    stops.push(() => aws.stop());
    const home = path.join(scratch, "home");
    const hostEnv: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: home,
      LANG: "C.UTF-8",
      TMPDIR: os.tmpdir(),
      ...(docker ? { DOCKER_HOST: docker.host } : {}),
      ...aws.env(REGION),
    };
    writeFileMap(home, { ".keep": "" });
    const writeToken = `ghp_gitops_${Math.random().toString(36).slice(2, 14)}`;
    github.addToken(writeToken, { login: "gitops-bot" });
    const reader = person(github, "gitops-reader", true);
    const suite = options.suite ?? { name: "platform", dir: SUITE_DIR };

    const createApp = async (fullName: string, files: FileMap): Promise<AppRepository> => {
      const fake = await github.createRepository(fullName, { private: true });
      const dir = path.join(scratch, "checkouts", fullName);
      writeFileMap(dir, files);
      await git(dir, ["init", "-q", "-b", "main"]);
      const remote = new URL(`${github.serverUrl}/${fullName}.git`);
      remote.username = "x-access-token";
      remote.password = github.token;
      await git(dir, ["remote", "add", "origin", remote.toString()]);
      const commit = async (changes: Record<string, string | Buffer | null>, message: string): Promise<string> => {
        for (const [file, content] of Object.entries(changes)) {
          if (content === null) rmSync(path.join(dir, file), { force: true });
          else writeFileMap(dir, { [file]: content });
        }
        await git(dir, ["add", "-A"]);
        await git(dir, ["commit", "-q", "--allow-empty", "-m", message], {
          env: {
            GIT_AUTHOR_NAME: "dana",
            GIT_AUTHOR_EMAIL: "dana@acme.test",
            GIT_AUTHOR_DATE: new Date().toISOString(),
            GIT_COMMITTER_DATE: new Date().toISOString(),
          },
        });
        await git(dir, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
        return (await git(dir, ["rev-parse", "HEAD"])).trim();
      };
      await commit({}, "feat: the first version of hello");
      const start = async (caller: string, run: RunOptions): Promise<CallerRun> => {
        const log = new Recorder();
        const services = await createFakeServices({
          github,
          oidc,
          ...(run.approve ? { approve: run.approve } : {}),
          ...(run.reject ? { reject: run.reject } : {}),
        });
        const done = rehearse({
          workflow: `.github/workflows/${caller}.yml`,
          repoDir: dir,
          repository: fullName,
          event: run.event,
          inputs: run.inputs ?? {},
          secrets: run.secrets ?? {},
          actor: run.actor ?? developer.login,
          services,
          suite,
          reporter: log,
          concurrency: run.concurrency ?? new ConcurrencyGroups(),
          hostEnv,
          workDir: mkdtempSync(path.join(scratch, `run-${caller}-`)),
        }).then((result) => ({ result, log, services }));
        const nextReview = (): Promise<PendingReview> =>
          Promise.race([
            services.nextReview(),
            done.then((ended) => {
              throw new Error(
                `The run ended (${ended.result.conclusion}) before any job waited for a review:\n${ended.log.errors()}`,
              );
            }),
          ]);
        return { done, services, log, nextReview };
      };
      return {
        fullName,
        dir,
        fake,
        commit,
        start,
        run: async (caller, run) => (await start(caller, run)).done,
      };
    };

    const developer = person(github, "dana");
    const reviewer = person(github, "rita");
    return {
      github,
      oidc,
      aws,
      registry,
      ...(docker ? { docker } : {}),
      developer,
      reviewer,
      writeToken,
      readToken: reader.token,
      hostEnv,
      suite,
      createApp,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A caller template of `workflows/` as an application adopts it: copied, and the values of
 * its one calling job's `with:` replaced (comments kept).
 */
export function callerTemplate(name: string, withs: Record<string, string | boolean> = {}): string {
  const document = parseDocument(readFileSync(path.join(SUITE_DIR, "workflows", `${name}.yml`), "utf8"));
  const jobs = document.get("jobs") as { items: { key: { value: string } }[] } | undefined;
  const job = jobs?.items[0]?.key.value;
  if (!job) throw new Error(`workflows/${name}.yml has no job`);
  for (const [key, value] of Object.entries(withs)) document.setIn(["jobs", job, "with", key], value);
  return document.toString();
}

/** The reviewers of `environment` in `repository`: these users, by login. */
export function requireReviewers(repository: FakeRepository, environment: string, logins: string[]): void {
  repository.ensureEnvironment(environment).reviewers = logins.map((login) => ({
    type: "User" as const,
    id: repository.world.user(login).id,
  }));
}

/** Every error annotation and log line of a run, for a failing expectation to show. */
export function explain(run: Run): string {
  return `${run.log.errors()}\n${run.log.text()}`;
}
