export const id = 392;
export const ids = [392];
export const modules = {

/***/ 21816:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29115);
// Stand-in for @octokit/plugin-retry in the bundles: the copy in actions/_shared (see ../index.ts).

const { retry } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRetry();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 74919:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29115);
// Stand-in for @octokit/plugin-throttling in the bundles: the copy in actions/_shared (see ../index.ts).

const { throttling } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitThrottling();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 13544:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29115);
// Stand-in for @octokit/request-error in the bundles: the copy in actions/_shared (see ../index.ts).

const { RequestError } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRequestError();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 49910:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ Octokit)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29115);
// Stand-in for @octokit/rest in the bundles: the copy in actions/_shared (see ../index.ts).

const { Octokit } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRest();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 13392:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _platform_release__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2708);
/* harmony import */ var _platform_release__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86390);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40120);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_release__WEBPACK_IMPORTED_MODULE_1__]);
_platform_release__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** Each output and the field of the result it carries. */
const OUTPUT_FIELDS = {
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Released]: "released",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Version]: "version",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Major]: "major",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Minor]: "minor",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Patch]: "patch",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Prerelease]: "prerelease",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Tag]: "tag",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PreviousVersion]: "previousVersion",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.PreviousTag]: "previousTag",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Notes]: "notes",
    [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Sha]: "sha",
};
/** The release, its outputs and its summary. */
async function run(inputs, deps) {
    const result = await (0,_platform_release__WEBPACK_IMPORTED_MODULE_1__/* .runRelease */ .T)(inputs, deps);
    const outputs = Object.fromEntries(Object.entries(OUTPUT_FIELDS).map(([output, field]) => [output, result[field]]));
    const summary = `### release\n\n${(0,_platform_release__WEBPACK_IMPORTED_MODULE_2__/* .releaseSummary */ .kU)({
        released: result.released,
        dryRun: result.dryRun,
        previousTag: result.previousTag,
        nextTag: result.tag,
        branch: result.branch,
        commits: result.commits,
        notes: result.notes,
        floatingTags: result.floatingTags,
        defaultTokenInUse: inputs.defaultTokenInUse,
        tokenInput: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0.GitHubToken,
        completed: result.completed,
    })}`;
    return { outputs, summary };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 16796:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21816);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74919);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13544);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49910);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48826);
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

/***/ 4414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ho: () => (/* binding */ createGitRunner)
});

// UNUSED EXPORTS: gitConfigVariables, gitEnvironments, talksToRemote

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
var environment = __webpack_require__(84684);
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
function createGitRunner(options) {
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


/***/ }),

/***/ 42534:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   w: () => (/* binding */ findConfigurationError)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48826);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69991);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_config_js__WEBPACK_IMPORTED_MODULE_0__]);
_config_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** semantic-release throws AggregateErrors of plugin errors; this walks them. */
function flatten(error) {
    if ((0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(error) && Array.isArray(error.errors))
        return error.errors.flatMap(flatten);
    return [error];
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, " ").trim();
}
/**
 * A ConfigurationError thrown by the action's own step, or semantic-release's own errors
 * (SemanticReleaseError: a code such as ENOGHTOKEN or EINVALIDNEXTVERSION and a message), which
 * are all about the repository or its configuration, as the one line the step fails with.
 */
function findConfigurationError(error) {
    const errors = flatten(error);
    const own = errors.find(_platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .isConfigurationError */ .p0);
    if (own)
        return own;
    const semantic = errors.filter((e) => (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(e) && e.semanticRelease === true && e instanceof Error);
    if (semantic.length === 0)
        return undefined;
    return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(oneLine(semantic.map((e) => `semantic-release ${String(e.code)}: ${e.message}`).join(" ")));
}
/** Any other failure as one Error whose message names every underlying error. */
function describeFailure(error) {
    const errors = flatten(error);
    if (errors.length === 1 && errors[0] instanceof Error)
        return errors[0];
    return new Error(oneLine(errors.map((e) => (e instanceof Error ? e.message : String(e))).join("; ")));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 10286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ gitCredentials),
/* harmony export */   n: () => (/* binding */ withInheritedCredentials)
/* harmony export */ });
/**
 * The credentials of the git commands that talk to the remote (the runner of @platform/process
 * gives them to those alone, through GIT_CONFIG_* variables), so the token never appears on a
 * command line or in a remote URL:
 * - a credential helper answers with `x-access-token` and $GITHUB_TOKEN, read from the
 *   environment by the helper itself;
 * - actions/checkout's persisted `http.<server>/.extraheader` is cleared, so that a token given
 *   as `github-token` (an App token whose pushes do start workflows) is the one used, not the
 *   job token checkout stored.
 */
