import {
  buildSchema,
  type ExecutionResult,
  execute,
  GraphQLError,
  OverlappingFieldsCanBeMergedRule,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import type { FakeContext } from "./context.ts";
import { objectType, readBlob, readCommit, readTag, resolve } from "./git.ts";
import { type Caller, HttpError, type Json } from "./http.ts";
import { FORBIDDEN_MESSAGE, GRAPHQL_PERMISSIONS, judge, type Need } from "./permissions.ts";
import type { FakeRepository } from "./repository.ts";
import { pullCommits, pullJson } from "./routes/pulls.ts";
import type { Issue, Label, PullRequest, SimpleUser } from "./state.ts";

interface IssueFilters {
  createdBy?: string;
  labels?: string[];
  since?: string;
  states?: string[];
}

/** The few types of GitHub's GraphQL schema the suite uses, with GitHub's names. */
const schema = buildSchema(`
  scalar GitObjectID
  scalar Base64String
  scalar URI
  scalar DateTime

  type Query {
    repository(owner: String!, name: String!): Repository
    viewer: User!
  }

  interface Actor { login: String!, url: URI!, avatarUrl: URI! }
  type User implements Actor { login: String!, url: URI!, avatarUrl: URI! }
  type Bot implements Actor { login: String!, url: URI!, avatarUrl: URI! }

  type Repository {
    id: ID!
    name: String!
    nameWithOwner: String!
    isPrivate: Boolean!
    url: URI!
    defaultBranchRef: Ref
    ref(qualifiedName: String!): Ref
    object(expression: String, oid: GitObjectID): GitObject
    pullRequest(number: Int!): PullRequest
    issue(number: Int!): Issue
    issueOrPullRequest(number: Int!): IssueOrPullRequest
    issues(first: Int, last: Int, after: String, before: String, states: [IssueState!], labels: [String!], filterBy: IssueFilters): IssueConnection!
    pullRequests(first: Int, last: Int, after: String, before: String, states: [PullRequestState!], labels: [String!], headRefName: String, baseRefName: String): PullRequestConnection!
  }

  type Ref {
    id: ID!
    name: String!
    prefix: String!
    target: GitObject
  }

  interface GitObject {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
  }

  type Commit implements GitObject {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
    message: String!
    messageHeadline: String!
    messageBody: String!
    committedDate: DateTime!
    url: URI!
    tree: Tree!
    associatedPullRequests(first: Int, last: Int, after: String, before: String): PullRequestConnection
  }

  type Tree implements GitObject {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
  }

  type Blob implements GitObject {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
    text: String
    byteSize: Int!
  }

  type Tag implements GitObject {
    id: ID!
    oid: GitObjectID!
    abbreviatedOid: String!
    name: String!
    target: GitObject!
  }

  enum IssueState { OPEN CLOSED }
  enum PullRequestState { OPEN CLOSED MERGED }
  enum MergeableState { MERGEABLE CONFLICTING UNKNOWN }
  enum PullRequestMergeMethod { MERGE SQUASH REBASE }

  input IssueFilters {
    assignee: String
    createdBy: String
    labels: [String!]
    mentioned: String
    milestone: String
    since: DateTime
    states: [IssueState!]
    viewerSubscribed: Boolean
  }

  type PageInfo { endCursor: String, hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String }
  type Count { totalCount: Int! }

  type Label { id: ID!, url: URI!, name: String!, color: String!, description: String, isDefault: Boolean! }
  type LabelConnection { nodes: [Label], totalCount: Int! }

  type Milestone {
    url: URI!
    id: ID!
    number: Int!
    state: String!
    title: String!
    description: String
    creator: Actor
    createdAt: DateTime!
    closedAt: DateTime
    updatedAt: DateTime!
  }

  type Issue {
    id: ID!
    number: Int!
    title: String!
    body: String!
    url: URI!
    state: IssueState!
    stateReason: String
    createdAt: DateTime!
    updatedAt: DateTime!
    closedAt: DateTime
    comments: Count!
    author: Actor
    authorAssociation: String!
    activeLockReason: String
    labels(first: Int, after: String): LabelConnection
    milestone: Milestone
    locked: Boolean!
  }

  type IssueConnection { nodes: [Issue], totalCount: Int!, pageInfo: PageInfo! }

  type AutoMergeRequest {
    mergeMethod: PullRequestMergeMethod!
    enabledBy: Actor
  }

  type PullRequest {
    id: ID!
    number: Int!
    title: String!
    body: String!
    url: URI!
    state: PullRequestState!
    createdAt: DateTime!
    updatedAt: DateTime!
    closedAt: DateTime
    mergedAt: DateTime
    merged: Boolean!
    mergedBy: Actor
    isDraft: Boolean!
    mergeable: MergeableState!
    changedFiles: Int!
    comments: Count!
    commits: Count!
    author: Actor
    authorAssociation: String!
    activeLockReason: String
    labels(first: Int, after: String): LabelConnection
    milestone: Milestone
    locked: Boolean!
    headRefName: String!
    headRefOid: GitObjectID!
    baseRefName: String!
    autoMergeRequest: AutoMergeRequest
  }

  type PullRequestConnection { nodes: [PullRequest], totalCount: Int!, pageInfo: PageInfo! }

  union IssueOrPullRequest = Issue | PullRequest

  input CommittableBranch {
    id: ID
    repositoryNameWithOwner: String
    branchName: String
  }

  input CommitMessage { headline: String!, body: String }
  input FileAddition { path: String!, contents: Base64String! }
  input FileDeletion { path: String! }
  input FileChanges { additions: [FileAddition!], deletions: [FileDeletion!] }

  input CreateCommitOnBranchInput {
    branch: CommittableBranch!
    clientMutationId: String
    expectedHeadOid: GitObjectID!
    fileChanges: FileChanges
    message: CommitMessage!
  }

  type CreateCommitOnBranchPayload {
    clientMutationId: String
    commit: Commit
    ref: Ref
  }

  input EnablePullRequestAutoMergeInput {
    pullRequestId: ID!
    mergeMethod: PullRequestMergeMethod
    commitHeadline: String
    commitBody: String
    authorEmail: String
    expectedHeadOid: GitObjectID
    clientMutationId: String
  }

  type EnablePullRequestAutoMergePayload {
    clientMutationId: String
    actor: Actor
    pullRequest: PullRequest
  }

  type Mutation {
    createCommitOnBranch(input: CreateCommitOnBranchInput!): CreateCommitOnBranchPayload
    enablePullRequestAutoMerge(input: EnablePullRequestAutoMergeInput!): EnablePullRequestAutoMergePayload
  }
`);

/** A GitHub-style GraphQL error: GitHub puts `type` next to `message`. */
function gqlError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** Throws GitHub's FORBIDDEN (or NOT_FOUND) unless the caller's token meets one of the alternatives. */
type Guard = (anyOf: Need[][]) => void;

async function gitObject(repository: FakeRepository, oid: string, guard: Guard): Promise<Json | null> {
  const type = await objectType(repository.bareDir, oid);
  const base = {
    id: repository.world.nodeId("GO", Number.parseInt(oid.slice(0, 8), 16)),
    oid,
    abbreviatedOid: oid.slice(0, 7),
  };
  if (type === "commit") {
    const commit = await readCommit(repository.bareDir, oid);
    const [headline = "", ...rest] = commit.message.split("\n");
    return {
      __typename: "Commit",
      ...base,
      message: commit.message,
      messageHeadline: headline,
      messageBody: rest.join("\n").trim(),
      committedDate: commit.committer.date,
      url: `${repository.htmlBase}/commit/${oid}`,
      tree: { __typename: "Tree", id: commit.tree, oid: commit.tree, abbreviatedOid: commit.tree.slice(0, 7) },
      associatedPullRequests: async (page: Page) => {
        guard([GRAPHQL_PERMISSIONS.pullRequests]);
        const associated: Json[] = [];
        for (const pull of repository.pulls) {
          if (pull.merge_commit_sha === oid || (await pullCommits(repository, pull)).includes(oid)) {
            associated.push(pullObject(repository, pull));
          }
        }
        return connection(associated, page);
      },
    };
  }
  if (type === "tree") return { __typename: "Tree", ...base };
  if (type === "blob") {
    const content = await readBlob(repository.bareDir, oid);
    return { __typename: "Blob", ...base, text: content.toString("utf8"), byteSize: content.length };
  }
  if (type === "tag") {
    const tag = await readTag(repository.bareDir, oid);
    return { __typename: "Tag", ...base, name: tag.tag, target: () => gitObject(repository, tag.object, guard) };
  }
  return null;
}

function refObject(repository: FakeRepository, qualifiedName: string, oid: string, guard: Guard): Json {
  const prefix = qualifiedName.startsWith("refs/tags/") ? "refs/tags/" : "refs/heads/";
  return {
    id: repository.world.nodeId("REF", Number.parseInt(oid.slice(0, 8), 16)),
    name: qualifiedName.slice(prefix.length),
    prefix,
    target: () => gitObject(repository, oid, guard),
  };
}

function actorObject(user: SimpleUser | null): Json | null {
  if (!user) return null;
  return {
    __typename: user.type === "Bot" ? "Bot" : "User",
    login: user.login,
    url: user.html_url,
    avatarUrl: user.avatar_url,
  };
}

interface Page {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** A GraphQL connection over a list, with opaque index cursors. */
function connection<T>(items: T[], page: Page): Json {
  const cursor = (index: number): string => Buffer.from(`cursor:${index}`).toString("base64");
  const index = (value: string | undefined): number | undefined =>
    value === undefined ? undefined : Number(Buffer.from(value, "base64").toString().replace("cursor:", ""));
  let start = (index(page.after) ?? -1) + 1;
  let end = Math.min(index(page.before) ?? items.length, items.length);
  if (page.first !== undefined) end = Math.min(end, start + page.first);
  if (page.last !== undefined) start = Math.max(start, end - page.last);
  const nodes = items.slice(start, end);
  return {
    nodes,
    totalCount: items.length,
    pageInfo: {
      startCursor: nodes.length ? cursor(start) : null,
      endCursor: nodes.length ? cursor(end - 1) : null,
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
    },
  };
}

function labelsOf(repository: FakeRepository, labels: Label[]) {
  return (page: Page) =>
    connection(
      labels.map((label) => ({
        id: label.node_id,
        url: `${repository.htmlBase}/labels/${encodeURIComponent(label.name)}`,
        name: label.name,
        color: label.color,
        description: label.description,
        isDefault: label.default,
      })),
      page,
    );
}

function issueFields(repository: FakeRepository, issue: Issue): Json {
  return {
    id: issue.node_id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    url: issue.html_url,
    createdAt: issue.created_at,
    updatedAt: issue.updated_at,
    closedAt: issue.closed_at,
    comments: { totalCount: issue.comments },
    author: actorObject(issue.user),
    authorAssociation: issue.author_association,
    activeLockReason: issue.active_lock_reason,
    labels: labelsOf(repository, issue.labels),
    milestone: null,
    locked: issue.locked,
  };
}

function issueObject(repository: FakeRepository, issue: Issue): Json {
  return {
    __typename: "Issue",
    ...issueFields(repository, issue),
    state: issue.state.toUpperCase(),
    stateReason: issue.state_reason?.toUpperCase() ?? null,
  };
}

function pullObject(repository: FakeRepository, pull: PullRequest): Json {
  const issue = repository.issue(pull.number) as Issue;
  return {
    __typename: "PullRequest",
    ...issueFields(repository, issue),
    state: pull.merged_at ? "MERGED" : issue.state.toUpperCase(),
    mergedAt: pull.merged_at,
    merged: pull.merged_at !== null,
    mergedBy: pull.merged_at ? actorObject(issue.closed_by) : null,
    isDraft: pull.draft,
    mergeable: async () => {
      const json = await pullJson(repository, pull, true);
      return json.mergeable === null ? "UNKNOWN" : json.mergeable ? "MERGEABLE" : "CONFLICTING";
    },
    changedFiles: async () => (await pullJson(repository, pull, true)).changed_files,
    commits: async () => ({ totalCount: (await pullCommits(repository, pull)).length }),
    headRefName: pull.head.ref,
    headRefOid: async () => ((await pullJson(repository, pull, false)).head as { sha: string }).sha,
    baseRefName: pull.base.ref,
    autoMergeRequest: pull.auto_merge
      ? { mergeMethod: pull.auto_merge.merge_method.toUpperCase(), enabledBy: actorObject(pull.auto_merge.enabled_by) }
      : null,
  };
}

function repositoryObject(repository: FakeRepository, guard: Guard): Json {
  const git = () => guard([GRAPHQL_PERMISSIONS.gitObjects]);
  const issues = () => guard([GRAPHQL_PERMISSIONS.issues]);
  const pulls = () => guard([GRAPHQL_PERMISSIONS.pullRequests]);
  const qualified = (name: string): string => (name.startsWith("refs/") ? name : `refs/heads/${name}`);
  return {
    id: repository.node_id,
    name: repository.name,
    nameWithOwner: repository.fullName,
    isPrivate: repository.private,
    url: repository.htmlBase,
    defaultBranchRef: async () => {
      git();
      const oid = await repository.branchHead(repository.defaultBranch);
      return oid ? refObject(repository, `refs/heads/${repository.defaultBranch}`, oid, guard) : null;
    },
    ref: async ({ qualifiedName }: { qualifiedName: string }) => {
      git();
      const name = qualified(qualifiedName);
      const oid = await resolve(repository.bareDir, name);
      return oid ? refObject(repository, name, oid, guard) : null;
    },
    object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
      git();
      const sha = await resolve(repository.bareDir, oid ?? expression ?? "");
      return sha ? gitObject(repository, sha, guard) : null;
    },
    pullRequest: ({ number }: { number: number }) => {
      pulls();
      const pull = repository.pull(number);
      if (!pull) throw gqlError("NOT_FOUND", `Could not resolve to a PullRequest with the number of ${number}.`);
      return pullObject(repository, pull);
    },
    issue: ({ number }: { number: number }) => {
      issues();
      const issue = repository.issue(number);
      if (!issue || issue.pull_request) {
        throw gqlError("NOT_FOUND", `Could not resolve to an Issue with the number of ${number}.`);
      }
      return issueObject(repository, issue);
    },
    issueOrPullRequest: ({ number }: { number: number }) => {
      const pull = repository.pull(number);
      if (pull) {
        guard([GRAPHQL_PERMISSIONS.pullRequests, GRAPHQL_PERMISSIONS.issues]);
        return pullObject(repository, pull);
      }
      issues();
      const issue = repository.issue(number);
      if (!issue)
        throw gqlError("NOT_FOUND", `Could not resolve to an issue or pull request with the number of ${number}.`);
      return issueObject(repository, issue);
    },
    issues: (args: Page & { states?: string[]; labels?: string[]; filterBy?: IssueFilters }) => {
      issues();
      const states = args.filterBy?.states ?? args.states;
      const labels = [...(args.labels ?? []), ...(args.filterBy?.labels ?? [])].map((l) => l.toLowerCase());
      const createdBy = args.filterBy?.createdBy?.toLowerCase();
      const since = args.filterBy?.since;
      const matching = repository.issues.filter(
        (issue) =>
          !issue.pull_request &&
          (!states || states.includes(issue.state.toUpperCase())) &&
          // GitHub's filterBy.labels matches issues with ANY of the labels.
          (labels.length === 0 || issue.labels.some((l) => labels.includes(l.name.toLowerCase()))) &&
          (!createdBy || issue.user.login.toLowerCase() === createdBy) &&
          (!since || issue.updated_at >= since),
      );
      return connection(
        matching.map((issue) => issueObject(repository, issue)),
        args,
      );
    },
    pullRequests: (
      args: Page & { states?: string[]; labels?: string[]; headRefName?: string; baseRefName?: string },
    ) => {
      pulls();
      const matching = repository.pulls
        .map((pull) => pullObject(repository, pull))
        .filter(
          (pull) =>
            (!args.states || args.states.includes(String(pull.state))) &&
            (!args.headRefName || pull.headRefName === args.headRefName) &&
            (!args.baseRefName || pull.baseRefName === args.baseRefName),
        );
      return connection(matching, args);
    },
  };
}

interface CommitInput {
  branch: { id?: string; repositoryNameWithOwner?: string; branchName?: string };
  expectedHeadOid: string;
  message: { headline: string; body?: string };
  fileChanges?: { additions?: Array<{ path: string; contents: string }>; deletions?: Array<{ path: string }> };
  clientMutationId?: string;
}

interface AutoMergeInput {
  pullRequestId: string;
  mergeMethod?: "MERGE" | "SQUASH" | "REBASE";
  clientMutationId?: string;
}

/**
 * GitHub's server accepts fields of the same name with different types on the two sides of
 * a union (`... on Issue { state } ... on PullRequest { state }`, as semantic-release sends),
 * which the spec's overlapping-fields rule refuses; every other validation rule applies.
 */
const rules = specifiedRules.filter((rule) => rule !== OverlappingFieldsCanBeMergedRule);

async function run(query: string, root: Json, variables: Record<string, unknown>): Promise<ExecutionResult> {
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query);
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
  }
  const errors = validate(schema, document, rules);
  if (errors.length > 0) return { errors };
  return execute({ schema, document, rootValue: root, variableValues: variables });
}

