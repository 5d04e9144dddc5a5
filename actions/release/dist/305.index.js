export const id = 305;
export const ids = [305];
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

/***/ 57305:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* reexport safe */ _octokit_js__WEBPACK_IMPORTED_MODULE_0__.L),
/* harmony export */   httpStatus: () => (/* reexport safe */ _octokit_js__WEBPACK_IMPORTED_MODULE_0__.n)
/* harmony export */ });
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16796);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_octokit_js__WEBPACK_IMPORTED_MODULE_0__]);
_octokit_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


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

/***/ })

};
