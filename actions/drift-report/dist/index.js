import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  bg: () => (/* reexport */ FieldError),
  i_: () => (/* reexport */ InputReader),
  _7: () => (/* reexport */ ServiceError),
  MV: () => (/* reexport */ actions_actionsLogger),
  DV: () => (/* reexport */ codeBlock),
  gJ: () => (/* reexport */ errorMessage),
  kq: () => (/* reexport */ escapeCell),
  ti: () => (/* reexport */ inlineCode),
  Xu: () => (/* reexport */ inputError),
  dK: () => (/* reexport */ mask),
  LI: () => (/* reexport */ resolveInside),
  Cs: () => (/* reexport */ runAction),
  cE: () => (/* reexport */ runnerContext),
  JJ: () => (/* reexport */ shownValue),
  No: () => (/* reexport */ staysInside)
});

// UNUSED EXPORTS: SHOWN_VALUE_LIMIT, actionsExec, environmentInputs, escapeLog, escapedStream, exportVariable, fieldError, formatBytes, getState, isConfigurationError, isInside, isOneLineError, memoryLogger, namedForInputs, requireBothOrNeither, saveState, setOutputs, silentLogger, table

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/action-kit/src/core-commands.ts
// @actions/core's own workflow-command writers, imported from its files rather than through
// its index (whose "exports" map offers nothing else). The index also loads @actions/core's
// OIDC client, and with it @actions/http-client and undici: ~1 MB that every action parsed at
// start (35-40 ms, the larger part of a small action's start-up). The kit builds the same
// calls @actions/core makes from these; getIDToken loads the index when a token is wanted.
// (A test holds each kit function's output to @actions/core's own for the same arguments.)





