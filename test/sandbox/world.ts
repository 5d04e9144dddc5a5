import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type AwsFake, startAwsFake } from "../fakes/aws.ts";
import { type FakeRepository, type GitHubFake, startGitHubFake } from "../fakes/github/index.ts";
import { type OidcFake, startOidcFake } from "../fakes/oidc.ts";
import { type DockerEngine, ensureDocker } from "../harness/docker.ts";
import { type FaultProxy, startFaultProxy } from "../harness/fault-proxy.ts";
import { git } from "../harness/git.ts";
import { startRegistry, type TestRegistry } from "../harness/registry.ts";
import { type FileMap, writeFileMap } from "./fixtures/files.ts";
import { GITOPS_REPOSITORY, gitopsFiles } from "./fixtures/gitops.ts";
import { APP_REPOSITORY, helloAppFiles, IMAGE_NAME, infraCallers, type PlatformTargets } from "./fixtures/hello-app.ts";
import {
  applyWorkspaces,
  DRIFTED_WORKSPACE,
  driftWorkspace,
  INFRA_REPOSITORY,
  infraFiles,
  WORKSPACES,
} from "./fixtures/infra.ts";

/*
 * The sandbox's world: every real part and fake the story needs, on loopback, seeded with
 * the story's repositories, and stopped as one. Two registries: dev (the ECR stand-in: a
 * real registry behind the STS/ECR fakes, reached with an OIDC token) and production (its
 * own htpasswd credentials); the GitHub fake with acme/hello, acme/gitops and acme/infra and
 * the environments dev, staging and production (production requires a reviewer); a Docker
 * Engine; Terraform state for the infrastructure workspaces.
 *
 * With `workdir` everything stays there after stop() (bare repositories, registry storage,
 * Terraform state, the GitHub fake's API state as JSON); without, a temp dir is removed.
 */

