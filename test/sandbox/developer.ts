import type { FileMap } from "./fixtures/files.ts";
import type { Person, World } from "./world.ts";

/*
 * What the story's people do by hand, through the GitHub fake's REST API with their own
 * tokens, as they would on github.com: push a branch, open a pull request, merge it.
 */

async function api(world: World, person: Person, method: string, route: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${world.endpoints.githubApiUrl}${route}`, {
    method,
    headers: {
      authorization: `token ${person.token}`,
      accept: "application/vnd.github+json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text.slice(0, 300)}`);
  return text === "" ? undefined : JSON.parse(text);
}

export interface OpenedPullRequest {
  number: number;
  branch: string;
  headSha: string;
}

/** Commits `changes` on a new branch of acme/hello and opens a pull request into main. */
export async function openPullRequest(
  world: World,
  options: { branch: string; title: string; changes: FileMap; body?: string },
): Promise<OpenedPullRequest> {
  const app = world.repositories.app;
  await app.createBranch(options.branch, app.defaultBranch);
  const headSha = await app.commitFiles({
    branch: options.branch,
    message: options.title,
    author: { name: world.developer.login, email: `${world.developer.login}@acme.test` },
    changes: Object.entries(options.changes).map(([file, content]) => ({
      path: file,
      content: Buffer.from(content),
      ...(file.startsWith("bin/") ? { mode: "100755" } : {}),
    })),
  });
  const pull = (await api(world, world.developer, "POST", `/repos/${app.fullName}/pulls`, {
    title: options.title,
    head: options.branch,
    base: app.defaultBranch,
    body: options.body ?? "",
  })) as { number: number };
  return { number: pull.number, branch: options.branch, headSha };
}

/** Squash-merges a pull request (its title becomes the commit subject); resolves with the commit on main. */
export async function mergePullRequest(world: World, number: number): Promise<string> {
  const app = world.repositories.app;
  const merged = (await api(world, world.developer, "PUT", `/repos/${app.fullName}/pulls/${number}/merge`, {
    merge_method: "squash",
  })) as { sha: string };
  return merged.sha;
}

/** The reviewer's decision on a waiting run, as the "Review deployments" button sends it. */
export async function reviewDeployment(
  world: World,
  runId: number,
  environment: string,
  decision: "approved" | "rejected",
  comment: string,
): Promise<void> {
  const app = world.repositories.app;
  const environmentId = app.environments.get(environment)?.id;
  if (environmentId === undefined) throw new Error(`acme/hello has no environment ${environment}`);
  await api(world, world.reviewer, "POST", `/repos/${app.fullName}/actions/runs/${runId}/pending_deployments`, {
    environment_ids: [environmentId],
    state: decision,
    comment,
  });
}