function gitCredentials(serverUrl, token) {
    return {
        config: [
            ["credential.helper", ""],
            [
                "credential.helper",
                '!f() { test "$1" = get || exit 0; echo username=x-access-token; echo "password=$GITHUB_TOKEN"; }; f',
            ],
            [`http.${serverUrl.replace(/\/+$/, "")}/.extraheader`, ""],
        ],
        env: { GITHUB_TOKEN: token },
    };
}
/** The variables of a remote git environment that carry its credentials and its no-prompt rule. */
const INHERITED = /^(GIT_CONFIG_COUNT|GIT_CONFIG_KEY_\d+|GIT_CONFIG_VALUE_\d+|GIT_TERMINAL_PROMPT|GITHUB_TOKEN)$/;
/**
 * Runs `work` with the credentials of `remoteEnv` also in this process's environment, then
 * puts it back. semantic-release lists the remote's branches (`branches/expand.js`) with only
 * `cwd`, so that one `git ls-remote` inherits this process's environment instead of the `env`
 * it was given: without this, a private repository checked out with `persist-credentials:
 * false` answers 401 and git fails asking for a user name. Nothing goes on a command line or
 * into .git/config.
 */
async function withInheritedCredentials(remoteEnv, work) {
    const saved = new Map();
    for (const [name, value] of Object.entries(remoteEnv)) {
        if (!INHERITED.test(name) || value === undefined)
            continue;
        saved.set(name, process.env[name]);
        process.env[name] = value;
    }
    try {
        return await work();
    }
    finally {
        for (const [name, value] of saved) {
            if (value === undefined)
                delete process.env[name];
            else
                process.env[name] = value;
        }
    }
}


/***/ }),

/***/ 68417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ isWorkTree),
/* harmony export */   Zs: () => (/* binding */ localTagCommit),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   lD: () => (/* binding */ createGit),
/* harmony export */   mK: () => (/* binding */ moveTag),
/* harmony export */   mY: () => (/* binding */ remoteTagCommit)
/* harmony export */ });
/* unused harmony export failureDetail */
/**
 * A Git on the suite's runner (hooks disabled, the token only where the remote is talked to);
 * a non-zero exit rejects with the line of stderr that says why: a push's rejected refs
 * (" ! [remote rejected] v1 -> v1 (hook declined)") rather than its closing "failed to push
 * some refs", otherwise the last line.
 */