export const ACCOUNT_ID = "111111111111";
export const REGION = "eu-central-1";
/** One role for the build and the promotions reading or writing the dev ECR, trusted per subject. */
export const ECR_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/hello-ecr`;
export const OIDC_AUDIENCE = "sts.amazonaws.com";
/** The subjects the role trusts: pushes to main (build) and the environment jobs (promote). */
export const ECR_ROLE_SUBJECTS = [
  `repo:${APP_REPOSITORY}:ref:refs/heads/main`,
  `repo:${APP_REPOSITORY}:environment:dev`,
  `repo:${APP_REPOSITORY}:environment:staging`,
  `repo:${APP_REPOSITORY}:environment:production`,
];
export const ENVIRONMENTS = ["dev", "staging", "production"] as const;

/** A person of the story, with a token of their own for the GitHub fake. */
export interface Person {
  login: string;
  token: string;
}

export interface WorldOptions {
  /** Keep everything in this directory (created if missing); a temp dir removed on stop otherwise. */
  workdir?: string;
  /** Put both registries and GitHub behind fault proxies (the `faults` scenario). */
  faultProxies?: boolean;
  /** Progress lines ("world: ..."); silent by default. */
  log?: (line: string) => void;
  /** Aborting while the world starts stops what had started and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface World {
  workdir: string;
  /** True when the workdir outlives stop(). */
  readonly kept: boolean;
  /** Keep the workdir after stop() even when none was given (a failed run keeps its evidence). */
  keep(): void;
  docker: DockerEngine;
  github: GitHubFake;
  oidc: OidcFake;
  aws: AwsFake;
  /** The ECR stand-in's data plane; its credentials come from ECR GetAuthorizationToken. */
  devRegistry: TestRegistry;
  productionRegistry: TestRegistry;
  /** Only with `faultProxies`: arm faults on these. */
  proxies?: { github: FaultProxy; devRegistry: FaultProxy; productionRegistry: FaultProxy };
  /** What clients are pointed at: the proxies' addresses with `faultProxies`, the servers' otherwise. */
  endpoints: {
    githubServerUrl: string;
    githubApiUrl: string;
    githubGraphqlUrl: string;
    devRegistryHost: string;
    productionRegistryHost: string;
  };
  /** The hosts and role written into `.github/platform.yml`. */
  targets: PlatformTargets;
  repositories: { app: FakeRepository; gitops: FakeRepository; infra: FakeRepository };
  /** Opens pull requests and dispatches promotions. */
  developer: Person;
  /** The required reviewer of production. */
  reviewer: Person;
  terraform: { stateDir: string; dataDir: string; checkout: string };
  /** Makes the story's workspace drift (an out-of-band change in its state); returns its path. */
  drift(): string;
  /** Writes `world.json` and `github-state.json` into the workdir (also done by stop()). */
  saveState(): void;
  /** Stops every part; idempotent. The workdir stays when it was given. */
  stop(): Promise<void>;
}

type Stopper = () => Promise<void> | void;

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const log = options.log ?? (() => undefined);
  let kept = options.workdir !== undefined;
  const workdir = path.resolve(options.workdir ?? mkdtempSync(path.join(os.tmpdir(), "sandbox-")));
  mkdirSync(workdir, { recursive: true });
  // Stopped in reverse order of starting; a failure while starting stops what had started.
  const stoppers: Stopper[] = [];
  const stopAll = async (): Promise<void> => {
    const errors: string[] = [];
    for (const stop of stoppers.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (!kept) rmSync(workdir, { recursive: true, force: true });
    if (errors.length > 0) throw new Error(`stopping the sandbox's world: ${errors.join("; ")}`);
  };
  const started = <T extends { stop(): Promise<void> }>(part: T): T => {
    stoppers.push(() => part.stop());
    return part;
  };

  const checkpoint = (): void => options.signal?.throwIfAborted();
  try {
    checkpoint();
    const startedAt = Date.now();
    const [docker, oidc, devRegistry, productionRegistry, github] = await Promise.all([
      ensureDocker().then(started),
      startOidcFake({ claims: { repository: APP_REPOSITORY, repository_owner: "acme" } }).then(started),
      startRegistry({ auth: "basic", username: "AWS", dir: path.join(workdir, "registries", "dev") }).then(started),
      startRegistry({
        auth: "basic",
        username: "production-pusher",
        dir: path.join(workdir, "registries", "production"),
      }).then(started),
      startGitHubFake({ root: path.join(workdir, "github") }).then(started),
    ]);
    log(`world: docker, registries, GitHub and OIDC up in ${Date.now() - startedAt} ms`);
    checkpoint();

    const proxies = options.faultProxies
      ? {
          github: started(await startFaultProxy(github.serverUrl)),
          devRegistry: started(await startFaultProxy(devRegistry.url)),
          productionRegistry: started(await startFaultProxy(productionRegistry.url)),
        }
      : undefined;
    const endpoints = {
      githubServerUrl: proxies?.github.url ?? github.serverUrl,
      githubApiUrl: proxies ? github.apiUrl.replace(github.serverUrl, proxies.github.url) : github.apiUrl,
      githubGraphqlUrl: proxies ? github.graphqlUrl.replace(github.serverUrl, proxies.github.url) : github.graphqlUrl,
      devRegistryHost: proxies?.devRegistry.host ?? devRegistry.host,
      productionRegistryHost: proxies?.productionRegistry.host ?? productionRegistry.host,
    };

    const aws = started(
      await startAwsFake({
        oidc,
        accountId: ACCOUNT_ID,
        region: REGION,
        roles: [{ arn: ECR_ROLE, trust: { audience: OIDC_AUDIENCE, subject: ECR_ROLE_SUBJECTS } }],
        // ECR hands out the address clients use: through the proxy when there is one.
        registry: {
          endpoint: `http://${endpoints.devRegistryHost}`,
          username: devRegistry.username,
          password: devRegistry.password,
        },
      }),
    );
    aws.addRepository(IMAGE_NAME);

    const targets: PlatformTargets = {
      devRegistry: endpoints.devRegistryHost,
      productionRegistry: endpoints.productionRegistryHost,
      region: REGION,
      devRole: ECR_ROLE,
      productionUser: productionRegistry.username,
    };
    const developer = person(github, "dana");
    const reviewer = person(github, "rita");

    const seededAt = Date.now();
    const appFiles = await helloAppFiles({ fixed: false });
    log(`world: hello compiled for amd64 and arm64 in ${Date.now() - seededAt} ms`);
    checkpoint();
    const app = await github.createRepository(APP_REPOSITORY, { private: true });
    await seed(app, appFiles, developer.login);
    for (const name of ENVIRONMENTS) app.ensureEnvironment(name);
    const production = app.ensureEnvironment("production");
    production.reviewers = [{ type: "User", id: app.world.user(reviewer.login).id }];

    const gitops = await github.createRepository(GITOPS_REPOSITORY, { private: true });
    await seed(gitops, gitopsFiles(targets), developer.login);

    const terraform = {
      stateDir: path.join(workdir, "terraform", "state"),
      dataDir: path.join(workdir, "terraform", "data"),
      checkout: path.join(workdir, "terraform", "checkout"),
    };
    const infraContent = infraFiles(terraform.stateDir);
    const infra = await github.createRepository(INFRA_REPOSITORY, { private: true });
    // The infrastructure repository adopts only the drift caller.
    await seed(infra, { ...infraContent, ...infraCallers() }, developer.login);
    log(`world: acme/hello, acme/gitops and acme/infra seeded at ${Date.now() - seededAt} ms`);
    checkpoint();
    // Applied once from a checkout of the same files, so the nightly plan starts clean.
    writeFileMap(terraform.checkout, infraContent);
    const appliedAt = Date.now();
    await applyWorkspaces(terraform.checkout, terraform.dataDir);
    log(`world: ${WORKSPACES.length} Terraform workspaces applied in ${Date.now() - appliedAt} ms`);
    checkpoint();

    const world: World = {
      workdir,
      get kept() {
        return kept;
      },
      keep() {
        kept = true;
      },
      docker,
      github,
      oidc,
      aws,
      devRegistry,
      productionRegistry,
      ...(proxies ? { proxies } : {}),
      endpoints,
      targets,
      repositories: { app, gitops, infra },
      developer,
      reviewer,
      terraform,
      drift() {
        driftWorkspace(terraform.stateDir, DRIFTED_WORKSPACE);
        return DRIFTED_WORKSPACE;
      },
      saveState() {
        if (!kept) return;
        writeFileSync(path.join(workdir, "world.json"), `${JSON.stringify(describeWorld(world), null, 2)}\n`);
        writeFileSync(path.join(workdir, "github-state.json"), `${JSON.stringify(githubState(world), null, 2)}\n`);
      },
      stop: (() => {
        let stopping: Promise<void> | undefined;
        return () => {
          stopping ??= (async () => {
            world.saveState();
            await stopAll();
          })();
          return stopping;
        };
      })(),
    };
    return world;
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}

