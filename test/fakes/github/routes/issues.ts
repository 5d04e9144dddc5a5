import { callerUser, type FakeContext, numberParam, repositoryOf } from "../context.ts";
import {
  type ApiRequest,
  HttpError,
  notFound,
  nullableString,
  optionalString,
  paginate,
  type Router,
  requiredString,
  stringArray,
  validationFailed,
} from "../http.ts";
import type { FakeRepository } from "../repository.ts";
import type { Issue } from "../state.ts";

const STATE_REASONS = new Set(["completed", "not_planned", "reopened", "duplicate"]);

function sortIssues(items: Issue[], sort: string, direction: string): Issue[] {
  const key = sort === "updated" ? "updated_at" : sort === "comments" ? "comments" : "created_at";
  const sign = direction === "asc" ? 1 : -1;
  return [...items].sort((a, b) => {
    const left = a[key];
    const right = b[key];
    if (left < right) return -sign;
    if (left > right) return sign;
    return sign * (a.number - b.number);
  });
}

export function registerIssues(router: Router, context: FakeContext): void {
  const { world } = context;
  const repo = (request: ApiRequest): FakeRepository => repositoryOf(context, request);
  const issueOf = (request: ApiRequest): { repository: FakeRepository; issue: Issue } => {
    const repository = repo(request);
    const issue = repository.issue(numberParam(request, "issue_number"));
    if (!issue) throw notFound();
    return { repository, issue };
  };

  router.add("GET", "/repos/{owner}/{repo}/issues", (request) => {
    const repository = repo(request);
    const state = request.query.get("state") ?? "open";
    const labels = (request.query.get("labels") ?? "")
      .split(",")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const creator = request.query.get("creator")?.toLowerCase();
    const assignee = request.query.get("assignee")?.toLowerCase();
    const since = request.query.get("since");
    const matching = repository.issues.filter(
      (issue) =>
        (state === "all" || issue.state === state) &&
        labels.every((name) => issue.labels.some((l) => l.name.toLowerCase() === name)) &&
        (!creator || issue.user.login.toLowerCase() === creator) &&
        (!assignee ||
          (assignee === "none"
            ? issue.assignees.length === 0
            : assignee === "*"
              ? issue.assignees.length > 0
              : issue.assignees.some((a) => a.login.toLowerCase() === assignee))) &&
        (!since || issue.updated_at >= since),
    );
    const sorted = sortIssues(
      matching,
      request.query.get("sort") ?? "created",
      request.query.get("direction") ?? "desc",
    );
    return paginate(request, sorted, world.apiUrl);
  });

  router.add("GET", "/repos/{owner}/{repo}/issues/{issue_number}", (request) => ({
    status: 200,
    body: issueOf(request).issue,
  }));

  router.add("POST", "/repos/{owner}/{repo}/issues", (request) => {
    const repository = repo(request);
    const title = requiredString(request.body, "title", "Issue");
    const issue = repository.createIssue({
      title,
      body: nullableString(request.body, "body") ?? null,
      labels: stringArray(request.body, "labels") ?? [],
      assignees: stringArray(request.body, "assignees") ?? [],
      user: callerUser(context, request),
    });
    repository.counters.issuesCreated += 1;
    return { status: 201, body: issue, headers: { location: issue.url } };
  });

  router.add("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", (request) => {
    const { repository, issue } = issueOf(request);
    const title = optionalString(request.body, "title");
    if (title !== undefined) {
      if (title === "") throw validationFailed([{ resource: "Issue", field: "title", code: "missing_field" }]);
      issue.title = title;
    }
    const body = nullableString(request.body, "body");
    if (body !== undefined) issue.body = body;
    const labels = stringArray(request.body, "labels");
    if (labels !== undefined) issue.labels = repository.labelsByName(labels);
    const assignees = stringArray(request.body, "assignees");
    if (assignees !== undefined) {
      issue.assignees = assignees.map((login) => world.user(login));
      issue.assignee = issue.assignees[0] ?? null;
    }
    const reason = nullableString(request.body, "state_reason");
    if (reason && !STATE_REASONS.has(reason)) {
      throw validationFailed([{ resource: "Issue", field: "state_reason", code: "invalid" }]);
    }
    const state = optionalString(request.body, "state");
    if (state !== undefined && state !== "open" && state !== "closed") {
      throw validationFailed([{ resource: "Issue", field: "state", code: "invalid" }]);
    }
    if (state !== undefined || reason !== undefined) {
      repository.setIssueState(
        issue,
        (state as "open" | "closed" | undefined) ?? issue.state,
        reason as Issue["state_reason"] | undefined,
        callerUser(context, request),
      );
    }
    issue.updated_at = world.now();
    repository.counters.issueUpdates += 1;
    return { status: 200, body: issue };
  });

  // ---- comments ----
  router.add("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (request) => {
    const { repository, issue } = issueOf(request);
    const since = request.query.get("since");
    const comments = repository.commentsOf(issue).filter((c) => !since || c.updated_at >= since);
    return paginate(request, comments, world.apiUrl);
  });

  router.add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (request) => {
    const { repository, issue } = issueOf(request);
    const body = requiredString(request.body, "body", "IssueComment");
    if (issue.locked) throw new HttpError(403, "Unable to create comment because issue is locked.");
    const comment = repository.addComment(issue, body, callerUser(context, request));
    return { status: 201, body: comment, headers: { location: comment.url } };
  });

  const commentOf = (request: ApiRequest) => {
    const repository = repo(request);
    const id = numberParam(request, "comment_id");
    const comment = repository.comments.find((c) => c.id === id);
    if (!comment) throw notFound();
    return { repository, comment };
  };

  router.add("GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (request) => ({
    status: 200,
    body: commentOf(request).comment,
  }));

  router.add("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (request) => {
    const { repository, comment } = commentOf(request);
    comment.body = requiredString(request.body, "body", "IssueComment");
    comment.updated_at = world.now();
    repository.counters.commentUpdates += 1;
    return { status: 200, body: comment };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (request) => {
    const { repository, comment } = commentOf(request);
    repository.comments.splice(repository.comments.indexOf(comment), 1);
    const issue = repository.issues.find((i) => i.url === comment.issue_url);
    if (issue) issue.comments -= 1;
    return { status: 204 };
  });

  // ---- labels of an issue ----
  router.add("GET", "/repos/{owner}/{repo}/issues/{issue_number}/labels", (request) =>
    paginate(request, issueOf(request).issue.labels, world.apiUrl),
  );

  const labelsInBody = (request: ApiRequest): string[] => {
    // Both `{ labels: [...] }` and a bare array are accepted by GitHub.
    const raw = Array.isArray(request.body.__array) ? { labels: request.body.__array } : request.body;
    const labels = stringArray(raw, "labels");
    if (labels === undefined) throw validationFailed([{ resource: "Label", field: "labels", code: "missing_field" }]);
    return labels;
  };

  router.add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels", (request) => {
    const { repository, issue } = issueOf(request);
    for (const label of repository.labelsByName(labelsInBody(request))) {
      if (!issue.labels.includes(label)) issue.labels.push(label);
    }
    issue.updated_at = world.now();
    repository.counters.issueUpdates += 1;
    return { status: 200, body: issue.labels };
  });

  router.add("PUT", "/repos/{owner}/{repo}/issues/{issue_number}/labels", (request) => {
    const { repository, issue } = issueOf(request);
    issue.labels = repository.labelsByName(labelsInBody(request));
    issue.updated_at = world.now();
    repository.counters.issueUpdates += 1;
    return { status: 200, body: issue.labels };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", (request) => {
    const { repository, issue } = issueOf(request);
    const name = (request.params.name ?? "").toLowerCase();
    const index = issue.labels.findIndex((l) => l.name.toLowerCase() === name);
    if (index === -1) throw new HttpError(404, "Label does not exist");
    issue.labels.splice(index, 1);
    issue.updated_at = world.now();
    repository.counters.issueUpdates += 1;
    return { status: 200, body: issue.labels };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels", (request) => {
    const { repository, issue } = issueOf(request);
    issue.labels = [];
    issue.updated_at = world.now();
    repository.counters.issueUpdates += 1;
    return { status: 204 };
  });

  // ---- repository labels ----
  router.add("GET", "/repos/{owner}/{repo}/labels", (request) => paginate(request, repo(request).labels, world.apiUrl));

  router.add("POST", "/repos/{owner}/{repo}/labels", (request) => {
    const repository = repo(request);
    const name = requiredString(request.body, "name", "Label");
    if (repository.label(name)) throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
    const color = optionalString(request.body, "color") ?? "ededed";
    if (!/^#?[0-9a-fA-F]{6}$/.test(color))
      throw validationFailed([{ resource: "Label", code: "invalid", field: "color" }]);
    const label = repository.createLabel(name, color, nullableString(request.body, "description") ?? null);
    return { status: 201, body: label, headers: { location: label.url } };
  });

  const labelOf = (request: ApiRequest) => {
    const repository = repo(request);
    const label = repository.label(request.params.name ?? "");
    if (!label) throw notFound();
    return { repository, label };
  };

  router.add("GET", "/repos/{owner}/{repo}/labels/{name}", (request) => ({
    status: 200,
    body: labelOf(request).label,
  }));

  router.add("PATCH", "/repos/{owner}/{repo}/labels/{name}", (request) => {
    const { repository, label } = labelOf(request);
    const newName = optionalString(request.body, "new_name");
    if (newName !== undefined && newName.toLowerCase() !== label.name.toLowerCase() && repository.label(newName)) {
      throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
    }
    if (newName !== undefined) {
      label.name = newName;
      label.url = `${repository.apiBase}/labels/${encodeURIComponent(newName)}`;
    }
    const color = optionalString(request.body, "color");
    if (color !== undefined) label.color = color.replace(/^#/, "");
    const description = nullableString(request.body, "description");
    if (description !== undefined) label.description = description;
    return { status: 200, body: label };
  });

  router.add("DELETE", "/repos/{owner}/{repo}/labels/{name}", (request) => {
    const { repository, label } = labelOf(request);
    repository.labels.splice(repository.labels.indexOf(label), 1);
    for (const issue of repository.issues) issue.labels = issue.labels.filter((l) => l !== label);
    return { status: 204 };
  });
}
