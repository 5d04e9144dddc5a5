export const id = 791;
export const ids = [791];
export const modules = {

/***/ 115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ sharedBundle)
/* harmony export */ });
var __rewriteRelativeImportExtension = (undefined && undefined.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};
// Relative to the bundle file that imports it at run time (see index.ts); every copy of this
// module in an action's chunks is bytes every job downloads, hence the short comment.
const SHARED_BUNDLE = "../../_shared/dist/index.js";
function sharedBundle() {
    return import(__rewriteRelativeImportExtension(/* webpackIgnore: true */ SHARED_BUNDLE, true));
}


/***/ }),

/***/ 847:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createTwoFilesPatch)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(115);
// Stand-in for diff in the bundles: the copy in actions/_shared (see ../index.ts).

const { createTwoFilesPatch } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).diff();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 816:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(115);
// Stand-in for @octokit/plugin-retry in the bundles: the copy in actions/_shared (see ../index.ts).

const { retry } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRetry();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 919:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(115);
// Stand-in for @octokit/plugin-throttling in the bundles: the copy in actions/_shared (see ../index.ts).

const { throttling } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitThrottling();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 544:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(115);
// Stand-in for @octokit/request-error in the bundles: the copy in actions/_shared (see ../index.ts).

const { RequestError } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRequestError();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 910:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ Octokit)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(115);
// Stand-in for @octokit/rest in the bundles: the copy in actions/_shared (see ../index.ts).

const { Octokit } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRest();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 627:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   Vj: () => (/* binding */ isAlias),
/* harmony export */   hR: () => (/* binding */ parseAllDocuments),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq)
/* harmony export */ });
/* unused harmony exports isPair, LineCounter, parse */
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(115);
// Stand-in for yaml in the bundles: the copy in actions/_shared (see ../index.ts).

const { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parse, parseAllDocuments, parseDocument } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).yaml();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 172:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(826);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(852);
/* harmony import */ var _platform_github__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(796);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(555);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(698);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(646);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(367);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_gitops__WEBPACK_IMPORTED_MODULE_2__, _platform_gitops__WEBPACK_IMPORTED_MODULE_3__, _platform_github__WEBPACK_IMPORTED_MODULE_5__]);
([_platform_gitops__WEBPACK_IMPORTED_MODULE_2__, _platform_gitops__WEBPACK_IMPORTED_MODULE_3__, _platform_github__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** Edits the GitOps repository and lands the change as a commit or a pull request. */
async function run(inputs, deps) {
    const { logger, context } = deps;
    let transport;
    let branch = inputs.branch;
    if (inputs.commitVia === "git") {
        const workspace = await (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_1__/* .openGitWorkspace */ .q)({
            repository: inputs.repository,
            currentRepository: context.currentRepository,
            checkout: inputs.checkout,
            workspace: context.workspace,
            runnerTemp: context.runnerTemp,
            serverUrl: context.serverUrl,
            token: inputs.token,
            env: deps.env,
            logger,
        });
        transport = workspace.transport;
        branch ??= await workspace.defaultBranch();
    }
    else {
        transport = new _platform_gitops__WEBPACK_IMPORTED_MODULE_2__/* .ApiTransport */ .e({ client: deps.github(), repository: inputs.repository });
        const defaultBranch = await readRepository(deps.github(), inputs.repository);
        branch ??= defaultBranch;
    }
    const result = await (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_3__/* .landEdits */ .Z)({
        transport,
        repository: inputs.repository,
        branch,
        request: inputs.request,
        message: (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_4__/* .commitMessage */ .d)(inputs.request, { template: inputs.message, runUrl: context.runUrl }),
        mode: inputs.mode,
        dryRun: inputs.dryRun,
        logger,
        retry: deps.retry,
        pullRequest: {
            client: deps.github,
            title: inputs.prTitle,
            labels: inputs.prLabels,
            reviewers: inputs.prReviewers,
            autoMerge: inputs.autoMerge,
        },
    });
    return {
        ...result,
        outputs: {
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .t.Changed]: result.changed,
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .t.Commit]: result.commit,
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .t.PullRequest]: result.pullRequest,
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .t.Files]: JSON.stringify(result.files),
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .t.Diff]: result.diff,
        },
        summary: summarize(inputs, result, branch, context.serverUrl),
    };
}
/** The repository's default branch; a repository the token cannot see is the user's to fix. */
async function readRepository(client, repository) {
    const [owner = "", repo = ""] = repository.split("/");
    try {
        return (await client.rest.repos.get({ owner, repo })).data.default_branch;
    }
    catch (error) {
        const status = (0,_platform_github__WEBPACK_IMPORTED_MODULE_5__/* .httpStatus */ .n)(error);
        if (status === 401 || status === 403 || status === 404) {
            throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)("repository", repository, `cannot be read through the API (HTTP ${status})`, "check the name, and that the token can read it");
        }
        throw error;
    }
}
function summarize(inputs, result, branch, serverUrl) {
    const lines = [`### update-overlay: ${inputs.repository}@${branch}`, ""];
    if (inputs.dryRun)
        lines.push("_dry run: nothing written_", "");
    else if (!result.changed && !result.pullRequest)
        lines.push("_no change_", "");
    if (result.pullRequest)
        lines.push(`Pull request: ${result.pullRequest}`, "");
    else if (result.changed && !inputs.dryRun) {
        const url = `${serverUrl.replace(/\/+$/, "")}/${inputs.repository}/commit/${result.commit}`;
        lines.push(`Commit: [${result.commit.slice(0, 12)}](${url})`, "");
    }
    lines.push(result.diff ? (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_7__/* .codeBlock */ .DV)(result.diff.trimEnd(), "diff") : "No file changed.", "");
    return lines.join("\n");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock)
/* harmony export */ });
/* unused harmony exports escapeCell, table, inlineCode, formatBytes */
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

/***/ 796:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(816);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(919);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(544);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(910);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(826);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__, _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__, _octokit_rest__WEBPACK_IMPORTED_MODULE_3__]);
([_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__, _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__, _octokit_rest__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





const JSON_TYPE = /^application\/(?:scim\+)?json\s*(?:;|$)/i;
/**
 * A JSON response whose body could not be read or parsed becomes an error (status 502, so the
 * retry plugin tries it again). @octokit/request hands such a body back as a string with the
 * response's 200: a connection cut mid-body would otherwise pass as a success with no data.
 */
function refuseUnreadableJson(octokit) {
    octokit.hook.after("request", (response, options) => {
        if (response.status === 204 || options.method === "HEAD" || typeof response.data !== "string")
            return;
        // An empty body that says so is not a cut one.
        if (response.data === "" && String(response.headers["content-length"] ?? "") === "0")
            return;
        if (!JSON_TYPE.test(String(response.headers["content-type"] ?? "")))
            return;
        try {
            JSON.parse(response.data);
            return;
        }
        catch {
            throw new _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__/* .RequestError */ .G(`GitHub's JSON response to ${options.method} ${options.url} arrived incomplete`, 502, {
                request: options,
                response,
            });
        }
    });
}
/**
 * A GitHub that keeps failing (5xx, 408, network: @octokit/request gives those 500) is one
 * line for the user, not a stack trace filed as our bug.
 */
function reportServiceFailures(octokit) {
    octokit.hook.error("request", (error, request) => {
        const status = httpStatus(error);
        if (status !== undefined && (status >= 500 || status === 408)) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7(`GitHub kept failing: ${request.method} ${request.url} answered HTTP ${status} (${firstLine(error)}) after the retries; try again later, or check GitHub's status.`, { cause: error });
        }
        throw error;
    });
}
/**
 * Octokit with GitHub's maintained retry (5xx, network) and throttling (primary and
 * secondary rate limits, honouring Retry-After) plugins, instead of hand-written loops.
 * refuseUnreadableJson comes first so its error passes through the retry plugin;
 * reportServiceFailures last, so it sees only what is left once the retries are spent.
 */
const PlatformOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(refuseUnreadableJson, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__/* .throttling */ .A, reportServiceFailures);
function createGitHubClient(options) {
    const limit = options.rateLimitRetries ?? 3;
    const warn = (message) => options.log?.warning(message);
    const debug = (message) => options.log?.debug(message);
    return new PlatformOctokit({
        auth: options.token,
        baseUrl: options.baseUrl ?? "https://api.github.com",
        userAgent: options.userAgent ?? "org-platform-actions",
        log: {
            debug,
            info: debug,
            warn,
            // Octokit logs every failed request. A 404 is how "is there a label / a release for this
            // tag?" answers no; the caller handles it or fails with its own line: not worth a warning.
            error: (message) => (/ - 404 with id /.test(message) ? debug : warn)(message),
        },
        throttle: {
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                warn(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
                return retryCount < limit;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                warn(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
                return retryCount < limit;
            },
        },
    });
}
function firstLine(error) {
    const line = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}
/** The HTTP status of a failed Octokit request; undefined for anything else (a network failure). */
function httpStatus(error) {
    return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number"
        ? error.status
        : undefined;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 698:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ApiTransport)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(826);
/* harmony import */ var _platform_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(796);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_github__WEBPACK_IMPORTED_MODULE_0__]);
_platform_github__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const CREATE_COMMIT = `
mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
/**
 * API mode: reads through the git data API and commits with GraphQL createCommitOnBranch,
 * which GitHub signs (Verified) and which refuses to move a branch whose head is no
 * longer `expectedHeadOid`: the same compare-and-swap a non-force push gives.
 */
class ApiTransport {
    client;
    owner;
    repo;
    constructor(options) {
        this.client = options.client;
        const [owner = "", repo = ""] = options.repository.split("/");
        this.owner = owner;
        this.repo = repo;
    }
    async head(branch) {
        try {
            const { data } = await this.client.rest.git.getRef({
                owner: this.owner,
                repo: this.repo,
                ref: `heads/${branch}`,
            });
            return data.object.sha;
        }
        catch (error) {
            if ((0,_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 404)
                return undefined;
            throw error;
        }
    }
    async snapshot(commit) {
        const { owner, repo, client } = this;
        const { data: commitData } = await client.rest.git.getCommit({ owner, repo, commit_sha: commit });
        const { data: tree } = await client.rest.git.getTree({
            owner,
            repo,
            tree_sha: commitData.tree.sha,
            recursive: "1",
        });
        if (tree.truncated) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg("commitVia", (nameOf) => `"api" cannot read the tree of ${commit}, which is too large for the API; use ${nameOf("commitVia")}: git.`);
        }
        const entries = new Map();
        for (const item of tree.tree) {
            if (item.path &&
                item.mode &&
                item.sha &&
                (item.type === "blob" || item.type === "tree" || item.type === "commit")) {
                entries.set(item.path, { mode: item.mode, type: item.type, oid: item.sha });
            }
        }
        return {
            commit,
            entries,
            readBlob: async (oid) => {
                const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: oid });
                return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
            },
        };
    }
    async commit(request) {
        const { owner, repo, client } = this;
        if (request.create) {
            try {
                await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${request.branch}`, sha: request.parent });
            }
            catch (error) {
                if ((0,_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 422)
                    return { status: "stale", detail: `${request.branch} was created meanwhile`, moved: true };
                throw error;
            }
        }
        const [headline = "", ...rest] = request.message.split("\n");
        const input = {
            branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName: request.branch },
            expectedHeadOid: request.parent,
            message: { headline, body: rest.join("\n").trim() },
            fileChanges: {
                additions: request.changes.map((change) => ({
                    path: change.path,
                    contents: Buffer.from(change.after, "utf8").toString("base64"),
                })),
            },
        };
        try {
            const result = await client.graphql(CREATE_COMMIT, {
                input,
            });
            return { status: "committed", commit: result.createCommitOnBranch.commit.oid };
        }
        catch (error) {
            const message = (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
            if (/expected|head.*oid|does not match|stale|moved/i.test(message))
                return { status: "stale", detail: message, moved: true };
            throw refusal(error, `${owner}/${repo}`, request.branch) ?? error;
        }
    }
}
/** GraphQL error types that mean "no" to this token or this branch, not a bug of ours. */
const REFUSALS = new Set(["FORBIDDEN", "NOT_FOUND", "UNPROCESSABLE"]);
/**
 * createCommitOnBranch refused for a reason the user can fix: a token without contents: write
 * (FORBIDDEN), a branch or repository it cannot see (NOT_FOUND), a rule such as branch
 * protection (UNPROCESSABLE). One line naming the repository; anything else stays a bug.
 */
