import { type ConfigurationError, errorMessage, FieldError } from "@platform/action-kit";
import { type GitHubClient, httpStatus } from "@platform/github";
import type { GitopsField } from "./fields.ts";
import type { FileChange } from "./plan.ts";
import type { Transport } from "./retry.ts";
import type { Snapshot, TreeEntry } from "./tree.ts";

const CREATE_COMMIT = `
mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

/**
 * API mode: reads through the git data API and commits with GraphQL createCommitOnBranch,
 * which GitHub signs (Verified) and which refuses to move a branch whose head is no
 * longer `expectedHeadOid`: the same compare-and-swap a non-force push gives.
 */
export class ApiTransport implements Transport {
  private readonly client: GitHubClient;
  private readonly owner: string;
  private readonly repo: string;

  constructor(options: { client: GitHubClient; repository: string }) {
    this.client = options.client;
    const [owner = "", repo = ""] = options.repository.split("/");
    this.owner = owner;
    this.repo = repo;
  }

  async head(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.client.rest.git.getRef({
        owner: this.owner,
        repo: this.repo,
        ref: `heads/${branch}`,
      });
      return data.object.sha;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  }

  async snapshot(commit: string): Promise<Snapshot> {
    const { owner, repo, client } = this;
    const { data: commitData } = await client.rest.git.getCommit({ owner, repo, commit_sha: commit });
    const { data: tree } = await client.rest.git.getTree({
      owner,
      repo,
      tree_sha: commitData.tree.sha,
      recursive: "1",
    });
    if (tree.truncated) {
      throw new FieldError<GitopsField>(
        "commitVia",
        (nameOf) =>
          `"api" cannot read the tree of ${commit}, which is too large for the API; use ${nameOf("commitVia")}: git.`,
      );
    }
    const entries = new Map<string, TreeEntry>();
    for (const item of tree.tree) {
      if (
        item.path &&
        item.mode &&
        item.sha &&
        (item.type === "blob" || item.type === "tree" || item.type === "commit")
      ) {
        entries.set(item.path, { mode: item.mode, type: item.type, oid: item.sha });
      }
    }
    return {
      commit,
      entries,
      readBlob: async (oid) => {
        const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: oid });
        return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
      },
    };
  }

  async commit(request: { branch: string; parent: string; create: boolean; changes: FileChange[]; message: string }) {
    const { owner, repo, client } = this;
    if (request.create) {
      try {
        await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${request.branch}`, sha: request.parent });
      } catch (error) {
        if (httpStatus(error) === 422)
          return { status: "stale" as const, detail: `${request.branch} was created meanwhile`, moved: true };
        throw error;
      }
    }
    const [headline = "", ...rest] = request.message.split("\n");
    const input = {
      branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName: request.branch },
      expectedHeadOid: request.parent,
      message: { headline, body: rest.join("\n").trim() },
      fileChanges: {
        additions: request.changes.map((change) => ({
          path: change.path,
          contents: Buffer.from(change.after, "utf8").toString("base64"),
        })),
      },
    };
    try {
      const result = await client.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(CREATE_COMMIT, {
        input,
      });
      return { status: "committed" as const, commit: result.createCommitOnBranch.commit.oid };
    } catch (error) {
      const message = errorMessage(error);
      if (/expected|head.*oid|does not match|stale|moved/i.test(message))
        return { status: "stale" as const, detail: message, moved: true };
      throw refusal(error, `${owner}/${repo}`, request.branch) ?? error;
    }
  }
}

/** GraphQL error types that mean "no" to this token or this branch, not a bug of ours. */
const REFUSALS = new Set(["FORBIDDEN", "NOT_FOUND", "UNPROCESSABLE"]);

/**
 * createCommitOnBranch refused for a reason the user can fix: a token without contents: write
 * (FORBIDDEN), a branch or repository it cannot see (NOT_FOUND), a rule such as branch
 * protection (UNPROCESSABLE). One line naming the repository; anything else stays a bug.
 */
function refusal(error: unknown, repository: string, branch: string): ConfigurationError | undefined {
  const errors = (error as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return undefined;
  const refused = errors.find(
    (e): e is { type: string; message?: string } =>
      typeof e === "object" && e !== null && "type" in e && typeof e.type === "string" && REFUSALS.has(e.type),
  );
  if (!refused) return undefined;
  return new FieldError<GitopsField>(
    "repository",
    (nameOf) =>
      `${JSON.stringify(repository)} refused the commit to ${branch} (${refused.type}: ${refused.message ?? ""}); give the token contents: write there and check the branch's rules, or use ${nameOf("commitVia")}: git.`,
  );
}