;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
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
function errors_fieldError(field, value, problem, fix) {
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
const actions_actionsLogger = {
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
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(markdown, true).write();
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
            await writeSummary(result.summary);
        if (result?.failure)
            throw new ConfigurationError(result.failure);
    }
    catch (thrown) {
        const error = namedForInputs(thrown, options.inputNames ?? {});
        if (!isOneLineError(error) && error instanceof Error && error.stack) {
            core.error(error.stack);
        }
        // The last guard against a value echoed whole: an error line is never longer than this.
        const message = errorMessage(error);
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

// EXTERNAL MODULE: ./packages/process/src/index.ts + 5 modules
var src = __nccwpck_require__(888);
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts


/**
 * The Exec port on @actions/exec, as the runner's own toolkit runs commands: the command line
 * and its output go to the job log live (none of it with `silent`). With a `logger`, output
 * lines go to it instead of straight to stdout. The child never sees the step's inputs nor
 * the OIDC request variables (`childEnvironment`). Output never goes to stdout raw: without a
 * `logger` it goes to the escaping actionsLogger, after a `[command]` line as @actions/exec writes.
 */
function actionsExec(given) {
    const logger = given ?? actionsLogger;
    return async (command, args, options = {}) => {
        if (given === undefined && !options.silent)
            logger.info(`[command]${[command, ...args].join(" ")}`);
        const env = {};
        for (const [key, value] of Object.entries(withOverrides(childEnvironment(process.env), options.env))) {
            if (value !== undefined)
                env[key] = value;
        }
        const toLogger = !options.silent;
        const stdline = (line) => {
            if (toLogger)
                logger.info(line);
            options.onStdoutLine?.(line);
        };
        const errline = (line) => {
            if (toLogger)
                logger.info(line);
            options.onStderrLine?.(line);
        };
        // Loaded at the first command, not at start (@actions/exec and @actions/io, ~45 KB).
        const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 260));
        try {
            const { exitCode, stdout, stderr } = await getExecOutput(command, args, {
                cwd: options.cwd,
                env,
                input: options.stdin === undefined ? undefined : Buffer.from(options.stdin),
                ignoreReturnCode: true,
                silent: true,
                listeners: { stdline, errline },
            });
            return { exitCode, stdout, stderr };
        }
        catch (error) {
            // @actions/io's which() says "Unable to locate executable file" when nothing is on PATH.
            if (error instanceof Error && /Unable to locate executable file/.test(error.message)) {
                throw new Error(`${command} is not installed or not on PATH`);
            }
            throw error;
        }
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts



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
                throw inputError(name, "", "is required", `set "${name}" in the step's "with:" block`);
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
        throw inputError(name, value, "is not a boolean", "use true or false");
    }
    integer(name, defaultValue, bounds = {}) {
        const value = this.string(name);
        if (value === "")
            return defaultValue;
        const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
        const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
        if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw inputError(name, value, "is not a whole number in range", `use a number from ${min} to ${max}`);
        }
        return Number(value);
    }
    /** One of a fixed set of words. */
    choice(name, choices, defaultValue) {
        const value = this.string(name);
        if (value === "")
            return defaultValue;
        if (!choices.includes(value)) {
            throw inputError(name, value, "is not a known value", `use one of: ${choices.join(", ")}`);
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
        throw inputError(name, value, `leads outside ${resolvedRoot}`, fix);
    if (leaves === "link")
        throw inputError(name, value, `leads outside ${resolvedRoot} through a symbolic link`, fix);
    if (leaves === "loop") {
        throw inputError(name, value, "has too many levels of symbolic links", "point it at a path without a link loop");
    }
    return resolved;
}
/** True when `candidate` is `root` or below it (both absolute); a segment `..` is what escapes. */
function isInside(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    if (external_node_path_default().isAbsolute(relative))
        return false;
    const first = relative.split((external_node_path_default()).sep)[0];
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
    const resolvedRoot = external_node_path_default().resolve(root);
    const resolved = external_node_path_default().resolve(resolvedRoot, value);
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
        return external_node_fs_.realpathSync.native(target);
    }
    catch (error) {
        const code = error.code;
        if (code !== "ENOENT" && code !== "ENOTDIR")
            throw error;
    }
    const parent = external_node_path_default().dirname(target);
    if (parent === target)
        return target;
    const candidate = external_node_path_default().join(realPath(parent, links), external_node_path_default().basename(target));
    let isLink = false;
    try {
        isLink = (0,external_node_fs_.lstatSync)(candidate).isSymbolicLink();
    }
    catch {
        return candidate;
    }
    if (!isLink)
        return candidate;
    if (links >= MAX_LINKS)
        throw Object.assign(new Error(`${target}: too many levels of symbolic links`), { code: "ELOOP" });
    return realPath(external_node_path_default().resolve(external_node_path_default().dirname(candidate), (0,external_node_fs_.readlinkSync)(candidate)), links + 1);
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

;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts
const silentLogger = {
    info: () => { },
    warning: () => { },
    debug: () => { },
};
/** Collects messages; handy in unit tests. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => lines.push(m),
        warning: (m) => lines.push(`warning: ${m}`),
        debug: (m) => lines.push(`debug: ${m}`),
    };
}

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

;// CONCATENATED MODULE: ./packages/action-kit/src/runner.ts

function runnerContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.includes("/") ? repository.split("/") : [];
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const runId = env.GITHUB_RUN_ID ?? "";
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        temp: env.RUNNER_TEMP ?? external_node_os_default().tmpdir(),
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

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts










/***/ }),

/***/ 888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sf: () => (/* reexport */ mapLimit),
  U9: () => (/* reexport */ nodeExec),
  M3: () => (/* reexport */ terraformEnvironment)
});

// UNUSED EXPORTS: OIDC_REQUEST_VARIABLES, childEnvironment, confineEnvironment, createGitRunner, createNodeExec, gitBaseEnvironment, gitConfigVariables, gitEnvironments, keptForRelease, releaseEnvironment, talksToRemote, withOverrides

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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
function exec_createNodeExec(defaults = {}) {
    return (command, args, options = {}) => new Promise((resolve, reject) => {
        const env = withOverrides(defaults.env ?? childEnvironment(process.env), options.env);
        const stdinMode = options.stdin === undefined ? "ignore" : "pipe";
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
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
const nodeExec = exec_createNodeExec();

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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
    hooksDir ??= mkdtempSync(path.join(os.tmpdir(), "git-no-hooks-"));
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
        spawn: (args) => spawn("git", args, { cwd: options.cwd, env: environments.local, stdio: ["pipe", "pipe", "ignore"] }),
    });
}

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






/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 15 modules
var src = __nccwpck_require__(265);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/terraform/src/discover.ts



