import type { FakeContext } from "../context.ts";
import { paginate, type Router, validationFailed } from "../http.ts";
import { judge } from "../permissions.ts";
import type { Issue } from "../state.ts";

interface SearchQuery {
  repos: string[];
  kind?: "issue" | "pr";
  state?: "open" | "closed";
  labels: string[];
  noLabel: boolean;
  author?: string;
  inTitle: boolean;
  inBody: boolean;
  terms: string[];
}

/** Splits GitHub's search syntax: `qualifier:value`, `qualifier:"quoted value"`, "phrases" and words. */
function parseQuery(q: string): SearchQuery {
  const query: SearchQuery = { repos: [], labels: [], noLabel: false, inTitle: false, inBody: false, terms: [] };
  const tokens = q.match(/[a-z-]+:"[^"]*"|[a-z-]+:\S+|"[^"]*"|\S+/gi) ?? [];
  for (const token of tokens) {
    const qualifier = /^([a-z-]+):(.*)$/i.exec(token);
    if (!qualifier || token.startsWith('"')) {
      query.terms.push(token.replace(/^"|"$/g, "").toLowerCase());
      continue;
    }
    const key = (qualifier[1] ?? "").toLowerCase();
    const value = (qualifier[2] ?? "").replace(/^"|"$/g, "");
    if (key === "repo") query.repos.push(value.toLowerCase());
    else if ((key === "is" || key === "type") && (value === "issue" || value === "pr")) query.kind = value;
    else if ((key === "is" || key === "state") && (value === "open" || value === "closed")) query.state = value;
    else if (key === "label") query.labels.push(value.toLowerCase());
    else if (key === "no" && value === "label") query.noLabel = true;
    else if (key === "author") query.author = value.toLowerCase();
    else if (key === "in") {
      for (const where of value.split(",")) {
        if (where === "title") query.inTitle = true;
        if (where === "body") query.inBody = true;
      }
    }
  }
  if (!query.inTitle && !query.inBody) {
    query.inTitle = true;
    query.inBody = true;
  }
  return query;
}

function matches(issue: Issue, query: SearchQuery): boolean {
  if (query.kind === "issue" && issue.pull_request) return false;
  if (query.kind === "pr" && !issue.pull_request) return false;
  if (query.state && issue.state !== query.state) return false;
  if (query.noLabel && issue.labels.length > 0) return false;
  if (!query.labels.every((name) => issue.labels.some((l) => l.name.toLowerCase() === name))) return false;
  if (query.author && issue.user.login.toLowerCase() !== query.author) return false;
  const haystack = `${query.inTitle ? issue.title : ""}\n${query.inBody ? (issue.body ?? "") : ""}`.toLowerCase();
  return query.terms.every((term) => haystack.includes(term));
}

export function registerSearch(router: Router, context: FakeContext): void {
  router.add("GET", "/search/issues", (request) => {
    const q = request.query.get("q") ?? "";
    if (q.trim() === "") throw validationFailed([{ resource: "Search", field: "q", code: "missing" }]);
    const query = parseQuery(q);
    const found: Issue[] = [];
    for (const [name, repository] of context.repositories) {
      if (query.repos.length > 0 && !query.repos.includes(name)) continue;
      // Search answers only what the token could read through the issue and pull request routes.
      const readable = (issue: Issue): boolean =>
        judge(request.caller.grant, repository, [
          [{ permission: "issues", access: "read" }],
          ...(issue.pull_request ? [[{ permission: "pull-requests" as const, access: "read" as const }]] : []),
        ]) === "allowed";
      found.push(...repository.issues.filter((issue) => matches(issue, query) && readable(issue)));
    }
    const sort = request.query.get("sort");
    const sign = request.query.get("order") === "asc" ? 1 : -1;
    const key = sort === "updated" ? "updated_at" : sort === "comments" ? "comments" : "created_at";
    found.sort((a, b) => (a[key] === b[key] ? sign * (a.id - b.id) : a[key] < b[key] ? -sign : sign));
    const page = paginate(
      request,
      found.map((issue) => ({ ...issue, score: 1 })),
      context.world.apiUrl,
    );
    return {
      ...page,
      body: { total_count: found.length, incomplete_results: false, search_type: "lexical", items: page.body },
    };
  });
}
