import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 367:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs),
/* harmony export */   t: () => (/* binding */ Outputs)
/* harmony export */ });
/** Input and output names of update-overlay, in one place (action.yml is the contract). */
const Inputs = {
    Repository: "repository",
    Branch: "branch",
    GitHubToken: "github-token",
    CommitVia: "commit-via",
    Path: "path",
    Overlay: "overlay",
    Images: "images",
    Replicas: "replicas",
    Set: "set",
    AllowCreate: "allow-create",
    Message: "message",
    Mode: "mode",
    PrTitle: "pr-title",
    PrLabels: "pr-labels",
    PrReviewers: "pr-reviewers",
    AutoMerge: "auto-merge",
    DryRun: "dry-run",
};
const Outputs = {
    Changed: "changed",
    Commit: "commit",
    PullRequest: "pull-request",
    Files: "files",
    Diff: "diff",
};


/***/ }),

/***/ 821:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs),
/* harmony export */   Q: () => (/* binding */ INPUT_NAMES)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(200);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(362);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(826);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(341);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(791);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(455);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(367);



/** The input behind each field @platform/gitops may refuse: runAction words its errors with these names. */
const INPUT_NAMES = {
    overlay: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Overlay,
    images: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Images,
    replicas: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Replicas,
    set: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Set,
    repository: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Repository,
    branch: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Branch,
    checkout: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Path,
    mode: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Mode,
    commitVia: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.CommitVia,
    allowCreate: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.AllowCreate,
};
/** Reads and checks every input once, masking the token (and the header git sends) the moment it is read. */
function readInputs(runner, input = new _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_()) {
    const token = input.string(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.GitHubToken);
    (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK)(token);
    if (token)
        (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK)((0,_platform_gitops__WEBPACK_IMPORTED_MODULE_3__/* .gitAuthSecret */ .i)(token));
    const repository = input.string(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Repository, { default: runner.repository });
    if (!(0,_platform_gitops__WEBPACK_IMPORTED_MODULE_4__/* .isRepositoryName */ .en)(repository)) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Repository, repository, "is not owner/name", "write it as owner/name");
    }
    const branch = input.optional(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Branch);
    if (branch !== undefined && !(0,_platform_gitops__WEBPACK_IMPORTED_MODULE_4__/* .isBranchName */ .Q8)(branch)) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Branch, branch, "is not a valid branch name", "name an existing branch, e.g. main");
    }
    const checkout = input.optional(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Path) ? input.pathInside(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Path, runner.workspace) : undefined;
    return {
        repository,
        branch,
        token,
        commitVia: input.choice(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.CommitVia, ["git", "api"], "git"),
        checkout,
        request: (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_6__/* .buildEditRequest */ .s)({
            overlay: input.optional(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Overlay),
            images: input.list(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Images),
            replicas: input.list(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Replicas),
            set: input.list(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Set),
            allowCreate: input.boolean(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.AllowCreate, false),
        }),
        message: input.optional(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Message),
        mode: input.choice(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Mode, ["push", "pull-request"], "push"),
        prTitle: input.optional(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.PrTitle),
        prLabels: input.list(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.PrLabels, { commas: true }),
        prReviewers: input.list(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.PrReviewers, { commas: true }),
        autoMerge: input.choice(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.AutoMerge, ["merge", "squash", "rebase"], ""),
        dryRun: input.boolean(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.DryRun, false),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 757:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(362);
/* harmony import */ var _platform_process__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(684);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(821);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inputs_js__WEBPACK_IMPORTED_MODULE_0__]);
_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



