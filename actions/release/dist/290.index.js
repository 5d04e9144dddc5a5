export const id = 290;
export const ids = [290];
export const modules = {

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

/***/ })

};
