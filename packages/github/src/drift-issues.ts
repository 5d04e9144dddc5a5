import type { Logger } from "@platform/action-kit";

/** One issue as the drift logic sees it. */
export interface DriftIssue {
  number: number;
  state: "open" | "closed";
  title: string;
  body: string;
  labels: string[];
  url: string;
}

export interface IssueUpdate {
  title?: string;
  body?: string;
  state?: "open" | "closed";
  stateReason?: "completed" | "reopened" | "not_planned";
  labels?: string[];
}

/** The GitHub operations the drift logic needs; Octokit behind it in the action, memory in tests. */
export interface DriftIssuePort {
  /** Every issue (open and closed, not pull requests) that carries `label`. */
  listIssues(label: string): Promise<DriftIssue[]>;
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<DriftIssue>;
  updateIssue(issueNumber: number, update: IssueUpdate): Promise<DriftIssue>;
  addComment(issueNumber: number, body: string): Promise<void>;
  /** Creates the label when the repository lacks it. */
  ensureLabel(label: { name: string; color: string; description: string }): Promise<void>;
}

/** What one issue is about: a workspace, or all of them (rollup). */
export interface DriftSubject {
  kind: "workspace" | "rollup";
  /** The workspace path (for a rollup, any stable name). */
  key: string;
  status: "clean" | "drifted" | "failed";
  /** Equal fingerprints mean an equal report: nothing to edit. */
  fingerprint: string;
  title: string;
  /** Markdown shown in the issue, without the hidden markers. */
  body: string;
  /** Short names of what drifted ("update terraform_data.a"), to say in a comment what changed. */
  items: string[];
  /** For `failed`: title and body of the drift-error issue. */
  errorTitle?: string;
  errorBody?: string;
}

export type IssueAction = "opened" | "updated" | "unchanged" | "closed" | "reopened" | "capped" | "none";

export interface IssueOutcome {
  action: IssueAction;
  number?: number;
  url?: string;
}

export interface SubjectOutcome {
  key: string;
  drift: IssueOutcome;
  error: IssueOutcome;
}

export interface SyncOptions {
  /** Labels put on drift issues; the first also finds them. */
  labels: string[];
  /** Issues this run may open (drift and error issues together). */
  maxNewIssues: number;
  logger: Logger;
  /** Linked from comments so readers find the run that decided. */
  runUrl?: string;
}

export const RESOLVED_LABEL = "drift-resolved";
export const ERROR_LABEL = "drift-error";
/** GitHub refuses bodies over 65,536 characters. */
export const ISSUE_BODY_LIMIT = 65_536;
/** What a caller may spend on the visible body; the rest is kept for markers and the footer. */
export const DRIFT_BODY_BUDGET = 44_000;
const ITEMS_LIMIT = 16_000;
const COMMENT_LIST_LIMIT = 30;

const LABEL_STYLE: Record<string, { color: string; description: string }> = {
  [RESOLVED_LABEL]: { color: "0e8a16", description: "The drift this issue reported is gone" },
  [ERROR_LABEL]: { color: "b60205", description: "The Terraform plan of this workspace fails" },
};

/** Keeps a marker on one line and unable to end the HTML comment early. */
function encodeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._~/@+=,:-]/g, (c) => encodeURIComponent(c));
}

export function markerFor(kind: "workspace" | "rollup" | "error", key: string): string {
  if (kind === "rollup") return "<!-- drift-report:rollup -->";
  return `<!-- drift-report:${kind === "error" ? "error:" : ""}workspace=${encodeKey(key)} -->`;
}

function hiddenValue(body: string, name: string): string | undefined {
  const match = new RegExp(`<!-- drift-report:${name}=([^ ]*) -->`).exec(body);
  return match?.[1];
}

function readItems(body: string): string[] | undefined {
  const encoded = hiddenValue(body, "items");
  if (!encoded) return undefined;
  try {
    const items: unknown = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
    return Array.isArray(items) && items.every((item) => typeof item === "string") ? items : undefined;
  } catch {
    return undefined;
  }
}

