import { type FakeContext, repositoryOf } from "../context.ts";
import { type GitIdentity, lsTree, readBlob, type TreeEntry } from "../git.ts";
import {
  type ApiRequest,
  type ApiResponse,
  HttpError,
  type Json,
  notFound,
  optionalObject,
  optionalString,
  type Router,
  requiredString,
} from "../http.ts";
import type { FakeRepository } from "../repository.ts";
import { base64Lines, gitCommitJson } from "./git-data.ts";

function entryJson(repository: FakeRepository, entry: TreeEntry, ref: string): Json {
  const type =
    entry.type === "tree"
      ? "dir"
      : entry.type === "commit"
        ? "submodule"
        : entry.mode === "120000"
          ? "symlink"
          : "file";
  const self = `${repository.apiBase}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${repository.apiBase}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`;
  const html = `${repository.htmlBase}/${entry.type === "tree" ? "tree" : "blob"}/${ref}/${entry.path}`;
  return {
    type,
    size: entry.size ?? 0,
    name: entry.path.split("/").pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: gitUrl,
    html_url: html,
    download_url: type === "file" ? `${repository.htmlBase}/raw/${ref}/${entry.path}` : null,
    _links: { self, git: gitUrl, html },
  };
}

async function entryAt(repository: FakeRepository, commit: string, path: string): Promise<TreeEntry | undefined> {
  if (path === "") return undefined;
  const entries = await lsTree(repository.bareDir, commit, { path });
  return entries.find((e) => e.path === path);
}

function identity(body: Json, key: string): GitIdentity | undefined {
  const value = optionalObject(body, key);
  const name = value && optionalString(value, "name");
  const email = value && optionalString(value, "email");
  if (!value || !name || !email) return undefined;
  const date = optionalString(value, "date");
  return date ? { name, email, date } : { name, email };
}

export function registerContents(router: Router, context: FakeContext): void {
  const getContents = async (request: ApiRequest): Promise<ApiResponse> => {
    const repository = repositoryOf(context, request);
    const ref = request.query.get("ref") ?? repository.defaultBranch;
    const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const commit = await repository.resolveCommit(ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const entry = await entryAt(repository, commit, path);
    if (path !== "" && !entry) throw notFound();
    if (!entry || entry.type === "tree") {
      const listing = await lsTree(repository.bareDir, entry ? entry.sha : commit);
      return {
        status: 200,
        body: listing.map((child) =>
          entryJson(repository, { ...child, path: path ? `${path}/${child.path}` : child.path }, ref),
        ),
      };
    }
    const content = await readBlob(repository.bareDir, entry.sha);
    if (String(request.headers.accept ?? "").includes("raw")) return { status: 200, raw: content };
    return {
      status: 200,
      body: { ...entryJson(repository, entry, ref), encoding: "base64", content: base64Lines(content) },
    };
  };
  router.add("GET", "/repos/{owner}/{repo}/contents/{path}", getContents);
  router.add("GET", "/repos/{owner}/{repo}/contents", getContents);

  const fileCommit = async (repository: FakeRepository, sha: string, path: string, branch: string) => {
    const entry = await entryAt(repository, sha, path);
    return {
      content: entry ? entryJson(repository, entry, branch) : null,
      commit: await gitCommitJson(repository, sha),
    };
  };

  router.add("PUT", "/repos/{owner}/{repo}/contents/{path}", async (request) => {
    const repository = repositoryOf(context, request);
    const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const message = requiredString(request.body, "message", "Commit");
    const content = optionalString(request.body, "content");
    if (content === undefined) throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
    const branch = optionalString(request.body, "branch") ?? repository.defaultBranch;
    const head = await repository.branchHead(branch);
    const branches = await repository.branches();
    if (!head && branches.length > 0) throw new HttpError(404, `Branch ${branch} not found`);
    const existing = head ? await entryAt(repository, head, path) : undefined;
    const sha = optionalString(request.body, "sha");
    if (existing && sha === undefined) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (sha !== undefined && sha !== existing?.sha) throw new HttpError(409, `${path} does not match ${sha}`);
    const author = identity(request.body, "author");
    const committer = identity(request.body, "committer");
    const commit = await repository.commitFiles({
      branch,
      message,
      changes: [{ path, content: Buffer.from(content, "base64") }],
      expectedHead: head ?? "",
      ...(author ? { author } : {}),
      ...(committer ? { committer } : {}),
    });
    return { status: existing ? 200 : 201, body: await fileCommit(repository, commit, path, branch) };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/contents/{path}", async (request) => {
    const repository = repositoryOf(context, request);
    const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const message = requiredString(request.body, "message", "Commit");
    const sha = requiredString(request.body, "sha", "Commit");
    const branch = optionalString(request.body, "branch") ?? repository.defaultBranch;
    const head = await repository.branchHead(branch);
    if (!head) throw new HttpError(404, `Branch ${branch} not found`);
    const existing = await entryAt(repository, head, path);
    if (!existing) throw notFound();
    if (existing.sha !== sha) throw new HttpError(409, `${path} does not match ${sha}`);
    const commit = await repository.commitFiles({ branch, message, changes: [{ path }], expectedHead: head });
    return {
      status: 200,
      body: { content: null, commit: (await fileCommit(repository, commit, path, branch)).commit },
    };
  });
}