function createGit(runner) {
    return async (args) => {
        const result = await runner(args);
        if (result.exitCode !== 0)
            throw new Error(`git ${args[0] ?? ""} failed: ${failureDetail(result)}`);
        return result.stdout;
    };
}
function failureDetail(result) {
    const lines = result.stderr
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "");
    const rejected = lines.filter((line) => line.startsWith("! "));
    if (rejected.length > 0)
        return rejected.join("; ");
    return lines.at(-1) ?? `exit code ${result.exitCode}`;
}
async function isShallow(git) {
    return (await git(["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function isWorkTree(git) {
    try {
        return (await git(["rev-parse", "--is-inside-work-tree"])).trim() === "true";
    }
    catch {
        return false;
    }
}
/** The commit a tag points at in the local repository, or undefined. */
async function localTagCommit(git, tag) {
    try {
        return (await git(["rev-parse", "--quiet", "--verify", `refs/tags/${tag}^{commit}`])).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** The commit a tag points at on the remote (peeled for annotated tags), or undefined. */
async function remoteTagCommit(git, remote, tag) {
    const out = await git(["ls-remote", "--tags", "--", remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`]);
    const refs = new Map(out
        .split("\n")
        .filter((line) => line.includes("\t"))
        .map((line) => {
        const [sha = "", ref = ""] = line.split("\t");
        return [ref, sha];
    }));
    return refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
}
async function listTags(git) {
    return (await git(["tag", "--list"])).split("\n").filter((line) => line !== "");
}
/** Points one floating tag at `sha`, locally and on the remote; only that ref is forced. */
async function moveTag(git, remote, tag, sha) {
    await git(["tag", "--force", tag, sha]);
    await git(["push", "--quiet", "--", remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
}


/***/ }),

/***/ 68229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ presetNames),
/* harmony export */   l: () => (/* binding */ isPresetName)
/* harmony export */ });
/**
 * The conventional-changelog presets bundled with the action. The names alone, so inputs can be
 * checked before the engine (semantic-release, its plugins, the presets) is loaded.
 */
const presetNames = ["conventionalcommits", "angular"];
function isPresetName(name) {
    return presetNames.includes(name);
}


/***/ }),

/***/ 2708:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ runRelease)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48826);
/* harmony import */ var _platform_github__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16796);
/* harmony import */ var _platform_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4414);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69991);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(84684);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42534);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30468);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68417);
/* harmony import */ var _git_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10286);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68229);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43012);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_errors_js__WEBPACK_IMPORTED_MODULE_3__, _config_js__WEBPACK_IMPORTED_MODULE_7__, _platform_github__WEBPACK_IMPORTED_MODULE_9__]);
([_errors_js__WEBPACK_IMPORTED_MODULE_3__, _config_js__WEBPACK_IMPORTED_MODULE_7__, _platform_github__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











async function runRelease(inputs, deps) {
    const { logger } = deps;
    const runner = (0,_platform_process__WEBPACK_IMPORTED_MODULE_0__/* .createGitRunner */ .ho)({
        cwd: inputs.cwd,
        env: releaseEnv(deps),
        credentials: (0,_git_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCredentials */ .j)(deps.serverUrl, inputs.token),
    });
    // semantic-release runs all its git commands with one environment, so it gets the remote one
    // (its push needs the token); hooks are disabled there as in every other command.
    const env = runner.environments.remote;
    // Names only: which variables reach semantic-release is checkable from a debug log without a value in it.
    logger.debug(`semantic-release environment (names): ${Object.keys(env).sort().join(" ")}`);
    const git = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .createGit */ .lD)(runner);
    await checkPreconditions(inputs, git);
    // Loaded here, not at start-up: everything above can fail on a bad input without it.
    const engine = await Promise.all(/* import() */[__webpack_require__.e(488), __webpack_require__.e(203), __webpack_require__.e(861)]).then(__webpack_require__.bind(__webpack_require__, 66059));
    const { bundledPlugins, named, semanticRelease } = engine;
    const { top, analyzerOptions, notesOptions, githubOptions } = await pluginOptions(engine, inputs, deps);
    if (inputs.majorTag && (await hasRemote(git, "origin"))) {
        // Floating tags move on the remote; a plain `git fetch --tags` (semantic-release's) refuses
        // to update a moved tag, so bring them up to date first.
        await git(["fetch", "--quiet", "--force", "--tags", "origin"]);
    }
    const captured = { commits: [] };
    const capture = named("release action", captureSteps(captured, git));
    const options = {
        branches: top.branches ?? inputs.branches,
        tagFormat: typeof top.tagFormat === "string" ? top.tagFormat : inputs.tagFormat,
        dryRun: inputs.dryRun || top.dryRun === true,
        // Shareable configs and presets would be imported by name at run time: not in a bundle.
        extends: undefined,
        preset: undefined,
        config: undefined,
        plugins: [
            [capture, {}],
            [bundledPlugins.commitAnalyzer, analyzerOptions],
            [bundledPlugins.notesGenerator, notesOptions],
            [bundledPlugins.github, githubOptions],
        ],
    };
    const tagFormat = String(options.tagFormat);
    let result;
    try {
        result = await (0,_git_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .withInheritedCredentials */ .n)(env, () => semanticRelease(options, {
            cwd: inputs.cwd,
            env,
            stdout: deps.stdout,
            stderr: deps.stderr,
        }));
    }
    catch (error) {
        const configuration = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .findConfigurationError */ .w)(error);
        if (configuration)
            throw configuration;
        if (captured.taggingTag && !captured.dryRun) {
            // The cause's stack stays reachable with step debug logging; the step fails with what to do.
            logger.debug((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .I)(error).stack ?? "");
            throw await incompleteRelease(error, captured, git, deps, inputs);
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .I)(error);
    }
    const dryRun = captured.dryRun ?? inputs.dryRun;
    const base = {
        dryRun,
        branch: captured.branch?.name ?? "",
        previousVersion: captured.lastRelease?.version ?? "",
        previousTag: captured.lastRelease?.gitTag ?? "",
        floatingTags: [],
        completed: [],
    };
    if (result !== false && result.nextRelease) {
        return releasedResult(result.nextRelease, result.commits, base, captured, git, inputs, deps, tagFormat);
    }
    const none = noRelease(base, captured);
    if (dryRun || !captured.lastRelease?.gitTag || !captured.branch)
        return none;
    return completeEarlierRelease(engine, none, captured, git, runner.environments.local, inputs, deps, notesOptions, tagFormat);
}
/** The outputs of a run that released nothing (the version fields empty). */
function noRelease(base, captured) {
    return {
        ...base,
        released: false,
        version: "",
        major: "",
        minor: "",
        patch: "",
        prerelease: "",
        tag: "",
        notes: "",
        sha: "",
        commits: captured.commits,
    };
}
/**
 * The suite's own plugin steps, run first: what semantic-release decided (the last release, the
 * branch, the commits) is captured for the outputs, and a tag already on another commit refuses.
 */
function captureSteps(captured, git) {
    return {
        analyzeCommits: async (_config, context) => {
            captured.lastRelease = context.lastRelease;
            captured.branch = context.branch;
            captured.repositoryUrl = context.options.repositoryUrl;
            captured.dryRun = context.options.dryRun === true;
            captured.commits = context.commits.map((c) => ({ hash: c.hash, message: c.message }));
            return null;
        },
        verifyRelease: async (_config, context) => {
            const { gitTag, gitHead } = context.nextRelease;
            const existing = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .localTagCommit */ .Zs)(git, gitTag);
            if (existing && existing !== gitHead) {
                throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Tag ${gitTag} already exists on commit ${existing.slice(0, 12)}, not on the release commit ${gitHead.slice(0, 12)}; delete that tag (git push origin :refs/tags/${gitTag}) or change the tag format, then re-run.`);
            }
        },
        prepare: async (_config, context) => {
            captured.taggingTag = context.nextRelease.gitTag;
        },
    };
}
/** The repository must be a full (not shallow) work tree, the token given and the preset bundled: checked before anything runs. */
async function checkPreconditions(inputs, git) {
    if (!(await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isWorkTree */ .KE)(git))) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .FieldError */ .bg("cwd", `${JSON.stringify(inputs.cwd)} is not a git work tree; check the repository out first (actions/checkout with fetch-depth: 0).`);
    }
    if (await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isShallow */ .fE)(git)) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`The repository in ${inputs.cwd} is a shallow clone, so earlier tags and commits are missing; check it out with actions/checkout "fetch-depth: 0".`);
    }
    if (!inputs.token) {
        throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseFieldError */ .G)("token", "", "is empty", "pass a token with contents: write (the default is ${{ github.token }}) to create the tag and the Release");
    }
    if (!(0,_presets_js__WEBPACK_IMPORTED_MODULE_6__/* .isPresetName */ .l)(inputs.preset)) {
        throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseFieldError */ .G)("preset", inputs.preset, "is not a bundled preset", `use one of: ${_presets_js__WEBPACK_IMPORTED_MODULE_6__/* .presetNames */ .g.join(", ")}`);
    }
}
/** The release file (if any) and the inputs, as the options of the bundled plugins. */
async function pluginOptions(engine, inputs, deps) {
    const { logger } = deps;
    const file = await (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .loadReleaseFile */ .QF)(inputs.cwd);
    const top = file?.config ?? {};
    if (file)
        logger.info(`Using the release configuration in ${file.filepath} (its plugins are the bundled ones).`);
    const selection = (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .selectPluginOptions */ .cd)(file?.config);
    for (const name of selection.ignored) {
        logger.warning(`${file?.filepath}: plugin ${name} is not bundled with the release action and does not run.`);
    }
    if (top.extends !== undefined) {
        logger.warning(`${file?.filepath}: "extends" is not supported by the release action (nothing is installed at run time) and is ignored.`);
    }
    const where = file?.filepath ?? "inputs";
    const analyzerPreset = await loadPreset(engine, selection.options.commitAnalyzer, top, inputs.preset, where);
    const notesPreset = await loadPreset(engine, selection.options.notesGenerator, top, inputs.preset, where);
    const analyzerOptions = withPreset(selection.options.commitAnalyzer, top, analyzerPreset, false);
    const notesOptions = withPreset(selection.options.notesGenerator, top, notesPreset, true);
    const githubOptions = {
        githubUrl: deps.serverUrl,
        githubApiUrl: deps.apiUrl,
        ...selection.options.github,
        successComment: false,
        failComment: false,
        releasedLabels: false,
    };
    return { top, analyzerOptions, notesOptions, githubOptions };
}
/** A release semantic-release made: the floating tags moved (stable releases), then the outputs. */
async function releasedResult(next, commits, base, captured, git, inputs, deps, tagFormat) {
    const { logger } = deps;
    const dryRun = base.dryRun;
    const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersion */ .ot)(next.version);
    const moved = [];
    if (!dryRun && inputs.majorTag && !next.channel && version?.prerelease === "") {
        const floating = await planFloatingTags(git, captured, next.version, next.gitHead, tagFormat, inputs.minorTag, logger);
        try {
            await moveFloatingTags(git, captured, floating, next.version, next.gitHead, tagFormat, logger, moved);
        }
        catch (error) {
            logger.debug((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .I)(error).stack ?? "");
            throw await floatingTagFailure(error, { tag: next.gitTag, floating, moved }, captured, git, deps);
        }
    }
    return {
        ...base,
        released: true,
        ...versionFields(next.version),
        tag: next.gitTag,
        notes: next.notes ?? "",
        sha: next.gitHead,
        commits: commits.map((c) => ({ hash: c.hash, message: c.message })),
        floatingTags: moved,
    };
}
/** The version outputs of a released version: the whole, its parts and its prerelease label. */
function versionFields(text) {
    const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersion */ .ot)(text);
    return {
        version: text,
        major: String(version?.major ?? ""),
        minor: String(version?.minor ?? ""),
        patch: String(version?.patch ?? ""),
        prerelease: version?.prerelease ?? "",
    };
}
/**
 * A re-run after a failure that came after the tag push: semantic-release sees the tag as the
 * last release and has nothing to do, so the missing Release and floating tags are made here,
 * and the outputs describe that release so the jobs chained on them run this time.
 * Only when the last tag is on HEAD, as it is when the job that pushed it is re-run: a later
 * run on newer commits must not publish a Release, or move floating tags back, for a tag that
 * someone deliberately left without them.
 */
