import { callerUser, type FakeContext, numberParam, repositoryOf } from "../context.ts";
import { resolve, updateRef } from "../git.ts";
import {
  type ApiRequest,
  notFound,
  nullableString,
  optionalBoolean,
  optionalString,
  paginate,
  type Router,
  requiredString,
  validationFailed,
} from "../http.ts";
import type { FakeRepository } from "../repository.ts";
import type { Release } from "../state.ts";

/** Newest first, as GitHub lists them. */
function newestFirst(releases: Release[]): Release[] {
  return [...releases].sort((a, b) =>
    a.created_at === b.created_at ? b.id - a.id : a.created_at < b.created_at ? 1 : -1,
  );
}

/** Publishing a release whose tag does not exist creates a lightweight tag at target_commitish. */
async function ensureTag(repository: FakeRepository, release: Release): Promise<void> {
  if (await resolve(repository.bareDir, `refs/tags/${release.tag_name}`)) return;
  const sha = await repository.resolveCommit(release.target_commitish);
  if (!sha) {
    throw validationFailed([{ resource: "Release", code: "invalid", field: "target_commitish" }]);
  }
  await updateRef(repository.bareDir, `refs/tags/${release.tag_name}`, sha, "");
}

export function registerReleases(router: Router, context: FakeContext): void {
  const { world } = context;
  const repo = (request: ApiRequest): FakeRepository => repositoryOf(context, request);
  const releaseOf = (request: ApiRequest) => {
    const repository = repo(request);
    const id = numberParam(request, "release_id");
    const release = repository.releases.find((r) => r.id === id);
    if (!release) throw notFound();
    return { repository, release };
  };

  router.add("GET", "/repos/{owner}/{repo}/releases", (request) =>
    paginate(request, newestFirst(repo(request).releases), world.apiUrl),
  );

  router.add("GET", "/repos/{owner}/{repo}/releases/latest", (request) => {
    const latest = newestFirst(repo(request).releases).find(
      (r) => !r.draft && !r.prerelease && r.make_latest !== "false",
    );
    if (!latest) throw notFound();
    return { status: 200, body: latest };
  });

  router.add("GET", "/repos/{owner}/{repo}/releases/tags/{tag}", (request) => {
    const tag = request.params.tag ?? "";
    const release = repo(request).releases.find((r) => r.tag_name === tag && !r.draft);
    if (!release) throw notFound();
    return { status: 200, body: release };
  });

  router.add("GET", "/repos/{owner}/{repo}/releases/{release_id}", (request) => ({
    status: 200,
    body: releaseOf(request).release,
  }));

  router.add("POST", "/repos/{owner}/{repo}/releases", async (request) => {
    const repository = repo(request);
    const tagName = requiredString(request.body, "tag_name", "Release");
    if (repository.releases.some((r) => r.tag_name === tagName)) {
      throw validationFailed([{ resource: "Release", code: "already_exists", field: "tag_name" }]);
    }
    const id = world.nextId();
    const draft = optionalBoolean(request.body, "draft") ?? false;
    const now = world.now();
    const release: Release = {
      id,
      node_id: world.nodeId("RE", id),
      url: `${repository.apiBase}/releases/${id}`,
      html_url: `${repository.htmlBase}/releases/tag/${encodeURIComponent(tagName)}`,
      assets_url: `${repository.apiBase}/releases/${id}/assets`,
      upload_url: `${world.serverUrl}/api/uploads/repos/${repository.fullName}/releases/${id}/assets{?name,label}`,
      tarball_url: `${repository.apiBase}/tarball/${encodeURIComponent(tagName)}`,
      zipball_url: `${repository.apiBase}/zipball/${encodeURIComponent(tagName)}`,
      tag_name: tagName,
      target_commitish: optionalString(request.body, "target_commitish") ?? repository.defaultBranch,
      name: nullableString(request.body, "name") ?? tagName,
      body: nullableString(request.body, "body") ?? null,
      draft,
      prerelease: optionalBoolean(request.body, "prerelease") ?? false,
      created_at: now,
      published_at: draft ? null : now,
      author: callerUser(context, request),
      assets: [],
    };
    const makeLatest = optionalString(request.body, "make_latest");
    if (makeLatest !== undefined) release.make_latest = makeLatest;
    if (!draft) await ensureTag(repository, release);
    repository.releases.push(release);
    repository.counters.releasesCreated += 1;
    return { status: 201, body: release, headers: { location: release.url } };
  });

  router.add("PATCH", "/repos/{owner}/{repo}/releases/{release_id}", async (request) => {
    const { repository, release } = releaseOf(request);
    const tagName = optionalString(request.body, "tag_name");
    if (tagName !== undefined && tagName !== release.tag_name) {
      if (repository.releases.some((r) => r.tag_name === tagName)) {
        throw validationFailed([{ resource: "Release", code: "already_exists", field: "tag_name" }]);
      }
      release.tag_name = tagName;
      release.html_url = `${repository.htmlBase}/releases/tag/${encodeURIComponent(tagName)}`;
    }
    const target = optionalString(request.body, "target_commitish");
    if (target !== undefined) release.target_commitish = target;
    const name = nullableString(request.body, "name");
    if (name !== undefined) release.name = name;
    const body = nullableString(request.body, "body");
    if (body !== undefined) release.body = body;
    const prerelease = optionalBoolean(request.body, "prerelease");
    if (prerelease !== undefined) release.prerelease = prerelease;
    const makeLatest = optionalString(request.body, "make_latest");
    if (makeLatest !== undefined) release.make_latest = makeLatest;
    const draft = optionalBoolean(request.body, "draft");
    if (draft === false && release.draft) {
      await ensureTag(repository, release);
      release.published_at = world.now();
    }
    if (draft !== undefined) release.draft = draft;
    repository.counters.releaseUpdates += 1;
    return { status: 200, body: release };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/releases/{release_id}", (request) => {
    const { repository, release } = releaseOf(request);
    repository.releases.splice(repository.releases.indexOf(release), 1);
    repository.counters.releasesDeleted += 1;
    return { status: 204 };
  });

  router.add("GET", "/repos/{owner}/{repo}/releases/{release_id}/assets", (request) =>
    paginate(request, releaseOf(request).release.assets, world.apiUrl),
  );
}
