import { buildSchema, GraphQLError, graphql } from "graphql";
import type { FakeContext } from "./context.ts";
import { objectType, readBlob, readCommit, readTag, resolve } from "./git.ts";
import { type Caller, HttpError, type Json } from "./http.ts";
import type { FakeRepository } from "./repository.ts";
import type { PullRequest } from "./state.ts";

/** The few types of GitHub's GraphQL schema the suite uses, with GitHub's names. */
const schema = buildSchema(`
  scalar GitObjectID
  scalar Base64String
  scalar URI
  scalar DateTime

  type Query {
    repository(owner: String!, name: String!): Repository
    viewer: Actor!
  }

  type Actor { login: String! }

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

  enum PullRequestMergeMethod { MERGE SQUASH REBASE }

  type AutoMergeRequest {
    mergeMethod: PullRequestMergeMethod!
    enabledBy: Actor
  }

  type PullRequest {
    id: ID!
    number: Int!
    title: String!
    state: String!
    url: URI!
    headRefName: String!
    baseRefName: String!
    autoMergeRequest: AutoMergeRequest
  }

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

async function gitObject(repository: FakeRepository, oid: string): Promise<Json | null> {
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
    };
  }
  if (type === "tree") return { __typename: "Tree", ...base };
  if (type === "blob") {
    const content = await readBlob(repository.bareDir, oid);
    return { __typename: "Blob", ...base, text: content.toString("utf8"), byteSize: content.length };
  }
  if (type === "tag") {
    const tag = await readTag(repository.bareDir, oid);
    return { __typename: "Tag", ...base, name: tag.tag, target: () => gitObject(repository, tag.object) };
  }
  return null;
}

function refObject(repository: FakeRepository, qualifiedName: string, oid: string): Json {
  const prefix = qualifiedName.startsWith("refs/tags/") ? "refs/tags/" : "refs/heads/";
  return {
    id: repository.world.nodeId("REF", Number.parseInt(oid.slice(0, 8), 16)),
    name: qualifiedName.slice(prefix.length),
    prefix,
    target: () => gitObject(repository, oid),
  };
}

function pullObject(repository: FakeRepository, pull: PullRequest): Json {
  const issue = repository.issue(pull.number);
  return {
    id: pull.node_id,
    number: pull.number,
    title: issue?.title ?? "",
    state: pull.merged_at ? "MERGED" : issue?.state === "closed" ? "CLOSED" : "OPEN",
    url: issue?.html_url ?? "",
    headRefName: pull.head.ref,
    baseRefName: pull.base.ref,
    autoMergeRequest: pull.auto_merge
      ? {
          mergeMethod: pull.auto_merge.merge_method.toUpperCase(),
          enabledBy: { login: pull.auto_merge.enabled_by.login },
        }
      : null,
  };
}

function repositoryObject(repository: FakeRepository): Json {
  const qualified = (name: string): string => (name.startsWith("refs/") ? name : `refs/heads/${name}`);
  return {
    id: repository.node_id,
    name: repository.name,
    nameWithOwner: repository.fullName,
    isPrivate: repository.private,
    url: repository.htmlBase,
    defaultBranchRef: async () => {
      const oid = await repository.branchHead(repository.defaultBranch);
      return oid ? refObject(repository, `refs/heads/${repository.defaultBranch}`, oid) : null;
    },
    ref: async ({ qualifiedName }: { qualifiedName: string }) => {
      const name = qualified(qualifiedName);
      const oid = await resolve(repository.bareDir, name);
      return oid ? refObject(repository, name, oid) : null;
    },
    object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
      const sha = await resolve(repository.bareDir, oid ?? expression ?? "");
      return sha ? gitObject(repository, sha) : null;
    },
    pullRequest: ({ number }: { number: number }) => {
      const pull = repository.pull(number);
      if (!pull) throw gqlError("NOT_FOUND", `Could not resolve to a PullRequest with the number of ${number}.`);
      return pullObject(repository, pull);
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

export async function handleGraphql(context: FakeContext, body: Json, caller: Caller): Promise<Json> {
  const query = typeof body.query === "string" ? body.query : "";
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  const findRepository = (nameWithOwner: string): FakeRepository | undefined =>
    context.repositories.get(nameWithOwner.toLowerCase());

  const root = {
    viewer: () => ({ login: caller.login }),
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repository = findRepository(`${owner}/${name}`);
      if (!repository) {
        throw gqlError("NOT_FOUND", `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return repositoryObject(repository);
    },
    createCommitOnBranch: async ({ input }: { input: CommitInput }) => {
      if (caller.readOnly) throw gqlError("FORBIDDEN", "Resource not accessible by integration");
      const repository = findRepository(input.branch.repositoryNameWithOwner ?? "");
      if (!repository) {
        throw gqlError(
          "NOT_FOUND",
          `Could not resolve to a Repository with the name '${input.branch.repositoryNameWithOwner}'.`,
        );
      }
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
        commit: () => gitObject(repository, oid),
        ref: refObject(repository, `refs/heads/${branch}`, oid),
      };
    },
    enablePullRequestAutoMerge: ({ input }: { input: AutoMergeInput }) => {
      if (caller.readOnly) throw gqlError("FORBIDDEN", "Resource not accessible by integration");
      for (const repository of context.repositories.values()) {
        const pull = repository.pulls.find((p) => p.node_id === input.pullRequestId);
        if (!pull) continue;
        if (repository.issue(pull.number)?.state !== "open") {
          throw gqlError("UNPROCESSABLE", "Pull request is in clean status");
        }
        const method = (input.mergeMethod ?? "MERGE").toLowerCase() as "merge" | "squash" | "rebase";
        pull.auto_merge = { enabled_by: context.world.user(caller.login), merge_method: method };
        return {
          clientMutationId: input.clientMutationId ?? null,
          actor: { login: caller.login },
          pullRequest: pullObject(repository, pull),
        };
      }
      throw gqlError("NOT_FOUND", `Could not resolve to a node with the global id of '${input.pullRequestId}'.`);
    },
  };

  const result = await graphql({ schema, source: query, rootValue: root, variableValues: variables });
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
