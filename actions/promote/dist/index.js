import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3725:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ Inputs)
/* harmony export */ });
/* unused harmony export Outputs */
/** Input and output names of promote (action.yml is the contract). */
const Inputs = {
    Environment: "environment",
    From: "from",
    Images: "images",
    Digest: "digest",
    Reason: "reason",
    Config: "config",
    ConfigRef: "config-ref",
    GithubToken: "github-token",
    GitopsToken: "gitops-token",
    Username: "username",
    Password: "password",
    AllowUnverified: "allow-unverified",
    DryRun: "dry-run",
};
const Outputs = {
    Digest: "digest",
    Images: "images",
    Changed: "changed",
    Commit: "commit",
    PullRequest: "pull-request",
    Plan: "plan",
};


/***/ }),

/***/ 8826:
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

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

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

/***/ 7975:
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
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
var errors = __nccwpck_require__(8826);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
                throw (0,errors/* inputError */.Xu)(name, "", "is required", `set "${name}" in the step's "with:" block`);
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
        throw (0,errors/* inputError */.Xu)(name, value, "is not a boolean", "use true or false");
    }
    integer(name, defaultValue, bounds = {}) {
        const value = this.string(name);
        if (value === "")
            return defaultValue;
        const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
        const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
        if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw (0,errors/* inputError */.Xu)(name, value, "is not a whole number in range", `use a number from ${min} to ${max}`);
        }
        return Number(value);
    }
    /** One of a fixed set of words. */
    choice(name, choices, defaultValue) {
        const value = this.string(name);
        if (value === "")
            return defaultValue;
        if (!choices.includes(value)) {
            throw (0,errors/* inputError */.Xu)(name, value, "is not a known value", `use one of: ${choices.join(", ")}`);
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
        throw (0,errors/* inputError */.Xu)(name, value, `leads outside ${resolvedRoot}`, fix);
    if (leaves === "link")
        throw (0,errors/* inputError */.Xu)(name, value, `leads outside ${resolvedRoot} through a symbolic link`, fix);
    if (leaves === "loop") {
        throw (0,errors/* inputError */.Xu)(name, value, "has too many levels of symbolic links", "point it at a path without a link loop");
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
    throw (0,errors/* fieldError */.$i)(missing, "", (nameOf) => `is required together with "${nameOf(partner)}"`, "give both or neither");
}

// EXTERNAL MODULE: ./actions/promote/src/constants.ts
var constants = __nccwpck_require__(3725);
;// CONCATENATED MODULE: ./actions/promote/src/inputs.ts


/** Where the configuration file gives what the packages below name as a field. */
const inConfig = (where) => `${constants/* Inputs */.G.Config}: ${where}`;
/**
 * What gave each field the packages may refuse: runAction words their errors with these names.
 * The GitOps repository, the overlays and the AWS roles come from the configuration file, so
 * those lines name its entry; repositories are never created here.
 */
const INPUT_NAMES = {
    config: constants/* Inputs */.G.Config,
    configRef: constants/* Inputs */.G.ConfigRef,
    token: constants/* Inputs */.G.GithubToken,
    repository: inConfig("gitops.repository"),
    branch: inConfig("gitops.branch"),
    commitVia: inConfig("gitops.commit-via"),
    mode: inConfig("the environment's mode"),
    overlay: inConfig("the environment's overlay"),
    set: inConfig("the environment's values"),
    images: constants/* Inputs */.G.Images,
    replicas: inConfig("the environment's overlay"),
    allowCreate: inConfig("the environment's values"),
    checkout: "the GitOps checkout",
    region: inConfig("the environment's aws.region"),
    role: inConfig("the environment's aws.role"),
    sessionName: "the role session name",
    durationSeconds: "the session duration (3600 s)",
};
/**
 * Reads and checks the inputs on their own; every secret is masked the moment it is read. Only
 * the kit is loaded here (the first thing the action does): the checks that need the suite's
 * packages (the digest's grammar, the git form of the tokens) are the first lines of run.
 */
function readInputs(input = new InputReader()) {
    const githubToken = input.string(constants/* Inputs */.G.GithubToken);
    const gitopsToken = input.string(constants/* Inputs */.G.GitopsToken, { default: githubToken });
    const password = input.optional(constants/* Inputs */.G.Password);
    for (const secret of [githubToken, gitopsToken, password])
        if (secret)
            mask(secret);
    const username = input.optional(constants/* Inputs */.G.Username);
    requireBothOrNeither([constants/* Inputs */.G.Username, username], [constants/* Inputs */.G.Password, password]);
    const digest = input.optional(constants/* Inputs */.G.Digest);
    const images = input.list(constants/* Inputs */.G.Images, { commas: true });
    // With no images named, the environment's own list decides (run checks it holds one).
    if (digest !== undefined && images.length > 1) {
        throw (0,errors/* inputError */.Xu)(constants/* Inputs */.G.Digest, digest, `is one digest for ${images.length} images`, "name exactly one image in images");
    }
    const config = input.string(constants/* Inputs */.G.Config, { default: ".github/platform.yml" });
    if (config.startsWith("/") || config.split("/").includes("..")) {
        throw (0,errors/* inputError */.Xu)(constants/* Inputs */.G.Config, config, "is not a path inside the repository", "write it relative to the root");
    }
    return {
        environment: input.string(constants/* Inputs */.G.Environment, { required: true }),
        from: input.optional(constants/* Inputs */.G.From),
        images,
        digest,
        reason: input.optional(constants/* Inputs */.G.Reason),
        config,
        configRef: input.optional(constants/* Inputs */.G.ConfigRef),
        githubToken,
        gitopsToken,
        username,
        password,
        allowUnverified: input.boolean(constants/* Inputs */.G.AllowUnverified, false),
        dryRun: input.boolean(constants/* Inputs */.G.DryRun, false),
    };
}

;// CONCATENATED MODULE: ./actions/promote/src/main.ts


const main = async () => {
    const inputs = readInputs();
    const runner = runnerContext();
    // The rest (Octokit, ajv, yaml, the registry engine, the AWS login) loads once the inputs are
    // read: the start, and a mistake in the inputs, cost only the kit.
    const [{ run }, github, aws, oidc, oci, child] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(698), __nccwpck_require__.e(501)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2501)),
        __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 7305)),
        __nccwpck_require__.e(/* import() */ 988).then(__nccwpck_require__.bind(__nccwpck_require__, 3988)),
        __nccwpck_require__.e(/* import() */ 380).then(__nccwpck_require__.bind(__nccwpck_require__, 380)),
        Promise.all(/* import() */[__nccwpck_require__.e(698), __nccwpck_require__.e(2)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1002)),
        __nccwpck_require__.e(/* import() */ 765).then(__nccwpck_require__.bind(__nccwpck_require__, 5765)),
    ]);
    // One Octokit per token, made on first use.
    const client = (token, made) => () => (made ??= github.createGitHubClient({ token, baseUrl: runner.apiUrl, log: actionsLogger }));
    // The AWS SDK loads on first use, when an environment has aws.
    const sessionName = aws.defaultSessionName(runner.repository || "repository", runner.runId || "0");
    const loginFor = aws.ecrLoginPerRole({ sessionName, getIdToken: oidc.getIDToken, mask: mask, logger: actionsLogger });
    const { DOCKER_CONFIG } = process.env;
    return run(inputs, {
        logger: actionsLogger,
        mask: mask,
        now: () => new Date(),
        context: { ...runner, runId: Number(runner.runId) || 0, runnerTemp: runner.temp },
        github: client(inputs.githubToken),
        gitopsGithub: client(inputs.gitopsToken),
        // What git needs, and where docker keeps registry logins; no other step's secrets.
        env: { ...child.gitBaseEnvironment(process.env), ...(DOCKER_CONFIG ? { DOCKER_CONFIG } : {}) },
        aws: { authorize: ({ region, registryIds, role }) => loginFor(role).authorize({ region, registryIds }) },
        // Once a copy is moving bytes, V8 is set for it (bulk-transfer.ts in @platform/oci).
        onBulkTransfer: oci.leanV8ForBulkTransfer(),
    });
};
void runAction(main, { inputNames: INPUT_NAMES });