async function completeEarlierRelease({ getCommits, getLastRelease, bundledPlugins }, none, captured, git, env, inputs, deps, notesOptions, tagFormat) {
    const last = captured.lastRelease;
    const branch = captured.branch;
    if (!last?.gitTag || !last.version || !branch)
        return none;
    const gitHead = (await git(["rev-list", "-1", last.gitTag])).trim();
    if (gitHead !== (await git(["rev-parse", "HEAD"])).trim())
        return none;
    const [owner = "", repo = ""] = deps.repository.split("/");
    const existing = await findRelease(deps.github, owner, repo, last.gitTag);
    const version = (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .parseVersion */ .ot)(last.version);
    const floating = inputs.majorTag && !branch.channel && version?.prerelease === ""
        ? await planFloatingTags(git, captured, last.version, gitHead, tagFormat, inputs.minorTag, deps.logger, true)
        : [];
    if (existing && floating.length === 0)
        return none;
    const previous = getLastRelease({ branch, options: { tagFormat } }, { before: last.version });
    const previousHead = previous.gitTag ? (await git(["rev-list", "-1", previous.gitTag])).trim() : undefined;
    const quiet = { log: () => { }, error: () => { }, warn: () => { }, success: () => { } };
    const commits = await getCommits({
        cwd: inputs.cwd,
        env,
        lastRelease: { gitHead: previousHead },
        nextRelease: { gitHead },
        logger: quiet,
    });
    const completed = [];
    let notes = existing?.body ?? "";
    if (!existing) {
        notes = String(await bundledPlugins.notesGenerator.generateNotes(notesOptions, {
            cwd: inputs.cwd,
            env,
            commits,
            lastRelease: previous.gitTag ? { ...previous, gitHead: previousHead } : {},
            nextRelease: {
                version: last.version,
                gitTag: last.gitTag,
                gitHead,
                name: last.gitTag,
                channel: branch.channel,
            },
            options: { repositoryUrl: captured.repositoryUrl ?? "" },
            logger: quiet,
        }));
        await deps.github.rest.repos.createRelease({
            owner,
            repo,
            tag_name: last.gitTag,
            name: last.gitTag,
            body: notes,
            prerelease: version?.prerelease !== "",
        });
        const done = `Created the missing GitHub Release ${last.gitTag} (an earlier run pushed the tag and then failed).`;
        completed.push(done);
        deps.logger.info(done);
    }
    const moved = [];
    try {
        await moveFloatingTags(git, captured, floating, last.version, gitHead, tagFormat, deps.logger, moved);
    }
    catch (error) {
        deps.logger.debug((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .I)(error).stack ?? "");
        throw await floatingTagFailure(error, { tag: last.gitTag, floating, moved }, captured, git, deps);
    }
    if (moved.length > 0) {
        completed.push(`Moved ${moved.join(", ")} to ${last.gitTag}, which an earlier run released without moving ${moved.length > 1 ? "them" : "it"}.`);
    }
    return {
        ...none,
        released: true,
        ...versionFields(last.version),
        tag: last.gitTag,
        notes,
        sha: gitHead,
        previousVersion: previous.version ?? "",
        previousTag: previous.gitTag ?? "",
        commits: commits.map((c) => ({ hash: c.hash, message: c.message })),
        floatingTags: moved,
        completed,
    };
}
/** The Release for `tag`, or undefined when GitHub has none. */
async function findRelease(github, owner, repo, tag) {
    try {
        const { data } = await github.rest.repos.getReleaseByTag({ owner, repo, tag });
        return { body: data.body ?? "" };
    }
    catch (error) {
        if ((0,_platform_github__WEBPACK_IMPORTED_MODULE_9__/* .httpStatus */ .n)(error) === 404)
            return undefined;
        throw error;
    }
}
/**
 * The floating tags to point at `sha`: v<major> (and v<major>.<minor>) unless a newer release
 * of that line exists; with `onlyIfStale`, without those already there on the remote.
 */
