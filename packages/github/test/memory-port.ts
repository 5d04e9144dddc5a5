import type { DriftIssue, DriftIssuePort, IssueUpdate } from "../src/drift-issues.ts";

/** An in-memory repository's issues, counting every write, for the drift state machine's tests. */
export function memoryPort(): DriftIssuePort & {
  issues: DriftIssue[];
  comments: { issue: number; body: string }[];
  labels: Set<string>;
  writes: string[];
} {
  const issues: DriftIssue[] = [];
  const comments: { issue: number; body: string }[] = [];
  const labels = new Set<string>();
  const writes: string[] = [];
  const find = (issueNumber: number): DriftIssue => {
    const issue = issues.find((i) => i.number === issueNumber);
    if (!issue) throw new Error(`no issue #${issueNumber}`);
    return issue;
  };
  return {
    issues,
    comments,
    labels,
    writes,
    async listIssues(label) {
      return issues.filter((issue) => issue.labels.includes(label)).map((issue) => ({ ...issue }));
    },
    async createIssue(input) {
      for (const label of input.labels) if (!labels.has(label)) throw new Error(`label ${label} missing`);
      const number = issues.length + 1;
      const issue: DriftIssue = { number, state: "open", url: `https://github.test/o/r/issues/${number}`, ...input };
      issues.push(issue);
      writes.push(`create #${number}`);
      return { ...issue };
    },
    async updateIssue(issueNumber, update: IssueUpdate) {
      const issue = find(issueNumber);
      for (const label of update.labels ?? []) if (!labels.has(label)) throw new Error(`label ${label} missing`);
      if (update.title !== undefined) issue.title = update.title;
      if (update.body !== undefined) issue.body = update.body;
      if (update.state !== undefined) issue.state = update.state;
      if (update.labels !== undefined) issue.labels = [...update.labels];
      writes.push(`update #${issueNumber}${update.state ? ` ${update.state}` : ""}`);
      return { ...issue };
    },
    async addComment(issueNumber, body) {
      find(issueNumber);
      comments.push({ issue: issueNumber, body });
      writes.push(`comment #${issueNumber}`);
    },
    async ensureLabel(label) {
      if (!labels.has(label.name)) writes.push(`label ${label.name}`);
      labels.add(label.name);
    },
  };
}