function refusal(error, repository, branch) {
    const errors = error.errors;
    if (!Array.isArray(errors))
        return undefined;
    const refused = errors.find((e) => typeof e === "object" && e !== null && "type" in e && typeof e.type === "string" && REFUSALS.has(e.type));
    if (!refused)
        return undefined;
    return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg("repository", (nameOf) => `${JSON.stringify(repository)} refused the commit to ${branch} (${refused.type}: ${refused.message ?? ""}); give the token contents: write there and check the branch's rules, or use ${nameOf("commitVia")}: git.`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 463:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(847);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([diff__WEBPACK_IMPORTED_MODULE_0__]);
diff__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/** A `git diff`-style unified diff of the changes, for the log, the summary and the `diff` output. */
function unifiedDiff(changes) {
    return changes
        .map((change) => (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .s)(`a/${change.path}`, `b/${change.path}`, change.before, change.after, "", "", { context: 3 }))
        .map((patch) => patch.replace(/^=+\n/, ""))
        .join("");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 109:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ KUSTOMIZATION_FILES),
/* harmony export */   sp: () => (/* binding */ applyImageEdit),
/* harmony export */   zz: () => (/* binding */ applyReplicaEdit)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(627);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(192);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__]);
([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** Kustomize's own lookup order for a directory's kustomization file. */
const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function root(file) {
    const doc = file.documents[0];
    if (!doc || file.documents.length !== 1 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${file.file} is not a kustomization (one YAML mapping)`);
    }
    return { doc, map: doc.contents };
}
function stringNode(value, file, where) {
    const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(value, { inFlow: false, type: "string", where: `${file.file}:${where}` });
    return { kind: "scalar", text: rendered.text, js: rendered.js };
}
/** The list under `key` (fresh from the latest parse), or undefined when the key is absent. */
function list(file, key) {
    const { map } = root(file);
    const value = map.get(key, true);
    if (value === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null))
        return undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value))
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${file.file}: "${key}" is not a list`);
    return value;
}
function entryIndexes(seq, name) {
    const indexes = [];
    seq.items.forEach((item, index) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
            return;
        const value = item.get("name", true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && String(value.value) === name)
            indexes.push(index);
    });
    return indexes;
}
function entry(file, key, index) {
    const item = list(file, key)?.items[index];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
        throw new Error(`kustomization entry ${key}[${index}] vanished while editing`);
    return item;
}
/** Sets (or removes, with null) one string field of a list entry, in place. */
function setField(file, key, index, field, value, inFlow) {
    const { doc } = root(file);
    const map = entry(file, key, index);
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === field);
    const where = `${file.file}:${key}[name=${String(map.get("name"))}].${field}`;
    if (value === null) {
        if (pair)
            file.deletePair(doc, map, pair);
        return;
    }
    if (!pair) {
        file.insertPair(doc, map, field, stringNode(value, file, where));
        return;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value))
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} is not a single value`);
    if ((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlockScalar */ .a5)(pair.value)) {
        file.setBlockScalar(doc, pair.value, value);
        return;
    }
    const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(value, {
        existing: pair.value,
        inFlow: inFlow || Boolean(map.flow),
        type: "string",
        where,
    });
    file.setScalar(doc, pair.value, rendered.text, rendered.js);
}
/** The fields of a kustomize `images:` entry besides `name` (api/types/image.go). */
const IMAGE_FIELDS = ["newName", "newTag", "digest", "tagSuffix"];
/**
 * `kustomize edit set image` on the file, with kustomize 5's semantics
 * (kustomize/commands/edit/set/setimage.go, RunSetImage): the argument REPLACES the entry of
 * the same name, so every field the line does not give (newName, newTag, digest, tagSuffix)
 * is removed, and a field given as `*` keeps the entry's current value (or stays absent).
 * `web:1.2` on `{name: web, newName: r/web, digest: ...}` leaves `{name: web, newTag: "1.2"}`;
 * write `web=*:1.2` to keep newName. Unlike kustomize, which rewrites the whole file sorted by
 * name, the entry is edited in place; a missing entry is appended.
 */
function applyImageEdit(file, edit) {
    const given = [];
    if (edit.newName !== undefined)
        given.push(["newName", edit.newName]);
    if (edit.newTag !== undefined)
        given.push(["newTag", edit.newTag]);
    if (edit.digest !== undefined)
        given.push(["digest", edit.digest]);
    const images = list(file, "images");
    const newEntry = () => ({
        kind: "map",
        entries: [
            ["name", stringNode(edit.name, file, "images.name")],
            ...given
                .filter(([, v]) => v !== _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESERVE */ .bx)
                .map(([k, v]) => [k, stringNode(v, file, `images.${k}`)]),
        ],
    });
    if (!images) {
        addList(file, "images", newEntry());
        return;
    }
    const indexes = entryIndexes(images, edit.name);
    if (indexes.length === 0) {
        file.appendItem(root(file).doc, images, newEntry());
        return;
    }
    const inFlow = Boolean(images.flow);
    for (const index of indexes) {
        for (const field of IMAGE_FIELDS) {
            const value = given.find(([k]) => k === field)?.[1];
            if (value === _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESERVE */ .bx)
                continue;
            setField(file, "images", index, field, value ?? null, inFlow);
        }
    }
}
/** Sets `replicas[name].count`, appending the entry when there is none. */
function applyReplicaEdit(file, edit) {
    const count = { kind: "scalar", text: String(edit.count), js: edit.count };
    const replicas = list(file, "replicas");
    const newEntry = {
        kind: "map",
        entries: [
            ["name", stringNode(edit.name, file, "replicas.name")],
            ["count", count],
        ],
    };
    if (!replicas) {
        addList(file, "replicas", newEntry);
        return;
    }
    const indexes = entryIndexes(replicas, edit.name);
    if (indexes.length === 0) {
        file.appendItem(root(file).doc, replicas, newEntry);
        return;
    }
    for (const index of indexes) {
        const { doc } = root(file);
        const map = entry(file, "replicas", index);
        const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === "count");
        if (!pair) {
            file.insertPair(doc, map, "count", count);
            continue;
        }
        const where = `${file.file}:replicas[name=${edit.name}].count`;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value))
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} is not a single value`);
        const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(String(edit.count), {
            existing: pair.value,
            inFlow: Boolean(map.flow),
            type: "infer",
            where,
        });
        file.setScalar(doc, pair.value, rendered.text, rendered.js);
    }
}
/** A list with its first entry: fills `key:` when it is there with no value, else adds the key. */
function addList(file, key, first) {
    const { doc, map } = root(file);
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key);
    if (pair)
        file.fillEmpty(doc, pair, { kind: "seq", items: [first] });
    else
        file.insertPair(doc, map, key, { kind: "seq", items: [first] });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 265:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ landEdits)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(852);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(646);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(719);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(892);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_plan_js__WEBPACK_IMPORTED_MODULE_0__, _diff_js__WEBPACK_IMPORTED_MODULE_1__, _pull_request_js__WEBPACK_IMPORTED_MODULE_4__]);
([_plan_js__WEBPACK_IMPORTED_MODULE_0__, _diff_js__WEBPACK_IMPORTED_MODULE_1__, _pull_request_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






/**
 * Lands the request: in push mode one pass (edits computed on the head they are committed
 * onto, re-applied on a lost race); in pull-request mode the base decides whether there is
 * anything to do, then the deterministic branch gets the commit and its one pull request
 * is opened or updated. Dry-run computes the diff against the branch and writes nothing.
 */
async function landEdits(options) {
    const { logger, branch } = options;
    const common = {
        transport: options.transport,
        edit: (snapshot) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .applyEdits */ .c)(options.request, snapshot),
        message: options.message,
        logger,
        retry: options.retry,
    };
    const describe = (outcome, target) => {
        const diff = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .unifiedDiff */ .W)(outcome.changes);
        if (diff)
            logger.info(`Changes on ${options.repository}@${branch}:\n${diff}`);
        else
            logger.info(`${options.repository}@${branch} already has these values: nothing to commit`);
        return {
            changed: outcome.changed,
            commit: outcome.commit,
            pullRequest: "",
            branch: target,
            changes: outcome.changes,
            files: outcome.changes.map((change) => change.path),
            diff,
        };
    };
    const knownHead = options.knownHead !== undefined ? { knownHead: options.knownHead } : {};
    const writeAfter = options.writeAfter !== undefined ? { writeAfter: options.writeAfter } : {};
    if (options.mode === "push" && !options.dryRun) {
        const outcome = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .commitWithRetry */ .C)({ ...common, branch, ...knownHead, ...writeAfter });
        if (outcome.changed)
            logger.info(`Committed ${outcome.commit} after ${outcome.attempts} attempt(s)`);
        return describe(outcome, branch);
    }
    const base = describe(await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .commitWithRetry */ .C)({ ...common, branch, dryRun: true, ...knownHead }), branch);
    if (!base.changed || options.dryRun)
        return base;
    const pr = options.pullRequest;
    if (!pr)
        throw new Error("pull-request mode needs the pullRequest options");
    const head = (0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestBranch */ .V)({ repository: options.repository, branch }, options.request);
    const outcome = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .commitWithRetry */ .C)({ ...common, branch: head, createFrom: branch, ...writeAfter });
    if (outcome.changed)
        logger.info(`Committed ${outcome.commit} to ${head} after ${outcome.attempts} attempt(s)`);
    else
        logger.info(`${head} already has these values`);
    const [subject = "", ...body] = options.message.split("\n");
    // The branch may have held these values already (no push above): the pull request is a write too.
    await options.writeAfter;
    const pull = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_4__/* .openOrUpdatePullRequest */ .x)({
        client: pr.client(),
        repository: options.repository,
        head,
        base: branch,
        title: pr.title || subject,
        body: `${body.join("\n").trim()}\n\n${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .codeBlock */ .DV)(base.diff, "diff")}\n`,
        labels: pr.labels,
        reviewers: pr.reviewers,
        autoMerge: pr.autoMerge,
        logger,
    });
    return { ...base, changed: outcome.changed, commit: outcome.commit, pullRequest: pull.url, branch: head };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ pullRequestBranch),
