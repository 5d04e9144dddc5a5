import type { DriftIssue, DriftIssuePort, IssueUpdate } from "../src/drift-issues.ts";

type MemoryIssue = DriftIssue & { stateReason?: IssueUpdate["stateReason"]; duplicateOf?: number };

/** An in-memory repository's issues, counting every write, for the drift state machine's tests. */
/** `actor: null` plays a GitHub that does not name the token's owner. */
export function memoryPort(options: { actor?: string | null } = {}): DriftIssuePort & {
  issues: MemoryIssue[];
  comments: { issue: number; body: string }[];
  labels: Set<string>;
  writes: string[];
  reads: string[];
  /** Adds an issue as if opened earlier (by the actor unless `author` says otherwise). */
  seed(issue: Pick<DriftIssue, "state" | "body" | "labels"> & Partial<DriftIssue>): MemoryIssue;
} {
  const actor = options.actor === undefined ? "github-actions[bot]" : options.actor;
  const issues: MemoryIssue[] = [];
  const comments: { issue: number; body: string }[] = [];
  const labels = new Set<string>();
  const writes: string[] = [];
  const reads: string[] = [];
  const find = (issueNumber: number): MemoryIssue => {
    const issue = issues.find((i) => i.number === issueNumber);
    if (!issue) throw new Error(`no issue #${issueNumber}`);
    return issue;
  };
  const copy = (issue: MemoryIssue): DriftIssue => {
    const { stateReason: _reason, duplicateOf: _of, ...rest } = issue;
    return { ...rest, labels: [...issue.labels] };
  };
  const seed = (issue: Pick<DriftIssue, "state" | "body" | "labels"> & Partial<DriftIssue>): MemoryIssue => {
    const number = issues.length + 1;
    const created: MemoryIssue = {
      number,
      id: 1000 + number,
      author: actor ?? "github-actions[bot]",
      title: `issue ${number}`,
      url: `https://github.test/o/r/issues/${number}`,
      ...issue,
    };
    issues.push(created);
    return created;
  };
  return {
    issues,
    comments,
    labels,
    writes,
    reads,
    seed,
    async listIssues(label) {
      reads.push(`list label ${label}`);
      return issues.filter((issue) => issue.labels.includes(label)).map(copy);
    },
    async listIssuesByCreator(login, state) {
      reads.push(`list creator ${login} ${state}`);
      return issues.filter((i) => i.author === login && (state === "all" || i.state === "open")).map(copy);
    },
    async authenticatedLogin() {
      reads.push("viewer");
      return actor ?? undefined;
    },
    async createIssue(input) {
      for (const label of input.labels) if (!labels.has(label)) throw new Error(`label ${label} missing`);
      const issue = seed({ state: "open", ...input });
      writes.push(`create #${issue.number}`);
      return copy(issue);
    },
    async updateIssue(issueNumber, update: IssueUpdate) {
      const issue = find(issueNumber);
      for (const label of update.labels ?? []) if (!labels.has(label)) throw new Error(`label ${label} missing`);
      if (update.title !== undefined) issue.title = update.title;
      if (update.body !== undefined) issue.body = update.body;
      if (update.state !== undefined) issue.state = update.state;
      if (update.labels !== undefined) issue.labels = [...update.labels];
      if (update.stateReason !== undefined) issue.stateReason = update.stateReason;
      if (update.duplicateOf !== undefined) issue.duplicateOf = update.duplicateOf;
      writes.push(`update #${issueNumber}${update.state ? ` ${update.state}` : ""}`);
      return copy(issue);
    },
    async addComment(issueNumber, body) {
      find(issueNumber);
      comments.push({ issue: issueNumber, body });
      writes.push(`comment #${issueNumber}`);
    },
    async addLabels(issueNumber, added) {
      const issue = find(issueNumber);
      for (const label of added) {
        if (!labels.has(label)) throw new Error(`label ${label} missing`);
        if (!issue.labels.includes(label)) issue.labels.push(label);
      }
      writes.push(`labels #${issueNumber} ${added.join(",")}`);
    },
    async ensureLabel(label) {
      if (!labels.has(label.name)) writes.push(`label ${label.name}`);
      labels.add(label.name);
    },
  };
}