const main = async () => {
    const runner = (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .runnerContext */ .c)();
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInputs */ .K)(runner);
    // Loaded once the inputs are read: yaml, diff, the edit code and Octokit (most of the
    // bundle) are not parsed before the first input is, nor at all when an input is refused.
    const [{ run }, { createGitHubClient }] = await Promise.all([__nccwpck_require__.e(/* import() */ 791).then(__nccwpck_require__.bind(__nccwpck_require__, 172)), __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 305))]);
    let client;
    return run(inputs, {
        logger: _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .actionsLogger */ .MV,
        context: {
            serverUrl: runner.serverUrl,
            currentRepository: runner.repository,
            workspace: runner.workspace,
            runnerTemp: runner.temp,
            runUrl: runner.runUrl,
        },
        env: (0,_platform_process__WEBPACK_IMPORTED_MODULE_3__/* .gitBaseEnvironment */ .Rv)(process.env),
        github: () => {
            client ??= createGitHubClient({ token: inputs.token, baseUrl: runner.apiUrl, log: _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .actionsLogger */ .MV });
            return client;
        },
    });
};
void (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(main, { inputNames: _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Q });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  MV: () => (/* binding */ actionsLogger),
  dK: () => (/* binding */ mask),
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: exportVariable, getState, saveState, setOutputs, writeSummary

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(826);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./packages/action-kit/src/log-escape.ts

/**
 * The one function every outside text (registry, GitHub, terraform, git output, file contents)
 * passes through before it reaches the job log. The runner reads its log line by line (`\n`,
 * `\r` and `\r\n` all end a line) and runs any line that starts, after leading whitespace, with
 * `::` as a workflow command (`::add-mask::`, `::stop-commands::`, `::warning::` ...), and any
 * `##[` as a legacy one. So: line breaks are normalised to `\n`, a leading `::` becomes `: :`,
 * `##[` becomes `## [`, and other control characters (terminal escapes included) and the Unicode
 * line separators are shown as `\uXXXX` text. Plain text passes unchanged.
 */
function escapeLog(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line
        .replace(/[\p{Cc}\u2028\u2029]/gu, (char) => char === "\t" ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
        .replace(/##\[/g, "## [")
        .replace(/^(\s*)::/, "$1: :"))
        .join("\n");
}
/**
 * A stream that writes to `target` what is written to it, one escaped line at a time: for
 * libraries that log to a stream (semantic-release's stdout and stderr).
 */
function escapedStream(target) {
    let pending = "";
    const stream = new Transform({
        decodeStrings: false,
        transform(chunk, _encoding, done) {
            pending += typeof chunk === "string" ? chunk : chunk.toString("utf8");
            const cut = Math.max(pending.lastIndexOf("\n"), pending.lastIndexOf("\r"));
            if (cut >= 0) {
                done(null, `${escapeLog(pending.slice(0, cut))}\n`);
                pending = pending.slice(cut + 1);
            }
            else
                done();
        },
        flush(done) {
            done(null, pending === "" ? undefined : `${escapeLog(pending)}\n`);
        },
    });
    stream.pipe(target, { end: false });
    return stream;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/actions.ts





/**
 * The only module in the suite that writes workflow commands, each as @actions/core writes it
 * (core.info, core.warning, ...: see core-commands.ts for why not through its index). Every
 * message is escaped: packages log what registries, GitHub, terraform and git said, which must
 * not run as workflow commands.
 */
const core = {
    info: (message) => {
        process.stdout.write(message + external_node_os_.EOL);
    },
    warning: (message) => issueCommand("warning", {}, message),
    debug: (message) => issueCommand("debug", {}, message),
    error: (message) => issueCommand("error", {}, message),
    setSecret: (secret) => issueCommand("add-mask", {}, secret),
    setFailed: (message) => {
        process.exitCode = 1;
        core.error(message);
    },
    /** GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV when the runner gives the file, else the old command. */
    fileOrCommand: (file, command, name, value) => {
        if (process.env[`GITHUB_${file}`])
            issueFileCommand(file, prepareKeyValueMessage(name, value));
        else {
            if (file === "OUTPUT")
                process.stdout.write(external_node_os_.EOL);
            issueCommand(command, { name }, toCommandValue(value));
        }
    },
};
const actionsLogger = {
    info: (message) => core.info(escapeLog(message)),
    warning: (message) => core.warning(escapeLog(message)),
    debug: (message) => core.debug(escapeLog(message)),
};
/** Masks a secret in every later log line. Call it the moment a secret exists. */
function mask(secret) {
    if (secret)
        core.setSecret(secret);
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core.fileOrCommand("OUTPUT", "set-output", name, String(value));
}
/**
 * Appends the step summary as `core.summary.addRaw(markdown, true).write()` does (the same bytes,
 * the same error), synchronously: @actions/core's summary module loads node:fs/promises (and
 * with it readline and the file watchers, ~4 ms) when it is evaluated, at every action's start.
 */
function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(file, markdown + external_node_os_.EOL, { encoding: "utf8" });
}
function saveState(name, value) {
    core.fileOrCommand("STATE", "save-state", name, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] || "";
}
function exportVariable(name, value) {
    process.env[name] = value;
    core.fileOrCommand("ENV", "set-env", name, value);
}
/** Longest error line a step fails with (values inside are cut to a prefix before that). */
const MAX_ERROR_LINE = 4000;
/**
 * Runs an action: its `post` in the post phase, else its main, whose outputs and summary the
 * kit writes. A ConfigurationError or ServiceError fails the step with its one line (a
 * package's FieldError named by the input `inputNames` gives for its field); any other error is
 * a bug: its stack goes to the log so it can be reported.
 */
async function runAction(main, options = {}) {
    try {
        if (options.post) {
            if (isPostPhase()) {
                await options.post();
                return;
            }
            // Marked before main runs: a main that fails half-way still gets its post step to clean up.
            markMainPhaseDone();
        }
        const result = (await main()) ?? undefined;
        if (result?.outputs)
            setOutputs(result.outputs);
        if (result?.summary)
            writeSummary(result.summary);
        if (result?.failure)
            throw new errors/* ConfigurationError */.j1(result.failure);
    }
    catch (thrown) {
        const error = (0,errors/* namedForInputs */.OK)(thrown, options.inputNames ?? {});
        if (!(0,errors/* isOneLineError */.Tv)(error) && error instanceof Error && error.stack) {
            core.error(error.stack);
        }
        // The last guard against a value echoed whole: an error line is never longer than this.
        const message = (0,errors/* errorMessage */.gJ)(error);
        core.setFailed(message.length > MAX_ERROR_LINE ? `${message.slice(0, MAX_ERROR_LINE)}… (cut)` : message);
    }
}
/** True in the `post:` phase of an action whose main and post share one bundle. */
function isPostPhase() {
    return getState("isPost") === "true";
}
function markMainPhaseDone() {
    saveState("isPost", "true");
}


/***/ }),