/** The issue body: hidden markers (identity, fingerprint, item list), the report, a footer. */
export function issueBody(marker: string, fingerprint: string, items: string[], visible: string, runUrl?: string) {
  const encoded = Buffer.from(JSON.stringify(items)).toString("base64url");
  const lines = [marker, `<!-- drift-report:fingerprint=${fingerprint} -->`];
  lines.push(`<!-- drift-report:items=${encoded.length <= ITEMS_LIMIT ? encoded : ""} -->`);
  const footer = `\n\n---\n<sub>Kept up to date by the drift-report action${runUrl ? ` ([last change](${runUrl}))` : ""}. Edits to this body are overwritten; comments are welcome.</sub>`;
  const head = `${lines.join("\n")}\n`;
  const room = ISSUE_BODY_LIMIT - head.length - footer.length - 200;
  let text = visible;
  if (text.length > room) {
    const cut = text.lastIndexOf("\n", room);
    text = `${text.slice(0, cut > 0 ? cut : room)}\n\n…the rest is cut to stay under GitHub's size limit.`;
  }
  return `${head}${text}${footer}`;
}

function bulletList(items: string[]): string {
  const shown = items.slice(0, COMMENT_LIST_LIMIT).map((item) => `- \`${item.replace(/`/g, "'")}\``);
  if (items.length > COMMENT_LIST_LIMIT) shown.push(`- …and ${items.length - COMMENT_LIST_LIMIT} more`);
  return shown.join("\n");
}

/** One comment that says how the drift changed, by item names only (never values). */
export function changeComment(previous: string[] | undefined, current: string[], runUrl?: string): string {
  const run = runUrl ? ` ([run](${runUrl}))` : "";
  if (!previous) return `The drift changed${run}: ${current.length} items now. The description above is updated.`;
  const before = new Set(previous);
  const now = new Set(current);
  const added = current.filter((item) => !before.has(item));
  const gone = previous.filter((item) => !now.has(item));
  const parts = [`The drift changed${run}. The description above is updated.`];
  if (added.length > 0) parts.push(`\n**New:**\n${bulletList(added)}`);
  if (gone.length > 0) parts.push(`\n**No longer drifted:**\n${bulletList(gone)}`);
  if (added.length === 0 && gone.length === 0) parts.push("\nThe same resources drifted, with different attributes.");
  return parts.join("\n");
}

function pick(issues: DriftIssue[]): DriftIssue | undefined {
  const open = issues.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
  if (open.length > 0) return open[0];
  return [...issues].sort((a, b) => b.number - a.number)[0];
}

/**
 * Keeps one honest issue per subject (workspace or rollup). The fingerprint decides:
 * new drift opens; the same drift changes nothing (no edit, no comment, no notification);
 * different drift edits the body and adds one comment; resolved drift comments and closes
 * with `drift-resolved`; drift that comes back reopens the same issue. A failed plan leaves
 * the drift issue alone (drift is unknown) and keeps its own `drift-error` issue instead.
 */
export class DriftIssueSync {
  private readonly port: DriftIssuePort;
  private readonly options: SyncOptions;
  private readonly ensured = new Set<string>();
  private opened = 0;
  private issues: DriftIssue[] | undefined;

  constructor(port: DriftIssuePort, options: SyncOptions) {
    if (options.labels.length === 0) throw new Error("DriftIssueSync needs at least one label");
    this.port = port;
    this.options = options;
  }

  async syncAll(subjects: DriftSubject[]): Promise<SubjectOutcome[]> {
    const outcomes: SubjectOutcome[] = [];
    for (const subject of subjects) outcomes.push(await this.sync(subject));
    return outcomes;
  }

  async sync(subject: DriftSubject): Promise<SubjectOutcome> {
    const all = await this.load();
    const driftMarker = markerFor(subject.kind, subject.key);
    const errorMarker = markerFor("error", subject.key);
    const driftIssue = pick(all.filter((issue) => issue.body.includes(driftMarker)));
    const errorIssue = pick(all.filter((issue) => issue.body.includes(errorMarker)));
    if (subject.status === "failed") {
      const error = await this.keep(errorIssue, {
        marker: errorMarker,
        fingerprint: subject.fingerprint,
        title: subject.errorTitle ?? `Terraform plan fails in ${subject.key}`,
        body: subject.errorBody ?? subject.body,
        items: [],
        labels: [...this.options.labels, ERROR_LABEL],
        what: `the plan of ${subject.key} fails`,
      });
      return { key: subject.key, drift: describe("none", driftIssue), error };
    }
    const error =
      errorIssue?.state === "open"
        ? await this.close(errorIssue, `The plan of \`${subject.key}\` succeeds again${this.runLink()}. Closing.`, [])
        : describe("none", errorIssue);
    if (subject.status === "clean") {
      const drift =
        driftIssue?.state === "open"
          ? await this.close(
              driftIssue,
              `No drift in \`${subject.key}\` any more${this.runLink()}: the infrastructure matches the code and the state. Closing.`,
              [RESOLVED_LABEL],
            )
          : describe("none", driftIssue);
      return { key: subject.key, drift, error };
    }
    const drift = await this.keep(driftIssue, {
      marker: driftMarker,
      fingerprint: subject.fingerprint,
      title: subject.title,
      body: subject.body,
      items: subject.items,
      labels: this.options.labels,
      what: `drift in ${subject.key}`,
    });
    return { key: subject.key, drift, error };
  }

