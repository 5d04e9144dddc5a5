export const id = 497;
export const ids = [497];
export const modules = {

/***/ 852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports table, formatBytes */
/** Small helpers for step summaries and issue bodies; no HTML injection from values. */
function escapeCell(value) {
    return value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
    return [line(headers), `|${headers.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}
/** The longest run of backticks in `text` (0 when none). */
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * Text from files, git or services as inline code: a CommonMark code span whose backtick string
 * is longer than any run inside, so nothing in it closes the span early (then an @mention, a
 * link or an `<img>` would be live Markdown). Line breaks become spaces: a code span cannot
 * hold them, and one would end a heading or a list item.
 */
function inlineCode(text) {
    const flat = text.replace(/\r\n|\r|\n/g, " ");
    if (flat === "")
        return "` `";
    const ticks = "`".repeat(longestBacktickRun(flat) + 1);
    // A span starting or ending with a backtick (or a space, which CommonMark strips in pairs) is padded.
    const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/**
 * Text as a fenced code block whose fence is longer than any backtick run inside (a diff line
 * of four backticks does not close it). The language is kept only when it is a plain word.
 */
function codeBlock(text, language = "") {
    const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
    const info = /^[\w+.-]*$/.test(language) ? language : "";
    return `${fence}${info}\n${text}\n${fence}`;
}
function formatBytes(bytes) {
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` at once; results keep the items' order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ findPlanFiles),
/* harmony export */   g: () => (/* binding */ findWorkspaces)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(200);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(826);



const GLOB_CHARS = /[*?[\]{}]/;
function toPosix(relative) {
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/") || ".";
}
async function isTerraformDir(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).some((name) => name.endsWith(".tf") || name.endsWith(".tf.json"));
    }
    catch {
        return false;
    }
}
async function expand(input, pattern, root) {
    const absolute = (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .resolveInside */ .LI)(input, pattern, root);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absolute) || ".";
    if (!GLOB_CHARS.test(pattern))
        return [absolute];
    const found = [];
    for await (const match of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(relative, { cwd: root })) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, match);
        // A glob may be given by an untrusted pull request, and a match may be a symbolic link
        // it planted: keep only what stays inside the root.
        if ((0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .staysInside */ .No)(root, full))
            found.push(full);
    }
    return found.sort();
}
/**
 * The Terraform working directories that the `workspaces` lines name, as paths relative to
 * `root` with forward slashes (the issue marker uses them). A glob keeps only directories
 * with .tf files; every line must match something, or the user hears which one did not.
 */
async function findWorkspaces(input, patterns, root) {
    const result = new Set();
    for (const pattern of patterns) {
        const matches = [];
        for (const candidate of await expand(input, pattern, root)) {
            const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(candidate).then((s) => s.isDirectory(), () => false);
            if (isDir && (!GLOB_CHARS.test(pattern) || (await isTerraformDir(candidate))))
                matches.push(candidate);
        }
        if (matches.length === 0) {
            throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, pattern, "matches no Terraform directory", `give directories (or globs of them) with .tf files, relative to ${root}`);
        }
        for (const match of matches)
            result.add(toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, match)));
    }
    return [...result].sort();
}
/** Plan JSON files the `plans` lines name, each with its workspace: the file's directory. */
async function findPlanFiles(input, patterns, root) {
    const byWorkspace = new Map();
    for (const pattern of patterns) {
        let count = 0;
        for (const candidate of await expand(input, pattern, root)) {
            const isFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(candidate).then((s) => s.isFile(), () => false);
            if (!isFile)
                continue;
            count++;
            const workspace = toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(candidate)));
            const other = byWorkspace.get(workspace);
            if (other !== undefined && other !== candidate) {
                throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, pattern, `gives two plan files for workspace ${workspace} (${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(other)} and ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(candidate)})`, "keep one plan JSON per workspace directory");
            }
            byWorkspace.set(workspace, candidate);
        }
        if (count === 0) {
            throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, pattern, "matches no file", `give plan JSON files (globs allowed) relative to ${root}`);
        }
    }
    return [...byWorkspace.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([workspace, file]) => ({ workspace, file }));
}


/***/ }),

/***/ 108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kX: () => (/* binding */ DriftIssueSync),
/* harmony export */   zS: () => (/* binding */ DRIFT_BODY_BUDGET)
/* harmony export */ });
/* unused harmony exports ISSUE_BODY_LIMIT, markerFor, issueBody, changeComment */
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(852);

const RESOLVED_LABEL = "drift-resolved";
const ERROR_LABEL = "drift-error";
/** Who opens issues with a workflow's GITHUB_TOKEN; the guess when GitHub does not name the token's owner. */
const ACTIONS_BOT = "github-actions[bot]";
/** GitHub refuses bodies over 65,536 characters. */
const ISSUE_BODY_LIMIT = 65_536;
/** What a caller may spend on the visible body; the rest is kept for markers and the footer. */
const DRIFT_BODY_BUDGET = 44_000;
const ITEMS_LIMIT = 16_000;
const COMMENT_LIST_LIMIT = 30;
const LABEL_STYLE = {
    [RESOLVED_LABEL]: { color: "0e8a16", description: "The drift this issue reported is gone" },
    [ERROR_LABEL]: { color: "b60205", description: "The Terraform plan of this workspace fails" },
};
/** Keeps a marker on one line and unable to end the HTML comment early. */
function encodeKey(key) {
    return key.replace(/[^A-Za-z0-9._~/@+=,:-]/g, (c) => encodeURIComponent(c));
}
function markerFor(kind, key) {
    if (kind === "rollup")
        return "<!-- drift-report:rollup -->";
    return `<!-- drift-report:${kind === "error" ? "error:" : ""}workspace=${encodeKey(key)} -->`;
}
/** The identity markers in a body: only a line that is exactly a marker counts (a quoted one does not). */
const MARKER_LINE = /^<!-- drift-report:(?:rollup|(?:error:)?workspace=[^ ]*) -->$/gm;
function markersIn(body) {
    return body.match(MARKER_LINE) ?? [];
}
/** A closed duplicate's marker is renamed, so that only the kept issue answers to it from now on. */
function retireMarker(body, marker, keptNumber) {
    return body
        .split("\n")
        .map((line) => (line === marker ? line.replace("drift-report:", `drift-report:duplicate-of=${keptNumber} `) : line))
        .join("\n");
}
function hiddenValue(body, name) {
    const match = new RegExp(`<!-- drift-report:${name}=([^ ]*) -->`).exec(body);
    return match?.[1];
}
function readItems(body) {
    const encoded = hiddenValue(body, "items");
    if (!encoded)
        return undefined;
    try {
        const items = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
        return Array.isArray(items) && items.every((item) => typeof item === "string") ? items : undefined;
    }
    catch {
        return undefined;
    }
}
/** The issue body: hidden markers (identity, fingerprint, item list), the report, a footer. */
function issueBody(marker, fingerprint, items, visible, runUrl) {
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
function bulletList(items) {
    const shown = items.slice(0, COMMENT_LIST_LIMIT).map((item) => `- ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(item)}`);
    if (items.length > COMMENT_LIST_LIMIT)
        shown.push(`- …and ${items.length - COMMENT_LIST_LIMIT} more`);
    return shown.join("\n");
}
/** One comment that says how the drift changed, by item names only (never values). */
function changeComment(previous, current, runUrl) {
    const run = runUrl ? ` ([run](${runUrl}))` : "";
    if (!previous)
        return `The drift changed${run}: ${current.length} items now. The description above is updated.`;
    const before = new Set(previous);
    const now = new Set(current);
    const added = current.filter((item) => !before.has(item));
    const gone = previous.filter((item) => !now.has(item));
    const parts = [`The drift changed${run}. The description above is updated.`];
    if (added.length > 0)
        parts.push(`\n**New:**\n${bulletList(added)}`);
    if (gone.length > 0)
        parts.push(`\n**No longer drifted:**\n${bulletList(gone)}`);
    if (added.length === 0 && gone.length === 0)
        parts.push("\nThe same resources drifted, with different attributes.");
    return parts.join("\n");
}
/** Of the issues with one marker (at most one open, once duplicates are closed): the open one, else the newest closed. */
function pick(issues) {
    const open = issues.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
    if (open.length > 0)
        return open[0];
    return [...issues].sort((a, b) => b.number - a.number)[0];
}
const REACH_ORDER = ["none", "open", "all"];
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
class DriftIssueSync {
    port;
    options;
    ensured = new Set();
    opened = 0;
    known = new Map();
    labelled = false;
    reach = "none";
    actor;
    constructor(port, options) {
        if (options.labels.length === 0)
            throw new Error("DriftIssueSync needs at least one label");
        this.port = port;
        this.options = options;
    }
    async syncAll(subjects) {
        const outcomes = [];
        for (const subject of subjects)
            outcomes.push(await this.sync(subject));
        return outcomes;
    }
    async sync(subject) {
        const driftMarker = markerFor(subject.kind, subject.key);
        const errorMarker = markerFor("error", subject.key);
        const errorLabels = [...this.options.labels, ERROR_LABEL];
        const duplicates = [];
        // A failed plan says nothing about drift: its drift issue is only named, never changed.
        const driftIssue = subject.status === "failed"
            ? pick(await this.find(driftMarker, "none"))
            : await this.settle(driftMarker, subject.status === "drifted" ? "all" : "open", duplicates);
        // A rollup has no error issue of its own: failed workspaces are listed in it.
        const errorIssue = subject.kind === "rollup"
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
        const error = errorIssue?.state === "open"
            ? await this.close(errorIssue, `The plan of ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(subject.key)} succeeds again${this.runLink()}. Closing.`, errorLabels, [])
            : describe("none", errorIssue);
        if (subject.status === "clean") {
            const drift = driftIssue?.state === "open"
                ? await this.close(driftIssue, `No drift in ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(subject.key)} any more${this.runLink()}: the infrastructure matches the code and the state. Closing.`, this.options.labels, [RESOLVED_LABEL])
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
    runLink() {
        return this.options.runUrl ? ` ([run](${this.options.runUrl}))` : "";
    }
    remember(issue) {
        this.known.set(issue.number, { issue, markers: markersIn(issue.body) });
    }
    matching(marker) {
        const found = [];
        for (const { issue, markers } of this.known.values())
            if (markers.includes(marker))
                found.push(issue);
        return found;
    }
    /**
     * The issues with `marker`. `reach` says how hard to look when no open one is among the
     * labelled issues: "open" for an issue that would be closed, "all" for one that would
     * otherwise be opened anew (a closed one is reopened instead).
     */
    async find(marker, reach) {
        if (!this.labelled) {
            const labels = [...new Set([...this.options.labels, RESOLVED_LABEL, ERROR_LABEL])];
            // One listing per label: GitHub's `labels` filter wants all of them on an issue.
            for (const label of labels)
                for (const issue of await this.port.listIssues(label))
                    this.remember(issue);
            this.labelled = true;
        }
        const found = this.matching(marker);
        if (found.some((issue) => issue.state === "open"))
            return found;
        const wanted = reach === "all" && found.length > 0 ? "open" : reach;
        if (REACH_ORDER.indexOf(wanted) <= REACH_ORDER.indexOf(this.reach))
            return found;
        await this.listOwn(wanted === "all" ? "all" : "open");
        return this.matching(marker);
    }
    /** Lists the issues the token's owner (and whoever opened the labelled ones) opened. */
    async listOwn(state) {
        if (this.actor === undefined) {
            const login = await this.port.authenticatedLogin();
            if (login === undefined) {
                this.options.logger.info(`GitHub did not name the token's owner; looking for issues opened by ${ACTIONS_BOT}.`);
            }
            this.actor = login ?? ACTIONS_BOT;
        }
        const creators = new Set([this.actor]);
        for (const { issue, markers } of this.known.values())
            if (markers.length > 0)
                creators.add(issue.author);
        for (const creator of creators) {
            this.options.logger.debug(`Listing ${state} issues opened by ${creator}: a marker is not among the labelled ones.`);
            for (const issue of await this.port.listIssuesByCreator(creator, state)) {
                if (!this.known.has(issue.number))
                    this.remember(issue);
            }
        }
        this.reach = state;
    }
    /** Finds the issues with `marker` and closes all open ones but the oldest as its duplicates. */
    async settle(marker, reach, closed) {
        const found = await this.find(marker, reach);
        const open = found.filter((issue) => issue.state === "open").sort((a, b) => a.number - b.number);
        const [kept, ...extra] = open;
        if (!kept)
            return pick(found);
        for (const duplicate of extra) {
            await this.port.addComment(duplicate.number, `Duplicate of #${kept.number}, which tracks the same thing${this.runLink()}. drift-report keeps one issue each and follows #${kept.number} from now on. Closing this one.`);
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
    async ensureLabels(labels) {
        for (const name of labels) {
            if (this.ensured.has(name))
                continue;
            const style = LABEL_STYLE[name] ?? { color: "d93f0b", description: "Terraform drift found by drift-report" };
            await this.port.ensureLabel({ name, ...style });
            this.ensured.add(name);
        }
    }
    /** Puts back labels removed by hand (or added to the `labels` input since), so listing finds the issue again. */
    async relabel(issue, labels) {
        const missing = labels.filter((label) => !issue.labels.includes(label));
        if (missing.length === 0)
            return issue;
        await this.ensureLabels(missing);
        await this.port.addLabels(issue.number, missing);
        this.options.logger.info(`Issue #${issue.number} lacked the label(s) ${missing.join(", ")}; put back.`);
        const relabelled = { ...issue, labels: [...issue.labels, ...missing] };
        this.remember(relabelled);
        return relabelled;
    }
    /** Opens, edits, reopens or leaves alone the issue that must show `wanted`. */
    async keep(issue, wanted) {
        const { logger, runUrl } = this.options;
        const body = issueBody(wanted.marker, wanted.fingerprint, wanted.items, wanted.body, runUrl);
        if (!issue) {
            if (this.opened >= this.options.maxNewIssues) {
                logger.warning(`Not opening an issue for ${wanted.what}: this run opened ${this.opened} already, the most it may open.`);
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
    async close(issue, comment, ownLabels, addLabels) {
        const labels = [...new Set([...issue.labels, ...ownLabels, ...addLabels])];
        const relabel = labels.length !== issue.labels.length;
        if (relabel)
            await this.ensureLabels(labels.filter((label) => !issue.labels.includes(label)));
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
function describe(action, issue) {
    return issue ? { action, number: issue.number, url: issue.url } : { action };
}


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   J6: () => (/* binding */ analysePlan),
/* harmony export */   NP: () => (/* binding */ SENSITIVE),
/* harmony export */   Pj: () => (/* binding */ RESOURCE_ACTIONS)
/* harmony export */ });
/* harmony import */ var _sensitive_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(392);

const RESOURCE_ACTIONS = [
    "create",
    "update",
    "replace",
    "delete",
    "move",
    "import",
    "forget",
    "read",
];
const SENSITIVE = "(sensitive)";
const UNKNOWN = "(known after apply)";
const VALUE_LIMIT = 200;
function resourceAction(entry) {
    const actions = entry.change.actions;
    if (actions.includes("delete") && actions.includes("create"))
        return "replace";
    const [first] = actions;
    switch (first) {
        case "create":
        case "update":
        case "delete":
        case "read":
        case "forget":
            return first;
        case "no-op":
            if (entry.previous_address && entry.previous_address !== entry.address)
                return "move";
            if (entry.change.importing)
                return "import";
            return undefined;
        default:
            return undefined;
    }
}
function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}
function sameJson(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || a === undefined || b === undefined)
        return false;
    if (typeof a !== "object" || typeof b !== "object")
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length)
        return false;
    const recordA = a;
    const recordB = b;
    return keysA.every((key) => key in recordB && sameJson(recordA[key], recordB[key]));
}
/** True when a *_sensitive or after_unknown shadow marks anything at or under this point. */
function marked(mask) {
    if (mask === true)
        return true;
    if (mask === null || mask === undefined || typeof mask !== "object")
        return false;
    return Object.values(mask).some(marked);
}
function child(mask, key) {
    if (mask === true)
        return true;
    return isObject(mask) ? mask[key] : undefined;
}
function changedAttributes(change) {
    const before = isObject(change.before) ? change.before : {};
    const after = isObject(change.after) ? change.after : {};
    const unknown = change.after_unknown;
    const names = new Set();
    const unknownKeys = isObject(unknown) ? Object.keys(unknown) : [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after), ...unknownKeys])) {
        if (marked(child(unknown, key)) || !sameJson(before[key], after[key]))
            names.add(key);
    }
    for (const path of change.replace_paths ?? []) {
        const [head] = path;
        if (typeof head === "string")
            names.add(head);
    }
    return [...names].sort();
}
function renderValue(value, sensitive, secrets) {
    if (sensitive)
        return SENSITIVE;
    if (value === undefined)
        return "null";
    if (secrets.leaksValue(value))
        return SENSITIVE;
    const text = JSON.stringify(value);
    if (secrets.leaks(text))
        return SENSITIVE;
    return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT)}…` : text;
}
function attributeValues(change, names, secrets) {
    const before = isObject(change.before) ? change.before : {};
    const after = isObject(change.after) ? change.after : {};
    return names.map((name) => ({
        name,
        before: renderValue(before[name], marked(child(change.before_sensitive, name)), secrets),
        after: marked(child(change.after_unknown, name))
            ? UNKNOWN
            : renderValue(after[name], marked(child(change.after_sensitive, name)), secrets),
    }));
}
function resourceEntries(list, showValues, secrets) {
    const entries = [];
    for (const resource of list ?? []) {
        const action = resourceAction(resource);
        if (!action)
            continue;
        const attributes = action === "update" || action === "replace" ? changedAttributes(resource.change) : [];
        const entry = { address: resource.address, action, attributes };
        if (resource.previous_address && resource.previous_address !== resource.address) {
            entry.previousAddress = resource.previous_address;
        }
        if (showValues && attributes.length > 0)
            entry.values = attributeValues(resource.change, attributes, secrets);
        entries.push(entry);
    }
    return entries.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
function outputEntries(plan, showValues, secrets) {
    const entries = [];
    for (const [name, change] of Object.entries(plan.output_changes ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const [first] = change.actions;
        const action = change.actions.includes("delete") && change.actions.includes("create") ? "update" : (first ?? "no-op");
        if (action !== "create" && action !== "update" && action !== "delete")
            continue;
        const sensitive = marked(change.before_sensitive) || marked(change.after_sensitive);
        const entry = { name, action, sensitive };
        if (showValues) {
            entry.values = {
                before: renderValue(change.before, sensitive, secrets),
                after: marked(change.after_unknown) ? UNKNOWN : renderValue(change.after, sensitive, secrets),
            };
        }
        entries.push(entry);
    }
    return entries;
}
/**
 * Reads what a plan says about drift. Terraform's exit code 2 is not trusted alone: a plan
 * is drifted when it changes a resource, records a change made outside Terraform, changes
 * an output or moves a resource (each needs an apply to bring state and code together).
 */
function analysePlan(plan, options = {}) {
    const showValues = options.showValues ?? false;
    const secrets = (0,_sensitive_js__WEBPACK_IMPORTED_MODULE_0__/* .collectSecrets */ .q)(plan);
    const changes = resourceEntries(plan.resource_changes, showValues, secrets).filter((e) => e.action !== "read");
    const drift = resourceEntries(plan.resource_drift, showValues, secrets).filter((e) => e.action !== "read");
    const outputs = outputEntries(plan, showValues, secrets);
    return {
        formatVersion: plan.format_version,
        terraformVersion: plan.terraform_version ?? "unknown",
        changes,
        drift,
        outputs,
        drifted: changes.length > 0 || drift.length > 0 || outputs.length > 0,
        secrets,
    };
}


/***/ }),

/***/ 456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parsePlanJson)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(826);

/** The major version of the plan format this package understands. */
const SUPPORTED_FORMAT_MAJOR = "1";
/**
 * Parses and checks plan JSON. `source` names where it came from (the input and file) so the
 * one-line error tells the user which file is at fault.
 */
function parsePlanJson(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} is not JSON; give the output of "terraform show -json <planfile>" (not the binary plan file or the text plan).`);
    }
    return checkPlan(parsed, source);
}
function checkPlan(parsed, source) {
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} is not a Terraform plan JSON object; give "terraform show -json <planfile>" output.`);
    }
    const plan = parsed;
    if (typeof plan.format_version !== "string") {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} has no "format_version", so it is not Terraform plan JSON; give "terraform show -json <planfile>" output.`);
    }
    const major = plan.format_version.split(".")[0];
    if (major !== SUPPORTED_FORMAT_MAJOR) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} has plan format_version ${JSON.stringify(plan.format_version)}, but only ${SUPPORTED_FORMAT_MAJOR}.x is understood; use a Terraform or OpenTofu release that writes format ${SUPPORTED_FORMAT_MAJOR}.x.`);
    }
    const looksLikePlan = "resource_changes" in plan ||
        "planned_values" in plan ||
        "output_changes" in plan ||
        "resource_drift" in plan ||
        "configuration" in plan;
    if (!looksLikePlan) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} has no plan sections (planned_values, resource_changes), so it is not plan JSON (state JSON?); give "terraform show -json <planfile>" output.`);
    }
    for (const key of ["resource_changes", "resource_drift"]) {
        const list = plan[key];
        if (list !== undefined && !Array.isArray(list)) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} has a "${key}" that is not a list, so it is not valid plan JSON.`);
        }
    }
    return plan;
}


/***/ }),

/***/ 288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ runPlan),
/* harmony export */   S: () => (/* binding */ errorLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(826);




const ERROR_LINE_LIMIT = 40;
const LINE_LENGTH_LIMIT = 400;
/**
 * A diagnostic's expression values ("│ var.token is \"...\""). Terraform prints them even for
 * sensitive variables (a failed validation shows the value), and a failed plan gives no JSON
 * to tell which are sensitive: no value is passed on, only the expression it belongs to.
 */
const EXPRESSION_VALUE = /^(\s*│\s+\S.*? is ).+$/;
/**
 * The lines of Terraform's output that explain a failure: its diagnostics without the box
 * drawing and without expression values, from the first "Error:" on (or the tail when there
 * is none).
 */
function errorLines(output) {
    const lines = output
        .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "")
        .split(/\r?\n/)
        .map((line) => line.replace(/^[│╷╵]\s?/, "").trimEnd());
    const first = lines.findIndex((line) => /^(Error|error)\b/.test(line.trim()));
    const relevant = (first >= 0 ? lines.slice(first) : lines.slice(-ERROR_LINE_LIMIT)).filter((line, i, all) => line.trim() !== "" || (i > 0 && (all[i - 1] ?? "").trim() !== ""));
    const trimmed = relevant
        .map((line) => line.replace(EXPRESSION_VALUE, "$1(value not shown)"))
        .map((line) => (line.length > LINE_LENGTH_LIMIT ? `${line.slice(0, LINE_LENGTH_LIMIT)}…` : line));
    while (trimmed.length > 0 && (trimmed[trimmed.length - 1] ?? "").trim() === "")
        trimmed.pop();
    return trimmed.length > ERROR_LINE_LIMIT
        ? [...trimmed.slice(0, ERROR_LINE_LIMIT), `… ${trimmed.length - ERROR_LINE_LIMIT} more lines`]
        : trimmed;
}
async function step(options, cwd, args) {
    try {
        return await options.exec(options.terraform, args, { cwd, env: options.env });
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .FieldError */ .bg("terraform", `${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .shownValue */ .JJ)(options.terraform)} could not be run (${why}); install it or give the path of terraform or tofu.`);
    }
}
/**
 * init, `plan -detailed-exitcode -lock=false -input=false -out`, then `show -json`. The
 * exit code of plan is recorded but not trusted: the caller reads the JSON.
 */
async function runPlan(workspaceDir, label, options) {
    const { logger } = options;
    if (options.init) {
        const init = await step(options, workspaceDir, ["init", "-input=false", "-no-color"]);
        if (init.exitCode !== 0) {
            logger.warning(`${label}: terraform init failed (exit ${init.exitCode})`);
            return { ok: false, errorLines: errorLines(init.stderr || init.stdout) };
        }
    }
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.tempDir ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), "drift-plan-"));
    try {
        const planFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, "tfplan");
        const plan = await step(options, workspaceDir, [
            "plan",
            "-detailed-exitcode",
            "-lock=false",
            "-input=false",
            "-no-color",
            `-out=${planFile}`,
            ...options.planArgs,
        ]);
        if (plan.exitCode !== 0 && plan.exitCode !== 2) {
            logger.warning(`${label}: terraform plan failed (exit ${plan.exitCode})`);
            return { ok: false, errorLines: errorLines(plan.stderr || plan.stdout) };
        }
        const show = await step(options, workspaceDir, ["show", "-json", "-no-color", planFile]);
        if (show.exitCode !== 0) {
            logger.warning(`${label}: terraform show -json failed (exit ${show.exitCode})`);
            return { ok: false, errorLines: errorLines(show.stderr || show.stdout) };
        }
        return { ok: true, planJson: show.stdout, exitCode: plan.exitCode };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SL: () => (/* binding */ renderWorkspace),
/* harmony export */   bb: () => (/* binding */ renderSummaryTable),
/* harmony export */   jO: () => (/* binding */ countByAction),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(852);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(241);


/** GitHub refuses issue and comment bodies over 65,536 characters. */
const GITHUB_BODY_LIMIT = 65_536;
/** Room kept for the closing "and N more" line once the budget is reached. */
const RESERVE = 600;
/** Addresses, names and values as inline code that nothing inside can close (the kit's one helper). */
const code = _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti;
function countByAction(entries) {
    const counts = new Map();
    for (const entry of entries)
        counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
    return _model_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_ACTIONS */ .Pj.filter((action) => counts.has(action))
        .map((action) => `${counts.get(action)} ${action}`)
        .join(" · ");
}
function attributeCell(entry) {
    if (entry.values && entry.values.length > 0) {
        return entry.values.map((v) => `${code(v.name)}: ${code(v.before)} → ${code(v.after)}`).join("<br>");
    }
    const names = entry.attributes.map(code).join(", ");
    return entry.previousAddress ? `moved from ${code(entry.previousAddress)}${names ? `; ${names}` : ""}` : names;
}
/** Lines of markdown that stop at a character budget and count what did not fit. */
class BudgetedText {
    lines = [];
    length = 0;
    budget;
    omitted = [];
    omittedOther = 0;
    constructor(budget) {
        this.budget = budget;
    }
    /** Adds a line if it fits; false when the budget is spent. */
    add(line) {
        if (this.length + line.length + 1 > this.budget - RESERVE)
            return false;
        this.lines.push(line);
        this.length += line.length + 1;
        return true;
    }
    /** A line that must stay even past the budget (the reserve pays for it). */
    force(line) {
        this.lines.push(line);
        this.length += line.length + 1;
    }
    text() {
        return this.lines.join("\n");
    }
}
function resourceTable(out, title, entries) {
    if (entries.length === 0)
        return;
    const header = [
        "",
        `**${title}**: ${countByAction(entries)}`,
        "",
        "| resource | action | attributes |",
        "| --- | --- | --- |",
    ];
    let from = 0;
    if (header.every((line) => out.add(line))) {
        for (; from < entries.length; from++) {
            const entry = entries[from];
            const row = `| ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(code(entry.address))} | ${entry.action} | ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(attributeCell(entry))} |`;
            if (!out.add(row))
                break;
        }
    }
    out.omitted.push(...entries.slice(from));
}
/**
 * A workspace's report as markdown within `budget` characters: every drifted resource while
 * they fit, then one line counting the rest by action (the run's log lists them all).
 * Sensitive values never appear: values are masked in the model and the text is scrubbed.
 */
function renderWorkspace(result, options = {}) {
    const out = new BudgetedText(options.budget ?? GITHUB_BODY_LIMIT - 2_000);
    if (options.heading)
        out.force(options.heading);
    const analysis = result.analysis;
    if (result.status === "failed") {
        out.force("The plan failed, so drift is unknown for this workspace. Terraform said:");
        out.force("");
        const lines = result.errorLines ?? [];
        out.force((0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(lines.length > 0 ? lines.join("\n") : "(no error output)", "text"));
        return out.text();
    }
    if (!analysis?.drifted) {
        out.force("No drift: the infrastructure matches the code and the state.");
        return out.text();
    }
    resourceTable(out, "Changed outside Terraform", analysis.drift);
    resourceTable(out, "Code and state differ (an apply would change)", analysis.changes);
    if (analysis.outputs.length > 0) {
        const lines = ["", "**Outputs that would change**:", "", "| output | action |", "| --- | --- |"];
        let shown = 0;
        if (lines.every((line) => out.add(line))) {
            for (const output of analysis.outputs) {
                const value = output.values ? ` (${code(output.values.before)} → ${code(output.values.after)})` : "";
                const note = output.sensitive ? " (sensitive)" : "";
                if (!out.add(`| ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(code(output.name))}${note} | ${output.action}${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(value)} |`))
                    break;
                shown++;
            }
        }
        out.omittedOther += analysis.outputs.length - shown;
    }
    if (out.omitted.length > 0 || out.omittedOther > 0) {
        const parts = [out.omitted.length > 0 ? `${out.omitted.length} resources (${countByAction(out.omitted)})` : ""];
        if (out.omittedOther > 0)
            parts.push(`${out.omittedOther} outputs`);
        out.force("");
        out.force(`…and ${parts.filter(Boolean).join(" and ")} more, not listed to keep this under GitHub's size limit; the run's log lists every one.`);
    }
    return analysis.secrets.scrub(out.text());
}
function statusCell(result) {
    return result.status === "drifted" ? "⚠️ drifted" : result.status === "failed" ? "❌ failed" : "✅ clean";
}
/** The step summary: one table of every workspace, with a link to its issue when there is one. */
function renderSummaryTable(results, issueLinks = new Map()) {
    const rows = results.map((result) => {
        const analysis = result.analysis;
        const link = issueLinks.get(result.path);
        return [
            code(result.path),
            statusCell(result),
            analysis ? countByAction(analysis.drift) || "-" : "-",
            analysis ? countByAction(analysis.changes) || "-" : "-",
            analysis ? String(analysis.outputs.length) : "-",
            link ? `[issue](${link})` : "-",
        ].map(_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq);
    });
    const header = "| workspace | status | changed outside Terraform | code and state differ | outputs | issue |";
    return [header, "| --- | --- | --- | --- | --- | --- |", ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
}


/***/ }),

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ collectSecrets),
/* harmony export */   r: () => (/* binding */ SecretSet)
/* harmony export */ });
/**
 * Every value the plan marks sensitive, as text. Terraform hides a sensitive value where it
 * is used but not always where it flows (terraform_data's `output` copies a sensitive `input`
 * unmarked), so anything that contains one of these is treated as sensitive too.
 */
class SecretSet {
    values = new Set();
    add(value) {
        if (value === null || value === undefined)
            return;
        if (typeof value === "object") {
            for (const item of Object.values(value))
                this.add(item);
            return;
        }
        const text = String(value);
        if (text !== "")
            this.values.add(text);
    }
    /** Adds the parts of `value` that the shadow `mask` marks `true` (Terraform's *_sensitive shape). */
    addMarked(value, mask) {
        if (mask === true) {
            this.add(value);
            return;
        }
        if (mask === null ||
            mask === undefined ||
            typeof mask !== "object" ||
            value === null ||
            typeof value !== "object") {
            return;
        }
        if (Array.isArray(mask)) {
            if (!Array.isArray(value))
                return;
            mask.forEach((m, i) => {
                this.addMarked(value[i], m);
            });
            return;
        }
        if (Array.isArray(value))
            return;
        for (const [key, m] of Object.entries(mask))
            this.addMarked(value[key], m);
    }
    /** True when the text holds a sensitive value anywhere in it. */
    leaks(text) {
        for (const secret of this.values)
            if (text.includes(secret))
                return true;
        return false;
    }
    /**
     * True when a decoded value (a leaf, or any key or leaf below it) equals or contains a
     * sensitive value. Compared decoded, not JSON-printed: a secret holding `"`, `\` or a line
     * break (a PEM key) is escaped in JSON text and would not be found there.
     */
    leaksValue(value) {
        if (value === null || value === undefined)
            return false;
        if (typeof value === "object") {
            for (const [key, item] of Object.entries(value)) {
                if ((!Array.isArray(value) && this.leaks(key)) || this.leaksValue(item))
                    return true;
            }
            return false;
        }
        return this.leaks(String(value));
    }
    /**
     * Replaces every sensitive value in `text` with ***: the last line of defence for rendered
     * text (values themselves are checked with `leaks`, which also catches the short ones).
     */
    scrub(text) {
        let result = text;
        // maskable() holds the JSON-escaped forms and the lines of multi-line values too.
        for (const secret of this.maskable()) {
            if (result.includes(secret))
                result = result.split(secret).join("***");
        }
        return result;
    }
    /**
     * The values worth masking in whole texts and logs, longest first (so a secret that contains
     * another is replaced whole). Very short values and JSON words (a sensitive `true` or `0`)
     * would blank out unrelated text; they are still caught by `leaks` wherever a value is shown.
     */
    maskable() {
        const forms = new Set();
        for (const value of this.values) {
            forms.add(value);
            // As JSON prints it (rendered values are JSON text), and line by line: the runner masks
            // a multi-line secret (a PEM key) only where the whole of it appears.
            forms.add(JSON.stringify(value).slice(1, -1));
            if (/[\r\n]/.test(value))
                for (const line of value.split(/\r\n|\r|\n/))
                    forms.add(line.trim());
        }
        return [...forms]
            .filter((value) => value.length >= 4 && !["true", "false", "null"].includes(value))
            .sort((a, b) => b.length - a.length);
    }
    get size() {
        return this.values.size;
    }
}
function addModule(secrets, module) {
    if (!module)
        return;
    for (const resource of module.resources ?? [])
        secrets.addMarked(resource.values, resource.sensitive_values);
    for (const child of module.child_modules ?? [])
        addModule(secrets, child);
}
/** Collects the sensitive values of a plan: variables, outputs, resource attributes, drift. */
function collectSecrets(plan) {
    const secrets = new SecretSet();
    const declared = plan.configuration?.root_module?.variables ?? {};
    for (const [name, variable] of Object.entries(plan.variables ?? {})) {
        if (declared[name]?.sensitive)
            secrets.add(variable.value);
    }
    for (const values of [plan.planned_values, plan.prior_state?.values]) {
        for (const output of Object.values(values?.outputs ?? {})) {
            if (output.sensitive)
                secrets.add(output.value);
        }
        addModule(secrets, values?.root_module);
    }
    for (const list of [plan.resource_changes, plan.resource_drift]) {
        for (const resource of list ?? []) {
            secrets.addMarked(resource.change.before, resource.change.before_sensitive);
            secrets.addMarked(resource.change.after, resource.change.after_sensitive);
        }
    }
    for (const change of Object.values(plan.output_changes ?? {})) {
        secrets.addMarked(change.before, change.before_sensitive);
        secrets.addMarked(change.after, change.after_sensitive);
    }
    return secrets;
}