/***/ 826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ fieldError),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   OK: () => (/* binding */ namedForInputs),
/* harmony export */   Tv: () => (/* binding */ isOneLineError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   bg: () => (/* binding */ FieldError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony exports SHOWN_VALUE_LIMIT, isConfigurationError */
/**
 * A mistake the workflow author can fix: a bad input, a missing file, refused credentials.
 * It is reported as one line without a stack trace. Anything else is a bug in the suite
 * and is reported with its stack so it can be filed.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
/**
 * An outside service (a registry, GitHub, AWS) kept failing after the retries: neither a bug in
 * the suite nor something the inputs can fix. Reported as one line without a stack trace.
 */
class ServiceError extends Error {
    name = "ServiceError";
}
/** How much of a value an error line shows: enough to recognise it, never a 100 KB line. */
const SHOWN_VALUE_LIMIT = 200;
/** A value as an error line shows it: JSON-quoted, cut to a prefix with its full length said. */
function shownValue(value) {
    if (value.length <= SHOWN_VALUE_LIMIT)
        return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, SHOWN_VALUE_LIMIT))}… (${value.length} characters)`;
}
/** Builds the suite's standard one-liner for an input at fault. */
function inputError(input, value, problem, fix) {
    return new ConfigurationError(`Input "${input}": ${shownValue(value)} ${problem}; ${fix}.`);
}
const asIs = (field) => field;
const render = (text, nameOf) => typeof text === "string" ? text : text(nameOf);
/**
 * A value a package refuses, named in the package's own terms (`field`, e.g. "roleToAssume"):
 * a package never knows an action's input names. The action maps the field to the input that
 * gave the value (runAction's `inputNames`), so the step fails with `Input "role-to-assume": ...`,
 * and another action may hand the same package the value under a name of its own.
 */
class FieldError extends ConfigurationError {
    field;
    detail;
    /** `detail` is what follows `Input "<name>": `: the value, what is wrong, how to fix it. */
    constructor(field, detail) {
        super(`${field}: ${render(detail, asIs)}`);
        this.field = field;
        this.detail = detail;
    }
    /** The line as the action words it, every field named by its input. */
    named(nameOf) {
        return new ConfigurationError(`Input "${nameOf(this.field)}": ${render(this.detail, nameOf)}`);
    }
}
/** inputError's one-liner in a package's terms: `field` is mapped to the action's input later. */
function fieldError(field, value, problem, fix) {
    return new FieldError(field, (nameOf) => `${shownValue(value)} ${render(problem, nameOf)}; ${render(fix, nameOf)}.`);
}
/** A FieldError worded for the action's inputs (a field the table lacks keeps its own name); other errors as they are. */
function namedForInputs(error, inputNames) {
    if (!(error instanceof FieldError))
        return error;
    return error.named((field) => inputNames[field] ?? field);
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** Errors reported as their one line: a user's mistake, or a service that kept failing. */
function isOneLineError(error) {
    return error instanceof ConfigurationError || error instanceof ServiceError;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader)
/* harmony export */ });
/* unused harmony exports environmentInputs, resolveInside, isInside, staysInside, requireBothOrNeither */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(826);



const environmentInputs = (env = process.env) => (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
class InputReader {
    source;
    constructor(source = environmentInputs()) {
        this.source = source;
    }
    /** A trimmed string; empty when unset. */
    string(name, options = {}) {
        const value = (this.source(name) ?? "").trim();
        if (value === "") {
            if (options.required) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, "", "is required", `set "${name}" in the step's "with:" block`);
            }
            return options.default ?? "";
        }
        return value;
    }
    /** A trimmed string, or undefined when unset. */
    optional(name) {
        const value = this.string(name);
        return value === "" ? undefined : value;
    }
    /** YAML 1.2 core booleans, as @actions/core accepts them. */
    boolean(name, defaultValue) {
        const value = this.string(name);
        if (value === "")
            return defaultValue;
        if (["true", "True", "TRUE"].includes(value))
            return true;
        if (["false", "False", "FALSE"].includes(value))
            return false;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, value, "is not a boolean", "use true or false");
    }
    integer(name, defaultValue, bounds = {}) {
        const value = this.string(name);
        if (value === "")
            return defaultValue;
        const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
        const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
        if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, value, "is not a whole number in range", `use a number from ${min} to ${max}`);
        }
        return Number(value);
    }
    /** One of a fixed set of words. */
    choice(name, choices, defaultValue) {
        const value = this.string(name);
        if (value === "")
            return defaultValue;
        if (!choices.includes(value)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, value, "is not a known value", `use one of: ${choices.join(", ")}`);
        }
        return value;
    }
    /**
     * One entry per line (commas also separate when `commas` is set); blank lines and
     * lines starting with # are skipped so long lists can be commented in the workflow.
     */
    list(name, options = {}) {
        const raw = this.string(name, { required: options.required ?? false });
        const separator = options.commas ? /[\n,]/ : /\n/;
        return raw
            .split(separator)
            .map((line) => line.trim())
            .filter((line) => line !== "" && !line.startsWith("#"));
    }
    /**
     * A path that must stay inside `root` (the workspace or a checkout): `..` and absolute
     * paths that escape are refused, because inputs may come from untrusted pull requests.
     */
    pathInside(name, root, options = {}) {
        const value = this.string(name, { required: options.required ?? false, default: options.default ?? "" });
        return resolveInside(name, value, root);
    }
}
/**
 * Resolves `value` against `root` and refuses it when it leads outside: a `..` segment that
 * climbs above the root, an absolute path elsewhere, or a symbolic link (already in the
 * checkout, so possibly planted by a pull request) whose target is outside. Names that only
 * start with dots (`..cache`, `...`) are ordinary names. Returns the path as written
 * (symlinks not replaced), so messages and outputs show what the user gave.
 */