/**
 * The first commit of a repository, pushed into its bare directory with the real git: a few
 * processes in all, where the fake's API commit spawns git per file.
 */
async function seed(repository: FakeRepository, files: FileMap, author: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sandbox-seed-"));
  try {
    const env = { GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: `${author}@acme.test` };
    await git(dir, ["init", "--quiet", `--initial-branch=${repository.defaultBranch}`]);
    writeFileMap(dir, files);
    await git(dir, ["add", "--all"]);
    await git(dir, ["commit", "--quiet", "--message", "chore: initial commit"], { env });
    await git(dir, ["push", "--quiet", repository.bareDir, `HEAD:refs/heads/${repository.defaultBranch}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function person(github: GitHubFake, login: string): Person {
  const token = `ghp_${randomBytes(18).toString("hex")}`;
  github.addToken(token, { login });
  return { login, token };
}

/** Where everything is, for a person exploring a kept workdir (addresses valid while it ran). */
export function describeWorld(world: World): Record<string, unknown> {
  const relative = (file: string): string => path.relative(world.workdir, file);
  return {
    repositories: Object.fromEntries(
      Object.values(world.repositories).map((r) => [r.fullName, { bare: relative(r.bareDir), clone: r.cloneUrl }]),
    ),
    registries: {
      dev: { host: world.devRegistry.host, storage: relative(world.devRegistry.dataDir), auth: "ECR (OIDC -> STS)" },
      production: {
        host: world.productionRegistry.host,
        storage: relative(world.productionRegistry.dataDir),
        auth: `htpasswd user ${world.productionRegistry.username}`,
      },
    },
    github: { serverUrl: world.github.serverUrl, apiUrl: world.github.apiUrl },
    terraform: { state: relative(world.terraform.stateDir), checkout: relative(world.terraform.checkout) },
    people: { developer: world.developer.login, reviewer: world.reviewer.login },
  };
}

/** The GitHub fake's API state that is not in git: issues, pulls, releases, environments, deployments. */
export function githubState(world: World): Record<string, unknown> {
  const users = [...world.repositories.app.world.users.values()];
  return Object.fromEntries(
    Object.values(world.repositories).map((r) => [
      r.fullName,
      {
        issues: r.issues
          .filter((i) => i.pull_request === undefined)
          .map((i) => ({ number: i.number, title: i.title, state: i.state, labels: i.labels.map((l) => l.name) })),
        pulls: r.pulls.map((p) => ({
          number: p.number,
          title: r.issue(p.number)?.title,
          head: p.head.ref,
          merged: p.merged_at !== null,
        })),
        releases: r.releases.map((release) => ({ tag: release.tag_name, name: release.name })),
        environments: [...r.environments.values()].map((e) => ({
          name: e.name,
          reviewers: e.reviewers.map((rv) => users.find((u) => u.id === rv.id)?.login ?? rv.id),
        })),
        deployments: r.deployments.map((d) => ({
          id: d.id,
          environment: d.environment,
          sha: d.sha,
          statuses: (r.deploymentStatuses.get(d.id) ?? []).map((s) => ({ state: s.state, description: s.description })),
        })),
        approvals: r.pendingDeployments.map((p) => ({
          run: p.runId,
          environment: p.environment,
          review: p.review ? { state: p.review.state, by: p.review.user.login, comment: p.review.comment } : null,
        })),
      },
    ]),
  );
}
