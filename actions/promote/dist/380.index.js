export const id = 380;
export const ids = [380];
export const modules = {

/***/ 380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getIDToken: () => (/* binding */ getIDToken)
/* harmony export */ });
/**
 * The job's OIDC token, from @actions/core. A subpath module (`@platform/action-kit/oidc`):
 * @actions/core's index brings its HTTP client and undici (~1 MB, 240 KB gzipped), which only
 * the actions that ask for a token should carry in their dist, and load only when they ask.
 */
async function getIDToken(audience) {
    const { getIDToken } = await __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 5461));
    return getIDToken(audience);
}


/***/ })

};
