import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand)
/* harmony export */ });
/* unused harmony export issue */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4679);


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
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
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
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 7063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ issueFileCommand),
  v: () => (/* binding */ prepareKeyValueMessage)
});

;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/utils.js
var utils = __nccwpck_require__(4679);
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
    external_fs_.appendFileSync(filePath, `${(0,utils/* toCommandValue */.E)(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = (0,utils/* toCommandValue */.E)(value);
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

/***/ }),

/***/ 1170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports SUMMARY_ENV_VAR, SUMMARY_DOCS_URL, markdownSummary */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9896);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = fs__WEBPACK_IMPORTED_MODULE_1__.promises;
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
                yield access(pathFromEnv, fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
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
        return this.addRaw(os__WEBPACK_IMPORTED_MODULE_0__.EOL);
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

/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue)
/* harmony export */ });
/* unused harmony export toCommandProperties */
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/command.js
var lib_command = __nccwpck_require__(9635);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/file-command.js + 1 modules
var file_command = __nccwpck_require__(7063);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/summary.js
var summary = __nccwpck_require__(1170);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/utils.js
var utils = __nccwpck_require__(4679);
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
class errors_FieldError extends ConfigurationError {
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
    return new errors_FieldError(field, (nameOf) => `${shownValue(value)} ${render(problem, nameOf)}; ${render(fix, nameOf)}.`);
}
/** A FieldError worded for the action's inputs (a field the table lacks keeps its own name); other errors as they are. */
function namedForInputs(error, inputNames) {
    if (!(error instanceof errors_FieldError))
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
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
    warning: (message) => (0,lib_command/* issueCommand */.L)("warning", {}, message),
    debug: (message) => (0,lib_command/* issueCommand */.L)("debug", {}, message),
    error: (message) => (0,lib_command/* issueCommand */.L)("error", {}, message),
    setSecret: (secret) => (0,lib_command/* issueCommand */.L)("add-mask", {}, secret),
    setFailed: (message) => {
        process.exitCode = 1;
        core.error(message);
    },
    /** GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV when the runner gives the file, else the old command. */
    fileOrCommand: (file, command, name, value) => {
        if (process.env[`GITHUB_${file}`])
            (0,file_command/* issueFileCommand */.n)(file, (0,file_command/* prepareKeyValueMessage */.v)(name, value));
        else {
            if (file === "OUTPUT")
                process.stdout.write(external_node_os_.EOL);
            (0,lib_command/* issueCommand */.L)(command, { name }, (0,utils/* toCommandValue */.E)(value));
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
    await summary/* summary */.z.addRaw(markdown, true).write();
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
function environment_childEnvironment(env, options = {}) {
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
function environment_withOverrides(base, overrides) {
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
    return { TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...environment_childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES }) };
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
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
        const env = environment_withOverrides(defaults.env ?? environment_childEnvironment(process.env), options.env);
        const stdinMode = options.stdin === undefined ? "ignore" : "pipe";
        const child = (0,external_node_child_process_.spawn)(command, args, {
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
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
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

;// CONCATENATED MODULE: ./packages/process/src/index.ts





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
        const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
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









;// CONCATENATED MODULE: ./packages/action-kit/src/oidc.ts
/**
 * The job's OIDC token, from @actions/core. A subpath module (`@platform/action-kit/oidc`):
 * @actions/core's index brings its HTTP client and undici (~1 MB, 240 KB gzipped), which only
 * the actions that ask for a token should carry in their dist, and load only when they ask.
 */
async function getIDToken(audience) {
    const { getIDToken } = await Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8216));
    return getIDToken(audience);
}

;// CONCATENATED MODULE: ./packages/aws/src/failures.ts

const THROTTLING = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded"]);
/**
 * An AWS call that failed on AWS's side or on the way there: a server fault (5xx), throttling
 * the retries did not outlast, or no answer at all. Not the user's mistake and not a bug in the
 * suite, so one line (a ServiceError); anything else is left to the caller (undefined).
 */
function awsServiceFailure(error, what) {
    if (!(error instanceof Error))
        return undefined;
    const fields = error;
    const status = fields.$metadata?.httpStatusCode;
    const serverFault = fields.$fault === "server" || (status !== undefined && status >= 500);
    const throttled = THROTTLING.has(error.name) || status === 429;
    const noAnswer = status === undefined &&
        (error.name === "TimeoutError" || (typeof fields.code === "string" && /^E[A-Z]+$/.test(fields.code)));
    if (!serverFault && !throttled && !noAnswer)
        return undefined;
    const attempts = fields.$metadata?.attempts;
    const answer = status === undefined ? "no answer" : `HTTP ${status}`;
    return new ServiceError(`AWS ${what} failed (${error.name}: ${errorMessage(error)}; ${answer}${attempts ? `, after ${attempts} attempt${attempts === 1 ? "" : "s"}` : ""}); try again later, or check the AWS Health Dashboard.`, { cause: error });
}

;// CONCATENATED MODULE: ./packages/aws/src/fields.ts

/** fieldError for this package's fields. */
function fields_awsFieldError(field, value, problem, fix) {
    return fieldError(field, value, problem, fix);
}

;// CONCATENATED MODULE: ./packages/oci/src/errors.ts
/** A registry answered with an error status; `code` is the first distribution error code. */
class RegistryError extends Error {
    name = "RegistryError";
    status;
    code;
    method;
    url;
    retryAfterMs;
    constructor(init) {
        super(`${init.method} ${redactUrl(init.url)}: HTTP ${init.status}${init.code ? ` ${init.code}` : ""}${init.detail ? ` (${init.detail})` : ""}`);
        this.status = init.status;
        this.code = init.code;
        this.method = init.method;
        this.url = init.url;
        this.retryAfterMs = init.retryAfterMs;
    }
}
/** Upload URLs may carry state tokens: only the path is shown. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}
/**
 * A registry pointed our credentials somewhere they must not go (a token realm over plain http
 * from a registry that is not on loopback, or in the link-local/metadata range). Never retried.
 */
class UntrustedEndpointError extends Error {
    name = "UntrustedEndpointError";
    fix;
    constructor(problem, fix) {
        super(problem);
        this.fix = fix;
    }
}
/** Content that does not match its digest or size: never retried into a registry. */
class IntegrityError extends Error {
    name = "IntegrityError";
}
function isErrorLike(value) {
    return typeof value === "object" && value !== null && "message" in value;
}
function isRetryable(error) {
    for (let current = error, depth = 0; isErrorLike(current) && depth < 5; depth++) {
        if (current instanceof IntegrityError)
            return false;
        current = current.cause;
    }
    if (error instanceof RegistryError) {
        return error.status === 408 || error.status === 429 || error.status >= 500;
    }
    if (error instanceof IntegrityError)
        return false;
    return isNetworkError(error);
}
function isNetworkError(error) {
    if (!isErrorLike(error) || error.name === "AbortError")
        return false;
    const codes = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED"];
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        const { code, message } = current;
        if (typeof code === "string" && (codes.includes(code) || code.startsWith("UND_ERR")))
            return true;
        if (message === "fetch failed" || /terminated|other side closed|socket hang up/i.test(String(message))) {
            return true;
        }
        current = current.cause;
    }
    return false;
}
/** No connection at all: refused, no such host, no route (ENETUNREACH on a runner without IPv6). */
const UNREACHABLE = ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "EADDRNOTAVAIL"];
/** Node's HTTP parser refused the answer (HPE_HEADER_OVERFLOW, HPE_INVALID_*): not HTTP we can read. */
function isMalformedResponse(error) {
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        if (typeof current.code === "string" && current.code.startsWith("HPE_"))
            return true;
        current = current.cause;
    }
    return false;
}
function isConnectionRefused(error) {
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        const { code } = current;
        if (typeof code === "string" && UNREACHABLE.includes(code))
            return true;
        current = current.cause;
    }
    return false;
}
/** The message of anything thrown, whatever realm it came from. */
function messageOf(error) {
    return isErrorLike(error) ? String(error.message) : String(error);
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts
const reference_DOCKER_HUB = "docker.io";
/** Docker Hub's other names, folded into DOCKER_HUB wherever a registry is compared. */
const reference_DOCKER_HUB_ALIASES = ["index.docker.io", "docker.io", "registry-1.docker.io"];
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
class InvalidReferenceError extends Error {
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
    let registry = reference_DOCKER_HUB;
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
    if (reference_DOCKER_HUB_ALIASES.includes(registry))
        registry = reference_DOCKER_HUB;
    if (registry === reference_DOCKER_HUB && !repository.includes("/"))
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
    if (registry === reference_DOCKER_HUB)
        return "https://registry-1.docker.io";
    const host = registry.replace(/:\d+$/, "");
    const loopback = host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
    return `${loopback ? "http" : "https"}://${registry}`;
}

;// CONCATENATED MODULE: ./packages/oci/src/auth.ts


function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!match)
        return undefined;
    const scheme = (match[1] ?? "").toLowerCase();
    const params = {};
    for (const param of (match[2] ?? "").matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[(param[1] ?? "").toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
    }
    if (scheme === "basic")
        return { scheme: "basic" };
    if (scheme === "bearer" && params.realm) {
        return { scheme: "bearer", realm: params.realm, ...(params.service ? { service: params.service } : {}) };
    }
    return undefined;
}
/** localhost, 127.0.0.0/8 and ::1: the only hosts where plain http keeps credentials on the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    return host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "::1";
}
/**
 * The realm a registry named for its tokens, checked before credentials go there: https, or
 * plain http only when the registry itself is on loopback; never a link-local/metadata host.
 */