const GLOB_CHARS = /[*?[\]{}]/;
function toPosix(relative) {
    return relative.split((external_node_path_default()).sep).join("/") || ".";
}
async function isTerraformDir(dir) {
    try {
        return (await (0,promises_namespaceObject.readdir)(dir)).some((name) => name.endsWith(".tf") || name.endsWith(".tf.json"));
    }
    catch {
        return false;
    }
}
async function expand(input, pattern, root) {
    const absolute = (0,src/* resolveInside */.LI)(input, pattern, root);
    const relative = external_node_path_default().relative(root, absolute) || ".";
    if (!GLOB_CHARS.test(pattern))
        return [absolute];
    const found = [];
    for await (const match of (0,promises_namespaceObject.glob)(relative, { cwd: root })) {
        const full = external_node_path_default().resolve(root, match);
        // A glob may be given by an untrusted pull request, and a match may be a symbolic link
        // it planted: keep only what stays inside the root.
        if ((0,src/* staysInside */.No)(root, full))
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
            const isDir = await (0,promises_namespaceObject.stat)(candidate).then((s) => s.isDirectory(), () => false);
            if (isDir && (!GLOB_CHARS.test(pattern) || (await isTerraformDir(candidate))))
                matches.push(candidate);
        }
        if (matches.length === 0) {
            throw (0,src/* inputError */.Xu)(input, pattern, "matches no Terraform directory", `give directories (or globs of them) with .tf files, relative to ${root}`);
        }
        for (const match of matches)
            result.add(toPosix(external_node_path_default().relative(root, match)));
    }
    return [...result].sort();
}
/** Plan JSON files the `plans` lines name, each with its workspace: the file's directory. */
async function findPlanFiles(input, patterns, root) {
    const byWorkspace = new Map();
    for (const pattern of patterns) {
        let count = 0;
        for (const candidate of await expand(input, pattern, root)) {
            const isFile = await (0,promises_namespaceObject.stat)(candidate).then((s) => s.isFile(), () => false);
            if (!isFile)
                continue;
            count++;
            const workspace = toPosix(external_node_path_default().relative(root, external_node_path_default().dirname(candidate)));
            const other = byWorkspace.get(workspace);
            if (other !== undefined && other !== candidate) {
                throw (0,src/* inputError */.Xu)(input, pattern, `gives two plan files for workspace ${workspace} (${external_node_path_default().basename(other)} and ${external_node_path_default().basename(candidate)})`, "keep one plan JSON per workspace directory");
            }
            byWorkspace.set(workspace, candidate);
        }
        if (count === 0) {
            throw (0,src/* inputError */.Xu)(input, pattern, "matches no file", `give plan JSON files (globs allowed) relative to ${root}`);
        }
    }
    return [...byWorkspace.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([workspace, file]) => ({ workspace, file }));
}