async function planFloatingTags(git, captured, version, sha, tagFormat, minor, logger, onlyIfStale = false) {
    const remote = captured.repositoryUrl ?? "origin";
    const { moves, skipped } = (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .floatingTags */ .Kb)(version, await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .listTags */ .cB)(git), { tagFormat, minor });
    for (const tag of skipped)
        logger.info(`${tag} stays: a newer stable release of that line exists.`);
    const plan = [];
    for (const tag of moves) {
        if (!onlyIfStale || (await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteTagCommit */ .mY)(git, remote, tag)) !== sha)
            plan.push(tag);
    }
    return plan;
}
/** Moves each tag of `plan` to `sha` in turn, adding it to `moved` once it is on the remote. */
async function moveFloatingTags(git, captured, plan, version, sha, tagFormat, logger, moved) {
    const remote = captured.repositoryUrl ?? "origin";
    for (const tag of plan) {
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .moveTag */ .mK)(git, remote, tag, sha);
        logger.info(`Moved ${tag} to ${sha.slice(0, 12)} (${(0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .tagFor */ .gY)(tagFormat, version)}).`);
        moved.push(tag);
    }
}
/**
 * A floating tag that did not move, as one line with what exists (the release tag, the
 * Release, the floating tags that did move) and the re-run that moves the rest.
 */
