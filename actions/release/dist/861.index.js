export const id = 861;
export const ids = [861,290];
export const modules = {

/***/ 45215:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ Octokit)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29115);
// Stand-in for @octokit/core in the bundles: the copy in actions/_shared (see ../index.ts).

const { Octokit } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitCore();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 50232:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g6: () => (/* binding */ Agent),
/* harmony export */   hd: () => (/* binding */ fetch),
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29115);
// Stand-in for undici in the bundles: the copy in actions/_shared (see ../index.ts).

const { Agent, ProxyAgent, fetch } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).undici();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3614:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semantic_release_package_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86206);
/* harmony import */ var _node_modules_semantic_release_github_package_json__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56816);





/**
 * Three things code inside the ESM bundle expects from Node and does not get. All are set up
 * only when running as the bundle, and this module must be imported before semantic-release.
 *
 * 1. semantic-release and @semantic-release/github read their own package.json at load time with
 * `createRequire(import.meta.url)("./package.json")` (and "../package.json",
 * "../../package.json"). ncc does not rewrite those calls, so inside the bundle they would look
 * next to dist/index.js and fail with "Cannot find module" (or read the wrong file). This hook
 * answers exactly those requests, made from this bundle's own directory, with the manifests
 * embedded at build time.
 */
const manifests = {
    "./package.json": semantic_release_package_json__WEBPACK_IMPORTED_MODULE_3__,
    "../package.json": _node_modules_semantic_release_github_package_json__WEBPACK_IMPORTED_MODULE_4__,
    "../../package.json": _node_modules_semantic_release_github_package_json__WEBPACK_IMPORTED_MODULE_4__,
};
const scheme = "platform-bundled-manifest:";
const ownDirectory = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
// From source (tests, tools) Node finds the real package.json files; only the bundle needs this.
const bundled = !import.meta.url.endsWith("/bundle-shims.ts");
/**
 * 3. The bundle has no TypeScript compiler (typescript-stand-in.ts replaces it): cosmiconfig's
 * TypeScript loader writes the config's source unchanged to `<file>.<uuid>.mjs` and imports
 * it; Node strips its types, as it does for the file config.ts imports itself.
 */
const strippedCopy = /\.[cm]?ts\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.mjs$/;
if (bundled)
    (0,node_module__WEBPACK_IMPORTED_MODULE_0__.registerHooks)({
        resolve(specifier, context, nextResolve) {
            const parent = context.parentURL;
            if (Object.hasOwn(manifests, specifier) &&
                parent?.startsWith("file:") &&
                node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(parent)) === ownDirectory) {
                return { url: `${scheme}${specifier}`, format: "json", shortCircuit: true };
            }
            return nextResolve(specifier, context);
        },
        load(url, context, nextLoad) {
            if (url.startsWith(scheme)) {
                const manifest = manifests[url.slice(scheme.length)];
                return { format: "json", source: JSON.stringify(manifest), shortCircuit: true };
            }
            // 3. below: the copy of a release.config.ts that cosmiconfig writes and imports.
            if (strippedCopy.test(url))
                return { ...nextLoad(url, context), format: "module-typescript" };
            return nextLoad(url, context);
        },
    });
/**
 * 2. semantic-release reads the release file itself with cosmiconfig, whose fallback for
 * release.config.{js,cjs,mjs} (import-fresh) and TypeScript loader refer to the CommonJS free
 * variables `__filename`/`__dirname`, which an ESM bundle does not have: "ReferenceError:
 * __filename is not defined". As globals they name the bundle, which is what ncc's CommonJS
 * output would give them.
 */
if (bundled) {
    const globals = globalThis;
    globals.__filename ??= (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url);
    globals.__dirname ??= ownDirectory;
}


/***/ }),

/***/ 66059:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundledPlugins: () => (/* binding */ bundledPlugins),
/* harmony export */   getCommits: () => (/* reexport safe */ semantic_release_lib_get_commits_js__WEBPACK_IMPORTED_MODULE_7__.A),
/* harmony export */   getLastRelease: () => (/* reexport safe */ semantic_release_lib_get_last_release_js__WEBPACK_IMPORTED_MODULE_8__.A),
/* harmony export */   named: () => (/* binding */ named),
/* harmony export */   presets: () => (/* binding */ presets),
/* harmony export */   semanticRelease: () => (/* reexport safe */ semantic_release__WEBPACK_IMPORTED_MODULE_6__.A)
/* harmony export */ });
/* harmony import */ var _bundle_shims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3614);
/* harmony import */ var _semantic_release_commit_analyzer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73602);
/* harmony import */ var _semantic_release_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19197);
/* harmony import */ var _semantic_release_release_notes_generator__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84953);
/* harmony import */ var conventional_changelog_angular__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68972);
/* harmony import */ var conventional_changelog_conventionalcommits__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78731);
/* harmony import */ var semantic_release__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36755);
/* harmony import */ var semantic_release_lib_get_commits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38244);
/* harmony import */ var semantic_release_lib_get_last_release_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(10340);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_semantic_release_github__WEBPACK_IMPORTED_MODULE_2__]);
_semantic_release_github__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// The engine: semantic-release, its plugins and the presets. release.ts imports this module
// with import() once the inputs are read, so the action starts without parsing any of it (in
// the bundle it is a chunk of its own).
// Side-effect import first: it must run before semantic-release's modules load (see the file).










/**
 * The plugins as plain objects of step functions. semantic-release accepts `[object, config]`
 * in `plugins`, so nothing is resolved by name (a dynamic import a bundle cannot satisfy).
 * The GitHub plugin's `success` and `fail` steps are left out on purpose: they comment on
 * issues through the search API and open failure issues, which this action does not do.
 */
