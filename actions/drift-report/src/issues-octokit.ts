import { ConfigurationError } from "@platform/action-kit";
import { createGitHubClient, type GitHubClient, type GitHubClientOptions, httpStatus } from "@platform/github";
import type { DriftIssue, DriftIssuePort, IssueUpdate } from "@platform/terraform";

interface RestIssue {
  number: number;
  id: number;
  user?: { login: string } | null;
  state: string;
  title: string;
  body?: string | null;
  html_url: string;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
}

function toIssue(issue: RestIssue): DriftIssue {
  return {
    number: issue.number,
    id: issue.id,
    author: issue.user?.login ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    title: issue.title,
    body: issue.body ?? "",
    labels: issue.labels
      .map((label) => (typeof label === "string" ? label : (label.name ?? "")))
      .filter((name) => name !== ""),
    url: issue.html_url,
  };
}

/**
 * GitHub's answer to a token without the permission (a job whose `permissions` leave out
 * issues) is the user's to fix: one line naming the permission, not a stack trace.
 */
function explainRefusal(error: unknown, repository: string): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (httpStatus(error) === 403 && message.includes("Resource not accessible by integration")) {
    return new ConfigurationError(
      `Input "github-token": GitHub refused the token on the issues of ${repository} (HTTP 403 Resource not accessible by integration); give the job permissions: issues: write.`,
    );
  }
  return error;
}

/** Every method of the port with GitHub's refusals explained. */
function withRefusalsExplained(port: DriftIssuePort, repository: string): DriftIssuePort {
  const guarded = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(port) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    guarded[name] = async (...args: unknown[]) => {
      try {
        return await method(...args);
      } catch (error) {
        throw explainRefusal(error, repository);
      }
    };
  }
  return guarded as unknown as DriftIssuePort;
}

/** The drift logic's port over GitHub's REST issues API (retries and rate limits by the client's plugins). */
export function octokitDriftIssuePort(
  client: GitHubClient,
  repository: { owner: string; repo: string },
): DriftIssuePort {
  const { owner, repo } = repository;
  // Listing, not searching: the search index lags, which is how duplicates are born.
  const list = async (filter: { labels: string } | { creator: string }, state: "open" | "all") => {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
      owner,
      repo,
      state,
      ...filter,
      per_page: 100,
    });
    return issues.filter((issue) => !issue.pull_request).map((issue) => toIssue(issue as RestIssue));
  };
  return withRefusalsExplained(portOver(client, owner, repo, list), `${owner}/${repo}`);
}

function portOver(
  client: GitHubClient,
  owner: string,
  repo: string,
  list: (filter: { labels: string } | { creator: string }, state: "open" | "all") => Promise<DriftIssue[]>,
): DriftIssuePort {
  return {
    listIssues: (label) => list({ labels: label }, "all"),
    listIssuesByCreator: (login, state) => list({ creator: login }, state),
    async authenticatedLogin() {
      // GraphQL's viewer names the token's owner for every kind of token; REST's GET /user
      // refuses installation tokens (GITHUB_TOKEN, GitHub Apps) with 403.
      try {
        const result = await client.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
        return result.viewer.login || undefined;
      } catch {
        return undefined;
      }
    },
    async createIssue(input) {
      const { data } = await client.rest.issues.create({ owner, repo, ...input });
      return toIssue(data as RestIssue);
    },
    async updateIssue(issueNumber, update) {
      const send = (reason: IssueUpdate["stateReason"]) =>
        client.rest.issues.update({
          owner,
          repo,
          issue_number: issueNumber,
          ...(update.title !== undefined ? { title: update.title } : {}),
          ...(update.body !== undefined ? { body: update.body } : {}),
          ...(update.state !== undefined ? { state: update.state } : {}),
          ...(reason !== undefined ? { state_reason: reason } : {}),
          ...(reason === "duplicate" && update.duplicateOf !== undefined
            ? { duplicate_issue_id: update.duplicateOf }
            : {}),
          ...(update.labels !== undefined ? { labels: update.labels } : {}),
        });
      try {
        return toIssue((await send(update.stateReason)).data as RestIssue);
      } catch (error) {
        // Servers older than the "duplicate" reason refuse it: "not planned" says the same.
        if (update.stateReason !== "duplicate" || httpStatus(error) !== 422) throw error;
        return toIssue((await send("not_planned")).data as RestIssue);
      }
    },
    async addComment(issueNumber, body) {
      await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    },
    async addLabels(issueNumber, labels) {
      await client.rest.issues.addLabels({ owner, repo, issue_number: issueNumber, labels });
    },
    async ensureLabel(label) {
      try {
        await client.rest.issues.getLabel({ owner, repo, name: label.name });
        return;
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
      }
      try {
        await client.rest.issues.createLabel({ owner, repo, ...label });
      } catch (error) {
        // Created meanwhile by a parallel run: what we wanted.
        if (httpStatus(error) !== 422) throw error;
      }
    },
  };
}

/**
 * The drift issues of `repository` on GitHub with `token`: main.ts imports this module only when
 * issues are filed, so Octokit is not loaded (nor parsed) otherwise.
 */
export function githubDriftIssues(
  client: GitHubClientOptions,
  repository: { owner: string; repo: string },
): DriftIssuePort {
  return octokitDriftIssuePort(createGitHubClient(client), repository);
}
