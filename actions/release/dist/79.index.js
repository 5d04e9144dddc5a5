export const id = 79;
export const ids = [79];
export const modules = {

/***/ 19079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ highlight)
/* harmony export */ });
/**
 * Stands in for `cli-highlight` inside the release bundle (aliased in scripts/tsconfig.bundle.json).
 *
 * semantic-release prints a dry run's notes and its errors' details through marked-terminal, which colours code blocks
 * with cli-highlight: highlight.js and parse5, 1.7 MB (0.4 MB gzipped) that every job using the
 * action downloads. Without it a code block in the printed notes is shown uncoloured; the
 * notes themselves (outputs, Release body) are not touched.
 */
function highlight(code, _options) {
    return code;
}


/***/ })

};
