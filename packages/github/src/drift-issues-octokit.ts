import type { DriftIssue, DriftIssuePort } from "./drift-issues.ts";
import { type GitHubClient, httpStatus } from "./octokit.ts";

interface RestIssue {
  number: number;
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
    state: issue.state === "closed" ? "closed" : "open",
    title: issue.title,
    body: issue.body ?? "",
    labels: issue.labels
      .map((label) => (typeof label === "string" ? label : (label.name ?? "")))
      .filter((name) => name !== ""),
    url: issue.html_url,
  };
}

/** The drift logic's port over GitHub's REST issues API (retries and rate limits by the client's plugins). */
export function octokitDriftIssuePort(
  client: GitHubClient,
  repository: { owner: string; repo: string },
): DriftIssuePort {
  const { owner, repo } = repository;
  return {
    async listIssues(label) {
      // Listing by label, not searching: the search index lags, which is how duplicates are born.
      const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner,
        repo,
        state: "all",
        labels: label,
        per_page: 100,
      });
      return issues.filter((issue) => !issue.pull_request).map((issue) => toIssue(issue as RestIssue));
    },
    async createIssue(input) {
      const { data } = await client.rest.issues.create({ owner, repo, ...input });
      return toIssue(data as RestIssue);
    },
    async updateIssue(issueNumber, update) {
      const { data } = await client.rest.issues.update({
        owner,
        repo,
        issue_number: issueNumber,
        ...(update.title !== undefined ? { title: update.title } : {}),
        ...(update.body !== undefined ? { body: update.body } : {}),
        ...(update.state !== undefined ? { state: update.state } : {}),
        ...(update.stateReason !== undefined ? { state_reason: update.stateReason } : {}),
        ...(update.labels !== undefined ? { labels: update.labels } : {}),
      });
      return toIssue(data as RestIssue);
    },
    async addComment(issueNumber, body) {
      await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
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
