export const id = 772;
export const ids = [772];
export const modules = {

/***/ 772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRIFT_BODY_BUDGET: () => (/* reexport */ drift_issues/* DRIFT_BODY_BUDGET */.zS),
  DriftIssueSync: () => (/* reexport */ drift_issues/* DriftIssueSync */.kX),
  GITHUB_BODY_LIMIT: () => (/* reexport */ render/* GITHUB_BODY_LIMIT */.nY),
  REPORT_OUTPUT_LIMIT: () => (/* reexport */ workspace/* REPORT_OUTPUT_LIMIT */.$X),
  RESOURCE_ACTIONS: () => (/* reexport */ model/* RESOURCE_ACTIONS */.Pj),
  SENSITIVE: () => (/* reexport */ model/* SENSITIVE */.NP),
  SecretSet: () => (/* reexport */ sensitive/* SecretSet */.r),
  UNKNOWN: () => (/* reexport */ model/* UNKNOWN */.HV),
  analysePlan: () => (/* reexport */ model/* analysePlan */.J6),
  analysedWorkspace: () => (/* reexport */ workspace/* analysedWorkspace */.hP),
  collectSecrets: () => (/* reexport */ sensitive/* collectSecrets */.q),
  countByAction: () => (/* reexport */ render/* countByAction */.jO),
  driftFingerprint: () => (/* reexport */ workspace/* driftFingerprint */.I9),
  driftItems: () => (/* reexport */ workspace/* driftItems */.ms),
  errorLines: () => (/* reexport */ plan_runner/* errorLines */.S),
  failedWorkspace: () => (/* reexport */ workspace/* failedWorkspace */.Hd),
  findPlanFiles: () => (/* reexport */ discover/* findPlanFiles */._),
  findWorkspaces: () => (/* reexport */ discover/* findWorkspaces */.g),
  mapLimit: () => (/* reexport */ map_limit/* mapLimit */.s),
  nodeExec: () => (/* reexport */ nodeExec),
  parsePlanJson: () => (/* reexport */ plan_json/* parsePlanJson */.X),
  renderSummaryTable: () => (/* reexport */ render/* renderSummaryTable */.bb),
  renderWorkspace: () => (/* reexport */ render/* renderWorkspace */.SL),
  reportJson: () => (/* reexport */ workspace/* reportJson */.l4),
  reportWorkspace: () => (/* reexport */ workspace/* reportWorkspace */.ot),
  runPlan: () => (/* reexport */ plan_runner/* runPlan */.F),
  splitArguments: () => (/* reexport */ exec/* splitArguments */.vj),
  terraformEnvironment: () => (/* reexport */ terraformEnvironment)
});

// EXTERNAL MODULE: ./packages/terraform/src/discover.ts
var discover = __webpack_require__(249);
// EXTERNAL MODULE: ./packages/terraform/src/drift-issues.ts
var drift_issues = __webpack_require__(108);
;// CONCATENATED MODULE: ./packages/process/src/environment.ts
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
const GIT_BASE_VARIABLES = (/* unused pure expression or super */ null && ([
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
]));
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
const dropped = (/* unused pure expression or super */ null && ([/^INPUT_/, /^ACTIONS_/, /^STATE_/]));
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

;// CONCATENATED MODULE: ./packages/process/src/child-process.ts
/**
 * node:child_process, loaded at the first child rather than with the module: it brings net,
 * dgram and the pipe bindings (about 3 ms of start-up), and an action that may never run a child
 * (promote-image runs one only for a docker credential helper) should not pay for it.
 */
function childProcess() {
    return process.getBuiltinModule("node:child_process");
}

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
        const env = withOverrides(defaults.env ?? childEnvironment(process.env), options.env);
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

// EXTERNAL MODULE: ./packages/terraform/src/exec.ts
var exec = __webpack_require__(439);
// EXTERNAL MODULE: ./packages/process/src/map-limit.ts
var map_limit = __webpack_require__(413);
// EXTERNAL MODULE: ./packages/terraform/src/model.ts
var model = __webpack_require__(241);
// EXTERNAL MODULE: ./packages/terraform/src/plan-json.ts
var plan_json = __webpack_require__(456);
// EXTERNAL MODULE: ./packages/terraform/src/plan-runner.ts
var plan_runner = __webpack_require__(288);
// EXTERNAL MODULE: ./packages/terraform/src/render.ts
var render = __webpack_require__(918);
// EXTERNAL MODULE: ./packages/terraform/src/sensitive.ts
var sensitive = __webpack_require__(392);
// EXTERNAL MODULE: ./packages/terraform/src/workspace.ts
var workspace = __webpack_require__(745);
;// CONCATENATED MODULE: ./packages/terraform/src/index.ts












/***/ })

};
