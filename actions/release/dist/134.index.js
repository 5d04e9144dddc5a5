export const id = 134;
export const ids = [134,290];
export const modules = {

/***/ 62639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundledPlugins: () => (/* binding */ bundledPlugins),
  getCommits: () => (/* reexport */ get_commits/* default */.A),
  getLastRelease: () => (/* reexport */ get_last_release/* default */.A),
  named: () => (/* binding */ named),
  presets: () => (/* binding */ presets),
  semanticRelease: () => (/* reexport */ semantic_release/* default */.A)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/semantic-release/package.json
var semantic_release_package = __webpack_require__(86206);
// EXTERNAL MODULE: ./node_modules/@semantic-release/github/package.json
var github_package = __webpack_require__(56816);
;// CONCATENATED MODULE: ./packages/release/src/bundle-shims.ts





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
    "./package.json": semantic_release_package,
    "../package.json": github_package,
    "../../package.json": github_package,
};
const scheme = "platform-bundled-manifest:";
const ownDirectory = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
// From source (tests, tools) Node finds the real package.json files; only the bundle needs this.
const bundled = !import.meta.url.endsWith("/bundle-shims.ts");
/**
 * 3. The bundle has no TypeScript compiler (typescript-stand-in.ts replaces it): cosmiconfig's
 * TypeScript loader writes the config's source unchanged to `<file>.<uuid>.mjs` and imports
 * it; Node strips its types, as it does for the file config.ts imports itself.
 */
const strippedCopy = /\.[cm]?ts\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.mjs$/;
if (bundled)
    (0,external_node_module_.registerHooks)({
        resolve(specifier, context, nextResolve) {
            const parent = context.parentURL;
            if (Object.hasOwn(manifests, specifier) &&
                parent?.startsWith("file:") &&
                external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(parent)) === ownDirectory) {
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
    globals.__filename ??= (0,external_node_url_.fileURLToPath)(import.meta.url);
    globals.__dirname ??= ownDirectory;
}

// EXTERNAL MODULE: ./node_modules/@semantic-release/commit-analyzer/index.js + 7 modules
var commit_analyzer = __webpack_require__(73602);
// EXTERNAL MODULE: ./node_modules/@semantic-release/github/index.js + 35 modules
var github = __webpack_require__(98171);
// EXTERNAL MODULE: ./node_modules/@semantic-release/release-notes-generator/index.js + 26 modules
var release_notes_generator = __webpack_require__(84953);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-angular/src/index.js + 4 modules
var src = __webpack_require__(68972);
// EXTERNAL MODULE: ./node_modules/conventional-changelog-conventionalcommits/src/index.js + 6 modules
var conventional_changelog_conventionalcommits_src = __webpack_require__(78731);
// EXTERNAL MODULE: ./node_modules/semantic-release/index.js + 101 modules
var semantic_release = __webpack_require__(5975);
// EXTERNAL MODULE: ./node_modules/semantic-release/lib/get-commits.js
var get_commits = __webpack_require__(38244);
// EXTERNAL MODULE: ./node_modules/semantic-release/lib/get-last-release.js
var get_last_release = __webpack_require__(10340);
;// CONCATENATED MODULE: ./packages/release/src/engine.ts
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
    commitAnalyzer: named("@semantic-release/commit-analyzer", { analyzeCommits: commit_analyzer/* analyzeCommits */.v }),
    notesGenerator: named("@semantic-release/release-notes-generator", { generateNotes: release_notes_generator/* generateNotes */.f }),
    github: named("@semantic-release/github", {
        verifyConditions: github/* verifyConditions */.gY,
        publish: github/* publish */.mk,
        addChannel: github/* addChannel */.Bh,
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
    conventionalcommits: (config) => (0,conventional_changelog_conventionalcommits_src/* default */.A)(config),
    angular: () => (0,src/* default */.A)(),
};


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