function checkRealm(registry, realm) {
    const fix = "use a registry whose token service is served over https";
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new UntrustedEndpointError(`names a token service that is not a URL (${JSON.stringify(realm.slice(0, 200))})`, fix);
    }
    const where = `${url.protocol}//${url.host}`;
    if (isLinkLocalHost(url.hostname)) {
        throw new UntrustedEndpointError(`names a token service in the link-local/metadata range (${where})`, fix);
    }
    if (url.protocol === "https:")
        return url;
    const registryHost = registry.replace(/:\d+$/, "");
    if (url.protocol === "http:" && isLoopbackHost(registryHost))
        return url;
    throw new UntrustedEndpointError(`names a token service over ${url.protocol.replace(":", "")} (${where}); credentials are sent only over https`, fix);
}
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
class Authenticator {
    options;
    challenges = new Map();
    credentials = new Map();
    tokens = new Map();
    /** Tokens fetched so far (tests read it to see a refresh happen). */
    tokenFetches = 0;
    constructor(options) {
        this.options = options;
    }
    now() {
        return this.options.now?.() ?? Date.now();
    }
    credential(registry) {
        let pending = this.credentials.get(registry);
        if (!pending) {
            pending = this.options.credentials(registry);
            this.credentials.set(registry, pending);
            pending.catch(() => this.credentials.delete(registry));
        }
        return pending;
    }
    challenge(registry) {
        let pending = this.challenges.get(registry);
        if (!pending) {
            pending = this.options.ping(registry).then(({ status, challenge }) => {
                if (status === 401)
                    return parseChallenge(challenge) ?? { scheme: "basic" };
                return { scheme: "none" };
            });
            this.challenges.set(registry, pending);
            pending.catch(() => this.challenges.delete(registry));
        }
        return pending;
    }
    /** The Authorization header for a request needing `scopes`, or undefined for none. */
    async header(registry, scopes) {
        const challenge = await this.challenge(registry);
        if (challenge.scheme === "none")
            return undefined;
        const credential = await this.credential(registry);
        if (challenge.scheme === "basic") {
            if (credential?.kind === "basic") {
                return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
            }
            if (credential?.kind === "registry-token")
                return `Bearer ${credential.registryToken}`;
            return undefined;
        }
        const key = `${registry} ${[...scopes].sort().join(" ")}`;
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached.catch(() => undefined);
            if (token && token.expiresAt > this.now())
                return `Bearer ${token.token}`;
            this.tokens.delete(key);
        }
        const pending = this.fetchToken(registry, challenge, credential, scopes);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return `Bearer ${(await pending).token}`;
    }
    /** After a 401: forget the token for these scopes, and learn a changed challenge. */
    invalidate(registry, scopes, header) {
        this.tokens.delete(`${registry} ${[...scopes].sort().join(" ")}`);
        const challenge = parseChallenge(header);
        if (challenge)
            this.challenges.set(registry, Promise.resolve(challenge));
    }
    async fetchToken(registry, challenge, credential, scopes) {
        if (credential?.kind === "registry-token") {
            return { token: credential.registryToken, expiresAt: Number.POSITIVE_INFINITY };
        }
        const url = checkRealm(registry, challenge.realm);
        const headers = {};
        let init;
        if (credential?.kind === "identity-token") {
            const form = new URLSearchParams({
                grant_type: "refresh_token",
                refresh_token: credential.identityToken,
                client_id: "platform-promote-image",
                ...(challenge.service ? { service: challenge.service } : {}),
                scope: scopes.join(" "),
            });
            headers["content-type"] = "application/x-www-form-urlencoded";
            init = { method: "POST", headers, body: form.toString() };
        }
        else {
            if (challenge.service)
                url.searchParams.set("service", challenge.service);
            for (const scope of scopes)
                url.searchParams.append("scope", scope);
            if (credential?.kind === "basic") {
                headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
            }
            init = { method: "GET", headers };
        }
        // Transient failures surface to the registry request that needed the token, which retries.
        const response = await this.options.exchange(url, init);
        if (!response.ok) {
            const text = response.text();
            throw new RegistryError({
                status: response.status,
                method: init.method,
                url: url.toString(),
                detail: `token service: ${text.slice(0, 200).replace(/\s+/g, " ")}`,
            });
        }
        const body = response.json();
        const token = body.token ?? body.access_token;
        if (!token)
            throw new Error(`token service ${url.origin}${url.pathname} answered without a token`);
        this.options.mask(token);
        this.tokenFetches++;
        // Renew a little early so a token does not lapse between check and use.
        const lifetime = Math.max(1, body.expires_in ?? 60) * 1000;
        return { token, expiresAt: this.now() + lifetime - Math.min(10_000, lifetime / 2) };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/oci/src/docker-config.ts




/**
 * Docker's config file (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`): where it is,
 * how it reads, and how its keys name registries. The one home of these rules: the copy
 * engine reads logins from it, build-push-oidc writes a private one.
 */
/** Where docker itself keeps Docker Hub credentials in a config file. */
const DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";
/** The keys docker and the login actions may have used for Docker Hub, the canonical one first. */
const DOCKER_HUB_CONFIG_KEYS = [DOCKER_HUB_CONFIG_KEY, ...reference_DOCKER_HUB_ALIASES];
/** The `auths` key docker uses for a registry host. */
function dockerConfigKey(host) {
    return host === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : host;
}
/**
 * The host a config key stands for, as docker's ConvertToHostname reads it (`https://host/v1/`
 * -> `host`), with Docker Hub's names folded into one.
 */
function configKeyHost(key) {
    const host = (key.replace(/^https?:\/\//, "").split("/")[0] ?? "").toLowerCase();
    return DOCKER_HUB_ALIASES.includes(host) ? DOCKER_HUB : host;
}
/** The directory docker reads: $DOCKER_CONFIG, else ~/.docker. */
function dockerConfigDir(env = process.env, home = external_node_os_default().homedir()) {
    return env.DOCKER_CONFIG ?? external_node_path_default().join(home, ".docker");
}
/** The parsed config.json of `dir`; `{}` when there is none or it cannot be read (docker's problem, not ours). */
function readDockerConfig(dir) {
    const file = dir ? external_node_path_default().join(dir, "config.json") : undefined;
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/ecr-host.ts
/**
 * Amazon ECR private registry hosts: the one rule every action uses to decide that a registry
 * is ECR (and so gets its login from GetAuthorizationToken). The forms are those AWS documents
 * for docker clients:
 * - `<account>.dkr.ecr.<region>.amazonaws.com` (and `.amazonaws.com.cn` in the China regions);
 * - FIPS: `<account>.dkr.ecr-fips.<region>.amazonaws.com`;
 * - dual-stack (IPv6): `<account>.dkr-ecr[-fips].<region>.on.aws`, and
 *   `.on.amazonwebservices.com.cn` in China.
 */
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-z0-9-]+)\.(amazonaws\.com|amazonaws\.com\.cn|on\.aws|on\.amazonwebservices\.com\.cn)$/;
/** A region code such as `eu-central-1`, `cn-north-1`, `us-gov-west-1` (its shape, not a list). */
function isAwsRegion(region) {
    return AWS_REGION.test(region);
}
/** An ECR registry host (a `:port` is allowed and ignored) -> its account and region; else undefined. */
function parseEcrHost(host) {
    const match = ECR_HOST.exec(host.toLowerCase().replace(/:\d+$/, ""));
    const [, accountId, fips, region, domain] = match ?? [];
    if (!accountId || !region || !domain || !isAwsRegion(region))
        return undefined;
    // The China partition's hosts name China regions only, and the others never do.
    if (domain.endsWith(".cn") !== region.startsWith("cn-"))
        return undefined;
    return { accountId, region, fips: fips !== undefined };
}
function isEcrHost(host) {
    return parseEcrHost(host) !== undefined;
}

;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts




/** First match wins. */
function chainResolvers(...resolvers) {
    return async (registry) => {
        for (const resolver of resolvers) {
            const credential = await resolver(registry);
            if (credential)
                return credential;
        }
        return undefined;
    };
}
/** Explicit username/password, for the given hosts only (undefined hosts: any host). */
function explicitCredentials(username, password, hosts) {
    return async (registry) => (!hosts || hosts.includes(registry) ? { kind: "basic", username, password } : undefined);
}
/** ghcr.io with a GitHub token (any user name is accepted; the token decides). */
function githubTokenCredentials(token) {
    return async (registry) => registry === "ghcr.io" ? { kind: "basic", username: "x-access-token", password: token } : undefined;
}
/**
 * Amazon ECR hosts through GetAuthorizationToken (injected: `@platform/aws`). One call per
 * region, cached; `extraHosts` lets a stand-in registry (tests) be treated as ECR.
 */
function ecrCredentials(authorize, options = {}) {
    const cache = new Map();
    return async (registry) => {
        const host = parseEcrHost(registry);
        const extra = options.extraHosts?.[registry];
        const region = host?.region ?? extra?.region;
        const registryId = host?.accountId ?? extra?.registryId;
        if (!region || !registryId)
            return undefined;
        const key = `${region}/${registryId}`;
        let pending = cache.get(key);
        if (!pending) {
            pending = authorize({ region, registryIds: [registryId] });
            cache.set(key, pending);
        }
        const answers = await pending;
        const found = answers.find((a) => a.registry === registry) ?? answers[0];
        return found ? { kind: "basic", username: found.username, password: found.password } : undefined;
    };
}
function configKeys(registry) {
    const keys = registry === reference_DOCKER_HUB ? DOCKER_HUB_CONFIG_KEYS : [registry];
    return keys.flatMap((k) => [k, `https://${k}`, `http://${k}`, `https://${k}/v1/`, `https://${k}/v2/`]);
}
// A helper that waits for a keychain prompt must not hang the step.
const helperExec = exec_createNodeExec({ timeoutMs: 30_000 });
/** `docker-credential-<helper> get`, the server URL on stdin; undefined when not installed or no entry. */
const runCredentialHelper = async (helper, registry) => {
    try {
        const result = await helperExec(`docker-credential-${helper}`, ["get"], { stdin: registry });
        return result.exitCode === 0 ? JSON.parse(result.stdout) : undefined;
    }
    catch {
        return undefined;
    }
};
/**
 * The docker config `docker/login-action` and `amazon-ecr-login` leave behind: `DOCKER_CONFIG`
 * or `~/.docker/config.json`, with `credHelpers`, `auths` and `credsStore` in docker's order.
 */
function dockerConfigCredentials(options = {}) {
    const dir = dockerConfigDir(options.env ?? process.env, options.home);
    let config;
    const load = () => {
        config ??= readDockerConfig(dir);
        return config;
    };
    const helper = options.helper ?? runCredentialHelper;
    const fromHelper = async (name, registry) => {
        for (const key of registry === reference_DOCKER_HUB ? DOCKER_HUB_CONFIG_KEYS : [registry, `https://${registry}`]) {
            const answer = await helper(name, key);
            if (answer?.Secret) {
                options.mask?.(answer.Secret);
                return answer.Username === "<token>"
                    ? { kind: "identity-token", identityToken: answer.Secret }
                    : { kind: "basic", username: answer.Username, password: answer.Secret };
            }
        }
        return undefined;
    };
    return async (registry) => {
        const cfg = load();
        const keys = configKeys(registry);
        const helperName = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean);
        if (helperName)
            return fromHelper(helperName, registry);
        for (const key of keys) {
            const entry = cfg.auths?.[key];
            if (!entry)
                continue;
            if (entry.identitytoken) {
                options.mask?.(entry.identitytoken);
                return { kind: "identity-token", identityToken: entry.identitytoken };
            }
            if (entry.registrytoken) {
                options.mask?.(entry.registrytoken);
                return { kind: "registry-token", registryToken: entry.registrytoken };
            }
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
                const at = decoded.indexOf(":");
                if (at > 0) {
                    options.mask?.(decoded.slice(at + 1));
                    return { kind: "basic", username: decoded.slice(0, at), password: decoded.slice(at + 1) };
                }
            }
            if (entry.username && entry.password) {
                options.mask?.(entry.password);
                return { kind: "basic", username: entry.username, password: entry.password };
            }
        }
        if (cfg.credsStore)
            return fromHelper(cfg.credsStore, registry);
        return undefined;
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/digest.ts

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
function digest_sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(data).digest("hex")}`;
}
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** `sha256:abc` -> `sha256-abc`: the tag scheme of the referrers fallback and cosign. */
function digestTag(digest) {
    return digest.replace(":", "-");
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/oci/src/http-exchange.ts


/** Far above any manifest or token answer: a larger body is refused instead of buffered. */
const MAX_BODY = 32 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const exchange = (url, init) => once(new URL(url), init, 5);
async function once(target, init, redirectsLeft) {
    const response = await send(target, init);
    const location = response.headers.get("location");
    // As fetch's redirect "follow": 307/308 keep method and body, 301-303 of a GET or HEAD stay GET/HEAD.
    const follow = location &&
        redirectsLeft > 0 &&
        REDIRECTS.has(response.status) &&
        (response.status >= 307 || init.method === "GET" || init.method === "HEAD");
    if (!follow)
        return response;
    const next = new URL(location, target);
    const headers = { ...(init.headers ?? {}) };
    // Storage behind a redirect (S3, a CDN) must not see the registry's credentials.
    if (next.origin !== target.origin)
        delete headers.authorization;
    return once(next, { ...init, headers }, redirectsLeft - 1);
}
function send(target, init) {
    const transport = target.protocol === "https:" ? (external_node_https_default()) : (external_node_http_default());
    const headers = { ...(init.headers ?? {}) };
    const body = typeof init.body === "string" ? Buffer.from(init.body) : init.body;
    if (body)
        headers["content-length"] = String(body.length);
    return new Promise((resolve, reject) => {
        const request = transport.request(target, { method: init.method, headers }, (response) => {
            const chunks = [];
            let size = 0;
            response.on("data", (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY) {
                    response.destroy(new Error(`${target.origin}${target.pathname} answered more than ${MAX_BODY} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on("error", reject);
            // A connection that closes before the end of the body (no "error" in some Node versions).
            response.on("close", () => {
                if (!response.complete)
                    reject(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
            });
            response.on("end", () => {
                const bytes = Buffer.concat(chunks, size);
                const status = response.statusCode ?? 0;
                resolve({
                    status,
                    ok: status >= 200 && status < 300,
                    headers: { get: (name) => headerValue(response.headers[name.toLowerCase()]) },
                    body: bytes,
                    text: () => bytes.toString("utf8"),
                    json: () => JSON.parse(bytes.toString("utf8")),
                });
            });
        });
        request.on("error", reject);
        request.end(body);
    });
}
function headerValue(value) {
    if (value === undefined)
        return null;
    return Array.isArray(value) ? value.join(", ") : value;
}

;// CONCATENATED MODULE: ./packages/oci/src/media-types.ts
/** Manifest and blob media types the engine recognises (OCI image spec 1.1, Docker schema 2). */
const media_types_MediaType = {
    OciIndex: "application/vnd.oci.image.index.v1+json",
    OciManifest: "application/vnd.oci.image.manifest.v1+json",
    OciEmpty: "application/vnd.oci.empty.v1+json",
    DockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
    DockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
    DockerManifestV1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws",
};
const INDEX_TYPES = [media_types_MediaType.OciIndex, media_types_MediaType.DockerManifestList];
/** What we ask a registry for: every manifest kind we can copy, so nothing is converted. */
const MANIFEST_ACCEPT = [
    media_types_MediaType.OciIndex,
    media_types_MediaType.DockerManifestList,
    media_types_MediaType.OciManifest,
    media_types_MediaType.DockerManifest,
].join(", ");
function isIndex(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}

;// CONCATENATED MODULE: ./packages/oci/src/retry.ts

