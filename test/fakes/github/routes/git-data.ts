import { type FakeContext, repositoryOf } from "../context.ts";
import {
  buildTree,
  commitTree,
  deleteRef,
  type GitIdentity,
  git,
  isAncestor,
  listRefs,
  lsTree,
  objectType,
  type ParsedCommit,
  readBlob,
  readCommit,
  readTag,
  resolve,
  type TreeEdit,
  updateRef,
  writeBlob,
  writeTag,
} from "../git.ts";
import {
  type ApiRequest,
  HttpError,
  type Json,
  notFound,
  optionalArray,
  optionalBoolean,
  optionalObject,
  optionalString,
  paginate,
  type Router,
  requiredString,
  validationFailed,
} from "../http.ts";
import { FAKE_COMMITTER, type FakeRepository } from "../repository.ts";

const UNSIGNED = { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null };

/**
 * GitHub signs the commits it writes itself (contents API, createCommitOnBranch, merges:
 * committer "GitHub <noreply@github.com>"), so they show as Verified; pushed ones do not.
 */
function verification(commit: ParsedCommit): Json {
  if (commit.committer.email !== FAKE_COMMITTER.email) return UNSIGNED;
  return {
    verified: true,
    reason: "valid",
    signature: "-----BEGIN PGP SIGNATURE-----\n(fake web-flow signature)\n-----END PGP SIGNATURE-----",
    payload: `tree ${commit.tree}\n`,
    verified_at: commit.committer.date,
  };
}

export function refJson(repository: FakeRepository, ref: string, sha: string, type: string): Json {
  return {
    ref,
    node_id: repository.world.nodeId("REF", Number.parseInt(sha.slice(0, 8), 16)),
    url: `${repository.apiBase}/git/${ref}`,
    object: { type, sha, url: `${repository.apiBase}/git/${type}s/${sha}` },
  };
}

export async function gitCommitJson(repository: FakeRepository, sha: string): Promise<Json> {
  const commit = await readCommit(repository.bareDir, sha);
  return {
    sha,
    node_id: repository.world.nodeId("C", Number.parseInt(sha.slice(0, 8), 16)),
    url: `${repository.apiBase}/git/commits/${sha}`,
    html_url: `${repository.htmlBase}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${repository.apiBase}/git/trees/${commit.tree}` },
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${repository.apiBase}/git/commits/${parent}`,
      html_url: `${repository.htmlBase}/commit/${parent}`,
    })),
    verification: verification(commit),
  };
}

async function changedFiles(repository: FakeRepository, sha: string, parent: string | undefined): Promise<Json[]> {
  const from = parent ?? (await git(repository.bareDir, ["hash-object", "-t", "tree", "/dev/null"]));
  const numstat = await git(repository.bareDir, ["diff-tree", "-r", "--numstat", "--no-renames", from, sha]);
  const status = await git(repository.bareDir, ["diff-tree", "-r", "--raw", "--no-renames", from, sha]);
  const statusOf = new Map<string, { status: string; sha: string }>();
  for (const line of status.split("\n").filter(Boolean)) {
    const [meta = "", file = ""] = line.split("\t");
    const parts = meta.split(" ");
    statusOf.set(file, { status: parts[4] ?? "M", sha: parts[3] ?? "" });
  }
  const names: Record<string, string> = { A: "added", D: "removed", M: "modified" };
  return numstat
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [added = "0", removed = "0", filename = ""] = line.split("\t");
      const info = statusOf.get(filename);
      const additions = Number(added) || 0;
      const deletions = Number(removed) || 0;
      return {
        sha: info?.sha ?? "",
        filename,
        status: names[info?.status ?? "M"] ?? "modified",
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: `${repository.htmlBase}/blob/${sha}/${filename}`,
        raw_url: `${repository.htmlBase}/raw/${sha}/${filename}`,
        contents_url: `${repository.apiBase}/contents/${filename}?ref=${sha}`,
      };
    });
}

/** The REST `commit` shape (GET /commits/{ref}). */
export async function commitJson(repository: FakeRepository, sha: string, withFiles = false): Promise<Json> {
  const commit = await readCommit(repository.bareDir, sha);
  const result: Json = {
    url: `${repository.apiBase}/commits/${sha}`,
    sha,
    node_id: repository.world.nodeId("C", Number.parseInt(sha.slice(0, 8), 16)),
    html_url: `${repository.htmlBase}/commit/${sha}`,
    comments_url: `${repository.apiBase}/commits/${sha}/comments`,
    commit: {
      url: `${repository.apiBase}/git/commits/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${repository.apiBase}/git/trees/${commit.tree}` },
      verification: verification(commit),
    },
    author: null,
    committer: null,
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${repository.apiBase}/commits/${parent}`,
      html_url: `${repository.htmlBase}/commit/${parent}`,
    })),
  };
  if (withFiles) {
    const files = await changedFiles(repository, sha, commit.parents[0]);
    const additions = files.reduce((sum, f) => sum + Number(f.additions), 0);
    const deletions = files.reduce((sum, f) => sum + Number(f.deletions), 0);
    result.stats = { additions, deletions, total: additions + deletions };
    result.files = files;
  }
  return result;
}