const bundledPlugins = {
    commitAnalyzer: named("@semantic-release/commit-analyzer", { analyzeCommits: _semantic_release_commit_analyzer__WEBPACK_IMPORTED_MODULE_1__/* .analyzeCommits */ .v }),
    notesGenerator: named("@semantic-release/release-notes-generator", { generateNotes: _semantic_release_release_notes_generator__WEBPACK_IMPORTED_MODULE_3__/* .generateNotes */ .f }),
    github: named("@semantic-release/github", {
        verifyConditions: _semantic_release_github__WEBPACK_IMPORTED_MODULE_2__/* .verifyConditions */ .gY,
        publish: _semantic_release_github__WEBPACK_IMPORTED_MODULE_2__/* .publish */ .mk,
        addChannel: _semantic_release_github__WEBPACK_IMPORTED_MODULE_2__/* .addChannel */ .Bh,
    }),
};
/**
 * Steps handed over as objects are all logged as "Inline plugin"; semantic-release keeps a
 * `pluginName` already set on the step function, so each step is a wrapper carrying its name.
 */
function named(name, steps) {
    const wrapped = {};
    for (const [type, step] of Object.entries(steps)) {
        const wrapper = (config, context) => step(config, context);
        Object.defineProperty(wrapper, "pluginName", { value: name, enumerable: true });
        wrapped[type] = wrapper;
    }
    return wrapped;
}
/** The conventional-changelog presets bundled; the plugins load others by name, which cannot work here. */
const presets = {
    conventionalcommits: (config) => (0,conventional_changelog_conventionalcommits__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(config),
    angular: () => (0,conventional_changelog_angular__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A)(),
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 39466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ TerminalRenderer),
/* harmony export */   h: () => (/* binding */ setOptions),
/* harmony export */   q: () => (/* binding */ parse)
/* harmony export */ });
/**
 * Stands in for `marked` and `marked-terminal` inside the release bundle (aliased in
 * scripts/tsconfig.bundle.json).
 *
 * semantic-release uses them for one thing: to render a dry run's release notes and its errors'
 * details for a terminal before printing them (marked-terminal brings cli-table3, chalk, and an
 * emoji table: 0.37 MB, ~0.1 MB gzipped that every job using an action of the suite downloads).
 * In a workflow log the Markdown as written reads as well, so it is printed unchanged. The
 * notes themselves (outputs, the Release body, the summary) never went through this.
 */
function setOptions(_options) { }
function parse(markdown) {
    return markdown;
}
/** marked-terminal's default export: a renderer that is handed to setOptions above and unused. */
class TerminalRenderer {
}


/***/ }),

/***/ 40312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/**
 * Stands in for `source-map` inside the release bundle (aliased in scripts/tsconfig.bundle.json).
 *
 * Handlebars (the release notes' templates) requires it only to build source maps of compiled
 * templates, and carries its own minimal SourceNode for when the library is absent, which is
 * what it uses when this module exports none (handlebars/dist/cjs/handlebars/compiler/code-gen.js).
 * 99 KB of source map consumer and generator that every job downloads for nothing.
 */



/***/ }),

/***/ 7099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ModuleKind: () => (/* binding */ ModuleKind),
/* harmony export */   ModuleResolutionKind: () => (/* binding */ ModuleResolutionKind),
/* harmony export */   ScriptTarget: () => (/* binding */ ScriptTarget),
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   findConfigFile: () => (/* binding */ findConfigFile),
/* harmony export */   readConfigFile: () => (/* binding */ readConfigFile),
/* harmony export */   sys: () => (/* binding */ sys),
/* harmony export */   transpileModule: () => (/* binding */ transpileModule)
/* harmony export */ });
/**
 * Stands in for the `typescript` package inside the bundle (aliased in scripts/bundle.ts).
 *
 * cosmiconfig, which semantic-release uses to read a release.config.ts, compiles it with the
 * TypeScript compiler: 8.9 MB of the bundle, parsed at every start. Node 24 runs TypeScript by
 * stripping types, which is how config.ts loads these files already; this module gives
 * cosmiconfig's loader what it calls, hands the source through unchanged, and bundle-shims.ts
 * has Node strip the types of the file cosmiconfig then imports. So a release.config.ts means
 * the same to both readers, and what Node cannot strip (enums, namespaces) fails the same way.
 */
const fileExists = (_path) => false;
const readFile = (_path) => undefined;
const ModuleKind = { ES2022: 7, NodeNext: 199 };
const ModuleResolutionKind = { Bundler: 100, NodeNext: 99 };
const ScriptTarget = { ES2022: 9 };
const sys = { fileExists, readFile };
/** No tsconfig.json is consulted: type stripping needs no compiler options. */
function findConfigFile(_directory, _exists) {
    return undefined;
}
function readConfigFile(_file, _read) {
    return { config: {} };
}
/** The source as it is: Node strips the types when the file is imported (see bundle-shims.ts). */
function transpileModule(input, _options) {
    return { outputText: input };
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({ ModuleKind, ModuleResolutionKind, ScriptTarget, sys, findConfigFile, readConfigFile, transpileModule });


/***/ }),

/***/ 51456:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 51456;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 86497:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 86497;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 39279:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./index.js": 7164,
	"./normalize.js": 49595,
	"./pipeline.js": 58292,
	"./utils.js": 8501
};

function webpackAsyncContext(req) {
	return Promise.resolve().then(() => {
		if(!__webpack_require__.o(map, req)) {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		}

		var id = map[req];
		return __webpack_require__(id);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 39279;
module.exports = webpackAsyncContext;

/***/ })

};