export async function handleGraphql(context: FakeContext, body: Json, caller: Caller): Promise<Json> {
  const query = typeof body.query === "string" ? body.query : "";
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  const findRepository = (nameWithOwner: string): FakeRepository | undefined =>
    context.repositories.get(nameWithOwner.toLowerCase());

  const notFound = (nameWithOwner: string) =>
    gqlError("NOT_FOUND", `Could not resolve to a Repository with the name '${nameWithOwner}'.`);
  /** The caller's token judged on one repository, as the REST routes are (permissions.ts). */
  const guardOf =
    (repository: FakeRepository): Guard =>
    (anyOf) => {
      const verdict = judge(caller.grant, repository, anyOf);
      if (verdict === "not-found") throw notFound(repository.fullName);
      if (verdict === "forbidden") throw gqlError("FORBIDDEN", FORBIDDEN_MESSAGE);
    };

  const root = {
    // An installation token has no user behind it.
    viewer: () => {
      if (caller.grant.installation) throw gqlError("FORBIDDEN", FORBIDDEN_MESSAGE);
      return actorObject(context.world.user(caller.login));
    },
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repository = findRepository(`${owner}/${name}`);
      if (!repository) throw notFound(`${owner}/${name}`);
      const guard = guardOf(repository);
      guard([[{ permission: "metadata", access: "read" }]]);
      return repositoryObject(repository, guard);
    },
    createCommitOnBranch: async ({ input }: { input: CommitInput }) => {
      const repository = findRepository(input.branch.repositoryNameWithOwner ?? "");
      if (!repository) throw notFound(input.branch.repositoryNameWithOwner ?? "");
      const guard = guardOf(repository);
      guard([GRAPHQL_PERMISSIONS.createCommitOnBranch]);
      const branch = (input.branch.branchName ?? "").replace(/^refs\/heads\//, "");
      const head = await repository.branchHead(branch);
      if (!head) throw gqlError("NOT_FOUND", `A ref named "refs/heads/${branch}" does not exist.`);
      if (head !== input.expectedHeadOid) {
        throw gqlError(
          "STALE_DATA",
          `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
        );
      }
      const additions = input.fileChanges?.additions ?? [];
      const deletions = input.fileChanges?.deletions ?? [];
      for (const deletion of deletions) {
        if ((await repository.readFile(deletion.path, head)) === undefined) {
          throw gqlError(
            "UNPROCESSABLE",
            `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
          );
        }
      }
      const message = input.message.body
        ? `${input.message.headline}\n\n${input.message.body}`
        : input.message.headline;
      const user = context.world.user(caller.login);
      const author = { name: user.login, email: `${user.id}+${user.login}@users.noreply.github.com` };
      let oid: string;
      try {
        oid = await repository.commitFiles({
          branch,
          message,
          expectedHead: head,
          author,
          committer: { name: "GitHub", email: "noreply@github.com" },
          changes: [
            ...deletions.map((d) => ({ path: d.path })),
            ...additions.map((a) => ({ path: a.path, content: Buffer.from(a.contents, "base64") })),
          ],
        });
      } catch (error) {
        if (error instanceof HttpError && error.status === 409) {
          throw gqlError(
            "STALE_DATA",
            `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
          );
        }
        throw error;
      }
      return {
        clientMutationId: input.clientMutationId ?? null,
        commit: () => gitObject(repository, oid, guard),
        ref: refObject(repository, `refs/heads/${branch}`, oid, guard),
      };
    },
    enablePullRequestAutoMerge: async ({ input }: { input: AutoMergeInput }) => {
      for (const repository of context.repositories.values()) {
        const pull = repository.pulls.find((p) => p.node_id === input.pullRequestId);
        if (!pull) continue;
        if (judge(caller.grant, repository, [GRAPHQL_PERMISSIONS.enablePullRequestAutoMerge]) === "not-found") break;
        guardOf(repository)([GRAPHQL_PERMISSIONS.enablePullRequestAutoMerge]);
        if (repository.issue(pull.number)?.state !== "open") {
          throw gqlError("UNPROCESSABLE", "Pull request is not in the correct state to enable auto-merge");
        }
        if (!repository.allowAutoMerge) {
          throw gqlError("UNPROCESSABLE", "Auto merge is not allowed for this repository");
        }
        const state = (await pullJson(repository, pull, true)).mergeable_state;
        if (state === "clean") throw gqlError("UNPROCESSABLE", "Pull request is in clean status");
        const method = (input.mergeMethod ?? "MERGE").toLowerCase() as "merge" | "squash" | "rebase";
        pull.auto_merge = { enabled_by: context.world.user(caller.login), merge_method: method };
        return {
          clientMutationId: input.clientMutationId ?? null,
          actor: actorObject(context.world.user(caller.login)),
          pullRequest: pullObject(repository, pull),
        };
      }
      throw gqlError("NOT_FOUND", `Could not resolve to a node with the global id of '${input.pullRequestId}'.`);
    },
  };

  const result = await run(query, root, variables);
  const response: Json = { data: result.data ?? null };
  if (result.errors?.length) {
    response.errors = result.errors.map((error) => {
      const json = error.toJSON() as unknown as Json;
      const type = error.extensions?.type;
      const shaped: Json = { ...(typeof type === "string" ? { type } : {}), ...json };
      delete shaped.extensions;
      return shaped;
    });
  }
  return response;
}
