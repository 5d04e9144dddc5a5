export const id = 765;
export const ids = [765];
export const modules = {

/***/ 5787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childProcess)
/* harmony export */ });
/**
 * node:child_process, loaded at the first child rather than with the module: it brings net,
 * dgram and the pipe bindings (about 3 ms of start-up), and an action that may never run a child
 * (promote-image runs one only for a docker credential helper) should not pay for it.
 */
function childProcess() {
    return process.getBuiltinModule("node:child_process");
}


/***/ }),

/***/ 4684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ OIDC_REQUEST_VARIABLES),
/* harmony export */   M3: () => (/* binding */ terraformEnvironment),
/* harmony export */   Nc: () => (/* binding */ keptForRelease),
/* harmony export */   Qc: () => (/* binding */ childEnvironment),
/* harmony export */   Rv: () => (/* binding */ gitBaseEnvironment),
/* harmony export */   Sn: () => (/* binding */ withOverrides),
/* harmony export */   kR: () => (/* binding */ confineEnvironment),
/* harmony export */   vI: () => (/* binding */ releaseEnvironment)
/* harmony export */ });
/**
 * The child-environment policies of the suite, side by side: each names what a kind of child
 * gets from the step's environment.
 * - `childEnvironment`: the default of every Exec: all but the step's inputs and the OIDC request.
 * - `gitBaseEnvironment`: git talking to a GitHub remote (update-overlay): what git needs from the
 *   runner, proxies included, and nothing else (no other step's secrets).
 * - `terraformEnvironment`: terraform (drift-report): `childEnvironment` keeping the OIDC request
 *   (providers' use_oidc), never prompting.
 * - `releaseEnvironment` / `confineEnvironment`: semantic-release and the git it runs: all but the
 *   runner's plumbing and other git credentials.
 */
const OIDC_REQUEST = /^ACTIONS_ID_TOKEN_REQUEST_/;
const GIT_BASE_VARIABLES = [
    "PATH",
    "HOME",
    "LANG",
    "TMPDIR",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
];
/** What git needs from the runner (PATH, HOME, locale, temp, proxies); nothing else. */
function gitBaseEnvironment(env) {
    return Object.fromEntries(GIT_BASE_VARIABLES.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]));
}
/**
 * The environment a child command gets: ours, minus the step's inputs (a password or token
 * input is an INPUT_* variable) and the OIDC request variables, which only a command that
 * asks for its own token needs: name those in `keep` (terraform providers' use_oidc does).
 */
function childEnvironment(env, options = {}) {
    const keep = new Set(options.keep ?? []);
    const result = {};
    for (const [key, value] of Object.entries(env)) {
        if (value === undefined || key.startsWith("INPUT_"))
            continue;
        if (OIDC_REQUEST.test(key) && !keep.has(key))
            continue;
        result[key] = value;
    }
    return result;
}
/** The OIDC request variables, for `childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES })`. */
const OIDC_REQUEST_VARIABLES = ["ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
/** `base` with `overrides` applied: a string sets a variable, undefined removes it. */
function withOverrides(base, overrides) {
    const result = { ...base };
    for (const [key, value] of Object.entries(overrides ?? {})) {
        if (value === undefined)
            delete result[key];
        else
            result[key] = value;
    }
    return result;
}
/**
 * The environment terraform runs with: the runner's minus the step's inputs (the GitHub token
 * is one), never prompting. The OIDC request variables stay: providers' use_oidc reads them.
 */
function terraformEnvironment(env) {
    return { TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES }) };
}
/**
 * Variables semantic-release, its bundled plugins and the git they run never read, which the
 * runner fills with credentials or plumbing:
 * - `INPUT_*`: the step's inputs, github-token among them (it is handed over as GITHUB_TOKEN);
 * - `ACTIONS_*`: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN (they mint OIDC tokens for the job: cloud
 *   credentials), ACTIONS_RUNTIME_TOKEN/_URL, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL (cache and
 *   artifact services);
 * - `STATE_*`: a post step's saved state;
 * - the other git credentials semantic-release would try for its pushes besides GITHUB_TOKEN
 *   (and GH_TOKEN, which the github plugin prefers to it): github-token is the one token used.
 */