/* harmony export */   d: () => (/* binding */ commitMessage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32);


/**
 * `newName:newTag@digest` as kustomize 5 renders the entry (the name stays when no newName).
 * A line that keeps a part with `*` is shown as written: the part is not known before the edit.
 */
function imageReference(edit) {
    if (keepsAPart(edit)) {
        const newName = edit.newName === undefined ? "" : `=${edit.newName}`;
        return `${edit.name}${newName}${edit.newTag === undefined ? "" : `:${edit.newTag}`}${edit.digest === undefined ? "" : `@${edit.digest}`}`;
    }
    let reference = edit.newName ?? edit.name;
    if (edit.newTag)
        reference += `:${edit.newTag}`;
    if (edit.digest)
        reference += `@${edit.digest}`;
    return reference;
}
function keepsAPart(edit) {
    return [edit.newName, edit.newTag, edit.digest].includes(_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .PRESERVE */ .bx);
}
/** What changed, in a few words: the commit subject's and pull request title's default. */
function describeEdits(request) {
    const parts = [
        ...request.images.map(({ edit }) => imageReference(edit)),
        ...request.replicas.map(({ edit }) => `${edit.name}=${edit.count} replicas`),
        ...request.sets.map((edit) => `${edit.file}:${(0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(edit.path)}=${edit.value}`),
    ];
    const shown = parts.slice(0, 3).join(", ");
    return parts.length > 3 ? `${shown} and ${parts.length - 3} more` : shown;
}
function defaultSubject(request) {
    const where = request.overlay ? ` in ${request.overlay}` : "";
    return `chore(deploy): update ${describeEdits(request)}${where}`;
}
/**
 * The commit message: the template (placeholders {images}, {overlay}, {changes}) or the
 * default subject, then git trailers naming each image and the workflow run.
 */
function commitMessage(request, options) {
    const images = request.images.map(({ edit }) => imageReference(edit)).join(", ");
    const body = options.template
        ? options.template
            .replaceAll("{images}", images)
            .replaceAll("{overlay}", request.overlay ?? "")
            .replaceAll("{changes}", describeEdits(request))
        : defaultSubject(request);
    // An Image trailer names what will run; a line keeping a part with * cannot say that.
    const trailers = request.images
        .filter(({ edit }) => !keepsAPart(edit))
        .map(({ edit }) => edit.digest ? `Image: ${edit.newName ?? edit.name}@${edit.digest}` : `Image: ${imageReference(edit)}`);
    if (options.runUrl)
        trailers.push(`Run: ${options.runUrl}`);
    return trailers.length > 0 ? `${body.trimEnd()}\n\n${trailers.join("\n")}\n` : `${body.trimEnd()}\n`;
}
/**
 * The pull request branch: named from the target and WHAT is edited (files, keys, image
 * names) but not the new values, so a newer version lands on the same branch and pull request.
 */
function pullRequestBranch(target, request) {
    const identity = JSON.stringify({
        repository: target.repository.toLowerCase(),
        branch: target.branch,
        overlay: request.overlay ?? "",
        images: request.images.map(({ edit }) => edit.name).sort(),
        replicas: request.replicas.map(({ edit }) => edit.name).sort(),
        sets: request.sets
            .map((edit) => `${edit.file}:${JSON.stringify(edit.selector ?? {})}${(0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(edit.path)}`)
            .sort(),
    });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(identity).digest("hex").slice(0, 10);
    const slug = (request.overlay ?? request.sets[0]?.file ?? "values")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 40);
    return `update-overlay/${target.branch.replace(/[^A-Za-z0-9._-]+/g, "-")}/${slug || "repo"}-${hash}`;
}


/***/ }),

/***/ 719:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony export memorySnapshot */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(105);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(109);
/* harmony import */ var _set_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(900);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(896);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(192);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_kustomize_js__WEBPACK_IMPORTED_MODULE_2__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__, _set_path_js__WEBPACK_IMPORTED_MODULE_4__]);
([_kustomize_js__WEBPACK_IMPORTED_MODULE_2__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__, _set_path_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





async function resolvePath(snapshot, field, value, raw) {
    try {
        return await (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(snapshot, raw);
    }
    catch (error) {
        if (error instanceof _tree_js__WEBPACK_IMPORTED_MODULE_0__/* .PathEscapeError */ .ZU) {
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)(field, value, error.message, "use a path inside the repository");
        }
        throw error;
    }
}
async function kustomizationPath(snapshot, overlay) {
    const resolved = await resolvePath(snapshot, "overlay", overlay, overlay);
    if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isFile */ .fo)(snapshot, resolved))
        return resolved;
    if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isDirectory */ .wd)(snapshot, resolved)) {
        for (const name of _kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .KUSTOMIZATION_FILES */ .Ct) {
            const candidate = await resolvePath(snapshot, "overlay", overlay, resolved ? `${resolved}/${name}` : name);
            if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isFile */ .fo)(snapshot, candidate))
                return candidate;
        }
        throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)("overlay", overlay, "holds no kustomization.yaml", "point it at a Kustomize overlay directory");
    }
    throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)("overlay", overlay, `does not exist at ${snapshot.commit.slice(0, 12)}`, "check the path");
}
/**
 * Applies the request to one commit and returns the files whose bytes change. Pure over the
 * snapshot, so the same request can be re-applied to a newer head after a lost race.
 */
async function applyEdits(request, snapshot) {
    const files = new Map();
    const attempt = (field, line, edit) => {
        try {
            edit();
        }
        catch (error) {
            if (error instanceof _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlEditError */ .a6)
                throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)(field, line, (nameOf) => `cannot be applied: ${error.describe(nameOf)}`, "fix the line or the file");
            throw error;
        }
    };
    const open = async (file, field, line) => {
        const existing = files.get(file);
        if (existing)
            return existing;
        const entry = snapshot.entries.get(file);
        if (!entry || !(0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isFile */ .fo)(snapshot, file)) {
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)(field, line, `names ${file}, which is not a file at ${snapshot.commit.slice(0, 12)}`, "check the path");
        }
        const source = await snapshot.readBlob(entry.oid);
        let text;
        attempt(field, line, () => {
            text = new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlText */ .ZM(file, source);
        });
        if (!text)
            throw new Error(`${file} was not read`);
        files.set(file, text);
        return text;
    };
    if (request.images.length > 0 || request.replicas.length > 0) {
        if (!request.overlay) {
            const first = request.images[0]?.line ?? request.replicas[0]?.line ?? "";
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)("overlay", "", (nameOf) => `is required for ${nameOf("images")} and ${nameOf("replicas")} (${first})`, (nameOf) => `set ${nameOf("overlay")} to the Kustomize overlay directory`);
        }
        const kustomization = await kustomizationPath(snapshot, request.overlay);
        for (const { edit, line } of request.images) {
            const file = await open(kustomization, "images", line);
            attempt("images", line, () => (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .applyImageEdit */ .sp)(file, edit));
        }
        for (const { edit, line } of request.replicas) {
            const file = await open(kustomization, "replicas", line);
            attempt("replicas", line, () => (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .applyReplicaEdit */ .zz)(file, edit));
        }
    }
    for (const edit of request.sets) {
        const resolved = await resolvePath(snapshot, "set", edit.line, edit.file);
        const file = await open(resolved, "set", edit.line);
        attempt("set", edit.line, () => (0,_set_path_js__WEBPACK_IMPORTED_MODULE_4__/* .applySet */ .r)(file, edit, request.allowCreate));
    }
    const changes = [];
    for (const [file, text] of files) {
        if (!text.changed)
            continue;
        changes.push({
            path: file,
            mode: snapshot.entries.get(file)?.mode ?? "100644",
            before: text.original,
            after: text.text,
        });
    }
    return changes.sort((a, b) => a.path.localeCompare(b.path));
}
/** Same edits over in-memory files (tests, benchmarks, and callers holding a working tree). */
function memorySnapshot(files, commit = "0".repeat(40)) {
    const entries = new Map();
    for (const file of Object.keys(files)) {
        const parts = file.split("/");
        for (let i = 1; i < parts.length; i++)
            entries.set(parts.slice(0, i).join("/"), { mode: "040000", type: "tree", oid: "" });
        entries.set(file, { mode: "100644", type: "blob", oid: file });
    }
    return {
        commit,
        entries,
        readBlob: async (oid) => files[oid] ?? "",
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ openOrUpdatePullRequest)
/* harmony export */ });
/* harmony import */ var _platform_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(796);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_github__WEBPACK_IMPORTED_MODULE_0__]);
_platform_github__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

