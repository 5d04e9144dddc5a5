import { inlineCode, type Logger } from "@platform/action-kit";

/** One issue as the drift logic sees it. */
export interface DriftIssue {
  number: number;
  /** GitHub's node-independent issue id (what `duplicate_issue_id` takes). */
  id: number;
  /** Login of whoever opened it, as REST shows it (`github-actions[bot]`). */
  author: string;
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
  stateReason?: "completed" | "reopened" | "not_planned" | "duplicate";
  /** With stateReason "duplicate": the id of the issue this one duplicates. */
  duplicateOf?: number;
  labels?: string[];
}

/** The GitHub operations the drift logic needs; Octokit behind it in the action, memory in tests. */
export interface DriftIssuePort {
  /** Every issue (open and closed, not pull requests) that carries `label`. */
  listIssues(label: string): Promise<DriftIssue[]>;
  /** Issues (not pull requests) opened by `login`, open ones or all. */
  listIssuesByCreator(login: string, state: "open" | "all"): Promise<DriftIssue[]>;
  /** The login issues opened with this token show as author; undefined when GitHub does not say. */
  authenticatedLogin(): Promise<string | undefined>;
  createIssue(input: { title: string; body: string; labels: string[] }): Promise<DriftIssue>;
  updateIssue(issueNumber: number, update: IssueUpdate): Promise<DriftIssue>;
  addComment(issueNumber: number, body: string): Promise<void>;
  /** Adds labels, keeping the ones the issue has. */
  addLabels(issueNumber: number, labels: string[]): Promise<void>;
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

type IssueAction = "opened" | "updated" | "unchanged" | "closed" | "reopened" | "capped" | "none";

interface IssueOutcome {
  action: IssueAction;
  number?: number;
  url?: string;
}

export interface SubjectOutcome {
  key: string;
  drift: IssueOutcome;
  error: IssueOutcome;
  /** Extra open issues with the same marker (a race), closed as duplicates of the oldest. */
  duplicates: IssueOutcome[];
}

interface SyncOptions {
  /** Labels put on drift issues (with drift-resolved and drift-error they also find them). */
  labels: string[];
  /** Issues this run may open (drift and error issues together). */
  maxNewIssues: number;
  logger: Logger;
  /** Linked from comments so readers find the run that decided. */
  runUrl?: string;
}

const RESOLVED_LABEL = "drift-resolved";
const ERROR_LABEL = "drift-error";
/** Who opens issues with a workflow's GITHUB_TOKEN; the guess when GitHub does not name the token's owner. */
const ACTIONS_BOT = "github-actions[bot]";
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

/** The identity markers in a body: only a line that is exactly a marker counts (a quoted one does not). */
const MARKER_LINE = /^<!-- drift-report:(?:rollup|(?:error:)?workspace=[^ ]*) -->$/gm;

function markersIn(body: string): string[] {
  return body.match(MARKER_LINE) ?? [];
}

/** A closed duplicate's marker is renamed, so that only the kept issue answers to it from now on. */
function retireMarker(body: string, marker: string, keptNumber: number): string {
  return body
    .split("\n")
    .map((line) => (line === marker ? line.replace("drift-report:", `drift-report:duplicate-of=${keptNumber} `) : line))
    .join("\n");
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
  const shown = items.slice(0, COMMENT_LIST_LIMIT).map((item) => `- ${inlineCode(item)}`);
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

/** Of the issues with one marker (at most one open, once duplicates are closed): the open one, else the newest closed. */
function pick(issues: DriftIssue[]): DriftIssue | undefined {
  const open = issues.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
  if (open.length > 0) return open[0];
  return [...issues].sort((a, b) => b.number - a.number)[0];
}

type Reach = "none" | "open" | "all";
const REACH_ORDER: Reach[] = ["none", "open", "all"];

/**
 * Keeps one honest issue per subject (workspace or rollup). The fingerprint decides:
 * new drift opens; the same drift changes nothing (no edit, no comment, no notification);
 * different drift edits the body and adds one comment; resolved drift comments and closes
 * with `drift-resolved`; drift that comes back reopens the same issue. A failed plan leaves
 * the drift issue alone (drift is unknown) and keeps its own `drift-error` issue instead.
 *
 * Issues are identified only by their hidden marker. Candidates are listed (open and closed)
 * by each of the action's labels; when a marker that matters is not among them, the issues
 * opened by the token's owner are listed too, so a label removed by hand (or a changed
 * `labels` input) neither loses an issue nor opens a duplicate. Labels are put back on the
 * issues kept.
 */
export class DriftIssueSync {
  private readonly port: DriftIssuePort;
  private readonly options: SyncOptions;
  private readonly ensured = new Set<string>();
  private opened = 0;
  private readonly known = new Map<number, { issue: DriftIssue; markers: string[] }>();
  private labelled = false;
  private reach: Reach = "none";
  private actor: string | undefined;

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
    const driftMarker = markerFor(subject.kind, subject.key);
    const errorMarker = markerFor("error", subject.key);
    const errorLabels = [...this.options.labels, ERROR_LABEL];
    const duplicates: IssueOutcome[] = [];
    // A failed plan says nothing about drift: its drift issue is only named, never changed.
    const driftIssue =
      subject.status === "failed"
        ? pick(await this.find(driftMarker, "none"))
        : await this.settle(driftMarker, subject.status === "drifted" ? "all" : "open", duplicates);
    // A rollup has no error issue of its own: failed workspaces are listed in it.
    const errorIssue =
      subject.kind === "rollup"
        ? undefined
        : await this.settle(errorMarker, subject.status === "failed" ? "all" : "open", duplicates);
    if (subject.status === "failed") {
      const error = await this.keep(errorIssue, {
        marker: errorMarker,
        fingerprint: subject.fingerprint,
        title: subject.errorTitle ?? `Terraform plan fails in ${subject.key}`,
        body: subject.errorBody ?? subject.body,
        items: [],
        labels: errorLabels,
        what: `the plan of ${subject.key} fails`,
      });
      return { key: subject.key, drift: describe("none", driftIssue), error, duplicates };
    }
    const error =
      errorIssue?.state === "open"
        ? await this.close(
            errorIssue,
            `The plan of ${inlineCode(subject.key)} succeeds again${this.runLink()}. Closing.`,
            errorLabels,
            [],
          )
        : describe("none", errorIssue);
    if (subject.status === "clean") {
      const drift =
        driftIssue?.state === "open"
          ? await this.close(
              driftIssue,
              `No drift in ${inlineCode(subject.key)} any more${this.runLink()}: the infrastructure matches the code and the state. Closing.`,
              this.options.labels,
              [RESOLVED_LABEL],
            )
          : describe("none", driftIssue);
      return { key: subject.key, drift, error, duplicates };
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
    return { key: subject.key, drift, error, duplicates };
  }

  private runLink(): string {
    return this.options.runUrl ? ` ([run](${this.options.runUrl}))` : "";
  }

  private remember(issue: DriftIssue): void {
    this.known.set(issue.number, { issue, markers: markersIn(issue.body) });
  }

  private matching(marker: string): DriftIssue[] {
    const found: DriftIssue[] = [];
    for (const { issue, markers } of this.known.values()) if (markers.includes(marker)) found.push(issue);
    return found;
  }

  /**
   * The issues with `marker`. `reach` says how hard to look when no open one is among the
   * labelled issues: "open" for an issue that would be closed, "all" for one that would
   * otherwise be opened anew (a closed one is reopened instead).
   */
  private async find(marker: string, reach: Reach): Promise<DriftIssue[]> {
    if (!this.labelled) {
      const labels = [...new Set([...this.options.labels, RESOLVED_LABEL, ERROR_LABEL])];
      // One listing per label: GitHub's `labels` filter wants all of them on an issue.
      for (const label of labels) for (const issue of await this.port.listIssues(label)) this.remember(issue);
      this.labelled = true;
    }
    const found = this.matching(marker);
    if (found.some((issue) => issue.state === "open")) return found;
    const wanted: Reach = reach === "all" && found.length > 0 ? "open" : reach;
    if (REACH_ORDER.indexOf(wanted) <= REACH_ORDER.indexOf(this.reach)) return found;
    await this.listOwn(wanted === "all" ? "all" : "open");
    return this.matching(marker);
  }

  /** Lists the issues the token's owner (and whoever opened the labelled ones) opened. */
  private async listOwn(state: "open" | "all"): Promise<void> {
    if (this.actor === undefined) {
      const login = await this.port.authenticatedLogin();
      if (login === undefined) {
        this.options.logger.info(`GitHub did not name the token's owner; looking for issues opened by ${ACTIONS_BOT}.`);
      }
      this.actor = login ?? ACTIONS_BOT;
    }
    const creators = new Set([this.actor]);
    for (const { issue, markers } of this.known.values()) if (markers.length > 0) creators.add(issue.author);
    for (const creator of creators) {
      this.options.logger.debug(
        `Listing ${state} issues opened by ${creator}: a marker is not among the labelled ones.`,
      );
      for (const issue of await this.port.listIssuesByCreator(creator, state)) {
        if (!this.known.has(issue.number)) this.remember(issue);
      }
    }
    this.reach = state;
  }

  /** Finds the issues with `marker` and closes all open ones but the oldest as its duplicates. */
  private async settle(marker: string, reach: Reach, closed: IssueOutcome[]): Promise<DriftIssue | undefined> {
    const found = await this.find(marker, reach);
    const open = found.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
    const [kept, ...extra] = open;
    if (!kept) return pick(found);
    for (const duplicate of extra) {
      await this.port.addComment(
        duplicate.number,
        `Duplicate of #${kept.number}, which tracks the same thing${this.runLink()}. drift-report keeps one issue each and follows #${kept.number} from now on. Closing this one.`,
      );
      const updated = await this.port.updateIssue(duplicate.number, {
        state: "closed",
        stateReason: "duplicate",
        duplicateOf: kept.id,
        body: retireMarker(duplicate.body, marker, kept.number),
      });
      this.remember(updated);
      this.options.logger.info(`Closed issue #${duplicate.number} as a duplicate of #${kept.number}.`);
      closed.push(describe("closed", updated));
    }
    return kept;
  }

  private async ensureLabels(labels: string[]): Promise<void> {
    for (const name of labels) {
      if (this.ensured.has(name)) continue;
      const style = LABEL_STYLE[name] ?? { color: "d93f0b", description: "Terraform drift found by drift-report" };
      await this.port.ensureLabel({ name, ...style });
      this.ensured.add(name);
    }
  }

  /** Puts back labels removed by hand (or added to the `labels` input since), so listing finds the issue again. */
  private async relabel(issue: DriftIssue, labels: string[]): Promise<DriftIssue> {
    const missing = labels.filter((label) => !issue.labels.includes(label));
    if (missing.length === 0) return issue;
    await this.ensureLabels(missing);
    await this.port.addLabels(issue.number, missing);
    this.options.logger.info(`Issue #${issue.number} lacked the label(s) ${missing.join(", ")}; put back.`);
    const relabelled = { ...issue, labels: [...issue.labels, ...missing] };
    this.remember(relabelled);
    return relabelled;
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
          `Not opening an issue for ${wanted.what}: this run opened ${this.opened} already, the most it may open.`,
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
    const current = await this.relabel(issue, wanted.labels);
    if (hiddenValue(current.body, "fingerprint") === wanted.fingerprint) {
      logger.info(`Issue #${current.number} already shows this ${wanted.what}; left untouched.`);
      return describe("unchanged", current);
    }
    const previous = readItems(current.body);
    const updated = await this.port.updateIssue(current.number, { title: wanted.title, body });
    this.remember(updated);
    await this.port.addComment(current.number, changeComment(previous, wanted.items, runUrl));
    logger.info(`Updated issue #${current.number}: ${wanted.what} changed.`);
    return describe("updated", updated);
  }

  /** Comments and closes; `ownLabels` are put back if removed, `addLabels` added. */
  private async close(
    issue: DriftIssue,
    comment: string,
    ownLabels: string[],
    addLabels: string[],
  ): Promise<IssueOutcome> {
    const labels = [...new Set([...issue.labels, ...ownLabels, ...addLabels])];
    const relabel = labels.length !== issue.labels.length;
    if (relabel) await this.ensureLabels(labels.filter((label) => !issue.labels.includes(label)));
    await this.port.addComment(issue.number, comment);
    const updated = await this.port.updateIssue(issue.number, {
      state: "closed",
      stateReason: "completed",
      ...(relabel ? { labels } : {}),
    });
    this.remember(updated);
    this.options.logger.info(`Closed issue #${issue.number}.`);
    return describe("closed", updated);
  }
}

function describe(action: IssueAction, issue: DriftIssue | undefined): IssueOutcome {
  return issue ? { action, number: issue.number, url: issue.url } : { action };
}