;// CONCATENATED MODULE: ./packages/terraform/src/drift-issues.ts

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
    const shown = items.slice(0, COMMENT_LIST_LIMIT).map((item) => `- ${(0,src/* inlineCode */.ti)(item)}`);
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
            ? await this.close(errorIssue, `The plan of ${(0,src/* inlineCode */.ti)(subject.key)} succeeds again${this.runLink()}. Closing.`, errorLabels, [])
            : describe("none", errorIssue);
        if (subject.status === "clean") {
            const drift = driftIssue?.state === "open"
                ? await this.close(driftIssue, `No drift in ${(0,src/* inlineCode */.ti)(subject.key)} any more${this.runLink()}: the infrastructure matches the code and the state. Closing.`, this.options.labels, [RESOLVED_LABEL])
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

// EXTERNAL MODULE: ./packages/process/src/index.ts + 5 modules
var process_src = __nccwpck_require__(888);
;// CONCATENATED MODULE: ./packages/terraform/src/environment.ts
// The policy lives beside the suite's other child-environment policies in @platform/process.


;// CONCATENATED MODULE: ./packages/terraform/src/exec.ts
// Running terraform: the Exec port, its node implementation (output kept as Buffers: `show
// -json` of a large plan is tens of megabytes) and mapLimit live in @platform/process. The
// plan runner always passes terraformEnvironment() as `env`, a superset of nodeExec's base.

/**
 * Splits extra command-line arguments the way a shell would for simple cases: whitespace
 * separates, single and double quotes group. No expansion of any kind happens.
 */
function splitArguments(text) {
    const args = [];
    let current = "";
    let quote;
    let started = false;
    for (const char of text) {
        if (quote) {
            if (char === quote)
                quote = undefined;
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            started = true;
        }
        else if (/\s/.test(char)) {
            if (started)
                args.push(current);
            current = "";
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quote)
        throw new Error(`unclosed ${quote} quote`);
    if (started)
        args.push(current);
    return args;
}

;// CONCATENATED MODULE: ./packages/terraform/src/sensitive.ts
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

;// CONCATENATED MODULE: ./packages/terraform/src/model.ts

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
    const secrets = collectSecrets(plan);
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

;// CONCATENATED MODULE: ./packages/terraform/src/plan-json.ts

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
        throw new src/* ConfigurationError */.j1(`${source} is not JSON; give the output of "terraform show -json <planfile>" (not the binary plan file or the text plan).`);
    }
    return checkPlan(parsed, source);
}
function checkPlan(parsed, source) {
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new src/* ConfigurationError */.j1(`${source} is not a Terraform plan JSON object; give "terraform show -json <planfile>" output.`);
    }
    const plan = parsed;
    if (typeof plan.format_version !== "string") {
        throw new src/* ConfigurationError */.j1(`${source} has no "format_version", so it is not Terraform plan JSON; give "terraform show -json <planfile>" output.`);
    }
    const major = plan.format_version.split(".")[0];
    if (major !== SUPPORTED_FORMAT_MAJOR) {
        throw new src/* ConfigurationError */.j1(`${source} has plan format_version ${JSON.stringify(plan.format_version)}, but only ${SUPPORTED_FORMAT_MAJOR}.x is understood; use a Terraform or OpenTofu release that writes format ${SUPPORTED_FORMAT_MAJOR}.x.`);
    }
    const looksLikePlan = "resource_changes" in plan ||
        "planned_values" in plan ||
        "output_changes" in plan ||
        "resource_drift" in plan ||
        "configuration" in plan;
    if (!looksLikePlan) {
        throw new src/* ConfigurationError */.j1(`${source} has no plan sections (planned_values, resource_changes), so it is not plan JSON (state JSON?); give "terraform show -json <planfile>" output.`);
    }
    for (const key of ["resource_changes", "resource_drift"]) {
        const list = plan[key];
        if (list !== undefined && !Array.isArray(list)) {
            throw new src/* ConfigurationError */.j1(`${source} has a "${key}" that is not a list, so it is not valid plan JSON.`);
        }
    }
    return plan;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/terraform/src/plan-runner.ts




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
        throw new src/* FieldError */.bg("terraform", `${(0,src/* shownValue */.JJ)(options.terraform)} could not be run (${why}); install it or give the path of terraform or tofu.`);
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
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(options.tempDir ?? external_node_os_default().tmpdir(), "drift-plan-"));
    try {
        const planFile = external_node_path_default().join(dir, "tfplan");
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
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/terraform/src/render.ts


/** GitHub refuses issue and comment bodies over 65,536 characters. */
const GITHUB_BODY_LIMIT = 65_536;
/** Room kept for the closing "and N more" line once the budget is reached. */
const RESERVE = 600;
/** Addresses, names and values as inline code that nothing inside can close (the kit's one helper). */
const code = src/* inlineCode */.ti;
function countByAction(entries) {
    const counts = new Map();
    for (const entry of entries)
        counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
    return RESOURCE_ACTIONS.filter((action) => counts.has(action))
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
            const row = `| ${(0,src/* escapeCell */.kq)(code(entry.address))} | ${entry.action} | ${(0,src/* escapeCell */.kq)(attributeCell(entry))} |`;
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
        out.force((0,src/* codeBlock */.DV)(lines.length > 0 ? lines.join("\n") : "(no error output)", "text"));
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
                if (!out.add(`| ${(0,src/* escapeCell */.kq)(code(output.name))}${note} | ${output.action}${(0,src/* escapeCell */.kq)(value)} |`))
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
        ].map(src/* escapeCell */.kq);
    });
    const header = "| workspace | status | changed outside Terraform | code and state differ | outputs | issue |";
    return [header, "| --- | --- | --- | --- | --- | --- |", ...rows.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/terraform/src/workspace.ts

function entryKey(section, entry) {
    return [section, entry.address, entry.action, entry.previousAddress ?? "", entry.attributes, entry.values ?? []];
}
/**
 * A digest of exactly what the report shows (addresses, actions, attribute names, and the
 * masked values when they are shown), so "the same drift" means "the same report" and a
 * sensitive value never feeds the digest.
 */
function driftFingerprint(analysis) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)("sha256");
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
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(errorLines.join("\n")).digest("hex").slice(0, 32);
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