const ENABLE_AUTO_MERGE = `
mutation ($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`;
/** Opens the pull request for `head`, or updates the open one: never a second one. */
async function openOrUpdatePullRequest(options) {
    const { client, logger } = options;
    const [owner = "", repo = ""] = options.repository.split("/");
    const find = async () => {
        const { data: open } = await client.rest.pulls.list({
            owner,
            repo,
            state: "open",
            head: `${owner}:${options.head}`,
            base: options.base,
        });
        return open.find((candidate) => candidate.head.ref === options.head);
    };
    const update = async (number) => {
        await client.rest.pulls.update({ owner, repo, pull_number: number, title: options.title, body: options.body });
        logger.info(`Updated pull request #${number}`);
    };
    let pull = await find();
    let created = false;
    if (pull) {
        await update(pull.number);
    }
    else {
        try {
            const { data } = await client.rest.pulls.create({
                owner,
                repo,
                head: options.head,
                base: options.base,
                title: options.title,
                body: options.body,
            });
            pull = data;
            created = true;
            logger.info(`Opened pull request #${data.number}`);
        }
        catch (error) {
            // A concurrent run opened it between our list and create: GitHub refuses a second one.
            pull = (0,_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 422 ? await find() : undefined;
            if (!pull)
                throw error;
            await update(pull.number);
        }
    }
    const number = pull.number;
    if (options.labels.length > 0)
        await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: options.labels });
    const users = options.reviewers.filter((reviewer) => !reviewer.includes("/"));
    const teams = options.reviewers
        .filter((reviewer) => reviewer.includes("/"))
        .map((team) => team.split("/")[1] ?? team);
    // Reviewers and auto-merge are wishes, not the change itself: a refusal (the author cannot
    // review, auto-merge is off for the repository) is a warning, and the pull request stands.
    if (users.length > 0 || teams.length > 0) {
        await client.rest.pulls
            .requestReviewers({ owner, repo, pull_number: number, reviewers: users, team_reviewers: teams })
            .catch((error) => logger.warning(`Could not request reviewers on #${number}: ${messageOf(error)}`));
    }
    if (options.autoMerge) {
        await client
            .graphql(ENABLE_AUTO_MERGE, { id: pull.node_id, mergeMethod: options.autoMerge.toUpperCase() })
            .catch((error) => logger.warning(`Could not enable auto-merge on #${number}: ${messageOf(error)}`));
    }
    return { number, url: pull.html_url, created };
}
function messageOf(error) {
    return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ commitWithRetry)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(826);

const defaultRetryPolicy = {
    attempts: 12,
    baseDelayMs: 200,
    maxDelayMs: 3000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
};
/**
 * Computes the edits on the branch's latest head and commits them; when another writer
 * moved the branch in between, it starts over from the new head (fresh edits, no rebase,
 * no force) after a jittered, growing pause, a bounded number of times.
 */
async function commitWithRetry(options) {
    const policy = { ...defaultRetryPolicy, ...options.retry };
    // Awaited (and its rejection thrown) only where a commit is due; not "unhandled" before.
    options.writeAfter?.catch(() => { });
    const { transport, branch } = options;
    for (let attempt = 1;; attempt++) {
        let parent = attempt === 1 && options.knownHead !== undefined ? options.knownHead : await transport.head(branch);
        const create = parent === undefined;
        if (parent === undefined && options.createFrom !== undefined)
            parent = await transport.head(options.createFrom);
        if (parent === undefined) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg("branch", `${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .shownValue */ .JJ)(options.createFrom ?? branch)} does not exist in the repository; name an existing branch.`);
        }
        const snapshot = await transport.snapshot(parent);
        let changes;
        try {
            changes = await options.edit(snapshot);
        }
        finally {
            snapshot.close?.();
        }
        if (changes.length === 0 || options.dryRun) {
            return { changed: changes.length > 0, commit: parent, parent, changes, attempts: attempt };
        }
        const request = { branch, parent, create, changes, message: options.message };
        // With writeAfter the commit is built meanwhile where that writes nothing the remote sees;
        // the push (or, for the API, the whole commit) waits, and never happens when it rejects.
        const prepared = options.writeAfter && transport.prepare ? await transport.prepare(request) : undefined;
        await options.writeAfter;
        const result = prepared ? await prepared.push() : await transport.commit(request);
        if (result.status === "committed") {
            return { changed: true, commit: result.commit, parent, changes, attempts: attempt };
        }
        // Refused although nobody moved the branch: not a lost race but a rule (protection, a
        // read-only token), and trying again would only be refused again.
        if (!result.moved && (await transport.head(branch)) === (create ? undefined : parent)) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg("branch", (nameOf) => `${JSON.stringify(branch)} refused the commit and did not move (${result.detail}); give the token contents: write, or use ${nameOf("mode")}: pull-request for a protected branch.`);
        }
        if (attempt >= policy.attempts) {
            throw new Error(`${branch} kept moving: gave up after ${attempt} attempts (last: ${result.detail})`);
        }
        const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
        const delay = Math.round(cap / 2 + (policy.random() * cap) / 2);
        options.logger.info(`${branch} moved while committing (${result.detail}); re-applying on the new head in ${delay} ms`);
        await policy.sleep(delay);
    }
}


/***/ }),