/***/ }),

/***/ 745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ REPORT_OUTPUT_LIMIT),
/* harmony export */   Hd: () => (/* binding */ failedWorkspace),
/* harmony export */   I9: () => (/* binding */ driftFingerprint),
/* harmony export */   hP: () => (/* binding */ analysedWorkspace),
/* harmony export */   l4: () => (/* binding */ reportJson),
/* harmony export */   ms: () => (/* binding */ driftItems),
/* harmony export */   ot: () => (/* binding */ reportWorkspace)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function entryKey(section, entry) {
    return [section, entry.address, entry.action, entry.previousAddress ?? "", entry.attributes, entry.values ?? []];
}
/**
 * A digest of exactly what the report shows (addresses, actions, attribute names, and the
 * masked values when they are shown), so "the same drift" means "the same report" and a
 * sensitive value never feeds the digest.
 */
function driftFingerprint(analysis) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    for (const entry of analysis.drift)
        hash.update(`${JSON.stringify(entryKey("drift", entry))}\n`);
    for (const entry of analysis.changes)
        hash.update(`${JSON.stringify(entryKey("change", entry))}\n`);
    for (const output of analysis.outputs) {
        hash.update(`${JSON.stringify(["output", output.name, output.action, output.values ?? {}])}\n`);
    }
    return hash.digest("hex").slice(0, 32);
}
function errorFingerprint(errorLines) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(errorLines.join("\n")).digest("hex").slice(0, 32);
}
function analysedWorkspace(path, analysis) {
    return {
        path,
        status: analysis.drifted ? "drifted" : "clean",
        analysis,
        fingerprint: driftFingerprint(analysis),
    };
}
function failedWorkspace(path, errorLines) {
    return { path, status: "failed", errorLines, fingerprint: errorFingerprint(errorLines) };
}
function reportResource(kind, entry) {
    const resource = { address: entry.address, action: entry.action, kind };
    if (entry.previousAddress)
        resource.previousAddress = entry.previousAddress;
    if (entry.attributes.length > 0)
        resource.attributes = entry.attributes;
    return resource;
}
/** The machine-readable report: names and actions only, never a value. */
function reportWorkspace(result) {
    const analysis = result.analysis;
    const report = {
        path: result.path,
        status: result.status,
        fingerprint: result.fingerprint,
        resources: analysis
            ? [
                ...analysis.drift.map((entry) => reportResource("outside", entry)),
                ...analysis.changes.map((entry) => reportResource("code", entry)),
            ]
            : [],
        outputs: analysis ? analysis.outputs.map((output) => ({ name: output.name, action: output.action })) : [],
    };
    if (result.errorLines)
        report.errorLines = result.errorLines.length;
    return report;
}
/**
 * Short lines naming each drifted item ("update terraform_data.a"), for comparing two reports
 * and telling in a comment what changed.
 */