const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5_000, maxTotalDelayMs: 30_000 };
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function backoffDelay(policy, attempt, random = Math.random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(exponential / 2 + (random() * exponential) / 2);
}
/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * The retries one operation may still make, under one policy: attempts and the total wait.
 * withRetry runs on it; a loop that cannot hand withRetry one operation (a download that resumes
 * at the byte it broke, an upload that restarts or changes its way) spends the same budget, so
 * every retry in the package stops at the same limits.
 */
class RetryBudget {
    failures = 0;
    waited = 0;
    policy;
    sleep;
    constructor(policy, sleep) {
        this.policy = policy;
        this.sleep = sleep;
    }
    /**
     * Counts one failed attempt. Resolves when one more attempt fits the policy, after its wait
     * (the registry's `Retry-After`, else the backoff); `wait: false` for a retry that needs no
     * pause (a lapsed token, a body cut short). Otherwise throws `error`.
     */
    async spend(error, options = {}) {
        this.failures++;
        if (this.failures >= this.policy.attempts)
            throw error;
        if (options.wait === false)
            return;
        const hinted = error instanceof RegistryError ? error.retryAfterMs : undefined;
        const delay = hinted ?? backoffDelay(this.policy, this.failures - 1);
        if (this.waited + delay > this.policy.maxTotalDelayMs)
            throw error;
        this.waited += delay;
        options.onRetry?.(error, delay, this.failures);
        await this.sleep(delay);
    }
}
async function withRetry(operation, options) {
    const budget = new RetryBudget(options.policy, options.sleep);
    for (let attempt = 0;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!isRetryable(error))
                throw error;
            await budget.spend(error, { onRetry: options.onRetry });
        }
    }
}

;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/oci/src/stream-http.ts




const stream_http_REDIRECTS = new Set([301, 302, 303, 307, 308]);
function streamRequest(url, init, redirectsLeft = 5) {
    const target = new URL(url);
    const transport = target.protocol === "https:" ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const request = transport.request(target, { method: init.method, headers: init.headers }, (response) => {
            const location = response.headers.location;
            if (init.method === "GET" && location && stream_http_REDIRECTS.has(response.statusCode ?? 0) && redirectsLeft > 0) {
                response.resume();
                const next = new URL(location, target);
                // Storage behind a redirect (S3, a CDN) must not see the registry's credentials.
                const headers = { ...init.headers };
                if (next.origin !== target.origin)
                    delete headers.authorization;
                settled = true;
                streamRequest(next.toString(), { ...init, headers }, redirectsLeft - 1).then(resolve, reject);
                return;
            }
            if (settled) {
                response.resume();
                return;
            }
            settled = true;
            resolve(response);
        });
        request.on("error", fail);
        if (init.body) {
            (0,promises_namespaceObject.pipeline)(external_node_stream_.Readable.from(init.body, { objectMode: false }), request).catch((error) => {
                request.destroy();
                fail(error);
            });
        }
        else {
            request.end();
        }
    });
}
async function readText(response, limit = 4096) {
    let text = "";
    for await (const chunk of response) {
        if (text.length < limit)
            text += chunk.toString("utf8");
    }
    return text.slice(0, limit);
}

;// CONCATENATED MODULE: ./packages/oci/src/client.ts