async function floatingTagFailure(error, state, captured, git, deps) {
    const remote = captured.repositoryUrl ?? "origin";
    const [owner = "", repo = ""] = deps.repository.split("/");
    const tagSha = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteTagCommit */ .mY)(git, remote, state.tag).catch(() => undefined);
    const release = await findRelease(deps.github, owner, repo, state.tag).then((found) => (found ? "created" : "missing"), () => "unknown");
    const pending = state.floating.slice(state.moved.length);
    const failed = pending[0] ?? "";
    const moved = state.moved.length > 0 ? `, ${state.moved.join(", ")}: moved` : "";
    return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Release ${state.tag} is published but ${failed} was not moved to it: tag ${state.tag} is on the remote at ${tagSha?.slice(0, 12) ?? "(not found)"}, GitHub Release: ${release}${moved}; moving ${failed} failed with: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .I)(error).message}. Re-run the job: it moves ${pending.join(", ")}.`);
}
/**
 * The failure after the tag was pushed, with what exists, as one line: what the engineer needs
 * is the state and the re-run, not this function's stack (the cause's goes to the debug log).
 */
async function incompleteRelease(error, captured, git, deps, inputs) {
    const tag = captured.taggingTag ?? "";
    const remote = captured.repositoryUrl ?? "origin";
    const [owner = "", repo = ""] = deps.repository.split("/");
    const tagSha = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteTagCommit */ .mY)(git, remote, tag).catch(() => undefined);
    const release = await findRelease(deps.github, owner, repo, tag).then((found) => (found ? "created" : "missing"), () => "unknown");
    const cause = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFailure */ .I)(error).message;
    if (!tagSha) {
        return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Release ${tag} failed before its tag reached the remote (${cause}); nothing was published, re-run the job.`);
    }
    const rest = inputs.majorTag ? "creates what is missing and moves the floating tags" : "creates what is missing";
    return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Release ${tag} is incomplete: tag ${tag} is on the remote at ${tagSha.slice(0, 12)}, GitHub Release: ${release}; it failed with: ${cause}. Re-run the job: it ${rest}.`);
}
async function hasRemote(git, name) {
    try {
        await git(["remote", "get-url", name]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The environment semantic-release and git run with, before the token: the step's without the
 * runner's secrets (see environment.ts) and without a GITHUB_TOKEN of the workflow's `env:`
 * (github-token is the one token, and it goes to the remote commands and the GitHub plugin only).
 */
function releaseEnv(deps) {
    const { GITHUB_TOKEN: _workflowToken, ...kept } = (0,_environment_js__WEBPACK_IMPORTED_MODULE_10__/* .releaseEnvironment */ .vI)(deps.env);
    return {
        ...kept,
        GITHUB_API_URL: deps.apiUrl,
        GITHUB_URL: deps.serverUrl,
        // The GitHub plugin skips its push-permission probe inside Actions (installation tokens have no "permissions").
        GITHUB_ACTION: deps.env.GITHUB_ACTION ?? "release",
    };
}
/** Preset parser/writer options for one plugin: plugin options, then the file's top level, then the input. */
async function loadPreset({ presets }, plugin, top, inputPreset, where) {
    const custom = plugin.config ?? top.config;
    if (custom !== undefined) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: "config": ${JSON.stringify(custom)} names a preset package, which the release action cannot load; use "preset" with one of: ${_presets_js__WEBPACK_IMPORTED_MODULE_6__/* .presetNames */ .g.join(", ")}.`);
    }
    const name = String(plugin.preset ?? top.preset ?? inputPreset).toLowerCase();
    if (!(0,_presets_js__WEBPACK_IMPORTED_MODULE_6__/* .isPresetName */ .l)(name)) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: preset ${JSON.stringify(name)} is not bundled with the release action; use one of: ${_presets_js__WEBPACK_IMPORTED_MODULE_6__/* .presetNames */ .g.join(", ")}.`);
    }
    const factory = presets[name];
    const presetConfig = plugin.presetConfig ?? top.presetConfig ?? {};
    return factory((0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(presetConfig) ? presetConfig : {});
}
/**
 * The plugins load a preset by name; here the bundled preset's parser (and writer) options
 * are handed over instead, with the user's own parserOpts/writerOpts on top.
 */
function withPreset(plugin, top, preset, writer) {
    const userParser = plugin.parserOpts ?? top.parserOpts;
    const userWriter = plugin.writerOpts ?? top.writerOpts;
    return {
        ...plugin,
        preset: undefined,
        config: undefined,
        presetConfig: undefined,
        parserOpts: { ...preset.parser, ...((0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(userParser) ? userParser : {}) },
        ...(writer ? { writerOpts: { ...preset.writer, ...((0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .isRecord */ .u4)(userWriter) ? userWriter : {}) } } : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 86390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kU: () => (/* binding */ releaseSummary)
});

// UNUSED EXPORTS: commitType, commitsByType

;// CONCATENATED MODULE: ./packages/action-kit/src/markdown.ts
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

;// CONCATENATED MODULE: ./packages/release/src/summary.ts

const headerPattern = /^(\w+)(?:\([^)]*\))?(!)?: (.*)$/;
/** Conventional-commit type of a message; "breaking" when it has `!` or a BREAKING CHANGE footer. */
function commitType(message) {
    const header = message.split("\n")[0] ?? "";
    const match = headerPattern.exec(header);
    if (match?.[2] === "!" || /^BREAKING[ -]CHANGE:/m.test(message))
        return "breaking";
    return match?.[1]?.toLowerCase() ?? "other";
}
const typeOrder = [
    "breaking",
    "feat",
    "fix",
    "perf",
    "revert",
    "refactor",
    "docs",
    "build",
    "ci",
    "test",
    "style",
    "chore",
];
function commitsByType(commits) {
    const groups = new Map();
    for (const commit of commits) {
        const type = commitType(commit.message);
        groups.set(type, [...(groups.get(type) ?? []), commit]);
    }
    const rank = (type) => (typeOrder.includes(type) ? typeOrder.indexOf(type) : typeOrder.length);
    return [...groups.entries()]
        .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
        .map(([type, list]) => ({ type, commits: list }));
}
function releaseSummary(input) {
    const lines = [];
    // Tags and branches come from git: inline code, which nothing in a ref name can break out of.
    const previous = input.previousTag ? inlineCode(input.previousTag) : "(none)";
    if (input.released) {
        const verb = input.dryRun ? "would release" : "released";
        lines.push(`${verb} ${inlineCode(input.nextTag)} on ${inlineCode(input.branch)} (previous: ${previous})`, "");
    }
    else {
        lines.push(`No release: no commit since ${previous} calls for one.`, "");
    }
    lines.push(table(["previous version", "next version"], [[previous, input.released ? inlineCode(input.nextTag) : "(none)"]]), "");
    for (const done of input.completed)
        lines.push(`- ${done}`);
    if (input.floatingTags.length > 0) {
        lines.push(`Floating tags moved to the release commit: ${input.floatingTags.map(inlineCode).join(", ")}`, "");
    }
    if (input.commits.length > 0) {
        lines.push("#### Commits by type", "");
        const rows = commitsByType(input.commits).map(({ type, commits }) => [
            type,
            String(commits.length),
            commits.map((c) => `${c.hash.slice(0, 7)} ${inlineCode(c.message.split("\n")[0] ?? "")}`).join("\n"),
        ]);
        lines.push(table(["type", "commits", "subjects"], rows), "");
    }
    if (input.notes)
        lines.push("#### Release notes", "", input.notes.trim(), "");
    if (input.defaultTokenInUse && input.released && !input.dryRun) {
        lines.push("> [!NOTE]", "> The tag was pushed with the job's default `GITHUB_TOKEN`: GitHub does not start other workflows for it.", `> Chain the build through ${inlineCode("needs:")} and this step's outputs, or pass a GitHub App token as ${inlineCode(input.tokenInput)}.`, "");
    }
    return lines.join("\n");
}