function resolveInside(name, value, root) {
    const { resolvedRoot, resolved, leaves } = locate(root, value);
    const fix = "use a path inside the workspace";
    if (leaves === "lexical")
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, value, `leads outside ${resolvedRoot}`, fix);
    if (leaves === "link")
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, value, `leads outside ${resolvedRoot} through a symbolic link`, fix);
    if (leaves === "loop") {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, value, "has too many levels of symbolic links", "point it at a path without a link loop");
    }
    return resolved;
}
/** True when `candidate` is `root` or below it (both absolute); a segment `..` is what escapes. */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
        return false;
    const first = relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))[0];
    return first !== "..";
}
/**
 * True when `candidate` stays inside `root` both as written and through any symbolic link:
 * for paths a glob found, which are to be skipped rather than refused when they escape.
 */
function staysInside(root, candidate) {
    try {
        return locate(root, candidate).leaves === undefined;
    }
    catch {
        return false;
    }
}
/** `value` resolved against `root`, and how it leaves the root (undefined: it stays inside). */
function locate(root, value) {
    const resolvedRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(resolvedRoot, value);
    if (!isInside(resolvedRoot, resolved))
        return { resolvedRoot, resolved, leaves: "lexical" };
    let real;
    try {
        real = realPath(resolved);
    }
    catch (error) {
        if (error.code !== "ELOOP")
            throw error;
        return { resolvedRoot, resolved, leaves: "loop" };
    }
    return isInside(realPath(resolvedRoot), real)
        ? { resolvedRoot, resolved }
        : { resolvedRoot, resolved, leaves: "link" };
}
const MAX_LINKS = 40;
/**
 * The canonical path of `target`, following every symbolic link of the part that exists;
 * the part that does not exist yet (a file an action will create, a glob) is appended as
 * written. A dangling link is followed by its text, since writing through it would land
 * where it points.
 */
function realPath(target, links = 0) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(target);
    }
    catch (error) {
        const code = error.code;
        if (code !== "ENOENT" && code !== "ENOTDIR")
            throw error;
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target);
    if (parent === target)
        return target;
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realPath(parent, links), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target));
    let isLink = false;
    try {
        isLink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(candidate).isSymbolicLink();
    }
    catch {
        return candidate;
    }
    if (!isLink)
        return candidate;
    if (links >= MAX_LINKS)
        throw Object.assign(new Error(`${target}: too many levels of symbolic links`), { code: "ELOOP" });
    return realPath(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(candidate), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(candidate)), links + 1);
}
/**
 * Two values that only make sense together (username and password): both set or neither,
 * else one line naming the one that is missing. The one wording of that rule in the suite.
 * The names are fields (a FieldError): an action's own input names, which runAction leaves as
 * they are, or a package's fields, which the action's table names.
 */
function requireBothOrNeither(first, second) {
    const [firstName, firstValue] = first;
    const [secondName, secondValue] = second;
    if (!firstValue === !secondValue)
        return;
    const [missing, partner] = firstValue ? [secondName, firstName] : [firstName, secondName];
    throw fieldError(missing, "", (nameOf) => `is required together with "${nameOf(partner)}"`, "give both or neither");
}


/***/ }),

/***/ 15:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ runnerContext)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

function runnerContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.includes("/") ? repository.split("/") : [];
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const runId = env.GITHUB_RUN_ID ?? "";
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        temp: env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(),
        repository,
        owner: env.GITHUB_REPOSITORY_OWNER ?? owner,
        repo,
        runId,
        runNumber: env.GITHUB_RUN_NUMBER ?? "",
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        headRef: env.GITHUB_HEAD_REF ?? "",
        eventName: env.GITHUB_EVENT_NAME ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
        graphqlUrl: env.GITHUB_GRAPHQL_URL ?? "https://api.github.com/graphql",
        runUrl: owner && repo && /^\d+$/.test(runId) ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    };
}


/***/ }),

/***/ 105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ gitopsFieldError)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(826);

/** fieldError for this package's fields. */
function gitopsFieldError(field, value, problem, fix) {
    return (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)(field, value, problem, fix);
}


/***/ }),