;// CONCATENATED MODULE: ./packages/terraform/src/index.ts











;// CONCATENATED MODULE: ./actions/drift-report/src/constants.ts
/** Input and output names of drift-report, in one place (action.yml is the contract). */
const Inputs = {
    Workspaces: "workspaces",
    Plans: "plans",
    Terraform: "terraform",
    Init: "init",
    PlanArgs: "plan-args",
    Concurrency: "concurrency",
    Issues: "issues",
    Labels: "labels",
    MaxNewIssues: "max-new-issues",
    GitHubToken: "github-token",
    ShowValues: "show-values",
    FailOnDrift: "fail-on-drift",
};
const Outputs = {
    Drifted: "drifted",
    Failed: "failed",
    Report: "report",
    Issues: "issues",
};
const ISSUE_MODES = ["per-workspace", "rollup", "none"];

;// CONCATENATED MODULE: ./actions/drift-report/src/inputs.ts



/** The input behind each field @platform/terraform may refuse: runAction words its errors with these names. */
const INPUT_NAMES = { terraform: Inputs.Terraform };
/** Reads and checks every input once; a mistake is one line naming the input. The report links to the run. */
function readInputs(runner, reader = new src/* InputReader */.i_()) {
    const workspaces = reader.list(Inputs.Workspaces);
    const plans = reader.list(Inputs.Plans);
    if (workspaces.length > 0 === plans.length > 0) {
        throw new src/* ConfigurationError */.j1(`Inputs "${Inputs.Workspaces}" and "${Inputs.Plans}": ${workspaces.length > 0 ? "both are set" : "neither is set"}; set exactly one (directories to plan, or plan JSON files from earlier jobs).`);
    }
    const rawArgs = reader.string(Inputs.PlanArgs);
    let planArgs;
    try {
        planArgs = splitArguments(rawArgs);
    }
    catch (error) {
        throw (0,src/* inputError */.Xu)(Inputs.PlanArgs, rawArgs, `cannot be split (${(0,src/* errorMessage */.gJ)(error)})`, "close every quote");
    }
    const issues = reader.choice(Inputs.Issues, ISSUE_MODES, "per-workspace");
    const labels = reader.list(Inputs.Labels, { commas: true });
    if (labels.length === 0)
        labels.push("drift");
    const token = reader.string(Inputs.GitHubToken);
    (0,src/* mask */.dK)(token);
    if (issues !== "none" && token === "") {
        throw (0,src/* inputError */.Xu)(Inputs.GitHubToken, "", "is empty", 'pass a token with "issues: write", or set issues: none');
    }
    return {
        workspaces,
        plans,
        terraform: reader.string(Inputs.Terraform, { default: "terraform" }),
        init: reader.boolean(Inputs.Init, true),
        planArgs,
        concurrency: reader.integer(Inputs.Concurrency, 2, { min: 1, max: 64 }),
        issues,
        labels,
        maxNewIssues: reader.integer(Inputs.MaxNewIssues, 10, { min: 0, max: 1000 }),
        showValues: reader.boolean(Inputs.ShowValues, false),
        failOnDrift: reader.boolean(Inputs.FailOnDrift, false),
        root: runner.workspace,
        tempDir: runner.temp,
        runUrl: runner.runUrl,
        token,
    };
}

;// CONCATENATED MODULE: ./actions/drift-report/src/run.ts