  private runLink(): string {
    return this.options.runUrl ? ` ([run](${this.options.runUrl}))` : "";
  }

  private async load(): Promise<DriftIssue[]> {
    this.issues ??= await this.port.listIssues(this.options.labels[0] as string);
    return this.issues;
  }

  private remember(issue: DriftIssue): void {
    const all = this.issues ?? [];
    const at = all.findIndex((known) => known.number === issue.number);
    if (at >= 0) all[at] = issue;
    else all.push(issue);
  }

  private async ensureLabels(labels: string[]): Promise<void> {
    for (const name of labels) {
      if (this.ensured.has(name)) continue;
      const style = LABEL_STYLE[name] ?? { color: "d93f0b", description: "Terraform drift found by drift-report" };
      await this.port.ensureLabel({ name, ...style });
      this.ensured.add(name);
    }
  }

  /** Opens, edits, reopens or leaves alone the issue that must show `wanted`. */
  private async keep(
    issue: DriftIssue | undefined,
    wanted: {
      marker: string;
      fingerprint: string;
      title: string;
      body: string;
      items: string[];
      labels: string[];
      what: string;
    },
  ): Promise<IssueOutcome> {
    const { logger, runUrl } = this.options;
    const body = issueBody(wanted.marker, wanted.fingerprint, wanted.items, wanted.body, runUrl);
    if (!issue) {
      if (this.opened >= this.options.maxNewIssues) {
        logger.warning(
          `Not opening an issue for ${wanted.what}: this run opened ${this.opened} already (max-new-issues).`,
        );
        return { action: "capped" };
      }
      await this.ensureLabels(wanted.labels);
      const created = await this.port.createIssue({ title: wanted.title, body, labels: wanted.labels });
      this.opened++;
      this.remember(created);
      logger.info(`Opened issue #${created.number} for ${wanted.what}.`);
      return describe("opened", created);
    }
    if (issue.state === "closed") {
      const labels = [...new Set([...issue.labels.filter((l) => l !== RESOLVED_LABEL), ...wanted.labels])];
      await this.ensureLabels(wanted.labels);
      const updated = await this.port.updateIssue(issue.number, {
        state: "open",
        stateReason: "reopened",
        title: wanted.title,
        body,
        labels,
      });
      this.remember(updated);
      await this.port.addComment(issue.number, `This is back${this.runLink()}: ${wanted.what}. Reopening.`);
      logger.info(`Reopened issue #${issue.number} for ${wanted.what}.`);
      return describe("reopened", updated);
    }
    if (hiddenValue(issue.body, "fingerprint") === wanted.fingerprint) {
      logger.info(`Issue #${issue.number} already shows this ${wanted.what}; left untouched.`);
      return describe("unchanged", issue);
    }
    const previous = readItems(issue.body);
    const updated = await this.port.updateIssue(issue.number, { title: wanted.title, body });
    this.remember(updated);
    await this.port.addComment(issue.number, changeComment(previous, wanted.items, runUrl));
    logger.info(`Updated issue #${issue.number}: ${wanted.what} changed.`);
    return describe("updated", updated);
  }

  private async close(issue: DriftIssue, comment: string, addLabels: string[]): Promise<IssueOutcome> {
    await this.ensureLabels(addLabels);
    await this.port.addComment(issue.number, comment);
    const labels = [...new Set([...issue.labels, ...addLabels])];
    const updated = await this.port.updateIssue(issue.number, {
      state: "closed",
      stateReason: "completed",
      ...(addLabels.length > 0 ? { labels } : {}),
    });
    this.remember(updated);
    this.options.logger.info(`Closed issue #${issue.number}.`);
    return describe("closed", updated);
  }
}

function describe(action: IssueAction, issue: DriftIssue | undefined): IssueOutcome {
  return issue ? { action, number: issue.number, url: issue.url } : { action };
}