/***/ 341:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ gitAuthConfig),
/* harmony export */   i: () => (/* binding */ gitAuthSecret)
/* harmony export */ });
/**
 * Configuration that makes git authenticate to `serverUrl` with a token: an extra header,
 * given through GIT_CONFIG_* variables by the runner (not argv, not the checkout's config).
 * The empty first value clears a header actions/checkout may have persisted, so exactly one
 * is sent.
 */
function gitAuthConfig(serverUrl, token) {
    const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
    return [
        [key, ""],
        [key, `AUTHORIZATION: basic ${gitAuthSecret(token)}`],
    ];
}
/** The base64 credential gitAuthConfig sends, so callers can mask it too. */
function gitAuthSecret(token) {
    return Buffer.from(`x-access-token:${token}`).toString("base64");
}


/***/ }),

/***/ 791:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ isBranchName),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   kK: () => (/* binding */ isResourceName),
/* harmony export */   mv: () => (/* binding */ isReplicaCount)
/* harmony export */ });
/**
 * Validation of the values an edit may write. Everything that reaches a YAML file passes one
 * of these checks first, so no input can smuggle YAML syntax (or a second image) into a file.
 * Image names, tags and digests follow @platform/oci's grammar (isImageName, isTag, isDigest).
 */
/** A Kubernetes object name (DNS-1123 subdomain), as kustomize's `replicas[].name` matches. */
function isResourceName(value) {
    return value.length <= 253 && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(value);
}
/** Replica counts a Deployment accepts (int32, not negative), written without sign or leading zeros. */
function isReplicaCount(value) {
    return /^(0|[1-9][0-9]{0,9})$/.test(value) && Number(value) <= 2_147_483_647;
}
/**
 * A branch name git accepts (git check-ref-format, a little stricter): it ends up in
 * refspecs and GraphQL inputs, so `:`, spaces, `..`, a leading `-` and the like are refused.
 */
function isBranchName(value) {
    return (value.length <= 255 &&
        /^[A-Za-z0-9._/+-]+$/.test(value) &&
        !value.startsWith("-") &&
        !value.startsWith("/") &&
        !value.endsWith("/") &&
        !value.endsWith(".") &&
        !value.endsWith(".lock") &&
        !value.includes("..") &&
        !value.includes("//") &&
        !value.split("/").some((part) => part.startsWith(".")));
}
/**
 * `owner/name` as GitHub allows them: an owner of letters, digits, `-` and `_` (up to 39,
 * not starting with `-`), a name of letters, digits, `.`, `_` and `-` (up to 100) that is not
 * `.` or `..`. Both end up in API paths and clone URLs, where `..` would climb out
 * (`../x` sent `GET /x` with the token to the API host).
 */
function isRepositoryName(value) {
    const match = /^([A-Za-z0-9_][A-Za-z0-9_-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(value);
    return match !== null && match[2] !== "." && match[2] !== "..";
}


/***/ }),

/***/ 455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ buildEditRequest)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(105);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(32);
// The edit request as the inputs give it: parsed and checked when the inputs are read, apart
// from the YAML code in plan.ts, so an action reads its inputs without loading yaml.


/** The most lines one input may hold: enough for any overlay, small enough to review. */
const MAX_LINES = 1000;
/** Builds a request from the raw input lines, validating each (see specs.ts). */
function buildEditRequest(raw) {
    const lists = [
        ["images", raw.images],
        ["replicas", raw.replicas],
        ["set", raw.set],
    ];
    for (const [field, lines] of lists) {
        if ((lines?.length ?? 0) > MAX_LINES) {
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)(field, `${lines?.length} lines`, `holds more than ${MAX_LINES} lines`, "split the change into several steps");
        }
    }
    const images = (raw.images ?? []).map((line) => ({ edit: (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageEdit */ .Rk)(line), line }));
    const replicas = (raw.replicas ?? []).map((line) => ({ edit: (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReplicaEdit */ .yU)(line), line }));
    const sets = (raw.set ?? []).map((line) => (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSetEdit */ .S2)(line));
    const seen = new Set();
    for (const { edit, line } of images) {
        if (seen.has(edit.name))
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("images", line, `sets ${edit.name} a second time`, "keep one line per image");
        seen.add(edit.name);
    }
    seen.clear();
    for (const { edit, line } of replicas) {
        if (seen.has(edit.name))
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("replicas", line, `sets ${edit.name} a second time`, "keep one line per name");
        seen.add(edit.name);
    }
    if (images.length + replicas.length + sets.length === 0) {
        throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("images", "", (nameOf) => `is empty, and so are ${nameOf("replicas")} and ${nameOf("set")}`, "give at least one edit");
    }
    const request = { images, replicas, sets, allowCreate: raw.allowCreate ?? false };
    if (raw.overlay) {
        const outside = (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryPathProblem */ .vB)(raw.overlay);
        if (outside)
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("overlay", raw.overlay, outside, "give a path relative to its root");
        request.overlay = raw.overlay;
    }
    return request;
}


/***/ }),

/***/ 32:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bx: () => (/* binding */ PRESERVE),
  jV: () => (/* binding */ formatPath),
  Rk: () => (/* binding */ parseImageEdit),
  yU: () => (/* binding */ parseReplicaEdit),
  S2: () => (/* binding */ parseSetEdit),
  vB: () => (/* binding */ repositoryPathProblem)
});

