import type { Logger } from "@platform/action-kit";
import { type GitHubClient, httpStatus } from "@platform/github";

export type AutoMerge = "" | "merge" | "squash" | "rebase";

interface PullRequestOptions {
  client: GitHubClient;
  repository: string;
  head: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  /** Users, or `org/team` slugs for teams. */
  reviewers: string[];
  autoMerge: AutoMerge;
  logger: Logger;
}

interface PullRequestResult {
  number: number;
  url: string;
  created: boolean;
}

const ENABLE_AUTO_MERGE = `
mutation ($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`;

/** Opens the pull request for `head`, or updates the open one: never a second one. */
export async function openOrUpdatePullRequest(options: PullRequestOptions): Promise<PullRequestResult> {
  const { client, logger } = options;
  const [owner = "", repo = ""] = options.repository.split("/");
  const find = async () => {
    const { data: open } = await client.rest.pulls.list({
      owner,
      repo,
      state: "open",
      head: `${owner}:${options.head}`,
      base: options.base,
    });
    return open.find((candidate) => candidate.head.ref === options.head);
  };
  const update = async (number: number): Promise<void> => {
    await client.rest.pulls.update({ owner, repo, pull_number: number, title: options.title, body: options.body });
    logger.info(`Updated pull request #${number}`);
  };
  let pull: { number: number; node_id: string; html_url: string } | undefined = await find();
  let created = false;
  if (pull) {
    await update(pull.number);
  } else {
    try {
      const { data } = await client.rest.pulls.create({
        owner,
        repo,
        head: options.head,
        base: options.base,
        title: options.title,
        body: options.body,
      });
      pull = data;
      created = true;
      logger.info(`Opened pull request #${data.number}`);
    } catch (error) {
      // A concurrent run opened it between our list and create: GitHub refuses a second one.
      pull = httpStatus(error) === 422 ? await find() : undefined;
      if (!pull) throw error;
      await update(pull.number);
    }
  }
  const number = pull.number;
  if (options.labels.length > 0)
    await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: options.labels });
  const users = options.reviewers.filter((reviewer) => !reviewer.includes("/"));
  const teams = options.reviewers
    .filter((reviewer) => reviewer.includes("/"))
    .map((team) => team.split("/")[1] ?? team);
  // Reviewers and auto-merge are wishes, not the change itself: a refusal (the author cannot
  // review, auto-merge is off for the repository) is a warning, and the pull request stands.
  if (users.length > 0 || teams.length > 0) {
    await client.rest.pulls
      .requestReviewers({ owner, repo, pull_number: number, reviewers: users, team_reviewers: teams })
      .catch((error: unknown) => logger.warning(`Could not request reviewers on #${number}: ${messageOf(error)}`));
  }
  if (options.autoMerge) {
    await client
      .graphql(ENABLE_AUTO_MERGE, { id: pull.node_id, mergeMethod: options.autoMerge.toUpperCase() })
      .catch((error: unknown) => logger.warning(`Could not enable auto-merge on #${number}: ${messageOf(error)}`));
  }
  return { number, url: pull.html_url, created };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