/***/ 900:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ applySet)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(627);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(192);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__]);
([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** Scalar value of a dotted path in a document, as text (for selectors). */
function textAt(doc, dotted) {
    const node = doc.getIn(dotted.split("."), true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
function selectDocument(file, edit) {
    const docs = file.documents;
    if (edit.selector) {
        const selector = edit.selector;
        const matches = docs.filter((doc) => Object.entries(selector).every(([key, value]) => textAt(doc, key) === value));
        const described = `{${Object.entries(selector)
            .map(([k, v]) => `${k}=${v}`)
            .join(",")}}`;
        if (matches.length !== 1) {
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${matches.length} documents of ${file.file} match ${described}; exactly one must`);
        }
        return matches[0];
    }
    if (docs.length === 1)
        return docs[0];
    const first = edit.path[0];
    const candidates = docs.filter((doc) => first?.kind === "key" && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) && doc.contents.has(first.key));
    if (candidates.length !== 1) {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${file.file} holds ${docs.length} documents; pick one with a {kind=...,metadata.name=...} selector`);
    }
    return candidates[0];
}
function deref(doc, node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node;
}
/** Kubernetes stores ConfigMap and Secret data as strings: `VERSION: 1.2` must not become a float. */
function valueTypeFor(doc, path) {
    const kind = textAt(doc, "kind");
    const first = path[0];
    if ((kind === "ConfigMap" || kind === "Secret") &&
        first?.kind === "key" &&
        ["data", "stringData"].includes(first.key)) {
        return "string";
    }
    return "infer";
}
/** Applies one `set` edit; `allowCreate` lets missing keys (only keys) be added. */
function applySet(file, edit, allowCreate) {
    const doc = selectDocument(file, edit);
    const type = edit.quoted ? "string" : valueTypeFor(doc, edit.path);
    let node = deref(doc, doc.contents);
    let parentFlow = false;
    for (let i = 0; i < edit.path.length; i++) {
        const segment = edit.path[i];
        const where = `${file.file}:${(0,_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(edit.path.slice(0, i + 1))}`;
        if (segment.kind === "key") {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where}: the parent is not a mapping`);
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === segment.key);
            if (!pair) {
                if (!allowCreate) {
                    throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6((nameOf) => `${where} does not exist (a typo? set ${nameOf("allowCreate")}: true to add it)`);
                }
                const inFlow = Boolean(node.flow);
                file.insertPair(doc, node, segment.key, created(edit.path.slice(i + 1), edit.value, type, inFlow, where));
                return;
            }
            parentFlow = Boolean(node.flow);
            node = deref(doc, pair.value);
            // `env:` with nothing after it: with allowCreate, the rest of the path fills it.
            const emptyValue = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && i + 1 < edit.path.length;
            if (emptyValue && allowCreate) {
                file.fillEmpty(doc, pair, created(edit.path.slice(i + 1), edit.value, type, false, where));
                return;
            }
        }
        else if (segment.kind === "index") {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where}: the parent is not a list`);
            if (segment.index >= node.items.length) {
                const appendable = segment.index === node.items.length;
                if (appendable && allowCreate) {
                    appendItem(file, doc, node, segment, edit.path.slice(i + 1), edit.value, type, where);
                    return;
                }
                const count = node.items.length;
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6((nameOf) => {
                    const hint = appendable ? `; set ${nameOf("allowCreate")}: true to append it` : "";
                    return `${where} does not exist (the list has ${count} items${hint})`;
                });
            }
            parentFlow = Boolean(node.flow);
            node = deref(doc, node.items[segment.index]);
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where}: the parent is not a list`);
            const matches = node.items.filter((item) => {
                const map = deref(doc, item);
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
                    return false;
                const value = map.get(segment.key, true);
                return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && String(value.value) === segment.value;
            });
            if (matches.length === 0 && allowCreate) {
                appendItem(file, doc, node, segment, edit.path.slice(i + 1), edit.value, type, where);
                return;
            }
            if (matches.length === 0)
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6((nameOf) => `${where} matches no list item (a typo? set ${nameOf("allowCreate")}: true to append it)`);
            if (matches.length !== 1)
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} matches ${matches.length} list items; exactly one must`);
            parentFlow = Boolean(node.flow);
            node = deref(doc, matches[0]);
        }
    }
    const where = `${file.file}:${(0,_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(edit.path)}`;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} is a ${describe(node)}, not a single value`);
    if ((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlockScalar */ .a5)(node)) {
        file.setBlockScalar(doc, node, edit.value);
        return;
    }
    const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(edit.value, { existing: node, inFlow: parentFlow, type, where });
    file.setScalar(doc, node, rendered.text, rendered.js);
}
/**
 * What allow-create writes for the part of the path that does not exist yet: maps for keys,
 * a one-item list for `[0]`, and for `[key=value]` a list item starting with `key: value`
 * (typed like a created value: `port=8080` is a number). `[n]` past 0 and a list item holding
 * a bare value (`list[key=value]=x`) cannot be created.
 */
function created(path, value, type, inFlow, where) {
    const [head, ...rest] = path;
    if (head === undefined) {
        const leaf = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(value, { inFlow, type, where });
        return { kind: "scalar", text: leaf.text, js: leaf.js };
    }
    const inner = created(rest, value, type, inFlow, where);
    if (head.kind === "key")
        return { kind: "map", entries: [[head.key, inner]] };
    if (head.kind === "index") {
        if (head.index !== 0)
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} does not exist, and a new list starts at [0]`);
        return { kind: "seq", items: [inner] };
    }
    if (inner.kind !== "map")
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} names a list item, not a value inside it`);
    const selected = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(head.value, { inFlow, type: "infer", where });
    const first = [head.key, { kind: "scalar", text: selected.text, js: selected.js }];
    return { kind: "seq", items: [{ kind: "map", entries: [first, ...inner.entries] }] };
}
/**
 * allow-create for lists: `list[key=value].a.b=v` appends `{key: value, a: {b: v}}`,
 * `list[n]=v` (n = the list's length) appends `v`, and `list[n].a=v` appends `{a: v}`.
 */
function appendItem(file, doc, seq, segment, rest, value, type, where) {
    const first = segment.kind === "index" ? { kind: "index", index: 0 } : segment;
    const list = created([first, ...rest], value, type, Boolean(seq.flow), where);
    const item = list.kind === "seq" ? list.items[0] : undefined;
    if (!item)
        throw new Error("a created list item is missing");
    file.appendItem(doc, seq, item);
}
function describe(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return "mapping";
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return "list";
    return node === null || node === undefined ? "missing value" : node.constructor.name;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ resolveInTree),
/* harmony export */   ZU: () => (/* binding */ PathEscapeError),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

class PathEscapeError extends Error {
    name = "PathEscapeError";
}
const MAX_LINKS = 40;
/**
 * Resolves a repository-relative path the way the checkout would, following symlinks
 * inside the tree, and refuses absolute paths, `..` above the root and links leading out.
 * Returns the canonical path ("" for the root).
 */
async function resolveInTree(snapshot, input, base = "") {
    if (input.includes("\0"))
        throw new PathEscapeError("contains a NUL byte");
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(input) || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.isAbsolute(input) || /^[A-Za-z]:/.test(input)) {
        throw new PathEscapeError("is an absolute path");
    }
    let pending = [...splitPath(base), ...splitPath(input)];
    const resolved = [];
    let links = 0;
    while (pending.length > 0) {
        const part = pending.shift() ?? "";
        if (part === "." || part === "")
            continue;
        if (part === "..") {
            if (resolved.length === 0)
                throw new PathEscapeError("leads outside the repository");
            resolved.pop();
            continue;
        }
        resolved.push(part);
        const entry = snapshot.entries.get(resolved.join("/"));
        if (entry?.mode === "120000") {
            if (++links > MAX_LINKS)
                throw new PathEscapeError("has too many levels of symbolic links");
            const target = await snapshot.readBlob(entry.oid);
            if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(target))
                throw new PathEscapeError(`is a symbolic link to the absolute path ${target}`);
            resolved.pop();
            pending = [...splitPath(target), ...pending];
        }
    }
    return resolved.join("/");
}
function splitPath(value) {
    return value.split(/[\\/]+/).filter((part) => part !== "");
}
function isFile(snapshot, file) {
    const entry = snapshot.entries.get(file);
    return entry?.type === "blob" && entry.mode !== "120000";
}
function isDirectory(snapshot, dir) {
    return dir === "" || snapshot.entries.get(dir)?.type === "tree";
}


/***/ }),

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ openGitWorkspace)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(826);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/process/src/child-process.ts
/**
 * node:child_process, loaded at the first child rather than with the module: it brings net,
 * dgram and the pipe bindings (about 3 ms of start-up), and an action that may never run a child
 * (promote-image runs one only for a docker credential helper) should not pay for it.
 */
function childProcess() {
    return process.getBuiltinModule("node:child_process");
}

// EXTERNAL MODULE: ./packages/process/src/environment.ts
var environment = __webpack_require__(684);
;// CONCATENATED MODULE: ./packages/process/src/exec.ts


/** The error an Exec rejects with when `command` cannot be started. */
function startError(command, error) {
    return error.code === "ENOENT" ? new Error(`${command} is not installed or not on PATH`) : error;
}
/** Calls `sink` once per line; `end()` flushes a last line that has no newline. */
function lineSplitter(sink) {
    let pending = "";
    return {
        push: (chunk) => {
            const lines = (pending + chunk.toString("utf8")).split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
                sink(line);
        },
        end: () => {
            if (pending)
                sink(pending);
            pending = "";
        },
    };
}
/**
 * An Exec on node:child_process. Output is kept as Buffers until the end: `terraform show
 * -json` of a large plan is tens of megabytes and per-chunk string concatenation would copy
 * it again and again. The base environment defaults to ours without the step's inputs and
 * the OIDC request variables (`childEnvironment`). With `timeoutMs`, a command still running
 * then is killed (SIGTERM) and resolves with exit code 128.
 */
function createNodeExec(defaults = {}) {
    return (command, args, options = {}) => new Promise((resolve, reject) => {
        const env = (0,environment/* withOverrides */.Sn)(defaults.env ?? (0,environment/* childEnvironment */.Qc)(process.env), options.env);
        const stdinMode = options.stdin === undefined ? "ignore" : "pipe";
        const child = childProcess().spawn(command, args, {
            cwd: options.cwd,
            env,
            stdio: [stdinMode, "pipe", "pipe"],
        });
        // Our own timer rather than spawn's `timeout`: Node clears that one only on 'exit',
        // which a command that never started (ENOENT) does not emit, so the timer would hold
        // the process open for the whole timeout after the failure was already reported.
        const timer = defaults.timeoutMs === undefined ? undefined : setTimeout(() => child.kill("SIGTERM"), defaults.timeoutMs);
        const settle = () => clearTimeout(timer);
        const stdout = [];
        const stderr = [];
        const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
        const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
        child.stdout?.on("data", (chunk) => {
            stdout.push(chunk);
            outLines?.push(chunk);
        });
        child.stderr?.on("data", (chunk) => {
            stderr.push(chunk);
            errLines?.push(chunk);
        });
        child.on("error", (error) => {
            settle();
            reject(startError(command, error));
        });
        child.on("close", (code, signal) => {
            settle();
            outLines?.end();
            errLines?.end();
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString("utf8"),
                stderr: Buffer.concat(stderr).toString("utf8"),
            });
        });
        if (child.stdin) {
            // A command that exits without reading its input must not crash us with EPIPE.
            child.stdin.on("error", () => { });
            child.stdin.end(options.stdin);
        }
    });
}
/** The default node Exec: base environment `childEnvironment(process.env)`. */
const nodeExec = createNodeExec();

;// CONCATENATED MODULE: ./packages/process/src/git.ts





/**
 * `entries` as GIT_CONFIG_COUNT/KEY_n/VALUE_n variables, numbered after those `env` already
 * carries (a workflow's own, or an earlier layer's), so nothing set before is lost.
 */
function gitConfigVariables(env, entries) {
    const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
    const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
    const result = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([key, value], index) => {
        result[`GIT_CONFIG_KEY_${start + index}`] = key;
        result[`GIT_CONFIG_VALUE_${start + index}`] = value;
    });
    return result;
}
let hooksDir;
/**
 * An empty directory of our own for `core.hooksPath`. Earlier steps of the job may have run
 * untrusted code (a pull request's tests) that planted hooks in the checkout's `.git/hooks`
 * or pointed its config elsewhere; configuration from the environment outranks the
 * repository's, so no hook of the checkout runs.
 */
function emptyHooksDir() {
    hooksDir ??= (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), "git-no-hooks-"));
    return hooksDir;
}
/**
 * What every git command the suite runs gets on top of its base environment: no hooks, no
 * fsmonitor program (another command a checkout's config can name), never a prompt.
 */
function gitSafetyEntries() {
    return [
        ["core.hooksPath", emptyHooksDir()],
        ["core.fsmonitor", "false"],
    ];
}
/** The git commands that talk to a remote: the only ones that get its credentials. */
const REMOTE_COMMANDS = new Set(["fetch", "pull", "push", "ls-remote", "clone"]);
function talksToRemote(args) {
    const command = args.find((arg) => !arg.startsWith("-"));
    return command !== undefined && REMOTE_COMMANDS.has(command);
}
/** The two environments of a git runner, from a base environment (PATH, HOME, proxies) and credentials. */
function gitEnvironments(base, credentials = {}) {
    const local = {
        ...base,
        GIT_TERMINAL_PROMPT: "0",
        ...gitConfigVariables(base, gitSafetyEntries()),
    };
    const remote = {
        ...local,
        ...(credentials.config?.length ? gitConfigVariables(local, credentials.config) : {}),
        ...credentials.env,
    };
    return { local, remote };
}
/**
 * The one way the suite runs git: hooks disabled for every command, the credentials only on
 * the commands that talk to the remote, secrets in the environment (never argv).
 */
function git_createGitRunner(options) {
    const environments = gitEnvironments(options.env, options.credentials);
    const exec = options.exec ?? createNodeExec({ env: environments.local });
    const run = (args, runOptions = {}) => exec("git", args, {
        cwd: options.cwd,
        stdin: runOptions.input ?? "",
        env: talksToRemote(args) ? environments.remote : environments.local,
    });
    return Object.assign(run, {
        environments,
        spawn: (args) => childProcess().spawn("git", args, {
            cwd: options.cwd,
            env: environments.local,
            stdio: ["pipe", "pipe", "ignore"],
        }),
    });
}

;// CONCATENATED MODULE: ./packages/gitops/src/git.ts



/** Starts git for a long conversation over stdin/stdout (`cat-file --batch`), hooks disabled, no credentials. */
function spawnGitIn(cwd, env) {
    return createGitRunner({ cwd, env }).spawn;
}
/**
 * The suite's git runner (@platform/process) in `cwd`: hooks disabled, `credentials` only on
 * the commands that talk to the remote.
 */
function createGit(cwd, env, credentials) {
    return git_createGitRunner({ cwd, env, ...(credentials ? { credentials } : {}) });
}
async function ok(git, args, options) {
    const result = await git(args, options);
    if (result.exitCode !== 0) {
        throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim().split("\n").slice(-3).join(" / ")}`);
    }
    return result.stdout;
}
/** A remote git cannot read: a wrong name, or a token without access (GitHub answers both alike). */
function unreadable(repository, stderr) {
    const reason = stderr.trim().split("\n").filter(Boolean).at(-1) ?? "no answer";
    return new errors/* FieldError */.bg("repository", `${JSON.stringify(repository)} cannot be read (${reason}); check the name, and that the token can read it.`);
}
/**
 * Git mode. Works only with objects and a private index: the checkout's working tree, index
 * and branches are never touched, so the user's files stay as they are and a commit is built
 * on exactly the fetched head (no rebase, no merge, no force).
 */
