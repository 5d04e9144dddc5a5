export const id = 375;
export const ids = [375];
export const modules = {

/***/ 115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ sharedBundle)
/* harmony export */ });
var __rewriteRelativeImportExtension = (undefined && undefined.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};
// Relative to the bundle file that imports it at run time (see index.ts); every copy of this
// module in an action's chunks is bytes every job downloads, hence the short comment.
const SHARED_BUNDLE = "../../_shared/dist/index.js";
function sharedBundle() {
    return import(__rewriteRelativeImportExtension(/* webpackIgnore: true */ SHARED_BUNDLE, true));
}


/***/ }),

/***/ 375:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StandardRetryStrategy: () => (/* binding */ StandardRetryStrategy)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(115);
// Stand-in for @smithy/core/retry in the bundles: the copy in actions/_shared (see ../index.ts).

const { StandardRetryStrategy } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).smithyRetry();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