function driftItems(result) {
    const analysis = result.analysis;
    if (!analysis)
        return [];
    return [
        ...analysis.drift.map((e) => `${e.action} ${e.address} (changed outside Terraform)`),
        ...analysis.changes.map((e) => `${e.action} ${e.address}${e.previousAddress ? ` (from ${e.previousAddress})` : ""}`),
        ...analysis.outputs.map((o) => `${o.action} output.${o.name}`),
    ];
}
/** GitHub keeps a step output up to 1 MB; the report leaves room for the other outputs. */
const REPORT_OUTPUT_LIMIT = 900_000;
/**
 * The report as JSON within `limit` characters. When every resource does not fit (tens of
 * thousands of changes), each workspace keeps its first resources and says how many it left
 * out in `resourcesOmitted`; statuses, fingerprints and outputs always stay.
 */
function reportJson(reports, limit = REPORT_OUTPUT_LIMIT) {
    const full = JSON.stringify({ workspaces: reports });
    if (full.length <= limit)
        return full;
    let keep = Math.max(...reports.map((r) => r.resources.length));
    for (;;) {
        keep = Math.floor(keep / 2);
        const trimmed = reports.map((r) => r.resources.length > keep
            ? { ...r, resources: r.resources.slice(0, keep), resourcesOmitted: r.resources.length - keep }
            : r);
        const text = JSON.stringify({ workspaces: trimmed, truncated: true });
        if (text.length <= limit || keep === 0)
            return text;
    }
}


/***/ })

};