class GitTransport {
    git;
    spawnGit;
    remote;
    repository;
    identity;
    shallow;
    constructor(options) {
        this.git = options.git;
        this.spawnGit = options.spawnGit;
        this.remote = options.remote ?? "origin";
        this.repository = options.repository ?? this.remote;
        this.identity = options.identity ?? {
            name: "github-actions[bot]",
            email: "41898282+github-actions[bot]@users.noreply.github.com",
        };
        this.shallow = options.shallow;
    }
    async head(branch) {
        if (this.shallow === undefined) {
            this.shallow = (await ok(this.git, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
        }
        const depth = this.shallow ? ["--depth=1"] : [];
        const ref = `refs/update-overlay/${branch}`;
        // No `git maintenance run --auto` after the fetch: one process less on the way to the
        // first read, and a runner's checkout is thrown away with the job.
        const fetched = await this.git([
            "fetch",
            "--quiet",
            "--no-tags",
            "--no-auto-maintenance",
            ...depth,
            this.remote,
            `+refs/heads/${branch}:${ref}`,
        ]);
        if (fetched.exitCode !== 0) {
            if (/couldn't find remote ref/i.test(fetched.stderr))
                return undefined;
            if (/not found|not exist|authenticat|denied|403|401|could not read/i.test(fetched.stderr)) {
                throw unreadable(this.repository, fetched.stderr);
            }
            throw new Error(`git fetch failed: ${fetched.stderr.trim().split("\n").slice(-2).join(" / ")}`);
        }
        return (await ok(this.git, ["rev-parse", "--verify", `${ref}^{commit}`])).trim();
    }
    async snapshot(commit) {
        const listing = await ok(this.git, ["ls-tree", "-r", "-t", "-z", "--full-tree", commit]);
        const entries = new Map();
        for (const record of listing.split("\0")) {
            const match = /^(\d{6}) (blob|tree|commit) ([0-9a-f]+)\t(.*)$/s.exec(record);
            if (match?.[4])
                entries.set(match[4], { mode: match[1] ?? "", type: match[2], oid: match[3] ?? "" });
        }
        const reader = this.batchReader();
        return { commit, entries, readBlob: (oid) => reader.read(oid), close: () => reader.close() };
    }
    /** One `git cat-file --batch` for all reads of a snapshot: hundreds of files, one process. */
    batchReader() {
        let child;
        let buffer = Buffer.alloc(0);
        const waiting = [];
        const drain = () => {
            for (;;) {
                const newline = buffer.indexOf(10);
                if (newline < 0)
                    return;
                const header = buffer.subarray(0, newline).toString("utf8");
                const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                const waiter = waiting[0];
                if (!match) {
                    buffer = buffer.subarray(newline + 1);
                    waiting.shift();
                    waiter?.reject(new Error(`git cat-file: ${header}`));
                    continue;
                }
                const size = Number(match[2]);
                if (buffer.length < newline + 1 + size + 1)
                    return;
                const body = buffer.subarray(newline + 1, newline + 1 + size).toString("utf8");
                buffer = buffer.subarray(newline + 1 + size + 1);
                waiting.shift();
                waiter?.resolve(body);
            }
        };
        const start = () => {
            const started = this.spawnGit(["cat-file", "--batch"]);
            started.stdout?.on("data", (chunk) => {
                buffer = Buffer.concat([buffer, chunk]);
                drain();
            });
            started.on("close", () => {
                for (const waiter of waiting.splice(0))
                    waiter.reject(new Error("git cat-file exited"));
            });
            return started;
        };
        return {
            read: (oid) => new Promise((resolve, reject) => {
                child ??= start();
                waiting.push({ resolve, reject });
                child.stdin?.write(`${oid}\n`);
            }),
            close: () => {
                child?.stdin?.end();
                child = undefined;
            },
        };
    }
    async commit(request) {
        return (await this.prepare(request)).push();
    }
    /** Builds the commit in the local object store (no ref left behind); `push` sends it. */
    async prepare(request) {
        // One `git fast-import` writes the blobs, the trees and the commit as a single pack:
        // much faster than loose objects from hash-object/write-tree for hundreds of files.
        const ref = `refs/update-overlay/commit-${(0,external_node_crypto_.randomBytes)(8).toString("hex")}`;
        const chunks = [];
        const data = (text) => {
            const bytes = Buffer.from(text, "utf8");
            chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n"));
        };
        const who = `${this.identity.name} <${this.identity.email}> now`;
        chunks.push(Buffer.from(`commit ${ref}\nmark :1\nauthor ${who}\ncommitter ${who}\n`));
        data(request.message);
        chunks.push(Buffer.from(`from ${request.parent}\n`));
        for (const change of request.changes) {
            if (/[\n"]/.test(change.path))
                throw new Error(`unsupported path ${JSON.stringify(change.path)}`);
            chunks.push(Buffer.from(`M ${change.mode} inline ${change.path}\n`));
            data(change.after);
        }
        chunks.push(Buffer.from("get-mark :1\n"));
        const imported = await ok(this.git, ["fast-import", "--quiet", "--date-format=now", "--cat-blob-fd=1"], {
            input: Buffer.concat(chunks),
        });
        const commit = imported.trim().split("\n").at(-1)?.trim() ?? "";
        await ok(this.git, ["update-ref", "-d", ref]);
        if (!/^[0-9a-f]{40,64}$/.test(commit))
            throw new Error(`git fast-import printed no commit: ${imported}`);
        return { commit, push: () => this.push(commit, request.branch) };
    }
    async push(commit, branch) {
        // A plain (non-force) push: the remote refuses it unless it fast-forwards from `parent`.
        const push = await this.git(["push", "--porcelain", this.remote, `${commit}:refs/heads/${branch}`]);
        if (push.exitCode === 0)
            return { status: "committed", commit };
        const detail = `${push.stdout}\n${push.stderr}`;
        if (/\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|stale info/i.test(detail)) {
            // The porcelain status line says why (`[remote rejected] (pre-receive hook declined)`),
            // and a hook's own words come as `remote:` lines.
            const lines = detail.split("\n").map((line) => line.trim());
            const status = lines.find((line) => /\[(remote )?rejected\]/.test(line))?.replace(/^!\s*\S+\s*/, "");
            const remote = lines.filter((line) => /^remote: \S/.test(line)).slice(-2);
            return {
                status: "stale",
                detail: [status ?? lines.filter(Boolean).at(-1) ?? "rejected", ...remote].join("; "),
                moved: /non-fast-forward|fetch first|stale info/i.test(detail),
            };
        }
        throw new Error(`git push failed: ${push.stderr.trim().split("\n").slice(-2).join(" / ")}`);
    }
}

// EXTERNAL MODULE: ./packages/gitops/src/git-auth.ts
var git_auth = __webpack_require__(341);
;// CONCATENATED MODULE: ./packages/gitops/src/workspace.ts





async function isCheckout(dir, env) {
    const result = await createGit(dir, env)(["rev-parse", "--show-toplevel"]).catch(() => undefined);
    return result?.exitCode === 0 && external_node_path_default().resolve(result.stdout.trim()) === external_node_path_default().resolve(dir);
}
function workspaceIn(dir, env, credentials, repository) {
    const git = createGit(dir, env, credentials);
    return {
        dir,
        git,
        transport: new GitTransport({ git, spawnGit: git.spawn, repository }),
        defaultBranch: async () => {
            const result = await git(["ls-remote", "--symref", "origin", "HEAD"]);
            const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(result.stdout);
            if (result.exitCode === 0 && match?.[1])
                return match[1];
            if (result.exitCode !== 0)
                throw unreadable(repository, result.stderr);
            throw new Error(`cannot read the remote's default branch: ${result.stderr.trim()}`);
        },
    };
}
/**
 * Where git mode works: the checkout at `checkout` (the `path` input), else the workspace
 * when it is a checkout of `repository`, else an empty repository in `runnerTemp` whose
 * origin is `${serverUrl}/${repository}.git` (only branch tips are fetched). With a token,
 * git authenticates through GIT_CONFIG_* environment variables, never argv or a config file,
 * and only the commands that talk to the remote get them; no hook of the checkout runs.
 */
async function openGitWorkspace(options) {
    const credentials = options.token ? { config: (0,git_auth/* gitAuthConfig */.R)(options.serverUrl, options.token) } : {};
    const env = options.env;
    const checkout = options.checkout;
    if (checkout) {
        if (!(await isCheckout(checkout, options.env))) {
            throw new errors/* FieldError */.bg("checkout", (nameOf) => `${(0,errors/* shownValue */.JJ)(checkout)} is not the top of a git checkout; check out the repository there or leave ${nameOf("checkout")} empty.`);
        }
        return workspaceIn(checkout, env, credentials, options.repository);
    }
    const current = options.repository.toLowerCase() === options.currentRepository.toLowerCase();
    if (current && options.workspace && (await isCheckout(options.workspace, options.env))) {
        return workspaceIn(options.workspace, env, credentials, options.repository);
    }
    (0,external_node_fs_.mkdirSync)(options.runnerTemp, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(options.runnerTemp, "gitops-"));
    const created = workspaceIn(dir, env, credentials, options.repository);
    const url = `${options.serverUrl.replace(/\/+$/, "")}/${options.repository}.git`;
    for (const args of [
        ["init", "--quiet"],
        ["remote", "add", "origin", url],
        ["config", "core.autocrlf", "false"],
    ]) {
        const result = await created.git(args);
        if (result.exitCode !== 0)
            throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
    }
    options.logger.info(`Working in a fresh repository in RUNNER_TEMP fetching from ${url}`);
    return created;
}


/***/ }),

/***/ 192:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   ZM: () => (/* binding */ YamlText),
/* harmony export */   a5: () => (/* binding */ isBlockScalar),
/* harmony export */   a6: () => (/* binding */ YamlEditError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(627);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_1__]);
yaml__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** A problem with the user's edit (unknown key, wrong type); callers name the input line. */
class YamlEditError extends Error {
    name = "YamlEditError";
    /** The message with the fields it names (allowCreate) worded by the caller. */
    describe;
    constructor(message) {
        const describe = typeof message === "string" ? () => message : message;
        super(describe((field) => field));
        this.describe = describe;
    }
}
function parseStream(text, file) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text, { prettyErrors: false, uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error) {
            const line = text.slice(0, error.pos[0]).split("\n").length;
            throw new YamlEditError(`${file} is not valid YAML at line ${line}: ${error.message.split("\n")[0]}`);
        }
    }
    return list;
}
/**
 * Characters a YAML 1.1 reader (PyYAML, go-yaml v2, kustomize's kyaml) does not take as the
 * `yaml` package does: U+0085, U+2028 and U+2029 are line breaks there, and C1 controls and
 * U+FEFF are not printable. Written only as escapes in double quotes.
 */