async function planAll(inputs, deps) {
    const paths = await findWorkspaces(Inputs.Workspaces, inputs.workspaces, inputs.root);
    deps.logger.info(`Planning ${paths.length} workspace(s), ${inputs.concurrency} at a time.`);
    return (0,process_src/* mapLimit */.sf)(paths, inputs.concurrency, async (workspace) => {
        const run = await runPlan(external_node_path_default().join(inputs.root, workspace), workspace, {
            terraform: inputs.terraform,
            init: inputs.init,
            planArgs: inputs.planArgs,
            exec: deps.exec,
            env: deps.env,
            tempDir: inputs.tempDir || undefined,
            logger: deps.logger,
        });
        if (!run.ok)
            return failedWorkspace(workspace, run.errorLines);
        const plan = parsePlanJson(run.planJson, `The "terraform show -json" output of ${workspace}`);
        const result = analysedWorkspace(workspace, analysePlan(plan, { showValues: inputs.showValues }));
        if ((run.exitCode === 2) !== (result.status === "drifted")) {
            deps.logger.info(`${workspace}: terraform plan exited ${run.exitCode}, but its JSON shows ${result.status === "drifted" ? "drift" : "no drift"}; the JSON decides.`);
        }
        return result;
    });
}
async function readPlans(inputs) {
    const files = await findPlanFiles(Inputs.Plans, inputs.plans, inputs.root);
    const results = [];
    for (const { file, workspace } of files) {
        const source = `Input "${Inputs.Plans}": ${external_node_path_default().relative(inputs.root, file)}`;
        const plan = parsePlanJson(await (0,promises_namespaceObject.readFile)(file, "utf8"), source);
        if (plan.errored) {
            results.push(failedWorkspace(workspace, ['The plan in this file errored ("errored": true).']));
            continue;
        }
        results.push(analysedWorkspace(workspace, analysePlan(plan, { showValues: inputs.showValues })));
    }
    return results;
}
function workspaceSubject(result) {
    return {
        kind: "workspace",
        key: result.path,
        status: result.status,
        fingerprint: result.fingerprint,
        title: `Terraform drift in ${result.path}`,
        body: renderWorkspace(result, {
            budget: DRIFT_BODY_BUDGET,
            heading: `Terraform found drift in ${(0,src/* inlineCode */.ti)(result.path)}.`,
        }),
        items: driftItems(result),
        errorTitle: `Terraform plan fails in ${result.path}`,
        errorBody: result.status === "failed"
            ? renderWorkspace(result, {
                budget: DRIFT_BODY_BUDGET,
                heading: `The drift check of ${(0,src/* inlineCode */.ti)(result.path)} fails.`,
            })
            : undefined,
    };
}
/** One issue for all workspaces: open while any drifted or failed, closed when all are clean. */
function rollupSubject(results) {
    const notClean = results.filter((result) => result.status !== "clean");
    const fingerprint = (0,external_node_crypto_namespaceObject.createHash)("sha256")
        .update(JSON.stringify(notClean.map((r) => [r.path, r.status, r.fingerprint])))
        .digest("hex")
        .slice(0, 32);
    const budget = Math.max(1_000, Math.floor(DRIFT_BODY_BUDGET / Math.max(1, notClean.length)));
    const sections = notClean.map((result) => renderWorkspace(result, {
        budget,
        heading: `### ${(0,src/* inlineCode */.ti)(result.path)}: ${result.status === "failed" ? "the plan fails" : "drifted"}\n`,
    }));
    return {
        kind: "rollup",
        key: "all workspaces",
        status: notClean.length > 0 ? "drifted" : "clean",
        fingerprint,
        title: "Terraform drift",
        body: [`${renderSummaryTable(notClean)}\n`, ...sections].join("\n\n"),
        items: notClean.flatMap((result) => result.status === "failed"
            ? [`${result.path}: the plan fails`]
            : driftItems(result).map((item) => `${result.path}: ${item}`)),
    };
}
function run_describe(result) {
    if (result.status === "failed")
        return `${result.path}: the plan failed`;
    const analysis = result.analysis;
    if (!analysis || result.status === "clean")
        return `${result.path}: clean`;
    const parts = [
        analysis.drift.length > 0 ? `changed outside Terraform: ${countByAction(analysis.drift)}` : "",
        analysis.changes.length > 0 ? `code and state differ: ${countByAction(analysis.changes)}` : "",
        analysis.outputs.length > 0 ? `${analysis.outputs.length} output(s)` : "",
    ];
    return `${result.path}: drifted (${parts.filter(Boolean).join("; ")})`;
}
/**
 * Plans (or reads plans), then keeps the issues. Every plan is read before any issue is
 * touched, so a bad input or an unreadable plan changes nothing on GitHub.
 */