const dropped = [/^INPUT_/, /^ACTIONS_/, /^STATE_/];
const otherCredentials = new Set([
    "GH_TOKEN",
    "GIT_CREDENTIALS",
    "GL_TOKEN",
    "GITLAB_TOKEN",
    "BB_TOKEN",
    "BITBUCKET_TOKEN",
    "BB_TOKEN_BASIC_AUTH",
    "BITBUCKET_TOKEN_BASIC_AUTH",
]);
/**
 * Whether semantic-release gets a variable. Everything not dropped above is kept, notably what
 * env-ci reads to recognise the run (GITHUB_ACTIONS, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
 * GITHUB_REF, GITHUB_SHA, GITHUB_RUN_ID, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_WORKSPACE),
 * CI and RUNNER_*, what the github plugin reads (GITHUB_TOKEN, GH_URL/GITHUB_URL, GITHUB_API_URL,
 * GH_PREFIX, http_proxy/HTTP_PROXY), what git needs (HOME, PATH, GIT_*, SSH_AUTH_SOCK, proxy and
 * CA variables), and the workflow's own `env:`, which a release.config.js may read.
 */
function keptForRelease(name) {
    return !otherCredentials.has(name) && !dropped.some((pattern) => pattern.test(name));
}
/** `env` without the variables semantic-release does not get. */
function releaseEnvironment(env) {
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && keptForRelease(name))
            result[name] = value;
    }
    return result;
}
/**
 * Removes the same variables from `target` itself (the action's process.env, once its inputs
 * are read): semantic-release runs git through execa, which adds process.env to the environment
 * it is handed, and the plugins run in this process. Returns the names removed.
 */
function confineEnvironment(target) {
    const removed = Object.keys(target).filter((name) => !keptForRelease(name));
    for (const name of removed)
        delete target[name];
    return removed.sort();
}


/***/ }),

/***/ 1684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ nodeExec),
/* harmony export */   k: () => (/* binding */ createNodeExec)
/* harmony export */ });
/* harmony import */ var _child_process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5787);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4684);


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
        const env = (0,_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .withOverrides */ .Sn)(defaults.env ?? (0,_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .childEnvironment */ .Qc)(process.env), options.env);
        const stdinMode = options.stdin === undefined ? "ignore" : "pipe";
        const child = (0,_child_process_js__WEBPACK_IMPORTED_MODULE_1__/* .childProcess */ .Q)().spawn(command, args, {
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


/***/ }),

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ gitConfigVariables),
/* harmony export */   Tt: () => (/* binding */ gitEnvironments),
/* harmony export */   dn: () => (/* binding */ talksToRemote),
/* harmony export */   ho: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _child_process_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5787);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1684);





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
    hooksDir ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), "git-no-hooks-"));
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
    const exec = options.exec ?? (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .createNodeExec */ .k)({ env: environments.local });
    const run = (args, runOptions = {}) => exec("git", args, {
        cwd: options.cwd,
        stdin: runOptions.input ?? "",
        env: talksToRemote(args) ? environments.remote : environments.local,
    });
    return Object.assign(run, {
        environments,
        spawn: (args) => (0,_child_process_js__WEBPACK_IMPORTED_MODULE_4__/* .childProcess */ .Q)().spawn("git", args, {
            cwd: options.cwd,
            env: environments.local,
            stdio: ["pipe", "pipe", "ignore"],
        }),
    });
}


/***/ }),

/***/ 5765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OIDC_REQUEST_VARIABLES: () => (/* reexport */ environment/* OIDC_REQUEST_VARIABLES */.EZ),
  childEnvironment: () => (/* reexport */ environment/* childEnvironment */.Qc),
  confineEnvironment: () => (/* reexport */ environment/* confineEnvironment */.kR),
  createGitRunner: () => (/* reexport */ git/* createGitRunner */.ho),
  createNodeExec: () => (/* reexport */ exec/* createNodeExec */.k),
  gitBaseEnvironment: () => (/* reexport */ environment/* gitBaseEnvironment */.Rv),
  gitConfigVariables: () => (/* reexport */ git/* gitConfigVariables */.MI),
  gitEnvironments: () => (/* reexport */ git/* gitEnvironments */.Tt),
  keptForRelease: () => (/* reexport */ environment/* keptForRelease */.Nc),
  mapLimit: () => (/* reexport */ mapLimit),
  nodeExec: () => (/* reexport */ exec/* nodeExec */.U),
  releaseEnvironment: () => (/* reexport */ environment/* releaseEnvironment */.vI),
  talksToRemote: () => (/* reexport */ git/* talksToRemote */.dn),
  terraformEnvironment: () => (/* reexport */ environment/* terraformEnvironment */.M3),
  withOverrides: () => (/* reexport */ environment/* withOverrides */.Sn)
});

// EXTERNAL MODULE: ./packages/process/src/environment.ts
var environment = __webpack_require__(4684);
// EXTERNAL MODULE: ./packages/process/src/exec.ts
var exec = __webpack_require__(1684);
// EXTERNAL MODULE: ./packages/process/src/git.ts
var git = __webpack_require__(6093);
;// CONCATENATED MODULE: ./packages/process/src/map-limit.ts
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

;// CONCATENATED MODULE: ./packages/process/src/index.ts






/***/ })

};
