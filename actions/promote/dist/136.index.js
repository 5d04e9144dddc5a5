export const id = 136;
export const ids = [136];
export const modules = {

/***/ 3136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  httpStatus: () => (/* reexport */ httpStatus)
});

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var rest_dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 9 modules
var src = __webpack_require__(6712);
;// CONCATENATED MODULE: ./packages/github/src/octokit.ts





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
            throw new dist_src/* RequestError */.G(`GitHub's JSON response to ${options.method} ${options.url} arrived incomplete`, 502, {
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
            throw new src/* ServiceError */._7(`GitHub kept failing: ${request.method} ${request.url} answered HTTP ${status} (${firstLine(error)}) after the retries; try again later, or check GitHub's status.`, { cause: error });
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
const PlatformOctokit = rest_dist_src/* Octokit */.E.plugin(refuseUnreadableJson, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, reportServiceFailures);
function createGitHubClient(options) {
    const limit = options.rateLimitRetries ?? 3;
    const warn = (message) => options.log?.warning(message);
    return new PlatformOctokit({
        auth: options.token,
        baseUrl: options.baseUrl ?? "https://api.github.com",
        userAgent: options.userAgent ?? "org-platform-actions",
        log: {
            debug: (message) => options.log?.debug(message),
            info: (message) => options.log?.debug(message),
            warn,
            error: warn,
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

;// CONCATENATED MODULE: ./packages/github/src/index.ts



/***/ })

};