async function run(inputs, deps) {
    const results = inputs.plans.length > 0 ? await readPlans(inputs) : await planAll(inputs, deps);
    for (const result of results) {
        for (const secret of result.analysis?.secrets.maskable() ?? [])
            deps.mask(secret);
    }
    for (const result of results) {
        deps.logger.info(run_describe(result));
        // Every item, even those an issue body has no room for: names and actions only.
        for (const item of driftItems(result))
            deps.logger.info(`  ${item}`);
    }
    for (const result of results.filter((r) => r.status === "failed")) {
        deps.logger.warning(`${result.path}: ${(result.errorLines ?? []).slice(0, 5).join(" | ")}`);
    }
    let outcomes = [];
    if (inputs.issues !== "none") {
        if (!deps.issues)
            throw new Error("run: issues are enabled but no GitHub port was given");
        const sync = new DriftIssueSync(deps.issues, {
            labels: inputs.labels,
            maxNewIssues: inputs.maxNewIssues,
            logger: deps.logger,
            runUrl: inputs.runUrl,
        });
        const subjects = inputs.issues === "rollup" ? [rollupSubject(results)] : results.map(workspaceSubject);
        outcomes = await sync.syncAll(subjects);
    }
    const listed = new Set(["opened", "updated", "unchanged", "reopened", "closed"]);
    const issueUrls = outcomes.flatMap((outcome) => [outcome.drift, outcome.error, ...outcome.duplicates].flatMap((o) => listed.has(o.action) && o.url ? [o.url] : []));
    const links = new Map();
    for (const outcome of outcomes) {
        const shown = [outcome.error, outcome.drift].find((o) => listed.has(o.action) && o.action !== "closed" && o.url);
        if (shown?.url) {
            if (inputs.issues === "rollup")
                for (const r of results)
                    if (r.status !== "clean")
                        links.set(r.path, shown.url);
            links.set(outcome.key, shown.url);
        }
    }
    const capped = outcomes.filter((o) => o.drift.action === "capped" || o.error.action === "capped").length;
    const summary = [
        "### Terraform drift",
        "",
        renderSummaryTable(results, links),
        capped > 0 ? `\n${capped} issue(s) not opened: max-new-issues (${inputs.maxNewIssues}) reached.` : "",
    ].join("\n");
    const drifted = results.filter((r) => r.status === "drifted").length;
    const failed = results.filter((r) => r.status === "failed").length;
    const report = reportJson(results.map(reportWorkspace));
    return {
        outputs: {
            [Outputs.Drifted]: drifted,
            [Outputs.Failed]: failed,
            [Outputs.Report]: report,
            [Outputs.Issues]: JSON.stringify(issueUrls),
        },
        ...(inputs.failOnDrift && drifted + failed > 0
            ? {
                failure: `${drifted} workspace(s) drifted and ${failed} failed to plan; failing because fail-on-drift is true.`,
            }
            : {}),
        results,
        outcomes,
        drifted,
        failed,
        report,
        issueUrls,
        summary,
    };
}

;// CONCATENATED MODULE: ./actions/drift-report/src/main.ts




void (0,src/* runAction */.Cs)(async () => {
    const runner = (0,src/* runnerContext */.cE)();
    const inputs = readInputs(runner);
    const { owner, repo } = runner;
    if (inputs.issues !== "none" && (owner === "" || repo === "")) {
        throw new src/* ConfigurationError */.j1(`GITHUB_REPOSITORY is ${JSON.stringify(runner.repository)}, not owner/name; run on a GitHub runner or set issues: none.`);
    }
    // Octokit loads only when issues are filed, after the inputs: most of the bundle otherwise.
    const github = inputs.issues === "none" ? undefined : await Promise.all(/* import() */[__nccwpck_require__.e(167), __nccwpck_require__.e(515)]).then(__nccwpck_require__.bind(__nccwpck_require__, 515));
    const issues = github?.githubDriftIssues({ token: inputs.token, baseUrl: runner.apiUrl, log: src/* actionsLogger */.MV }, { owner, repo });
    return run(inputs, {
        logger: src/* actionsLogger */.MV,
        exec: process_src/* nodeExec */.U9,
        env: (0,process_src/* terraformEnvironment */.M3)(process.env),
        mask: src/* mask */.dK,
        issues,
    });
}, { inputNames: INPUT_NAMES });