const YAML11_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/;
const YAML11_UNSAFE_ALL = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
/** A double-quoted YAML scalar that YAML 1.1 and 1.2 readers both read as `value`. */
function doubleQuoted(value) {
    return JSON.stringify(value).replace(YAML11_UNSAFE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function readAs11(text) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text, { prettyErrors: false, uniqueKeys: false, version: "1.1" });
    const list = Array.isArray(docs) ? docs : [];
    if (list.some((doc) => doc.errors.length > 0))
        return undefined;
    return list.map((doc) => doc.toJS({ maxAliasCount: -1 }));
}
/**
 * The strict YAML 1.1 reading of an edit: the spliced text carries no character a 1.1 reader
 * splits or refuses, the result parses as YAML 1.1 and, when the file read the same under 1.1
 * and 1.2 before (`same`), it still does: a written `yes` or `on` is no boolean to 1.1 readers.
 */
function readsAsYaml11(spliced, next, expected, same) {
    if (YAML11_UNSAFE.test(spliced))
        return false;
    const read = readAs11(next);
    return read !== undefined && (!same || (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(read, expected));
}
class YamlText {
    file;
    original;
    eol;
    current;
    parsed;
    /** The file reads the same as YAML 1.1 and 1.2: edits must keep it so. */
    same11;
    constructor(file, text) {
        this.file = file;
        this.original = text;
        this.current = text;
        this.eol = text.includes("\r\n") ? "\r\n" : "\n";
        this.parsed = parseStream(text, file);
        this.same11 = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(readAs11(text), this.parsed.map((d) => d.toJS({ maxAliasCount: -1 })));
    }
    get text() {
        return this.current;
    }
    get documents() {
        return this.parsed;
    }
    get changed() {
        return this.current !== this.original;
    }
    /** Replaces a scalar's source with `rendered` (already valid YAML for `js`). */
    setScalar(doc, node, rendered, js) {
        const [start, end] = scalarRange(node);
        const before = this.current.slice(start, end);
        if (before === rendered)
            return;
        // `key:` with no value: the null scalar is empty and sits right after the colon.
        const text = start === end && this.current[start - 1] === ":" ? ` ${rendered}` : rendered;
        this.apply(start, end, text, () => {
            node.value = js;
        }, doc);
    }
    /** Adds `key` after the last entry of `map`, in the map's own style (block or flow). */
    insertPair(doc, map, key, value) {
        const keyText = renderKey(key);
        if (map.flow) {
            const last = map.items.at(-1);
            const entry = `${keyText}: ${renderFlow(value)}`;
            if (last) {
                const at = nodeEnd(last);
                this.apply(at, at, `, ${entry}`, () => map.add(doc.createPair(key, toJs(value))), doc);
            }
            else {
                const open = this.current.indexOf("{", rangeOf(map)[0]);
                this.apply(open + 1, open + 1, entry, () => map.add(doc.createPair(key, toJs(value))), doc);
            }
            return;
        }
        const first = map.items[0];
        if (!first || !isNodeLike(first.key)) {
            throw new YamlEditError(`${this.file}: cannot add "${key}" to an empty block mapping`);
        }
        const indent = this.column(rangeOf(first.key)[0]);
        const at = this.lineEndAfter(nodeEnd(map.items.at(-1) ?? first));
        const lines = renderBlockPair(keyText, value, indent, this.indentStep(doc), this.sequenceIndent(doc));
        this.apply(at.offset, at.offset, at.prefix + lines.map((line) => line + this.eol).join(""), () => {
            map.add(doc.createPair(key, toJs(value)));
        }, doc);
    }
    /** Appends an item to `seq`, in its own style. */
    appendItem(doc, seq, item) {
        const last = seq.items.at(-1);
        if (seq.flow && seq.items.length === 0) {
            // `images: []`: the first item goes right after the bracket.
            const open = this.current.indexOf("[", rangeOf(seq)[0]);
            this.apply(open + 1, open + 1, renderFlow(item), () => seq.add(doc.createNode(toJs(item))), doc);
            return;
        }
        if (!isNodeLike(last))
            throw new YamlEditError(`${this.file}: cannot append to an empty list`);
        if (seq.flow) {
            const at = rangeOf(last)[1];
            this.apply(at, at, `, ${renderFlow(item)}`, () => seq.add(doc.createNode(toJs(item))), doc);
            return;
        }
        const dash = this.dashColumn(rangeOf(last)[0]);
        const at = this.lineEndAfter(rangeOf(last)[1]);
        const lines = renderSeqItem(item, dash, this.indentStep(doc), this.sequenceIndent(doc));
        this.apply(at.offset, at.offset, at.prefix + lines.map((line) => line + this.eol).join(""), () => {
            seq.add(doc.createNode(toJs(item)));
        }, doc);
    }
    /** Gives `key:` (no value at all) a block value, indented as the file indents. */
    fillEmpty(doc, pair, value) {
        const key = pair.key;
        const empty = pair.value;
        if (!isNodeLike(key) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(empty) || empty.value !== null || rangeOf(empty)[0] !== rangeOf(empty)[1]) {
            throw new YamlEditError(`${this.file}: "${String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) ? key.value : "")}" already has a value`);
        }
        if (value.kind === "scalar")
            throw new Error("fillEmpty takes a collection");
        const indent = this.column(rangeOf(key)[0]);
        const step = this.indentStep(doc);
        const seqIndent = this.sequenceIndent(doc);
        const lines = value.kind === "map"
            ? value.entries.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, indent + step, step, seqIndent))
            : value.items.flatMap((item) => renderSeqItem(item, indent + seqIndent, step, seqIndent));
        // After the colon (and any comment on the key's line): the new lines follow it.
        const at = this.lineEndAfter(rangeOf(empty)[0]);
        this.apply(at.offset, at.offset, at.prefix + lines.map((line) => line + this.eol).join(""), () => {
            pair.value = doc.createNode(toJs(value));
        }, doc);
    }
    /** Removes a one-line `key: scalar` entry. */
    deletePair(doc, map, pair) {
        const key = pair.key;
        const value = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) || !((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) || value === null)) {
            throw new YamlEditError(`${this.file}: can only remove a key with a single value`);
        }
        const keyValue = key.value;
        const mutate = () => {
            map.delete(keyValue);
        };
        const index = map.items.indexOf(pair);
        if (map.flow) {
            const previous = map.items[index - 1];
            const next = map.items[index + 1];
            if (previous)
                this.apply(nodeEnd(previous), nodeEnd(pair), "", mutate, doc);
            else if (next && isNodeLike(next.key))
                this.apply(rangeOf(key)[0], rangeOf(next.key)[0], "", mutate, doc);
            else
                this.apply(rangeOf(key)[0], nodeEnd(pair), "", mutate, doc);
            return;
        }
        const start = this.current.lastIndexOf("\n", rangeOf(key)[0] - 1) + 1;
        const lead = this.current.slice(start, rangeOf(key)[0]);
        const next = map.items[index + 1];
        if (/^[ \t]*-[ \t]/.test(lead) && next && isNodeLike(next.key)) {
            // `- digest: x` then `  name: web`: the next key moves up behind the dash.
            this.apply(rangeOf(key)[0], rangeOf(next.key)[0], "", mutate, doc);
            return;
        }
        if (lead.trim() !== "") {
            throw new YamlEditError(`${this.file}: cannot remove "${String(keyValue)}" sharing a line with another key`);
        }
        const end = this.lineEndAfter(nodeEnd(pair));
        this.apply(start, end.offset, "", mutate, doc);
    }
    /**
     * Replaces a block scalar's value (`|` or `>`). The block stays a block, with its style,
     * indentation indicator, header comment and content indentation, when the value can be
     * written that way (see blockText); the chomping indicator follows the value's trailing line
     * breaks (none `-`, one: no indicator, more `+`). Otherwise a double-quoted scalar takes its
     * place. Either way the result is re-parsed and checked like every splice.
     */
    setBlockScalar(doc, node, value) {
        if (node.value === value)
            return;
        const [start, end] = scalarRange(node);
        const source = this.current.slice(start, end);
        const header = BLOCK_HEADER.exec(source);
        if (!header)
            throw new Error(`${this.file}: unexpected block scalar header at offset ${start}`);
        const lineStart = this.current.lastIndexOf("\n", start - 1) + 1;
        const parentIndent = (/^ */.exec(this.current.slice(lineStart, start))?.[0] ?? "").length;
        const parts = splitBlock(source, header, String(node.value), parentIndent);
        const mutate = () => {
            node.value = value;
        };
        const block = blockText(value, parts, this.eol);
        if (block !== undefined && this.tryApply(start, end, block, mutate, doc))
            return;
        const quoted = `${doubleQuoted(value)}${parts.comment}${parts.lineBreak ? this.eol : ""}${parts.tail}`;
        this.apply(start, end, quoted, mutate, doc);
    }
    apply(start, end, text, mutate, doc) {
        if (!this.tryApply(start, end, text, mutate, doc, true)) {
            throw new Error(`editing ${this.file} would change more than the edited value; refusing (a bug, please report)`);
        }
    }
    /** Splices and keeps the result only when it re-parses to the document changed by `mutate`. */
    tryApply(start, end, text, mutate, doc, reportSyntax = false) {
        const next = this.current.slice(0, start) + text + this.current.slice(end);
        let reparsed;
        try {
            reparsed = parseStream(next, this.file);
        }
        catch (error) {
            if (reportSyntax || !(error instanceof YamlEditError))
                throw error;
            return false;
        }
        const index = this.parsed.indexOf(doc);
        mutate();
        const expected = this.parsed.map((d) => d.toJS({ maxAliasCount: -1 }));
        const actual = reparsed.map((d) => d.toJS({ maxAliasCount: -1 }));
        if (index < 0 || !(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(expected, actual))
            return false;
        if (!readsAsYaml11(text, next, expected, this.same11))
            return false;
        this.current = next;
        this.parsed = reparsed;
        return true;
    }
    column(offset) {
        return offset - (this.current.lastIndexOf("\n", offset - 1) + 1);
    }
    /** Column of the `- ` that introduces the item starting at `offset`. */
    dashColumn(offset) {
        const lineStart = this.current.lastIndexOf("\n", offset - 1) + 1;
        const dash = this.current.slice(lineStart, offset).lastIndexOf("-");
        if (dash < 0)
            throw new YamlEditError(`${this.file}: unsupported list layout`);
        return dash;
    }
    /** Where text for a new line goes after `offset`: the start of the following line. */
    lineEndAfter(offset) {
        if (offset > 0 && this.current[offset - 1] === "\n")
            return { offset, prefix: "" };
        const newline = this.current.indexOf("\n", offset);
        if (newline < 0)
            return { offset: this.current.length, prefix: this.eol };
        return { offset: newline + 1, prefix: "" };
    }
    /** The file's indentation step: how far a nested block mapping sits from its key. */
    indentStep(doc) {
        let step = 0;
        const visit = (node, keyColumn) => {
            if (step)
                return;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) && !node.flow) {
                const first = node.items[0];
                if (first && isNodeLike(first.key) && keyColumn !== undefined) {
                    const column = this.column(rangeOf(first.key)[0]);
                    if (column > keyColumn)
                        step = column - keyColumn;
                }
                for (const pair of node.items) {
                    if (isNodeLike(pair.key))
                        visit(pair.value, this.column(rangeOf(pair.key)[0]));
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
                for (const item of node.items)
                    visit(item, undefined);
            }
        };
        visit(doc.contents, undefined);
        return step || 2;
    }
    /** How far a block list's dashes sit from its key: 0 (kustomize's style) or the indent step. */
    sequenceIndent(doc) {
        let found;
        const visit = (node) => {
            if (found !== undefined)
                return;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
                for (const pair of node.items) {
                    const value = pair.value;
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value) && !value.flow && isNodeLike(pair.key) && isNodeLike(value.items[0])) {
                        found = this.dashColumn(rangeOf(value.items[0])[0]) - this.column(rangeOf(pair.key)[0]);
                        return;
                    }
                    visit(value);
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
                for (const item of node.items)
                    visit(item);
            }
        };
        visit(doc.contents);
        return found !== undefined && found >= 0 ? found : 0;
    }
}
/** `|` or `>`, then an indentation indicator and a chomping indicator in either order, then a comment. */
const BLOCK_HEADER = /^([|>])(?:([1-9])([+-])?|([+-])([1-9])?)?([^\r\n]*)(\r?\n|$)/;
function splitBlock(source, header, value, parentIndent) {
    const body = source.slice(header[0].length);
    const lines = body.split(/\r?\n/);
    const lastText = lines.findLastIndex((line) => line.trim() !== "");
    const firstText = lines.find((line) => line.trim() !== "");
    const valueFirst = value.split("\n").find((line) => line.trim() !== "") ?? "";
    const leading = (text) => (/^ */.exec(text)?.[0] ?? "").length;
    // Without an indicator the first text line sets the indentation; with one, that line may
    // start with spaces of its own, which the value shows.
    const indent = firstText === undefined ? parentIndent + 2 : leading(firstText) - leading(valueFirst);
    const contentEnd = lastText < 0 ? 0 : lines.slice(0, lastText + 1).join("\n").length + 1;
    const rest = body.replace(/\r\n/g, "\n").slice(contentEnd);
    const eolTail = /\r\n/.test(body) ? rest.replace(/\n/g, "\r\n") : rest;
    return {
        style: header[1] === "|" ? "|" : ">",
        indicator: header[2] ?? header[5] ?? "",
        indicatorLast: header[5] !== undefined,
        comment: header[6] ?? "",
        indent,
        lineBreak: /\n$/.test(source),
        tail: lastText < 0 ? "" : eolTail,
    };
}
/**
 * `value` as a block scalar in the style of `parts`, or undefined when that style cannot
 * carry it: a literal block takes a value with a line break (a one-line value is written
 * quoted); a folded block takes lines that do not start with white space (those would not
 * fold), a line break in the value becoming an empty line. Neither takes a value that is
 * only line breaks.
 */