// UNUSED EXPORTS: parsePath, splitImage

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./packages/oci/src/digest.ts

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(data) {
    return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** `sha256:abc` -> `sha256-abc`: the tag scheme of the referrers fallback and cosign. */
function digestTag(digest) {
    return digest.replace(":", "-");
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts
const DOCKER_HUB = "docker.io";
/** Docker Hub's other names, folded into DOCKER_HUB wherever a registry is compared. */
const DOCKER_HUB_ALIASES = (/* unused pure expression or super */ null && (["index.docker.io", "docker.io", "registry-1.docker.io"]));
const GHCR = "ghcr.io";
const alphaNumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const PATH_COMPONENT = new RegExp(`^${pathComponent}$`);
const DOMAIN = new RegExp(`^${domain}$`);
const NAME = new RegExp(`^(?:${domain}/)?${pathComponent}(?:/${pathComponent})*$`);
/** The distribution spec's limit for `host/path` (docker refuses longer names too). */
const MAX_NAME_LENGTH = 255;
// A registry host as a user writes one on its own: a name with a dot, localhost, an IPv6
// literal, or a single label with a port (`registry:5000`); a port of up to five digits.
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const REGISTRY_HOST = new RegExp(`^(?:localhost|${LABEL}(?:\\.${LABEL})+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$|^${LABEL}:\\d{1,5}$`);
// The distribution spec's tag grammar.
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
function isTag(value) {
    return TAG.test(value);
}
/** One component of a repository path: lower-case letters and digits joined by . _ __ or dashes. */
function isRepositoryComponent(value) {
    return PATH_COMPONENT.test(value);
}
/** A name without tag or digest: `[host[:port]/]path`, at most 255 characters. */
function isImageName(value) {
    return value.length <= MAX_NAME_LENGTH && NAME.test(value);
}
/** A registry host as written (with port); never one in the link-local/metadata range. */
function isRegistryHost(value) {
    return REGISTRY_HOST.test(value) && !isLinkLocalHost(value.replace(/:\d{1,5}$/, ""));
}
/**
 * 169.254.0.0/16 (IPv4 link-local: the cloud metadata and credential endpoints), fe80::/10 and
 * AWS's fd00:ec2::254: never a registry, and a request there with a token could read the
 * runner's cloud credentials. Accepts a bare host or host:port, IPv6 in brackets or not.
 */
function isLinkLocalHost(hostname) {
    let host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    try {
        // WHATWG URL canonicalises what a connection would use: 2852039166 and 0xa9.0xfe.0xa9.0xfe are 169.254.169.254.
        host = new URL(`http://${host.includes(":") ? `[${host}]` : host}/`).hostname.replace(/^\[|\]$/g, "");
    }
    catch {
        // Not a URL host at all: the registry grammar refuses it elsewhere.
    }
    return (/^169\.254\.\d+\.\d+$/.test(host) ||
        /^::ffff:(169\.254\.|a9fe:)/.test(host) ||
        /^fe[89ab][0-9a-f]?:/.test(host) ||
        /^fd00:ec2:(0*:)*:?0*254$/.test(host));
}
/** `host` or `host:port` without the port (IPv6 stays in brackets). */
function hostOf(registry) {
    return registry.replace(/:\d+$/, "");
}
class InvalidReferenceError extends (/* unused pure expression or super */ null && (Error)) {
    name = "InvalidReference";
}
/**
 * Parses and normalises; throws InvalidReference naming what is wrong. Without a tag or
 * digest the tag is `latest`, unless `defaultTag` is false (a target takes the source's tag).
 */
function parseReference(input, options = {}) {
    const value = input.trim();
    if (value === "")
        throw new InvalidReferenceError("is empty");
    let rest = value;
    let digest;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new InvalidReferenceError(`has a malformed digest "${digest}"`);
        if (digest.startsWith("sha256:") && !SHA256.test(digest)) {
            throw new InvalidReferenceError(`has a malformed sha256 digest "${digest}" (64 lower-case hex digits expected)`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf("/");
    const colon = rest.lastIndexOf(":");
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            throw new InvalidReferenceError(`has an invalid tag "${tag}"`);
    }
    let registry = DOCKER_HUB;
    let repository = rest;
    const slash = rest.indexOf("/");
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
            registry = first;
            repository = rest.slice(slash + 1);
            if (!DOMAIN.test(registry))
                throw new InvalidReferenceError(`has an invalid registry host "${registry}"`);
            if (isLinkLocalHost(hostOf(registry))) {
                throw new InvalidReferenceError(`names a registry in the link-local/metadata range ("${registry}"), where no registry runs`);
            }
        }
    }
    if (DOCKER_HUB_ALIASES.includes(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes("/"))
        repository = `library/${repository}`;
    if (!PATH.test(repository)) {
        throw new InvalidReferenceError(`has an invalid repository name "${repository}" (lower-case letters, digits, . _ - and /)`);
    }
    if (`${registry}/${repository}`.length > MAX_NAME_LENGTH)
        throw new InvalidReferenceError("has a name longer than 255 characters");
    if (!tag && !digest && options.defaultTag !== false)
        tag = "latest";
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}
function formatRepository(repo) {
    return `${repo.registry}/${repo.repository}`;
}
/** The base URL of a registry's API: Docker Hub's endpoint, plain HTTP on loopback. */
function registryEndpoint(registry) {
    if (registry === DOCKER_HUB)
        return "https://registry-1.docker.io";
    const host = registry.replace(/:\d+$/, "");
    const loopback = host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
    return `${loopback ? "http" : "https"}://${registry}`;
}

// EXTERNAL MODULE: ./packages/gitops/src/fields.ts
var fields = __nccwpck_require__(105);
// EXTERNAL MODULE: ./packages/gitops/src/reference.ts
var reference = __nccwpck_require__(791);
;// CONCATENATED MODULE: ./packages/gitops/src/specs.ts



/** `kustomize edit set image` spells "keep what the kustomization has" as `*`. */
const PRESERVE = "*";
/**
 * kustomize's image.Split (api/internal/image/image.go): the first `:` or `@` after the first
 * `/` (so a registry port is not a tag) separates the name from a tag and/or digest.
 */
function splitImage(reference) {
    const slash = reference.indexOf("/");
    const from = Math.max(slash, 0);
    const search = reference.slice(from);
    const at = search.indexOf("@");
    const colon = search.indexOf(":");
    if (at < 0 && colon < 0)
        return { name: reference };
    if (at >= 0 && (at < colon || colon < 0)) {
        return { name: reference.slice(0, from + at), digest: reference.slice(from + at + 1) };
    }
    if (at >= 0) {
        return {
            name: reference.slice(0, from + colon),
            tag: reference.slice(from + colon + 1, from + at),
            digest: reference.slice(from + at + 1),
        };
    }
    return { name: reference.slice(0, from + colon), tag: reference.slice(from + colon + 1) };
}
/**
 * Parses one `images` line the way `kustomize edit set image` parses its argument
 * (kustomize/commands/edit/set/setimage.go, v5: `parse` and `imageArgParse`): an optional
 * `name=` (split at the first `=`), then image.Split of the rest; without `=`, the line must
 * carry a tag or a digest. Unlike kustomize, every part is validated (tag and digest grammar,
 * the distribution reference grammar), so nothing but a reference reaches the file.
 */
function parseImageEdit(line, field = "images") {
    const fail = (problem) => {
        throw (0,fields/* gitopsFieldError */.J)(field, line, problem, "write name=newName:newTag@digest, name:newTag, name@digest or name=newName (* keeps the current part)");
    };
    const equals = line.indexOf("=");
    const key = equals >= 0 ? line.slice(0, equals) : undefined;
    const { name: image, tag: newTag, digest } = splitImage(equals >= 0 ? line.slice(equals + 1) : line);
    if (digest !== undefined && digest !== PRESERVE && !isDigest(digest))
        fail(`has a malformed digest ${JSON.stringify(digest)} (want sha256: and 64 hex)`);
    if (newTag !== undefined && newTag !== PRESERVE && !isTag(newTag))
        fail(`has a malformed tag ${JSON.stringify(newTag)}`);
    if (key !== undefined) {
        if (!isImageName(key))
            fail(`has a malformed image name ${JSON.stringify(key)}`);
        if (image !== PRESERVE && !isImageName(image))
            fail(`has a malformed new image name ${JSON.stringify(image)}`);
        return strip({ name: key, newName: image, newTag, digest });
    }
    if (!isImageName(image))
        fail(`has a malformed image name ${JSON.stringify(image)}`);
    if (newTag === undefined && digest === undefined)
        fail("sets neither a tag nor a digest");
    return strip({ name: image, newTag, digest });
}
function strip(edit) {
    const result = { name: edit.name };
    if (edit.newName !== undefined)
        result.newName = edit.newName;
    if (edit.newTag !== undefined)
        result.newTag = edit.newTag;
    if (edit.digest !== undefined)
        result.digest = edit.digest;
    return result;
}
/** Parses one `replicas` line: `name=count`. */
function parseReplicaEdit(line, field = "replicas") {
    const match = /^([^=]+)=(.*)$/.exec(line);
    const name = match?.[1]?.trim() ?? "";
    const count = match?.[2]?.trim() ?? "";
    if (!match || !(0,reference/* isResourceName */.kK)(name) || !(0,reference/* isReplicaCount */.mv)(count)) {
        throw (0,fields/* gitopsFieldError */.J)(field, line, "is not name=count", "write a Kubernetes object name, =, and a whole number such as web=3");
    }
    return { name, count: Number(count) };
}
/**
 * Why a repository-relative path leads out as written (absolute, or a `..` above the root), or
 * undefined. Checked when the inputs are read, so such a path is refused before any clone or API
 * call, in the words of the tree check (resolveInTree), which still follows links after checkout.
 */
function repositoryPathProblem(value) {
    if (/^([A-Za-z]:|[\\/])/.test(value))
        return "is an absolute path";
    let depth = 0;
    for (const part of value.split(/[\\/]/)) {
        if (part === "..")
            depth--;
        else if (part !== "." && part !== "")
            depth++;
        if (depth < 0)
            return "leads outside the repository";
    }
    return undefined;
}
const MAX_VALUE = 4096;
/** A quoted value may carry a whole file (a ConfigMap's nginx.conf), so it may be longer. */
const MAX_QUOTED_VALUE = 65536;
/** Parses one `set` line: `file:path=value`, with an optional `{k=v,...}` document selector before the path. */
function parseSetEdit(line, field = "set") {
    const fail = (problem) => {
        throw (0,fields/* gitopsFieldError */.J)(field, line, problem, "write file:path=value, e.g. values.yaml:image.tag=1.2.3 or app.yaml:{kind=ConfigMap}data.VERSION=1.2.3");
    };
    const colon = line.indexOf(":");
    if (colon <= 0)
        fail("names no file");
    const file = line.slice(0, colon).trim();
    const outside = repositoryPathProblem(file);
    if (outside)
        fail(outside);
    let rest = line.slice(colon + 1);
    let selector;
    if (rest.startsWith("{")) {
        const close = rest.indexOf("}");
        if (close < 0)
            fail("has an unclosed document selector");
        selector = {};
        for (const part of rest.slice(1, close).split(",")) {
            const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*([^\s,{}=]+)\s*$/.exec(part);
            if (!m?.[1] || m[2] === undefined)
                return fail(`has a malformed document selector part ${JSON.stringify(part)}`);
            selector[m[1]] = m[2];
        }
        rest = rest.slice(close + 1);
    }
    const { path, end } = parsePath(rest, fail);
    if (rest[end] !== "=")
        fail("has no = between the path and the value");
    const raw = rest.slice(end + 1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(raw))
        fail("has a control character in the value");
    const quoted = raw.startsWith('"');
    const value = quoted ? quotedValue(raw, fail) : raw;
    const limit = quoted ? MAX_QUOTED_VALUE : MAX_VALUE;
    if (value.length > limit)
        fail(`has a value longer than ${limit} characters`);
    const edit = { file, path, value, line };
    if (selector)
        edit.selector = selector;
    if (quoted)
        edit.quoted = true;
    return edit;
}
/**
 * A value written as a JSON string literal, the one way an input line can carry line breaks
 * (`"server {\n  listen 80;\n}\n"`): decoded, and then it may hold line breaks and tabs but no
 * other control character (YAML cannot write them outside double quotes, and no one means them).
 */
function quotedValue(raw, fail) {
    let decoded;
    try {
        decoded = JSON.parse(raw);
    }
    catch {
        return fail('has a value that starts with " but is not one JSON string (escape inner quotes as \\")');
    }
    if (typeof decoded !== "string")
        return fail("has a value that is not one JSON string");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: only line breaks and tabs may pass
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(decoded))
        fail("has a control character other than \\n or \\t in the value");
    return decoded;
}
/** Dotted keys, `"quoted.keys"`, `[n]` and `[key=value]`; stops at the `=` before the value. */
function parsePath(text, fail) {
    const path = [];
    let i = 0;
    for (;;) {
        if (text[i] === "[") {
            const close = text.indexOf("]", i);
            if (close < 0)
                fail("has an unclosed [");
            const inner = text.slice(i + 1, close);
            const match = /^([^=\s]+)=([^\s]*)$/.exec(inner);
            if (/^\d+$/.test(inner))
                path.push({ kind: "index", index: Number(inner) });
            else if (match?.[1] && match[2] !== undefined)
                path.push({ kind: "match", key: match[1], value: match[2] });
            else
                fail(`has a malformed selector [${inner}]`);
            i = close + 1;
        }
        else if (text[i] === '"') {
            const close = text.indexOf('"', i + 1);
            if (close <= i + 1)
                fail("has an unclosed or empty quoted key");
            path.push({ kind: "key", key: text.slice(i + 1, close) });
            i = close + 1;
        }
        else {
            const match = /^[^.[\]="{}\s]+/.exec(text.slice(i));
            if (!match)
                fail(`has an empty key at column ${i + 1} of the path`);
            path.push({ kind: "key", key: match?.[0] ?? "" });
            i += match?.[0].length ?? 0;
        }
        if (text[i] === ".") {
            i++;
            continue;
        }
        if (text[i] === "[")
            continue;
        return { path, end: i };
    }
}
function formatPath(path) {
    return path
        .map((segment, index) => {
        if (segment.kind === "index")
            return `[${segment.index}]`;
        if (segment.kind === "match")
            return `[${segment.key}=${segment.value}]`;
        const key = /[.[\]="{}\s]/.test(segment.key) ? `"${segment.key}"` : segment.key;
        return index === 0 ? key : `.${key}`;
    })
        .join("");
}


/***/ }),

/***/ 684:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ childEnvironment),
/* harmony export */   Rv: () => (/* binding */ gitBaseEnvironment),
/* harmony export */   Sn: () => (/* binding */ withOverrides)
/* harmony export */ });
/* unused harmony exports OIDC_REQUEST_VARIABLES, terraformEnvironment, keptForRelease, releaseEnvironment, confineEnvironment */
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
const OIDC_REQUEST_VARIABLES = (/* unused pure expression or super */ null && (["ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"]));
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


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(757);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