/***/ }),

/***/ 43012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ floatingTags),
/* harmony export */   gY: () => (/* binding */ tagFor),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* unused harmony export versionOfTag */
const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseVersion(version) {
    const match = semverPattern.exec(version);
    if (!match)
        return undefined;
    return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ?? "" };
}
/** The tag for a version under semantic-release's `tagFormat` (e.g. "v${version}"). */
function tagFor(tagFormat, version) {
    return tagFormat.replaceAll("${version}", version);
}
/** The version a tag names under `tagFormat`, or undefined when it is not such a tag. */
function versionOfTag(tagFormat, tag) {
    const [prefix = "", suffix = ""] = tagFormat.split("${version}");
    if (!tag.startsWith(prefix) || !tag.endsWith(suffix) || tag.length <= prefix.length + suffix.length)
        return undefined;
    const version = tag.slice(prefix.length, tag.length - suffix.length);
    return parseVersion(version) ? version : undefined;
}
/**
 * The floating tags a stable release moves: `v<major>` and, with `minor`, `v<major>.<minor>`,
 * each only when no stable version above this one exists in its line (a patch on an old
 * maintenance line must not pull `v1` back from a newer 1.x).
 */
function floatingTags(version, existingTags, options) {
    const parsed = parseVersion(version);
    if (parsed?.prerelease !== "")
        return { moves: [], skipped: [] };
    const stable = existingTags
        .map((tag) => versionOfTag(options.tagFormat, tag))
        .map((v) => (v === undefined ? undefined : parseVersion(v)))
        .filter((v) => v !== undefined && v.prerelease === "");
    const newer = (line) => stable.some((v) => line(v) && compare(v, parsed) > 0);
    const lines = [[`${parsed.major}`, (v) => v.major === parsed.major]];
    if (options.minor) {
        lines.push([`${parsed.major}.${parsed.minor}`, (v) => v.major === parsed.major && v.minor === parsed.minor]);
    }
    const moves = [];
    const skipped = [];
    for (const [name, line] of lines)
        (newer(line) ? skipped : moves).push(tagFor(options.tagFormat, name));
    return { moves, skipped };
}
function compare(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}


/***/ })

};