/** Blob bytes read between two calls of `reclaim`: the memory a copy may leave for the collector. */
const RECLAIM_EVERY = 4 * 1024 * 1024;
class RegistryClient {
    auth;
    unreclaimed = 0;
    options;
    constructor(options = {}) {
        this.options = {
            logger: options.logger ?? silentLogger,
            mask: options.mask ?? (() => { }),
            retry: options.retry ?? DEFAULT_RETRY,
            sleep: options.sleep ?? realSleep,
            exchange: options.exchange ?? exchange,
            endpoint: options.endpoint ?? registryEndpoint,
            reclaim: options.reclaim ?? (() => { }),
        };
        this.auth = new Authenticator({
            credentials: options.credentials ?? chainResolvers(),
            ping: (registry) => this.ping(registry),
            exchange: this.options.exchange,
            mask: this.options.mask,
        });
    }
    /** A fresh retry budget under this client's policy, for a loop withRetry cannot wrap (a streamed upload). */
    retryBudget() {
        return new RetryBudget(this.options.retry, this.options.sleep);
    }
    endpoint(registry) {
        return this.options.endpoint(registry);
    }
    /**
     * True when `url` is on the registry's own origin. Credentials go only there (and to the token
     * realm it names): an upload `Location` or a tags `Link` on another origin gets none.
     */
    isOwnOrigin(registry, url) {
        return new URL(url).origin === new URL(this.endpoint(registry)).origin;
    }
    /** One GET /v2/ (the request that needs it retries, so no retry of its own here). */
    async ping(registry) {
        const url = `${this.endpoint(registry)}/v2/`;
        const response = await this.options.exchange(url, { method: "GET" });
        if (response.status >= 500 || response.status === 429 || response.status === 408) {
            throw new RegistryError({
                status: response.status,
                method: "GET",
                url,
                retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
            });
        }
        return { status: response.status, challenge: response.headers.get("www-authenticate") };
    }
    logRetry = (error, delayMs, attempt) => {
        const message = messageOf(error);
        this.options.logger.info(`retrying in ${delayMs} ms (attempt ${attempt + 1}): ${message}`);
    };
    /**
     * One HTTP exchange with auth (no body, or bytes): a 401 drops the token and tries once more
     * with a fresh one; transient failures are retried with backoff. Blob bytes go through
     * streamExchange instead.
     */
    async request(registry, options) {
        const url = /^https?:\/\//.test(options.path) ? options.path : `${this.endpoint(registry)}${options.path}`;
        const own = this.isOwnOrigin(registry, url);
        const once = async () => {
            for (let authAttempt = 0;; authAttempt++) {
                const authorization = own ? await this.auth.header(registry, options.scopes) : undefined;
                const headers = { ...(options.headers ?? {}) };
                if (authorization)
                    headers.authorization = authorization;
                const response = await this.options.exchange(url, {
                    method: options.method,
                    headers,
                    ...(options.body !== undefined ? { body: options.body } : {}),
                });
                if (response.status === 401) {
                    // Another origin's challenge is not the registry's: it must not redirect our credentials.
                    if (!own)
                        throw new RegistryError({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
                    this.auth.invalidate(registry, options.scopes, response.headers.get("www-authenticate"));
                    if (authAttempt === 0)
                        continue;
                    throw new RegistryError({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
                }
                if (response.ok || options.allow?.includes(response.status))
                    return response;
                throw errorFrom(response, options.method, url);
            }
        };
        return withRetry(once, { policy: this.options.retry, sleep: this.options.sleep, onRetry: this.logRetry });
    }
    // ---- manifests ----
    async getManifest(repo, reference) {
        const response = await this.request(repo.registry, {
            method: "GET",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [repositoryScope(repo.repository, "pull")],
            headers: { accept: MANIFEST_ACCEPT },
        });
        const bytes = response.body;
        const digest = digest_sha256Digest(bytes);
        if (isDigest(reference) && digest !== reference) {
            throw new IntegrityError(`manifest ${reference} of ${repo.registry}/${repo.repository} has digest ${digest}`);
        }
        let json;
        try {
            json = JSON.parse(bytes.toString("utf8"));
        }
        catch {
            throw new IntegrityError(`manifest ${reference} of ${repo.registry}/${repo.repository} is not JSON`);
        }
        const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
        const mediaType = json.mediaType ?? (contentType || (json.manifests ? media_types_MediaType.OciIndex : media_types_MediaType.OciManifest));
        return { bytes, mediaType, digest, json };
    }
    /** The manifest's digest, type and size, or undefined when absent. */
    async headManifest(repo, reference, push = false) {
        const response = await this.request(repo.registry, {
            method: "HEAD",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [repositoryScope(repo.repository, push ? "pull,push" : "pull")],
            headers: { accept: MANIFEST_ACCEPT },
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get("docker-content-digest");
        if (!digest) {
            const manifest = await this.getManifest(repo, reference);
            return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
        }
        return {
            digest,
            mediaType: (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "",
            size: Number(response.headers.get("content-length") ?? 0),
        };
    }
    /** Puts the bytes as they are (so the digest is unchanged); answers the `OCI-Subject` header if any. */
    async putManifest(repo, reference, bytes, mediaType) {
        const response = await this.request(repo.registry, {
            method: "PUT",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [repositoryScope(repo.repository, "pull,push")],
            headers: { "content-type": mediaType },
            body: bytes,
        });
        return {
            digest: response.headers.get("docker-content-digest") ?? digest_sha256Digest(bytes),
            subject: response.headers.get("oci-subject") ?? undefined,
        };
    }
    // ---- blobs ----
    async headBlob(repo, digest, push = false) {
        const response = await this.request(repo.registry, {
            method: "HEAD",
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [repositoryScope(repo.repository, push ? "pull,push" : "pull")],
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        return Number(response.headers.get("content-length") ?? 0);
    }
    /** Cross-repository mount; when refused, the registry opens an upload session instead. */
    async mountBlob(repo, digest, from) {
        const response = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
            scopes: [repositoryScope(repo.repository, "pull,push"), repositoryScope(from, "pull")],
        });
        if (response.status === 201)
            return { mounted: true };
        return { mounted: false, location: this.location(repo.registry, response) };
    }
    async startUpload(repo) {
        const response = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes: [repositoryScope(repo.repository, "pull,push")],
        });
        return this.location(repo.registry, response);
    }
    location(registry, response) {
        const location = response.headers.get("location");
        if (!location)
            throw new Error(`${registry} opened an upload without a Location header`);
        return new URL(location, `${this.endpoint(registry)}/`).toString();
    }
    /**
     * Monolithic upload: one `PUT <location>?digest=` with the body (bytes or a stream) and its
     * Content-Length. The registry checks the digest too.
     */
    async finishUpload(repo, location, digest, size, body) {
        const url = new URL(location);
        url.searchParams.set("digest", digest);
        const headers = { "content-type": "application/octet-stream", "content-length": String(size) };
        const scopes = [repositoryScope(repo.repository, "pull,push")];
        if (Buffer.isBuffer(body)) {
            await this.request(repo.registry, {
                method: "PUT",
                path: url.toString(),
                scopes,
                headers,
                body,
            });
            return;
        }
        const response = await this.streamExchange(repo.registry, "PUT", url.toString(), scopes, headers, body);
        response.resume();
    }
    /** A streamed exchange (blob bytes) with auth; a 401 drops the token and is thrown for the caller to retry. */
    async streamExchange(registry, method, path, scopes, headers, body) {
        const url = /^https?:\/\//.test(path) ? path : `${this.endpoint(registry)}${path}`;
        const own = this.isOwnOrigin(registry, url);
        const authorization = own ? await this.auth.header(registry, scopes) : undefined;
        const response = await streamRequest(url, {
            method,
            headers: { ...headers, ...(authorization ? { authorization } : {}) },
            ...(body ? { body } : {}),
        });
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300)
            return response;
        const text = await readText(response).catch(() => "");
        const challenge = response.headers["www-authenticate"];
        if (status === 401 && own)
            this.auth.invalidate(registry, scopes, typeof challenge === "string" ? challenge : null);
        let code;
        let detail;
        try {
            const parsed = JSON.parse(text);
            code = parsed.errors?.[0]?.code;
            detail = parsed.errors?.[0]?.message;
        }
        catch {
            detail = text.slice(0, 200).replace(/\s+/g, " ").trim() || undefined;
        }
        const retryAfter = response.headers["retry-after"];
        const retryAfterMs = parseRetryAfter(typeof retryAfter === "string" ? retryAfter : null);
        throw new RegistryError({
            status,
            method,
            url: redactUrl(url),
            ...(code ? { code } : {}),
            ...(detail ? { detail } : {}),
            ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
    }
    /**
     * Chunked upload, only for a registry that refuses a monolithic one (413): PATCH chunks of
     * `chunkSize` bytes (at least the registry's `OCI-Chunk-Min-Length`) with `Content-Range`,
     * then `PUT ?digest=` with no body. One chunk is held in memory at a time.
     */
    async uploadChunked(repo, digest, body, chunkSize = 8 * 1024 * 1024) {
        const scopes = [repositoryScope(repo.repository, "pull,push")];
        const start = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes,
        });
        let location = this.location(repo.registry, start);
        const size = Math.max(chunkSize, Number(start.headers.get("oci-chunk-min-length") ?? 0));
        let offset = 0;
        let pending = [];
        let pendingBytes = 0;
        /** Sends exactly `size` bytes (the last chunk: what is left), keeping the remainder. */
        const flush = async () => {
            const all = Buffer.concat(pending, pendingBytes);
            const chunk = all.subarray(0, Math.min(size, all.length));
            const rest = all.subarray(chunk.length);
            pending = rest.length ? [rest] : [];
            pendingBytes = rest.length;
            const response = await this.request(repo.registry, {
                method: "PATCH",
                path: location,
                scopes,
                headers: {
                    "content-type": "application/octet-stream",
                    "content-length": String(chunk.length),
                    "content-range": `${offset}-${offset + chunk.length - 1}`,
                },
                body: chunk,
            });
            location = this.location(repo.registry, response);
            offset += chunk.length;
        };
        for await (const data of body) {
            pending.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
            pendingBytes += data.byteLength;
            while (pendingBytes >= size)
                await flush();
        }
        if (pendingBytes > 0)
            await flush();
        const url = new URL(location);
        url.searchParams.set("digest", digest);
        await this.request(repo.registry, {
            method: "PUT",
            path: url.toString(),
            scopes,
            headers: { "content-length": "0" },
            body: Buffer.alloc(0),
        });
    }
    /** Pushes a small blob held in memory (configs, SBOMs); skips it when present. */
    async pushBlob(repo, bytes, mediaType = "application/octet-stream") {
        const digest = digest_sha256Digest(bytes);
        if ((await this.headBlob(repo, digest, true)) === undefined) {
            const location = await this.startUpload(repo);
            await this.finishUpload(repo, location, digest, bytes.length, bytes);
        }
        return { mediaType, digest, size: bytes.length };
    }
    /**
     * A blob as a stream of chunks, verified against size and digest as it flows (the last
     * chunk is held back until both match, so a bad blob never completes an upload). A broken
     * body resumes with `Range` from the byte it stopped at.
     */
    async *readBlob(repo, digest, size) {
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let offset = 0;
        let held;
        const budget = this.retryBudget();
        let authRetried = false;
        for (;;) {
            let response;
            try {
                response = await this.streamExchange(repo.registry, "GET", `/v2/${repo.repository}/blobs/${digest}`, [repositoryScope(repo.repository, "pull")], offset > 0 ? { range: `bytes=${offset}-` } : {});
            }
            catch (error) {
                // A token that lapsed: the 401 dropped it, so the next attempt fetches a fresh one at once.
                const expired = error instanceof RegistryError && error.status === 401 && !authRetried;
                if (expired)
                    authRetried = true;
                if (!(expired || isRetryable(error)))
                    throw error;
                await budget.spend(error, { wait: !expired });
                continue;
            }
            // A server that ignores Range answers 200 from byte 0: skip what we already have.
            let skip = offset > 0 && response.statusCode !== 206 ? offset : 0;
            try {
                for await (const chunk of response) {
                    let data = chunk;
                    if (skip > 0) {
                        const dropped = Math.min(skip, data.length);
                        data = data.subarray(dropped);
                        skip -= dropped;
                        if (data.length === 0)
                            continue;
                    }
                    offset += data.length;
                    if (offset > size)
                        throw new IntegrityError(`blob ${digest} is larger than its ${size} bytes`);
                    hash.update(data);
                    this.unreclaimed += data.length;
                    if (this.unreclaimed >= RECLAIM_EVERY) {
                        this.unreclaimed = 0;
                        this.options.reclaim();
                    }
                    if (held)
                        yield held;
                    held = data;
                }
            }
            catch (error) {
                if (error instanceof IntegrityError || !isNetworkError(error))
                    throw error;
                await budget.spend(error, {
                    onRetry: () => this.options.logger.info(`download of ${digest} broke at byte ${offset}; resuming`),
                });
                continue;
            }
            if (offset < size) {
                // The body ended early without an error: ask again from where it stopped, no pause.
                await budget.spend(new IntegrityError(`blob ${digest} ended at byte ${offset} of ${size}`), { wait: false });
                continue;
            }
            break;
        }
        const actual = `sha256:${hash.digest("hex")}`;
        if (offset !== size || actual !== digest) {
            throw new IntegrityError(`blob ${digest} of ${repo.registry}/${repo.repository} read as ${actual} (${offset} bytes)`);
        }
        if (held)
            yield held;
    }
    // ---- tags and referrers ----
    /** Every tag, following `Link: <...>; rel="next"` pages. An absent repository has none. */
    async listTags(repo, pageSize = 1000) {
        const tags = [];
        let next = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
        while (next) {
            const response = await this.request(repo.registry, {
                method: "GET",
                path: next,
                scopes: [repositoryScope(repo.repository, "pull")],
                allow: [404],
            });
            if (response.status === 404)
                return tags;
            const body = response.json();
            tags.push(...(body.tags ?? []));
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get("link") ?? "");
            next = link?.[1] ? new URL(link[1], `${this.endpoint(repo.registry)}/`).toString() : undefined;
        }
        return tags;
    }
    /**
     * Referrers of a manifest through the OCI 1.1 referrers API; undefined when the registry
     * has no such API (the caller then reads the `sha256-<hex>` fallback tag).
     */
    async referrersApi(repo, digest) {
        const response = await this.request(repo.registry, {
            method: "GET",
            path: `/v2/${repo.repository}/referrers/${digest}`,
            scopes: [repositoryScope(repo.repository, "pull")],
            headers: { accept: media_types_MediaType.OciIndex },
            allow: [400, 404, 405],
        });
        if (!response.ok)
            return undefined;
        const contentType = response.headers.get("content-type") ?? "";
        if (!contentType.includes(media_types_MediaType.OciIndex))
            return undefined;
        const body = response.json();
        return body.manifests ?? [];
    }
}
function errorFrom(response, method, url) {
    let code;
    let detail;
    if (method !== "HEAD") {
        const text = response.text();
        try {
            const body = JSON.parse(text);
            code = body.errors?.[0]?.code;
            detail = body.errors?.[0]?.message;
        }
        catch {
            detail = text.slice(0, 200).replace(/\s+/g, " ").trim() || undefined;
        }
    }
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    return new RegistryError({
        status: response.status,
        method,
        url: redactUrl(url),
        ...(code ? { code } : {}),
        ...(detail ? { detail } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/limiter.ts
/** A counting semaphore: at most `limit` holders at once, first come first served. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = Math.max(1, limit);
    }
    async acquire() {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        };
    }
}
/** One semaphore per registry host; several hosts are taken in sorted order so no two tasks deadlock. */
class HostLimiter {
    limit;
    semaphores = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    async run(hosts, task) {
        const releases = [];
        try {
            for (const host of [...new Set(hosts)].sort()) {
                let semaphore = this.semaphores.get(host);
                if (!semaphore) {
                    semaphore = new Semaphore(this.limit);
                    this.semaphores.set(host, semaphore);
                }
                releases.push(await semaphore.acquire());
            }
            return await task();
        }
        finally {
            for (const release of releases.reverse())
                release();
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/platforms.ts
// Go's GOOS/GOARCH values (what docker, buildkit and the OCI image spec use); a typo such
// as linux/amd65 must fail here rather than after a long build.
const OPERATING_SYSTEMS = new Set(["linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "illumos", "solaris"]);
const ARCHITECTURES = new Set([
    "amd64",
    "arm64",
    "arm",
    "386",
    "ppc64le",
    "ppc64",
    "s390x",
    "riscv64",
    "mips64le",
    "mips64",
    "mipsle",
    "mips",
    "loong64",
]);
const VARIANTS = {
    arm: new Set(["v5", "v6", "v7", "v8"]),
    arm64: new Set(["v8", "v8.1", "v8.2", "v8.3", "v8.4", "v8.5", "v9", "v9.1", "v9.2", "v9.3", "v9.4", "v9.5"]),
    amd64: new Set(["v1", "v2", "v3", "v4"]),
};
const PLATFORM_FIX = "use os/arch[/variant], e.g. linux/amd64, linux/arm64 or linux/arm/v7";
/** What is wrong with a platform (`reason`), in this package's terms; the action names its input. */
class InvalidPlatformError extends Error {
    name = "InvalidPlatform";
    value;
    reason;
    constructor(value, reason) {
        super(`${JSON.stringify(value)} ${reason}; ${PLATFORM_FIX}`);
        this.value = value;
        this.reason = reason;
    }
}
function formatPlatform(platform) {
    if (!platform)
        return "";
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
/** Parses `os/arch[/variant]`; throws InvalidPlatformError saying what is wrong. */
function parsePlatform(value) {
    const parts = value.split("/");
    const [os = "", architecture = "", variant] = parts;
    if (parts.length < 2 || parts.length > 3 || !OPERATING_SYSTEMS.has(os)) {
        throw new InvalidPlatformError(value, "is not a known platform");
    }
    if (!ARCHITECTURES.has(architecture)) {
        throw new InvalidPlatformError(value, `has an unknown architecture "${architecture}"`);
    }
    if (variant !== undefined && !VARIANTS[architecture]?.has(variant)) {
        throw new InvalidPlatformError(value, `has an unknown variant "${variant}" for ${architecture}`);
    }
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

;// CONCATENATED MODULE: ./packages/oci/src/tag-plan.ts


/** A tag write failed; the tags already written were rolled back as `rollback` says. */
class TagWriteError extends Error {
    name = "TagWriteError";
    write;
    rollback;
    constructor(write, cause, rollback) {
        super(`${tagName(write)}: ${messageOf(cause)}`, { cause });
        this.write = write;
        this.rollback = rollback;
    }
}
function tagName(write) {
    return `${formatRepository(write.repo)}:${write.tag}`;
}
/**
 * The order of the writes: attached tags (signatures, referrer indexes) of every target first,
 * so a verifier finds them as soon as the image tag appears, then the targets' own tags. Among
 * the targets' tags, those that move (and can be put back) go before those that are new (which
 * cannot be deleted again): a refusal among the moves then leaves no target tag changed at all.
 * Otherwise target order. A tag named twice (two targets sharing a repository and its fallback
 * index) is written once. Writes that change nothing are dropped.
 */
function orderTagWrites(writes) {
    const seen = new Set();
    const ordered = [];
    const isNew = (write) => (write.kind === "target" && !write.previous ? 1 : 0);
    for (const kind of ["attached", "target"]) {
        const group = writes
            .map((write, at) => ({ write, at }))
            .filter(({ write }) => write.kind === kind)
            .sort((a, b) => isNew(a.write) - isNew(b.write) || a.write.target - b.write.target || a.at - b.at);
        for (const { write } of group) {
            const key = tagName(write);
            if (seen.has(key) || write.previous?.digest === write.content.digest)
                continue;
            seen.add(key);
            ordered.push(write);
        }
    }
    return ordered;
}
/** Undo in reverse order: a tag that existed gets its old manifest back; a new one is left. */
function planRollback(applied) {
    const reversed = [...applied].reverse();
    return {
        restore: reversed.filter((write) => write.previous !== undefined),
        left: reversed.filter((write) => write.previous === undefined),
    };
}
/** Writes in order; on the first failure, rolls back what was written and throws TagWriteError. */
async function writeTags(writes, ops) {
    const applied = [];
    for (const write of writes) {
        try {
            await ops.put(write);
            applied.push(write);
        }
        catch (error) {
            // An answer lost after the registry took the put (a reset, a 5xx from a proxy) moved the tag all the same.
            if (ops.probe && (await ops.probe(write).catch(() => undefined)) === write.content.digest)
                applied.push(write);
            throw new TagWriteError(write, error, await rollBack(applied, ops));
        }
    }
}
async function rollBack(applied, ops) {
    const plan = planRollback(applied);
    const outcome = { restored: [], left: plan.left, failed: [] };
    for (const write of plan.restore) {
        try {
            await ops.restore(write);
            outcome.restored.push(write);
        }
        catch (error) {
            outcome.failed.push({ write, error });
        }
    }
    return outcome;
}
/** One clause for the error line: what the rollback did, or that no tag had been written. */
function describeRollback(outcome) {
    const parts = [
        ...outcome.restored.map((w) => `${tagName(w)} restored to ${w.previous?.digest}`),
        ...outcome.failed.map(({ write, error }) => `${tagName(write)} NOT restored to ${write.previous?.digest} (${messageOf(error)})`),
        ...outcome.left.map((w) => `${tagName(w)} left pointing at ${w.content.digest}`),
    ];
    if (parts.length === 0)
        return "no tag was changed";
    const note = outcome.left.length
        ? " (a tag that did not exist before cannot be deleted without deleting its manifest)"
        : "";
    return `tags written before the failure: ${parts.join(", ")}${note}`;
}

;// CONCATENATED MODULE: ./packages/oci/src/copy.ts







/** Which side of the copy an error belongs to, so the action can name the input at fault. */
class CopyError extends Error {
    name = "CopyError";
    side;
    reference;
    tagPhase;
    constructor(side, reference, cause, tagPhase) {
        super(messageOf(cause), { cause });
        this.side = side;
        this.reference = reference;
        this.tagPhase = tagPhase;
    }
}
/** A reference the copy cannot honour as written: a target naming another digest, a schema 1 source. */
class UnusableReferenceError extends Error {
    name = "UnusableReferenceError";
    /** How to fix it, for the error line. */
    fix;
    constructor(problem, fix) {
        super(problem);
        this.fix = fix;
    }
}
/** A target tag that points elsewhere while overwrite is off. */
class TagConflictError extends Error {
    name = "TagConflictError";
    reference;
    existing;
    wanted;
    constructor(reference, existing, wanted) {
        super(`tag points at ${existing}, not at the source's ${wanted}`);
        this.reference = reference;
        this.existing = existing;
        this.wanted = wanted;
    }
}
/** An immutable tag (ECR) that already holds another digest. */
class ImmutableTagError extends Error {
    name = "ImmutableTagError";
    reference;
    tagPhase;
    constructor(reference, detail, tagPhase) {
        super(detail);
        this.reference = reference;
        this.tagPhase = tagPhase;
    }
}
const COSIGN_SUFFIXES = [".sig", ".att", ".sbom"];
/** Blob HEADs and mount requests allowed in flight per blob transfer allowed. */
const CHECKS_PER_TRANSFER = 4;
async function copyImage(request, deps) {
    const now = deps.now ?? Date.now;
    const { client, logger } = deps;
    const { source, graph, platforms, targetTags } = await readSource(request, deps);
    const plans = await planTargets(request, client, graph.root, targetTags);
    const reports = await copyContent(request, deps, now, source, graph, platforms, plans);
    if (!request.dryRun)
        await writeTargetTags(request, deps, now, graph, plans, reports);
    const { root } = graph;
    for (const report of reports) {
        logger.info(`${request.dryRun ? "[dry run] " : ""}${report.image}: ${report.copiedBlobs} copied, ${report.mountedBlobs} mounted, ${report.skippedBlobs} skipped blob(s), ${report.copiedBytes} bytes; tag ${report.tagAction}`);
    }
    return { digest: root.digest, mediaType: root.mediaType, platforms, targets: reports, dryRun: request.dryRun };
}
/** 1. The source, read completely before anything is written; the targets' tags are read at the same time. */
async function readSource(request, deps) {
    const { client, logger } = deps;
    const source = { registry: request.source.registry, repository: request.source.repository };
    const sourceRef = request.source.digest ?? request.source.tag ?? "latest";
    // 1. Read the source completely before anything is written. The targets' tags are read at
    // the same time (reads only): on a loopback registry a promotion is mostly round trips.
    const targetTags = request.targets.map((ref) => {
        const repo = { registry: ref.registry, repository: ref.repository };
        const tag = ref.digest ? ref.tag : (ref.tag ?? request.source.tag);
        const existing = tag ? client.headManifest(repo, tag, true).then((head) => head?.digest) : undefined;
        // Awaited below in order, after the source; until then a failure must not go unhandled.
        existing?.catch(() => undefined);
        return { ref, repo, tag, existing };
    });
    let graph;
    try {
        graph = await loadGraph(client, source, sourceRef, request.referrers);
    }
    catch (error) {
        throw new CopyError("source", request.source, error);
    }
    const { root } = graph;
    if (request.source.digest && request.source.digest !== root.digest) {
        throw new CopyError("source", request.source, new IntegrityError(`digest is ${root.digest}`));
    }
    const platforms = await platformsOf(client, source, root);
    logger.info(`source ${formatRepository(source)}@${root.digest} (${root.mediaType}${platforms.length ? `, ${platforms.join(", ")}` : ""}), ${graph.attached.length} referrer(s)`);
    return { source, graph, platforms, targetTags };
}
/** 2. Every target checked (tags and conflicts) before any write; a tag about to move read in full. */
async function planTargets(request, client, root, targetTags) {
    // 2. Check every target (tags and conflicts) before any write; a tag about to move is read in
    // full, so it can be put back if a later write of this run fails.
    const plans = [];
    for (const { ref, repo, tag, existing: pending } of targetTags) {
        if (ref.digest && ref.digest !== root.digest) {
            const problem = `names digest ${ref.digest} but the source is ${root.digest}`;
            throw new CopyError("target", ref, new UnusableReferenceError(problem, "name the target by tag, or by the source's digest"));
        }
        let existing;
        try {
            existing = await pending;
        }
        catch (error) {
            throw new CopyError("target", ref, error);
        }
        if (existing && existing !== root.digest && !request.overwrite) {
            throw new TagConflictError(ref, existing, root.digest);
        }
        plans.push({ ref, repo, tag, existing, previous: undefined });
    }
    if (!request.dryRun) {
        await Promise.all(plans.map(async (plan) => {
            if (!plan.tag || !plan.existing || plan.existing === root.digest)
                return;
            try {
                // By digest: exactly the manifest the HEAD saw, even if the tag moves meanwhile.
                const { bytes, mediaType, digest } = await client.getManifest(plan.repo, plan.existing);
                plan.previous = { bytes, mediaType, digest };
            }
            catch (error) {
                throw new CopyError("target", plan.ref, error);
            }
        }));
    }
    return plans;
}
/** 3. The content of every target, by digest. */
async function copyContent(request, deps, now, source, graph, platforms, plans) {
    const { client, logger } = deps;
    const { root } = graph;
    // 3. Content of every target, by digest.
    const limiter = new HostLimiter(request.concurrency);
    // Existence checks and mounts move no bytes: more of them in flight than transfers, still bounded.
    const checks = new HostLimiter(request.concurrency * CHECKS_PER_TRANSFER);
    const hostBlobs = new Map();
    const reports = [];
    for (const plan of plans) {
        const started = now();
        const counters = { copiedBlobs: 0, mountedBlobs: 0, skippedBlobs: 0, copiedBytes: 0 };
        const copier = new TargetCopier({
            client,
            logger,
            source,
            target: plan.repo,
            limiter,
            checks,
            hostBlobs,
            counters,
            dryRun: request.dryRun,
        });
        try {
            // The target tag already holds the root: it is complete (a registry refuses a manifest whose parts are missing).
            if (plan.existing === root.digest)
                copier.markPresent(root);
            else
                await copier.ensure(root);
            for (const attached of graph.attached)
                await copier.ensure(attached.node);
        }
        catch (error) {
            throw new CopyError("target", plan.ref, error);
        }
        const tag = plan.tag;
        reports.push({
            ...counters,
            reference: `${formatRepository(plan.repo)}${tag ? `:${tag}` : ""}`,
            repository: plan.repo,
            tag,
            digest: root.digest,
            image: `${formatRepository(plan.repo)}${tag ? `:${tag}` : ""}@${root.digest}`,
            platforms,
            tagAction: !tag ? "none" : plan.existing === root.digest ? "unchanged" : plan.existing ? "moved" : "created",
            referrers: graph.attached.length,
            durationMs: now() - started,
        });
    }
    return reports;
}
/**
 * 4. Tags, last, for every target at once: first planned (reads only), then written, attached
 * tags before the targets' own; a failed write puts back the tags this run had moved.
 */
async function writeTargetTags(request, deps, now, graph, plans, reports) {
    const { client, logger } = deps;
    const { root } = graph;
    const writes = [];
    const content = { digest: root.digest, bytes: root.bytes, mediaType: root.mediaType };
    for (const [target, plan] of plans.entries()) {
        try {
            writes.push(...(await planAttachedTags(client, logger, graph, plan.repo, request.overwrite, target)));
        }
        catch (error) {
            throw new CopyError("target", plan.ref, error);
        }
        if (plan.tag && plan.existing !== root.digest) {
            writes.push({ target, repo: plan.repo, tag: plan.tag, kind: "target", content, previous: plan.previous });
        }
    }
    try {
        await writeTags(orderTagWrites(writes), {
            put: async (write) => {
                const begun = now();
                const plan = plans[write.target];
                if (write.kind === "target" && plan)
                    await putTag(client, plan.ref, write.repo, write.tag, root);
                else
                    await client.putManifest(write.repo, write.tag, write.content.bytes, write.content.mediaType);
                const report = reports[write.target];
                if (report)
                    report.durationMs += now() - begun;
            },
            restore: async (write) => {
                if (write.previous) {
                    await client.putManifest(write.repo, write.tag, write.previous.bytes, write.previous.mediaType);
                }
            },
            probe: async (write) => (await client.headManifest(write.repo, write.tag, true))?.digest,
        });
    }
    catch (error) {
        if (!(error instanceof TagWriteError))
            throw error;
        const tagPhase = { failedTag: tagName(error.write), rollback: error.rollback };
        const cause = error.cause;
        if (cause instanceof ImmutableTagError)
            throw new ImmutableTagError(cause.reference, cause.message, tagPhase);
        const ref = plans[error.write.target]?.ref ?? request.source;
        throw new CopyError("target", ref, cause, tagPhase);
    }
}
async function putTag(client, ref, repo, tag, node) {
    try {
        await client.putManifest(repo, tag, node.bytes, node.mediaType);
    }
    catch (error) {
        // ECR: an immutable repository refuses to move a tag; the same digest is success.
        if (error instanceof RegistryError && error.status === 400 && /immutable|already exists/i.test(error.message)) {
            const current = await client.headManifest(repo, tag, true);
            if (current?.digest === node.digest)
                return;
            throw new ImmutableTagError(ref, error.message);
        }
        throw error;
    }
}
async function loadGraph(client, repo, reference, withReferrers) {
    const nodes = new Map();
    const load = (ref) => {
        const cached = nodes.get(ref);
        if (cached)
            return cached;
        const pending = (async () => {
            const manifest = await client.getManifest(repo, ref);
            const { json } = manifest;
            if (manifest.mediaType === media_types_MediaType.DockerManifestV1Signed || json.schemaVersion === 1) {
                throw new UnusableReferenceError(`is a Docker schema 1 manifest (${ref}), which registries no longer accept`, "push the image again with a current docker or buildx (schema 2 or OCI)");
            }
            const children = isIndex(manifest.mediaType)
                ? await Promise.all((json.manifests ?? []).map((child) => load(child.digest)))
                : [];
            const blobs = isIndex(manifest.mediaType) ? [] : [...(json.config ? [json.config] : []), ...(json.layers ?? [])];
            const node = { ...manifest, children, blobs };
            nodes.set(manifest.digest, Promise.resolve(node));
            return node;
        })();
        nodes.set(ref, pending);
        return pending;
    };
    // The tag list (for fallback and cosign tags) is read while the manifests load.
    const tagList = withReferrers ? client.listTags(repo) : undefined;
    tagList?.catch(() => undefined);
    const root = await load(reference);
    const graph = { repo, root, attached: [], fallbackIndexes: new Map() };
    if (!tagList)
        return graph;
    const tags = new Set(await tagList);
    const seen = new Set();
    // What refers to one manifest: the referrers API or its fallback tag, then cosign's tags.
    const lookup = async (subject) => {
        const found = [];
        let descriptors = await client.referrersApi(repo, subject.digest);
        const fallback = digestTag(subject.digest);
        if (!descriptors && tags.has(fallback)) {
            const index = await client.getManifest(repo, fallback);
            graph.fallbackIndexes.set(subject.digest, { bytes: index.bytes, mediaType: index.mediaType });
            descriptors = index.json.manifests ?? [];
        }
        for (const descriptor of descriptors ?? []) {
            found.push({ node: await load(descriptor.digest), subject: subject.digest, tag: undefined, descriptor });
        }
        for (const suffix of COSIGN_SUFFIXES) {
            const tag = `${fallback}${suffix}`;
            if (!tags.has(tag))
                continue;
            const node = await load(tag);
            const descriptor = { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length };
            found.push({ node, subject: subject.digest, tag, descriptor });
        }
        return found;
    };
    const visit = async (node) => {
        const subjects = [node, ...allChildren(node)].filter((subject) => {
            if (seen.has(subject.digest))
                return false;
            seen.add(subject.digest);
            return true;
        });
        // Looked up in parallel, recorded in a fixed order (a rebuilt fallback index stays the same).
        const results = await Promise.all(subjects.map(lookup));
        for (const attached of results.flat()) {
            graph.attached.push(attached);
            await visit(attached.node);
        }
    };
    await visit(root);
    return graph;
}
function allChildren(node) {
    return node.children.flatMap((child) => [child, ...allChildren(child)]);
}
async function platformsOf(client, repo, root) {
    if (isIndex(root.mediaType)) {
        return (root.json.manifests ?? []).map((m) => formatPlatform(m.platform)).filter(Boolean);
    }
    const config = root.json.config;
    if (!config || config.size > 1 << 20 || root.json.artifactType)
        return [];
    const chunks = [];
    for await (const chunk of client.readBlob(repo, config.digest, config.size))
        chunks.push(chunk);
    try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        return parsed.os && parsed.architecture
            ? [
                formatPlatform({
                    os: parsed.os,
                    architecture: parsed.architecture,
                    ...(parsed.variant ? { variant: parsed.variant } : {}),
                }),
            ]
            : [];
    }
    catch {
        return [];
    }
}
/**
 * The tag writes that carry referrers to one target: cosign tags, and referrer fallback indexes
 * (merged with what the target has). Reads only; each write remembers what the tag held.
 */
async function planAttachedTags(client, logger, graph, target, overwrite, targetIndex) {
    const writes = [];
    const write = (tag, content, previous) => {
        writes.push({ target: targetIndex, repo: target, tag, kind: "attached", content, previous });
    };
    const bySubject = new Map();
    for (const attached of graph.attached) {
        if (attached.tag) {
            const current = await client.headManifest(target, attached.tag, true);
            if (current?.digest === attached.node.digest)
                continue;
            if (current && !overwrite) {
                logger.warning(`${formatRepository(target)}:${attached.tag} holds ${current.digest}; left as it is (overwrite is off)`);
                continue;
            }
            const previous = current ? await client.getManifest(target, current.digest) : undefined;
            write(attached.tag, attached.node, previous);
            continue;
        }
        bySubject.set(attached.subject, [...(bySubject.get(attached.subject) ?? []), attached]);
    }
    for (const [subject, referrers] of bySubject) {
        // A registry with the referrers API indexed them when they were put.
        if ((await client.referrersApi(target, subject)) !== undefined)
            continue;
        const tag = digestTag(subject);
        const existing = await client.headManifest(target, tag, true);
        const sourceIndex = graph.fallbackIndexes.get(subject);
        if (!existing && sourceIndex) {
            write(tag, { ...sourceIndex, digest: digest_sha256Digest(sourceIndex.bytes) }, undefined);
            continue;
        }
        const current = existing ? await client.getManifest(target, existing.digest) : undefined;
        const manifests = current?.json.manifests ?? [];
        const known = new Set(manifests.map((m) => m.digest));
        const missing = referrers.filter((r) => !known.has(r.node.digest));
        if (missing.length === 0)
            continue;
        const index = {
            schemaVersion: 2,
            mediaType: media_types_MediaType.OciIndex,
            manifests: [
                ...manifests,
                ...missing.map((r) => ({
                    mediaType: r.node.mediaType,
                    digest: r.node.digest,
                    size: r.node.bytes.length,
                    ...((r.node.json.artifactType ?? r.node.json.config?.mediaType)
                        ? { artifactType: r.node.json.artifactType ?? r.node.json.config?.mediaType }
                        : {}),
                    ...(r.node.json.annotations ? { annotations: r.node.json.annotations } : {}),
                })),
            ],
        };
        const bytes = Buffer.from(JSON.stringify(index));
        write(tag, { bytes, mediaType: media_types_MediaType.OciIndex, digest: digest_sha256Digest(bytes) }, current);
    }
    return writes;
}
class TargetCopier {
    o;
    manifests = new Map();
    blobs = new Map();
    constructor(options) {
        this.o = options;
    }
    /** A manifest and everything under it; a manifest the target has is complete already. */
    ensure(node) {
        let pending = this.manifests.get(node.digest);
        if (!pending) {
            pending = this.copyNode(node);
            this.manifests.set(node.digest, pending);
        }
        return pending;
    }
    /** Known to be at the target already: counted as skipped without asking again. */
    markPresent(node) {
        if (this.manifests.has(node.digest))
            return;
        this.manifests.set(node.digest, Promise.resolve());
        this.skipAll(node);
    }
    async copyNode(node) {
        const { client, target } = this.o;
        if (await client.headManifest(target, node.digest, true)) {
            this.skipAll(node);
            return;
        }
        await Promise.all([...node.children.map((child) => this.ensure(child)), ...node.blobs.map((b) => this.blob(b))]);
        if (!this.o.dryRun)
            await client.putManifest(target, node.digest, node.bytes, node.mediaType);
    }
    skipAll(node) {
        for (const blob of node.blobs) {
            if (!this.blobs.has(blob.digest)) {
                this.blobs.set(blob.digest, Promise.resolve());
                this.o.counters.skippedBlobs++;
            }
        }
        for (const child of node.children) {
            if (!this.manifests.has(child.digest)) {
                this.manifests.set(child.digest, Promise.resolve());
                this.skipAll(child);
            }
        }
    }
    blob(descriptor) {
        let pending = this.blobs.get(descriptor.digest);
        if (!pending) {
            pending = this.copyBlob(descriptor);
            this.blobs.set(descriptor.digest, pending);
        }
        return pending;
    }
    async copyBlob(descriptor) {
        const { client, source, target, counters, limiter, checks, hostBlobs } = this.o;
        // Non-distributable layers (`urls`) live elsewhere by design: never copied.
        if (descriptor.urls?.length) {
            counters.skippedBlobs++;
            return;
        }
        // HEAD and mount under the checks limit; only a transfer takes a transfer slot.
        const outcome = await checks.run([target.registry], async () => {
            if ((await client.headBlob(target, descriptor.digest, true)) !== undefined) {
                counters.skippedBlobs++;
                return undefined;
            }
            const known = hostBlobs.get(target.registry) ?? new Map();
            hostBlobs.set(target.registry, known);
            const mountFrom = target.registry === source.registry && target.repository !== source.repository
                ? source.repository
                : known.get(descriptor.digest);
            if (this.o.dryRun) {
                if (mountFrom)
                    counters.mountedBlobs++;
                else {
                    counters.copiedBlobs++;
                    counters.copiedBytes += descriptor.size;
                }
                return undefined;
            }
            if (mountFrom && mountFrom !== target.repository) {
                const mount = await client.mountBlob(target, descriptor.digest, mountFrom);
                if (mount.mounted) {
                    counters.mountedBlobs++;
                    known.set(descriptor.digest, target.repository);
                    return undefined;
                }
                this.o.logger.debug(`mount of ${descriptor.digest} from ${mountFrom} refused; copying`);
                // The session the refused mount opened waits for a transfer slot of this same run.
                return { location: mount.location };
            }
            return {};
        });
        if (!outcome)
            return;
        await limiter.run([source.registry, target.registry], async () => {
            await this.transfer(descriptor, outcome.location);
            counters.copiedBlobs++;
            counters.copiedBytes += descriptor.size;
            const known = hostBlobs.get(target.registry) ?? new Map();
            hostBlobs.set(target.registry, known);
            known.set(descriptor.digest, target.repository);
        });
    }
    /** Streams source to target; a failed transfer restarts with a new upload session. */
    async transfer(descriptor, openLocation) {
        const { client, source, target } = this.o;
        const budget = client.retryBudget();
        let location = openLocation;
        let authRetried = false;
        let chunked = false;
        for (;;) {
            try {
                const body = client.readBlob(source, descriptor.digest, descriptor.size);
                if (chunked) {
                    await client.uploadChunked(target, descriptor.digest, body);
                    return;
                }
                location ??= await client.startUpload(target);
                await client.finishUpload(target, location, descriptor.digest, descriptor.size, body);
                return;
            }
            catch (error) {
                location = undefined;
                // 413: this registry wants chunks (monolithic stays the default: ECR mishandles chunks).
                // A change of method, not a failure: it costs no attempt.
                if (error instanceof RegistryError && error.status === 413 && !chunked) {
                    chunked = true;
                    this.o.logger.info(`${target.registry} refused a monolithic upload of ${descriptor.digest}; uploading in chunks`);
                    continue;
                }
                // A token that lapsed during a streamed upload: refreshed once, then the transfer restarts.
                const expired = error instanceof RegistryError && error.status === 401 && !authRetried;
                if (expired)
                    authRetried = true;
                if (!(expired || isRetryable(error)))
                    throw error;
                await budget.spend(error, {
                    onRetry: (_, delay) => this.o.logger.info(`upload of ${descriptor.digest} failed (${messageOf(error)}); retrying in ${delay} ms`),
                });
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/index-builder.ts


/**
 * An OCI image index over per-platform manifests (what build-push-oidc pushes after its
 * per-platform builds). The bytes are returned so the caller puts exactly what it hashed.
 */
function buildIndex(manifests, options = {}) {
    const mediaType = options.mediaType ?? MediaType.OciIndex;
    const index = {
        schemaVersion: 2,
        mediaType,
        manifests: manifests.map((m) => ({
            mediaType: m.mediaType,
            digest: m.digest,
            size: m.size,
            platform: m.platform,
            ...(m.annotations ? { annotations: m.annotations } : {}),
        })),
        ...(options.annotations ? { annotations: options.annotations } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(index));
    return { bytes, digest: sha256Digest(bytes), mediaType, size: bytes.length };
}

;// CONCATENATED MODULE: ./packages/oci/src/reclaim.ts
/**
 * A young-generation collection, for a process that streams blobs. Every socket read is a new
 * Buffer whose memory lives outside V8's heap; the tiny heap seldom fills, so V8 frees them only
 * when about 64 MB more of such memory is waiting, and peak memory rose by 60-90 MB on any copy.
 * A scavenge every few MiB streamed frees them for about 1 ms each (measured on a 256 MiB copy:
 * peak 98 MB instead of 162 MB with one every 4 MiB; 104 MB every 8 MiB, 96 MB every 2 MiB).
 * For the action's own process: it turns on V8's `--expose-gc` (without putting `gc` on the
 * global object); the library only calls what it is given.
 */
function youngGenerationCollector() {
    let collect;
    return () => {
        if (!collect) {
            // Loaded at the first call: a promotion that streams nothing never pays for node:v8.
            process.getBuiltinModule("node:v8").setFlagsFromString("--expose-gc");
            collect = process.getBuiltinModule("node:vm").runInNewContext("gc");
        }
        collect({ type: "minor" });
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts

















;// CONCATENATED MODULE: ./packages/aws/src/role.ts



const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/(?:[\u0021-\u007e]{0,510}\/)?[\w+=,.@-]{1,64}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ACCOUNT_ID = /^\d{12}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/**
 * An IAM role ARN from a role the user gave: a full ARN as is, or a bare role name in
 * `accountId` (the account of the ECR registry at hand), like configure-aws-credentials.
 */
function resolveRoleArn(roleOrName, accountId, partition = "aws") {
    const value = roleOrName.trim();
    if (value.startsWith("arn:")) {
        if (!ROLE_ARN.test(value)) {
            throw fields_awsFieldError("role", value, "is not an IAM role ARN", "use arn:aws:iam::<12-digit account>:role/<name> or a bare role name");
        }
        return value;
    }
    if (!ROLE_NAME.test(value)) {
        throw fields_awsFieldError("role", value, "is neither an IAM role ARN nor a role name", "use arn:aws:iam::<12-digit account>:role/<name> or a role name of letters, digits and +=,.@_-");
    }
    if (accountId === undefined || !ACCOUNT_ID.test(accountId)) {
        throw new errors_FieldError("role", `${shownValue(value)} is a bare role name and the AWS account is unknown; use the full role ARN (arn:aws:iam::<account>:role/<name>).`);
    }
    return `arn:${partition}:iam::${accountId}:role/${value}`;
}
/**
 * A RoleSessionName that shows in CloudTrail who assumed the role: the repository and the
 * run, sanitised to STS's alphabet and cut to 64 characters keeping the run id whole.
 */
function defaultSessionName(repository, runId) {
    const clean = (text) => text.replace(/[^\w+=,.@-]/g, "-");
    const suffix = `-${clean(runId)}`.slice(0, 40);
    const prefix = `GitHubActions-${clean(repository)}`.slice(0, 64 - suffix.length);
    return `${prefix}${suffix}`;
}
function validateSessionName(name) {
    if (!SESSION_NAME.test(name)) {
        throw fields_awsFieldError("sessionName", name, "is not a valid role session name", "use 2 to 64 characters of letters, digits and +=,.@_-");
    }
}
function validateDurationSeconds(seconds) {
    if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200) {
        throw fields_awsFieldError("durationSeconds", String(seconds), "is outside what STS accepts", "use a whole number of seconds from 900 to 43200 (and at most the role's maximum session duration)");
    }
}
function validateRegion(region) {
    if (!isAwsRegion(region)) {
        throw fields_awsFieldError("region", region, "is not an AWS region", "use a region code such as eu-central-1");
    }
}

;// CONCATENATED MODULE: ./packages/aws/src/ecr.ts




/** Loaded on first use: the SDK costs ~100 ms of start-up that actions without ECR need not pay. */
const loadEcr = () => Promise.all(/* import() */[__nccwpck_require__.e(609), __nccwpck_require__.e(861), __nccwpck_require__.e(249)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8249, 19));
async function ecrClient(options) {
    validateRegion(options.region);
    const { ECRClient } = await loadEcr();
    return new ECRClient({
        region: options.region,
        maxAttempts: options.maxAttempts ?? 5,
        retryMode: "standard",
        ...(options.credentials ? { credentials: options.credentials } : {}),
    });
}
/** Registry logins from GetAuthorizationToken; the password is masked before it is returned. */
async function getEcrAuthorization(options) {
    const client = await ecrClient(options);
    const { GetAuthorizationTokenCommand } = await loadEcr();
    try {
        const response = await client.send(new GetAuthorizationTokenCommand(options.registryIds?.length ? { registryIds: options.registryIds } : {}));
        const result = [];
        for (const data of response.authorizationData ?? []) {
            if (!data.authorizationToken || !data.proxyEndpoint)
                continue;
            options.mask(data.authorizationToken);
            const decoded = Buffer.from(data.authorizationToken, "base64").toString("utf8");
            const colon = decoded.indexOf(":");
            if (colon < 1)
                throw new Error("ECR GetAuthorizationToken returned a token that is not user:password");
            const password = decoded.slice(colon + 1);
            options.mask(password);
            const endpoint = data.proxyEndpoint;
            const registry = new URL(endpoint.includes("://") ? endpoint : `https://${endpoint}`).host;
            options.logger.debug(`ECR authorization for ${registry}`);
            result.push({
                registry,
                endpoint,
                username: decoded.slice(0, colon),
                password,
                ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
            });
        }
        if (result.length === 0)
            throw new Error("ECR GetAuthorizationToken returned no authorization data");
        return result;
    }
    catch (error) {
        throw explainEcrError(error, "GetAuthorizationToken");
    }
    finally {
        client.destroy();
    }
}
/**
 * Makes sure an ECR repository exists. A created one gets immutable tags (a released tag can
 * never be moved) and scan on push.
 */
async function ensureEcrRepository(options) {
    const client = await ecrClient(options);
    const { CreateRepositoryCommand, DescribeRepositoriesCommand } = await loadEcr();
    const registryId = options.registryId ? { registryId: options.registryId } : {};
    try {
        try {
            await client.send(new DescribeRepositoriesCommand({ ...registryId, repositoryNames: [options.name] }));
            return "exists";
        }
        catch (error) {
            if (!(error instanceof Error) || error.name !== "RepositoryNotFoundException")
                throw error;
        }
        if (!options.create) {
            throw new FieldError("createRepository", (nameOf) => `the ECR repository ${JSON.stringify(options.name)} does not exist in ${options.region}; create it, or set ${nameOf("createRepository")}: true.`);
        }
        try {
            await client.send(new CreateRepositoryCommand({
                ...registryId,
                repositoryName: options.name,
                imageTagMutability: "IMMUTABLE",
                imageScanningConfiguration: { scanOnPush: true },
            }));
        }
        catch (error) {
            // Another job created it in between: that is what we wanted.
            if (error instanceof Error && error.name === "RepositoryAlreadyExistsException")
                return "exists";
            throw error;
        }
        options.logger.info(`Created ECR repository ${options.name} (immutable tags, scan on push)`);
        return "created";
    }
    catch (error) {
        if (error instanceof Error && error.name === "InvalidParameterException") {
            throw awsFieldError("repository", options.name, "is not a valid ECR repository name", "use lowercase letters and digits separated by . _ - or /");
        }
        throw explainEcrError(error, `repository ${options.name}`);
    }
    finally {
        client.destroy();
    }
}
function explainEcrError(error, what) {
    if (error instanceof ConfigurationError)
        return error;
    const name = error instanceof Error ? error.name : "";
    if (name === "AccessDeniedException") {
        return new ConfigurationError(`ECR refused ${what} (AccessDeniedException: ${errorMessage(error)}); grant the role assumed the ECR permissions it needs.`);
    }
    if (name === "InvalidParameterException") {
        return new ConfigurationError(`ECR refused ${what} (InvalidParameterException: ${errorMessage(error)}).`);
    }
    return (awsServiceFailure(error, `ECR ${what}`) ??
        new Error(`ECR ${what} failed: ${name ? `${name}: ` : ""}${errorMessage(error)}`, { cause: error }));
}

;// CONCATENATED MODULE: ./packages/aws/src/jwt.ts
/**
 * Reads the claims of a JWT without verifying it: only to tell the user which `sub` and `aud`
 * a trust policy refused. The token itself (and its signature) is never shown.
 */
function decodeJwtClaims(token) {
    const payload = token.split(".")[1];
    if (payload === undefined)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
        return typeof claims === "object" && claims !== null ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
function describeTokenSubject(token) {
    const claims = decodeJwtClaims(token);
    if (claims === undefined)
        return "an undecodable token";
    const aud = Array.isArray(claims.aud) ? claims.aud.join(",") : String(claims.aud);
    return `sub ${JSON.stringify(String(claims.sub))} aud ${JSON.stringify(aud)}`;
}

;// CONCATENATED MODULE: ./packages/aws/src/retry.ts
/**
 * Throttling, or no answer at all (connection reset or refused, a timeout). An answer with
 * a 5xx status is the service failing, not the network: the SDK retries it by default.
 */
function isThrottlingOrNetworkError(info) {
    if (info.errorType === "THROTTLING")
        return true;
    const error = info.error;
    return info.errorType === "TRANSIENT" && error.$response === undefined && !error.$metadata?.httpStatusCode;
}
/**
 * The SDK's own standard retry strategy (exponential backoff with jitter, retry quota), refusing
 * a retry for anything but throttling and network errors: what the OIDC -> STS contract asks.
 * A refused retry makes the SDK throw the error it got.
 */
async function throttlingAndNetworkRetry(maxAttempts) {
    const { StandardRetryStrategy } = await __nccwpck_require__.e(/* import() */ 609).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3609, 19));
    const standard = new StandardRetryStrategy(maxAttempts);
    return {
        acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope),
        refreshRetryTokenForRetry: (token, info) => isThrottlingOrNetworkError(info)
            ? standard.refreshRetryTokenForRetry(token, info)
            : Promise.reject(new Error(`not retried: ${info.errorType}`)),
        recordSuccess: (token) => standard.recordSuccess(token),
    };
}

;// CONCATENATED MODULE: ./packages/aws/src/sts.ts





/** STS answers that mean the role's trust policy or the token is wrong: never worth a retry. */
const REFUSALS = new Set([
    "AccessDenied",
    "AccessDeniedException",
    "InvalidIdentityToken",
    "InvalidIdentityTokenException",
    "ExpiredTokenException",
    "IDPRejectedClaim",
    "IDPRejectedClaimException",
]);
/**
 * GitHub OIDC token -> STS AssumeRoleWithWebIdentity -> temporary credentials, each secret
 * masked the moment it exists. Throttling and network errors are retried by the SDK's own
 * standard retry strategy (exponential backoff with jitter); refusals and 5xx answers fail at once.
 */
async function assumeRoleWithOidc(options) {
    validateRegion(options.region);
    validateSessionName(options.sessionName);
    validateDurationSeconds(options.durationSeconds);
    const token = await fetchIdToken(options);
    options.mask(token);
    // Loaded on first use: the SDK costs ~100 ms of start-up that actions without AWS need not pay.
    const { AssumeRoleWithWebIdentityCommand, STSClient } = await Promise.all(/* import() */[__nccwpck_require__.e(609), __nccwpck_require__.e(861), __nccwpck_require__.e(695)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1695, 19));
    // AssumeRoleWithWebIdentity is unsigned (noAuth), so no ambient credentials are read.
    const client = new STSClient({
        region: options.region,
        retryStrategy: await throttlingAndNetworkRetry(options.maxAttempts ?? 5),
    });
    options.logger.info(`Assuming ${options.roleArn} as session ${options.sessionName} through GitHub OIDC`);
    try {
        const response = await client.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: options.roleArn,
            RoleSessionName: options.sessionName,
            WebIdentityToken: token,
            DurationSeconds: options.durationSeconds,
        }));
        const issued = response.Credentials;
        if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
            throw new Error("STS AssumeRoleWithWebIdentity answered without credentials");
        }
        options.mask(issued.AccessKeyId);
        options.mask(issued.SecretAccessKey);
        if (issued.SessionToken)
            options.mask(issued.SessionToken);
        const attempts = response.$metadata.attempts ?? 1;
        options.logger.info(`Assumed ${response.AssumedRoleUser?.Arn ?? options.roleArn}${attempts > 1 ? ` after ${attempts} attempts` : ""}`);
        return {
            accessKeyId: issued.AccessKeyId,
            secretAccessKey: issued.SecretAccessKey,
            ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
            ...(issued.Expiration ? { expiration: issued.Expiration } : {}),
        };
    }
    catch (error) {
        throw explainStsError(error, options.roleArn, token);
    }
    finally {
        client.destroy();
    }
}
async function fetchIdToken(options) {
    const env = options.env ?? process.env;
    try {
        return await options.getIdToken(options.audience);
    }
    catch (error) {
        // core.getIDToken's messages span lines; the step's failure is one line.
        const message = errorMessage(error).replace(/\s+/g, " ").trim();
        // @actions/core says "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable" (or _TOKEN).
        const missing = !env.ACTIONS_ID_TOKEN_REQUEST_URL ||
            !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ||
            /Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message);
        if (missing) {
            throw new errors_FieldError("role", `${shownValue(options.roleArn)} needs a GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set for this job; grant the job "permissions: id-token: write" (pull requests from forks never get one).`);
        }
        throw new Error(`Could not get a GitHub OIDC token for audience ${JSON.stringify(options.audience)}: ${message}`);
    }
}
function explainStsError(error, roleArn, token) {
    const name = error instanceof Error ? error.name : "";
    if (REFUSALS.has(name)) {
        return new errors_FieldError("role", `${JSON.stringify(roleArn)} refused the GitHub OIDC token with ${describeTokenSubject(token)} (${name}: ${errorMessage(error)}); allow this sub and aud in the role's trust policy (token.actions.githubusercontent.com:sub and :aud).`);
    }
    if (name === "ValidationError") {
        return new errors_FieldError("role", (nameOf) => `STS refused the request for ${JSON.stringify(roleArn)} (ValidationError: ${errorMessage(error)}); check ${nameOf("role")}, ${nameOf("sessionName")} and ${nameOf("durationSeconds")}.`);
    }
    const outside = awsServiceFailure(error, `STS AssumeRoleWithWebIdentity for ${roleArn}`);
    if (outside)
        return outside;
    const attempts = error.$metadata?.attempts;
    return new Error(`STS AssumeRoleWithWebIdentity for ${roleArn} failed${attempts ? ` after ${attempts} attempts` : ""}: ${name ? `${name}: ` : ""}${errorMessage(error)}`, { cause: error });
}

;// CONCATENATED MODULE: ./packages/aws/src/ecr-login.ts



/**
 * The one ECR login of the suite: GitHub OIDC token -> STS -> GetAuthorizationToken, each
 * step cached per region (a promotion touching three registries in one region asks once),
 * every secret masked the moment it exists. build-push-oidc, promote-image and promote use it.
 */
function createEcrLogin(options) {
    const api = {
        assumeRoleWithOidc: options.api?.assumeRoleWithOidc ?? assumeRoleWithOidc,
        getEcrAuthorization: options.api?.getEcrAuthorization ?? getEcrAuthorization,
    };
    const assumed = new Map();
    const authorized = new Map();
    const credentials = (region, accountId) => {
        const role = options.role;
        if (!role)
            return Promise.resolve(undefined);
        const stsRegion = options.stsRegion ?? region;
        let pending = assumed.get(stsRegion);
        if (!pending) {
            // Async, so that a role name that cannot be resolved rejects like any other failure.
            pending = (async () => api.assumeRoleWithOidc({
                region: stsRegion,
                roleArn: resolveRoleArn(role, accountId),
                sessionName: options.sessionName,
                durationSeconds: options.durationSeconds,
                audience: options.audience,
                getIdToken: options.getIdToken,
                mask: options.mask,
                logger: options.logger,
            }))();
            assumed.set(stsRegion, pending);
        }
        return pending;
    };
    const authorize = (request) => {
        const registryIds = request.registryIds ?? [];
        const key = `${request.region}/${registryIds.join(",")}`;
        let pending = authorized.get(key);
        if (!pending) {
            pending = credentials(request.region, registryIds[0]).then((assumedCredentials) => api.getEcrAuthorization({
                region: request.region,
                ...(assumedCredentials ? { credentials: assumedCredentials } : {}),
                ...(registryIds.length ? { registryIds } : {}),
                mask: options.mask,
                logger: options.logger,
            }));
            authorized.set(key, pending);
        }
        return pending;
    };
    return { credentials, authorize };
}
/** One login per role, made on first use: for promote, whose environments each name their own role. */
function ecrLoginPerRole(options) {
    const logins = new Map();
    return (role) => {
        const login = logins.get(role) ?? createEcrLogin({ ...options, role });
        logins.set(role, login);
        return login;
    };
}

;// CONCATENATED MODULE: ./packages/aws/src/index.ts







;// CONCATENATED MODULE: ./actions/promote-image/src/constants.ts
/** Input and output names of promote-image, in one place (action.yml is the contract). */
const Inputs = {
    Source: "source",
    Targets: "targets",
    Referrers: "referrers",
    Overwrite: "overwrite",
    DryRun: "dry-run",
    Concurrency: "concurrency",
    AwsRegion: "aws-region",
    RoleToAssume: "role-to-assume",
    GithubToken: "github-token",
    Username: "username",
    Password: "password",
};
const Outputs = {
    Digest: "digest",
    Images: "images",
    CopiedBlobs: "copied-blobs",
    MountedBlobs: "mounted-blobs",
    SkippedBlobs: "skipped-blobs",
    CopiedBytes: "copied-bytes",
};

;// CONCATENATED MODULE: ./actions/promote-image/src/inputs.ts


/**
 * The input behind each field @platform/aws's ECR login may refuse: runAction words its errors
 * with these names (repositories are never created here, so those fields do not arise). The
 * session's name and duration are not inputs of this action: an STS refusal says what they are.
 */
const INPUT_NAMES = {
    region: Inputs.AwsRegion,
    role: Inputs.RoleToAssume,
    sessionName: "the role session name",
    durationSeconds: "the session duration (3600 s)",
};
/** Reads every input once, masking the secrets the moment they are read. */
function readInputs(input = new InputReader()) {
    const inputs = {
        source: input.string(Inputs.Source, { required: true }),
        targets: input.list(Inputs.Targets, { required: true }),
        referrers: input.boolean(Inputs.Referrers, true),
        overwrite: input.boolean(Inputs.Overwrite, false),
        dryRun: input.boolean(Inputs.DryRun, false),
        concurrency: input.integer(Inputs.Concurrency, 4, { min: 1, max: 64 }),
        awsRegion: input.optional(Inputs.AwsRegion),
        roleToAssume: input.optional(Inputs.RoleToAssume),
        githubToken: input.optional(Inputs.GithubToken),
        username: input.optional(Inputs.Username),
        password: input.optional(Inputs.Password),
    };
    mask(inputs.password);
    mask(inputs.githubToken);
    return inputs;
}

;// CONCATENATED MODULE: ./actions/promote-image/src/promote.ts



function parseInputs(inputs) {
    const parse = (input, value, defaultTag) => {
        try {
            return parseReference(value, { defaultTag });
        }
        catch (error) {
            if (error instanceof InvalidReferenceError) {
                throw inputError(input, value, `is not a valid image reference: it ${error.message}`, "write it as host/repository:tag or host/repository@sha256:<64 hex digits>");
            }
            throw error;
        }
    };
    const source = parse(Inputs.Source, inputs.source, true);
    if (inputs.targets.length === 0) {
        throw inputError(Inputs.Targets, "", "names no target", "give one target reference per line");
    }
    const targets = inputs.targets.map((t) => parse(Inputs.Targets, t, false));
    for (const [i, target] of targets.entries()) {
        const tag = target.digest ? target.tag : (target.tag ?? source.tag);
        const sameRepository = target.registry === source.registry && target.repository === source.repository;
        // The same repository and the same tag (or, by digest, no tag on either side) writes nothing new.
        if (sameRepository && tag === source.tag) {
            throw inputError(Inputs.Targets, inputs.targets[i] ?? "", "is the source itself", "name another repository or tag to promote to");
        }
    }
    return { source, targets };
}
async function promoteImage(inputs, deps) {
    const parsed = parseInputs(inputs);
    const client = new RegistryClient({
        credentials: deps.credentials(parsed),
        logger: deps.logger,
        mask: deps.mask,
        ...(deps.retry ? { retry: deps.retry } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.reclaim ? { reclaim: deps.reclaim } : {}),
    });
    const rawOf = (ref) => {
        if (ref === parsed.source)
            return inputs.source;
        return inputs.targets[parsed.targets.indexOf(ref)] ?? formatReference(ref);
    };
    try {
        return await copyImage({
            source: parsed.source,
            targets: parsed.targets,
            referrers: inputs.referrers,
            overwrite: inputs.overwrite,
            dryRun: inputs.dryRun,
            concurrency: inputs.concurrency,
        }, { client, logger: deps.logger, ...(deps.now ? { now: deps.now } : {}) });
    }
    catch (error) {
        throw explain(error, (ref) => {
            const all = [parsed.source, ...parsed.targets];
            const found = all.find((p) => p === ref) ??
                all.find((p) => p.registry === ref.registry && p.repository === ref.repository && p.tag === ref.tag);
            return found ? rawOf(found) : formatReference(ref);
        });
    }
}
function explain(error, raw) {
    if (error instanceof TagConflictError) {
        return inputError(Inputs.Targets, raw(error.reference), `already points at ${error.existing}, not at the source's ${error.wanted}`, "set overwrite: true to move the tag, or promote under a new tag");
    }
    if (error instanceof ImmutableTagError) {
        return inputError(Inputs.Targets, raw(error.reference), `cannot be moved to the source's digest because the repository's tags are immutable (${error.message})${afterTags(error.tagPhase)}`, "promote under a new tag");
    }
    if (!(error instanceof CopyError))
        return error instanceof Error ? error : new Error(String(error));
    const input = error.side === "source" ? Inputs.Source : Inputs.Targets;
    const value = raw(error.reference);
    const cause = error.cause;
    const registry = error.reference.registry;
    const tags = afterTags(error.tagPhase);
    if (cause instanceof UnusableReferenceError)
        return inputError(input, value, cause.message, cause.fix);
    if (cause instanceof UntrustedEndpointError)
        return inputError(input, value, `was refused: ${registry} ${cause.message}`, cause.fix);
    if (cause instanceof RegistryError) {
        const what = `HTTP ${cause.status}${cause.code ? ` ${cause.code}` : ""}`;
        if (cause.status === 401 || cause.status === 403) {
            return inputError(input, value, `was denied by ${registry} (${what})${tags}`, "check the credentials for that registry (username/password, github-token, role-to-assume or a docker login) and their permissions");
        }
        if (cause.status === 404) {
            return error.side === "source"
                ? inputError(input, value, `was not found in ${registry} (${what})`, "check the repository, tag or digest")
                : inputError(input, value, `was refused by ${registry} (${what})${tags}`, "create the repository first");
        }
        if (cause.status === 408 || cause.status === 429 || cause.status >= 500) {
            // Retried already (bounded attempts and wait): the registry is failing, not the input.
            return new ServiceError(`${registry} kept failing for ${input} ${shownValue(value)}: ${cause.message}, on every retry${tags}; try again later, or check that registry's status.`);
        }
        if (cause.status >= 400 && cause.status < 500) {
            return inputError(input, value, `was refused by ${registry} (${cause.message})${tags}`, "check the reference");
        }
    }
    if (isMalformedResponse(cause)) {
        return new ServiceError(`${registry} answered ${input} ${shownValue(value)} with a response that is not readable HTTP (${messageOf(cause)})${tags}; check the registry host, or the proxy in front of it.`);
    }
    if (isConnectionRefused(cause) || isNetworkError(cause)) {
        return inputError(input, value, `could not be reached at ${registry}${tags}`, "check the registry host and port");
    }
    if (cause instanceof IntegrityError) {
        return new ConfigurationError(`Input "${input}": ${shownValue(value)} ${cause.message}${tags}.`);
    }
    return new Error(`${input} ${value}: ${error.message}${tags}`, { cause });
}
/** For a failure while tags were written: which tag, and what became of the tags written before it. */
function afterTags(tagPhase) {
    if (!tagPhase)
        return "";
    return ` when ${tagPhase.failedTag} was written, after all content was in place; ${describeRollback(tagPhase.rollback)}`;
}

;// CONCATENATED MODULE: ./actions/promote-image/src/summary.ts

/** The step summary: one row per target. */
function renderSummary(result) {
    const rows = result.targets.map((t) => [
        t.reference,
        inlineCode(t.digest),
        t.platforms.join(", ") || "-",
        t.tagAction,
        String(t.copiedBlobs),
        String(t.mountedBlobs),
        String(t.skippedBlobs),
        formatBytes(t.copiedBytes),
        t.durationMs < 1000 ? `${Math.round(t.durationMs)} ms` : `${(t.durationMs / 1000).toFixed(1)} s`,
    ]);
    const note = result.dryRun ? "_dry run: nothing was written_\n\n" : "";
    return `${note}${table(["reference", "digest", "platforms", "tag", "blobs copied", "blobs mounted", "blobs skipped", "bytes", "time"], rows)}\n`;
}

;// CONCATENATED MODULE: ./actions/promote-image/src/run.ts





/** The action's logic: credentials per host (first match wins), then the promotion. */
async function run(inputs, deps) {
    requireBothOrNeither(["username", inputs.username], ["password", inputs.password]);
    const authorize = (request) => deps.ecrLogin.authorize(request);
    const result = await promoteImage(inputs, {
        logger: deps.logger,
        mask: deps.mask,
        ...(deps.retry ? { retry: deps.retry } : {}),
        ...(deps.reclaim ? { reclaim: deps.reclaim } : {}),
        credentials: ({ targets }) => {
            const resolvers = [];
            if (inputs.username !== undefined && inputs.password !== undefined) {
                resolvers.push(explicitCredentials(inputs.username, inputs.password, [...new Set(targets.map((t) => t.registry))]));
            }
            resolvers.push(ecrCredentials(authorize));
            // With AWS configured, the registry GetAuthorizationToken names (its proxyEndpoint) is ECR
            // too, whatever its host name (a VPC endpoint, or the stand-in registry of the tests).
            if (inputs.awsRegion || inputs.roleToAssume)
                resolvers.push(defaultEcrRegistry(inputs.awsRegion, authorize));
            if (inputs.githubToken)
                resolvers.push(githubTokenCredentials(inputs.githubToken));
            resolvers.push(dockerConfigCredentials({ env: deps.env, mask: deps.mask }));
            return chainResolvers(...resolvers);
        },
    });
    const sum = (key) => result.targets.reduce((total, t) => total + t[key], 0);
    return {
        result,
        outputs: {
            [Outputs.Digest]: result.digest,
            [Outputs.Images]: JSON.stringify(result.targets.map((t) => t.image)),
            [Outputs.CopiedBlobs]: sum("copiedBlobs"),
            [Outputs.MountedBlobs]: sum("mountedBlobs"),
            [Outputs.SkippedBlobs]: sum("skippedBlobs"),
            [Outputs.CopiedBytes]: sum("copiedBytes"),
        },
        summary: `### promote-image\n\n${renderSummary(result)}`,
    };
}
function defaultEcrRegistry(region, authorize) {
    let answers;
    return async (registry) => {
        if (isEcrHost(registry) || registry === "ghcr.io" || registry === "docker.io")
            return undefined;
        if (!region)
            return undefined;
        answers ??= authorize({ region, registryIds: [] });
        const found = (await answers).find((a) => a.registry === registry);
        return found ? { kind: "basic", username: found.username, password: found.password } : undefined;
    };
}

;// CONCATENATED MODULE: ./actions/promote-image/src/main.ts






void runAction(async () => {
    const inputs = readInputs();
    const runner = runnerContext();
    return run(inputs, {
        logger: actions_actionsLogger,
        mask: mask,
        env: process.env,
        // Blob streams leave socket buffers behind faster than V8 collects them on its own.
        reclaim: youngGenerationCollector(),
        // The AWS SDK clients load only when a registry needs them (@platform/aws imports them on first use).
        ecrLogin: createEcrLogin({
            ...(inputs.roleToAssume ? { role: inputs.roleToAssume } : {}),
            ...(inputs.awsRegion ? { stsRegion: inputs.awsRegion } : {}),
            sessionName: defaultSessionName(runner.repository || "repository", runner.runId || "0"),
            durationSeconds: 3600,
            audience: "sts.amazonaws.com",
            getIdToken: getIDToken,
            mask: mask,
            logger: actions_actionsLogger,
        }),
    });
}, { inputNames: INPUT_NAMES });