function identity(body: Json, key: string): GitIdentity | undefined {
  const value = optionalObject(body, key);
  if (!value) return undefined;
  const name = optionalString(value, "name");
  const email = optionalString(value, "email");
  if (!name || !email) throw validationFailed([{ resource: "Commit", field: key, code: "invalid" }]);
  const date = optionalString(value, "date");
  return date ? { name, email, date } : { name, email };
}

async function validRefName(repository: FakeRepository, ref: string): Promise<boolean> {
  return git(repository.bareDir, ["check-ref-format", ref]).then(
    () => true,
    () => false,
  );
}

function fullRef(ref: string): string {
  return ref.startsWith("refs/") ? ref : `refs/${ref}`;
}

async function treeJson(repository: FakeRepository, sha: string, recursive: boolean): Promise<Json> {
  const entries = await lsTree(repository.bareDir, sha, { recursive });
  return {
    sha,
    url: `${repository.apiBase}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      url: `${repository.apiBase}/git/${entry.type === "tree" ? "trees" : "blobs"}/${entry.sha}`,
    })),
  };
}

async function tagJson(repository: FakeRepository, sha: string): Promise<Json> {
  const tag = await readTag(repository.bareDir, sha);
  return {
    node_id: repository.world.nodeId("TAG", Number.parseInt(sha.slice(0, 8), 16)),
    tag: tag.tag,
    sha,
    url: `${repository.apiBase}/git/tags/${sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { sha: tag.object, type: tag.type, url: `${repository.apiBase}/git/${tag.type}s/${tag.object}` },
    verification: UNSIGNED,
  };
}

async function matchingRefs(repository: FakeRepository, prefix: string): Promise<Json[]> {
  const refs = await listRefs(repository.bareDir);
  return refs.filter((r) => r.ref.startsWith(prefix)).map((r) => refJson(repository, r.ref, r.sha, r.type));
}

export function registerGitData(router: Router, context: FakeContext): void {
  const repo = (request: ApiRequest): FakeRepository => repositoryOf(context, request);

  // ---- refs ----
  router.add("GET", "/repos/{owner}/{repo}/git/ref/{ref}", async (request) => {
    const repository = repo(request);
    const ref = fullRef(request.params.ref ?? "");
    const found = (await listRefs(repository.bareDir, ref)).find((r) => r.ref === ref);
    if (!found) throw notFound();
    return { status: 200, body: refJson(repository, found.ref, found.sha, found.type) };
  });

  router.add("GET", "/repos/{owner}/{repo}/git/matching-refs/{ref}", async (request) => {
    const repository = repo(request);
    return { status: 200, body: await matchingRefs(repository, fullRef(request.params.ref ?? "")) };
  });

  // Legacy list routes GitHub still serves: every ref, or an exact ref (object) / a prefix (array).
  router.add("GET", "/repos/{owner}/{repo}/git/refs", async (request) => {
    const repository = repo(request);
    return paginate(request, await matchingRefs(repository, "refs/"), context.world.apiUrl);
  });

  router.add("GET", "/repos/{owner}/{repo}/git/refs/{ref}", async (request) => {
    const repository = repo(request);
    const ref = fullRef(request.params.ref ?? "");
    const matches = await matchingRefs(repository, ref);
    const exact = matches.find((m) => m.ref === ref);
    if (exact) return { status: 200, body: exact };
    if (matches.length === 0) throw notFound();
    return { status: 200, body: matches };
  });

  router.add("POST", "/repos/{owner}/{repo}/git/refs", async (request) => {
    const repository = repo(request);
    const ref = requiredString(request.body, "ref", "Reference");
    const sha = requiredString(request.body, "sha", "Reference");
    if (!/^refs\/.+\/.+/.test(ref))
      throw new HttpError(422, "Reference name must contain at least three slash-separated components.");
    if (!(await validRefName(repository, ref))) throw new HttpError(422, "Reference name is invalid");
    const type = await objectType(repository.bareDir, sha);
    if (!type) throw new HttpError(422, "Object does not exist");
    if (!(await updateRef(repository.bareDir, ref, sha, ""))) throw new HttpError(422, "Reference already exists");
    repository.counters.refUpdates += 1;
    return {
      status: 201,
      body: refJson(repository, ref, sha, type),
      headers: { location: `${repository.apiBase}/git/${ref}` },
    };
  });

  router.add("PATCH", "/repos/{owner}/{repo}/git/refs/{ref}", async (request) => {
    const repository = repo(request);
    const ref = fullRef(request.params.ref ?? "");
    const sha = requiredString(request.body, "sha", "Reference");
    const force = optionalBoolean(request.body, "force") ?? false;
    const current = await resolve(repository.bareDir, ref);
    if (!current) throw new HttpError(422, "Reference does not exist");
    const type = await objectType(repository.bareDir, sha);
    if (!type) throw new HttpError(422, "Object does not exist");
    if (!force && !(await isAncestor(repository.bareDir, current, sha))) {
      throw new HttpError(422, "Update is not a fast forward");
    }
    if (!(await updateRef(repository.bareDir, ref, sha, current)))
      throw new HttpError(422, "Reference cannot be updated");
    repository.counters.refUpdates += 1;
    repository.pushedAt = context.world.now();
    return { status: 200, body: refJson(repository, ref, sha, type) };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/git/refs/{ref}", async (request) => {
    const repository = repo(request);
    const ref = fullRef(request.params.ref ?? "");
    if (!(await resolve(repository.bareDir, ref))) throw new HttpError(422, "Reference does not exist");
    await deleteRef(repository.bareDir, ref);
    repository.counters.refUpdates += 1;
    return { status: 204 };
  });

  // ---- commits ----
  router.add("GET", "/repos/{owner}/{repo}/git/commits/{commit_sha}", async (request) => {
    const repository = repo(request);
    const sha = request.params.commit_sha ?? "";
    if ((await objectType(repository.bareDir, sha)) !== "commit") throw notFound();
    return { status: 200, body: await gitCommitJson(repository, await git(repository.bareDir, ["rev-parse", sha])) };
  });

  router.add("POST", "/repos/{owner}/{repo}/git/commits", async (request) => {
    const repository = repo(request);
    const message = requiredString(request.body, "message", "Commit");
    const tree = requiredString(request.body, "tree", "Commit");
    if ((await objectType(repository.bareDir, tree)) !== "tree") {
      throw validationFailed([{ resource: "Commit", field: "tree", code: "invalid" }], "Tree SHA does not exist");
    }
    const parents = (optionalArray(request.body, "parents") ?? []).map(String);
    for (const parent of parents) {
      if ((await objectType(repository.bareDir, parent)) !== "commit") {
        throw validationFailed(
          [{ resource: "Commit", field: "parents", code: "invalid" }],
          "Parent SHA does not exist or is not a commit object",
        );
      }
    }
    const author = identity(request.body, "author") ?? FAKE_COMMITTER;
    const committer = identity(request.body, "committer") ?? author;
    const sha = await commitTree(repository.bareDir, { tree, parents, message, author, committer });
    repository.counters.apiCommits += 1;
    return {
      status: 201,
      body: await gitCommitJson(repository, sha),
      headers: { location: `${repository.apiBase}/git/commits/${sha}` },
    };
  });

  // ---- trees ----
  router.add("GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}", async (request) => {
    const repository = repo(request);
    const sha = await resolve(repository.bareDir, `${request.params.tree_sha ?? ""}^{tree}`);
    if (!sha) throw notFound();
    const recursive = !["", "0", "false"].includes(request.query.get("recursive") ?? "");
    return { status: 200, body: await treeJson(repository, sha, recursive) };
  });

  router.add("POST", "/repos/{owner}/{repo}/git/trees", async (request) => {
    const repository = repo(request);
    const baseTree = optionalString(request.body, "base_tree");
    if (baseTree && (await objectType(repository.bareDir, baseTree)) === undefined) {
      throw new HttpError(422, "Invalid tree info: base_tree does not exist");
    }
    const entries = optionalArray(request.body, "tree");
    if (!entries) throw validationFailed([{ resource: "Tree", field: "tree", code: "missing_field" }]);
    const edits: TreeEdit[] = [];
    for (const raw of entries) {
      const entry = (raw ?? {}) as Json;
      const path = requiredString(entry, "path", "Tree");
      const mode = optionalString(entry, "mode") ?? "100644";
      const type = (optionalString(entry, "type") ?? "blob") as TreeEdit["type"];
      const content = optionalString(entry, "content");
      if (content !== undefined) {
        edits.push({ path, mode, type: "blob", sha: await writeBlob(repository.bareDir, Buffer.from(content)) });
      } else if (entry.sha === null) {
        edits.push({ path });
      } else {
        const sha = optionalString(entry, "sha");
        if (!sha || !(await objectType(repository.bareDir, sha))) {
          throw new HttpError(422, `Invalid tree info: sha for ${path} does not exist`);
        }
        edits.push({ path, mode, type, sha });
      }
    }
    const base = baseTree ? await resolve(repository.bareDir, `${baseTree}^{tree}`) : undefined;
    const sha = await buildTree(repository.bareDir, base, edits);
    return {
      status: 201,
      body: await treeJson(repository, sha, false),
      headers: { location: `${repository.apiBase}/git/trees/${sha}` },
    };
  });

  // ---- blobs ----
  router.add("GET", "/repos/{owner}/{repo}/git/blobs/{file_sha}", async (request) => {
    const repository = repo(request);
    const sha = request.params.file_sha ?? "";
    if ((await objectType(repository.bareDir, sha)) !== "blob") throw notFound();
    const content = await readBlob(repository.bareDir, sha);
    return {
      status: 200,
      body: {
        sha,
        node_id: context.world.nodeId("B", Number.parseInt(sha.slice(0, 8), 16)),
        size: content.length,
        url: `${repository.apiBase}/git/blobs/${sha}`,
        content: base64Lines(content),
        encoding: "base64",
      },
    };
  });

  router.add("POST", "/repos/{owner}/{repo}/git/blobs", async (request) => {
    const repository = repo(request);
    const content = optionalString(request.body, "content");
    if (content === undefined) throw validationFailed([{ resource: "Blob", field: "content", code: "missing_field" }]);
    const encoding = optionalString(request.body, "encoding") ?? "utf-8";
    if (!["utf-8", "utf8", "base64"].includes(encoding)) {
      throw validationFailed([{ resource: "Blob", field: "encoding", code: "invalid" }]);
    }
    const sha = await writeBlob(repository.bareDir, Buffer.from(content, encoding === "base64" ? "base64" : "utf8"));
    return {
      status: 201,
      body: { url: `${repository.apiBase}/git/blobs/${sha}`, sha },
      headers: { location: `${repository.apiBase}/git/blobs/${sha}` },
    };
  });

  // ---- annotated tags ----
  router.add("POST", "/repos/{owner}/{repo}/git/tags", async (request) => {
    const repository = repo(request);
    const tag = requiredString(request.body, "tag", "Tag");
    const message = optionalString(request.body, "message") ?? "";
    const object = requiredString(request.body, "object", "Tag");
    const type = optionalString(request.body, "type") ?? "commit";
    if ((await objectType(repository.bareDir, object)) !== type) {
      throw validationFailed([{ resource: "Tag", field: "object", code: "invalid" }], "Object does not exist");
    }
    const tagger = identity(request.body, "tagger") ?? { ...FAKE_COMMITTER, date: context.world.now() };
    const sha = await writeTag(repository.bareDir, { tag, object, type, message, tagger });
    return {
      status: 201,
      body: await tagJson(repository, sha),
      headers: { location: `${repository.apiBase}/git/tags/${sha}` },
    };
  });

  router.add("GET", "/repos/{owner}/{repo}/git/tags/{tag_sha}", async (request) => {
    const repository = repo(request);
    const sha = request.params.tag_sha ?? "";
    if ((await objectType(repository.bareDir, sha)) !== "tag") throw notFound();
    return { status: 200, body: await tagJson(repository, sha) };
  });

  // ---- commits (REST) and compare ----
  router.add("GET", "/repos/{owner}/{repo}/commits/{ref}", async (request) => {
    const repository = repo(request);
    const ref = request.params.ref ?? "";
    const sha = await repository.resolveCommit(ref);
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
    return { status: 200, body: await commitJson(repository, sha, true) };
  });

  router.add("GET", "/repos/{owner}/{repo}/commits", async (request) => {
    const repository = repo(request);
    const ref = request.query.get("sha") ?? repository.defaultBranch;
    const sha = await repository.resolveCommit(ref);
    if (!sha) throw notFound();
    const args = ["rev-list", sha];
    const path = request.query.get("path");
    if (path) args.push("--", path);
    const shas = (await git(repository.bareDir, args)).split("\n").filter(Boolean);
    const response = paginate(request, shas, context.world.apiUrl);
    response.body = await Promise.all((response.body as string[]).map((s) => commitJson(repository, s)));
    return response;
  });

  router.add("GET", "/repos/{owner}/{repo}/compare/{basehead}", async (request) => {
    const repository = repo(request);
    const basehead = request.params.basehead ?? "";
    const [base = "", head = ""] = basehead.split("...");
    const baseSha = await repository.resolveCommit(base);
    const headSha = await repository.resolveCommit(head);
    if (!baseSha || !headSha) throw notFound();
    const mergeBase = await git(repository.bareDir, ["merge-base", baseSha, headSha]);
    const ahead = (await git(repository.bareDir, ["rev-list", "--reverse", `${mergeBase}..${headSha}`]))
      .split("\n")
      .filter(Boolean);
    const behind = Number(await git(repository.bareDir, ["rev-list", "--count", `${mergeBase}..${baseSha}`]));
    const status =
      ahead.length === 0 && behind === 0
        ? "identical"
        : behind === 0
          ? "ahead"
          : ahead.length === 0
            ? "behind"
            : "diverged";
    const files = await changedFiles(repository, headSha, mergeBase);
    return {
      status: 200,
      body: {
        url: `${repository.apiBase}/compare/${basehead}`,
        html_url: `${repository.htmlBase}/compare/${basehead}`,
        permalink_url: `${repository.htmlBase}/compare/${baseSha}...${headSha}`,
        diff_url: `${repository.htmlBase}/compare/${basehead}.diff`,
        patch_url: `${repository.htmlBase}/compare/${basehead}.patch`,
        base_commit: await commitJson(repository, baseSha),
        merge_base_commit: await commitJson(repository, mergeBase),
        status,
        ahead_by: ahead.length,
        behind_by: behind,
        total_commits: ahead.length,
        commits: await Promise.all(ahead.map((sha) => commitJson(repository, sha))),
        files,
      },
    };
  });
}

/** GitHub wraps base64 content at 60 characters per line. */
export function base64Lines(content: Buffer): string {
  const encoded = content.toString("base64");
  return `${encoded.replace(/.{60}/g, "$&\n")}${encoded.length % 60 === 0 && encoded.length > 0 ? "" : "\n"}`;
}