function blockText(value, parts, eol) {
    const trailing = (/\n*$/.exec(value)?.[0] ?? "").length;
    const body = value.slice(0, value.length - trailing);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a block scalar cannot carry these
    if (body.trim() === "" || /[\r\u0000-\u0008\u000b-\u001f\u007f]/.test(body) || YAML11_UNSAFE.test(body)) {
        return undefined;
    }
    if (parts.indent < 1 && parts.indicator === "")
        return undefined;
    let lines;
    if (parts.style === "|") {
        if (!value.includes("\n"))
            return undefined;
        lines = body.split("\n");
    }
    else {
        if (body.split("\n").some((line) => /^[ \t]/.test(line)))
            return undefined;
        // A run of n line breaks between text lines is n empty lines; leading ones stay as they are.
        const leadingBreaks = (/^\n*/.exec(body)?.[0] ?? "").length;
        lines = (body.slice(0, leadingBreaks) + body.slice(leadingBreaks).replace(/\n+/g, (run) => `${run}\n`)).split("\n");
    }
    const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
    const indicators = parts.indicatorLast ? `${chomp}${parts.indicator}` : `${parts.indicator}${chomp}`;
    const pad = " ".repeat(parts.indent);
    const content = [...lines, ...Array.from({ length: Math.max(0, trailing - 1) }, () => "")].map((line) => line === "" ? "" : pad + line);
    // Blank lines that followed a kept (+) block stay as blank lines unless the new block keeps its own.
    const tail = chomp === "+" ? "" : parts.tail;
    const end = parts.lineBreak ? eol : "";
    return `${parts.style}${indicators}${parts.comment}${eol}${content.join(eol)}${end}${tail}`;
}
function isNodeLike(value) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(value);
}
function rangeOf(node) {
    const range = node.range;
    if (!range)
        throw new Error("yaml node without a source range");
    return range;
}
function scalarRange(node) {
    const [start, end] = rangeOf(node);
    return [start, end];
}
/** End of a pair's value (or key, for `key:` with nothing after it), before any comment. */
function nodeEnd(pair) {
    if (isNodeLike(pair.value))
        return rangeOf(pair.value)[1];
    if (isNodeLike(pair.key))
        return rangeOf(pair.key)[1] + 1;
    throw new Error("yaml pair without a key");
}
function renderKey(key) {
    return isPlainString(key, false) && !key.includes(":") ? key : doubleQuoted(key);
}
function renderFlow(value) {
    if (value.kind === "scalar")
        return value.text;
    if (value.kind === "map")
        return `{${value.entries.map(([k, v]) => `${renderKey(k)}: ${renderFlow(v)}`).join(", ")}}`;
    return `[${value.items.map(renderFlow).join(", ")}]`;
}
function renderBlockPair(key, value, indent, step, seqIndent) {
    const pad = " ".repeat(indent);
    if (value.kind === "scalar")
        return [`${pad}${key}: ${value.text}`];
    if (value.kind === "map") {
        return [
            `${pad}${key}:`,
            ...value.entries.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, indent + step, step, seqIndent)),
        ];
    }
    return [`${pad}${key}:`, ...value.items.flatMap((item) => renderSeqItem(item, indent + seqIndent, step, seqIndent))];
}
function renderSeqItem(item, dash, step, seqIndent) {
    const pad = " ".repeat(dash);
    if (item.kind === "scalar")
        return [`${pad}- ${item.text}`];
    if (item.kind === "seq")
        return [`${pad}- ${renderFlow(item)}`];
    const [first, ...rest] = item.entries;
    if (!first)
        return [`${pad}- {}`];
    const head = renderBlockPair(renderKey(first[0]), first[1], dash + 2, step, seqIndent);
    head[0] = `${pad}- ${(head[0] ?? "").trimStart()}`;
    return [...head, ...rest.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, dash + 2, step, seqIndent))];
}
function toJs(value) {
    if (value.kind === "scalar")
        return value.js;
    if (value.kind === "map")
        return Object.fromEntries(value.entries.map(([k, v]) => [k, toJs(v)]));
    return value.items.map(toJs);
}
/**
 * What a plain scalar `text` would mean in this position, or undefined when it is not a
 * single valid plain scalar there (it would need quotes).
 */
function plainValue(text, inFlow) {
    if (text === "" || text !== text.trim() || /[\r\n]/.test(text) || YAML11_UNSAFE.test(text))
        return undefined;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(inFlow ? `[${text}]` : `- ${text}`);
    if (doc.errors.length > 0 || doc.warnings.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(doc.contents))
        return undefined;
    const items = doc.contents.items;
    const only = items[0];
    if (items.length !== 1 || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(only) || only.type !== "PLAIN" || only.tag)
        return undefined;
    const source = only.range ? (inFlow ? `[${text}]` : `- ${text}`).slice(only.range[0], only.range[1]) : "";
    if (source !== text)
        return undefined;
    // YAML 1.1 readers must read it the same (`yes`, `on`, `0o17`, `010` differ): else it needs quotes.
    const as11 = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(inFlow ? `[${text}]` : `- ${text}`, { version: "1.1" }).toJS();
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(as11, [only.value]))
        return undefined;
    return { value: only.value };
}
function isPlainString(text, inFlow) {
    const plain = plainValue(text, inFlow);
    return plain !== undefined && plain.value === text;
}
function isBlockScalar(node) {
    return node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
}
/**
 * Renders `value` for a scalar in the existing node's style: quotes kept as they were, plain
 * kept plain when the value stays the same type plain, double quotes otherwise.
 */
function renderScalar(value, options) {
    const { existing, inFlow, where } = options;
    const style = existing?.type;
    if (existing && isBlockScalar(existing)) {
        // Strings in blocks go through YamlText.setBlockScalar; anything else does not belong there.
        throw new YamlEditError(`${where} is a block scalar (| or >), which holds text only`);
    }
    const current = existing?.value;
    const wantsString = options.type === "string" || typeof current === "string";
    if (wantsString) {
        // A line break inside single quotes would fold into a space: such values go double-quoted.
        if (style === "QUOTE_SINGLE" && !value.includes("\n") && !YAML11_UNSAFE.test(value))
            return { text: `'${value.replace(/'/g, "''")}'`, js: value };
        if (style !== "QUOTE_DOUBLE" && isPlainString(value, inFlow))
            return { text: value, js: value };
        return { text: doubleQuoted(value), js: value };
    }
    const plain = plainValue(value, inFlow);
    if (typeof current === "number" || typeof current === "boolean") {
        if (plain === undefined || typeof plain.value !== typeof current) {
            throw new YamlEditError(`${where} is a ${typeof current}, and ${JSON.stringify(value)} is not`);
        }
        return { text: value, js: plain.value };
    }
    if (current !== null && current !== undefined) {
        throw new YamlEditError(`${where} holds a ${typeof current}; only strings, numbers and booleans can be set`);
    }
    // A new key or a null value: typed the way YAML (and `helm --set`) reads the text.
    if (plain !== undefined &&
        (typeof plain.value === "string" || typeof plain.value === "number" || typeof plain.value === "boolean")) {
        return { text: value, js: plain.value };
    }
    return { text: doubleQuoted(value), js: value };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
