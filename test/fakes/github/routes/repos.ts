import { type FakeContext, repositoryJson, repositoryOf } from "../context.ts";
import { HttpError, notFound, type Router } from "../http.ts";
import { commitJson } from "./git-data.ts";

export function registerRepos(router: Router, context: FakeContext): void {
  const { world } = context;

  router.add("GET", "/repos/{owner}/{repo}", (request) => ({
    status: 200,
    body: repositoryJson(repositoryOf(context, request), request.caller),
  }));

  router.add("GET", "/user", (request) => {
    const user = world.user(request.caller.login);
    const now = world.now();
    return {
      status: 200,
      body: {
        ...user,
        name: user.login,
        company: null,
        blog: "",
        location: null,
        email: null,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: now,
        updated_at: now,
      },
    };
  });

  router.add("GET", "/users/{username}", (request) => {
    const user = world.users.get((request.params.username ?? "").toLowerCase());
    if (!user) throw notFound();
    const now = world.now();
    return {
      status: 200,
      body: {
        ...user,
        name: user.login,
        company: null,
        blog: "",
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: now,
        updated_at: now,
      },
    };
  });

  const branchJson = async (repository: ReturnType<typeof repositoryOf>, branch: string, sha: string) => ({
    name: branch,
    commit: await commitJson(repository, sha),
    protected: repository.protectedBranches.has(branch),
    protection: {
      enabled: repository.protectedBranches.has(branch),
      required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
    },
    protection_url: `${repository.apiBase}/branches/${branch}/protection`,
    _links: { self: `${repository.apiBase}/branches/${branch}`, html: `${repository.htmlBase}/tree/${branch}` },
  });

  router.add("GET", "/repos/{owner}/{repo}/branches", async (request) => {
    const repository = repositoryOf(context, request);
    const result = [];
    for (const branch of await repository.branches()) {
      const sha = await repository.branchHead(branch);
      if (sha) {
        result.push({
          name: branch,
          commit: { sha, url: `${repository.apiBase}/commits/${sha}` },
          protected: repository.protectedBranches.has(branch),
        });
      }
    }
    return { status: 200, body: result };
  });

  router.add("GET", "/repos/{owner}/{repo}/branches/{branch}", async (request) => {
    const repository = repositoryOf(context, request);
    const branch = request.params.branch ?? "";
    const sha = await repository.branchHead(branch);
    if (!sha) throw new HttpError(404, "Branch not found");
    return { status: 200, body: await branchJson(repository, branch, sha) };
  });
}
