export const id = 451;
export const ids = [451];
export const modules = {

/***/ 451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(852);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(249);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(413);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(288);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(745);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(456);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(241);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(918);
/* harmony import */ var _platform_terraform__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(108);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(379);






async function planAll(inputs, deps) {
    const paths = await (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_4__/* .findWorkspaces */ .g)(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.Workspaces, inputs.workspaces, inputs.root);
    deps.logger.info(`Planning ${paths.length} workspace(s), ${inputs.concurrency} at a time.`);
    return (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .s)(paths, inputs.concurrency, async (workspace) => {
        const run = await (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_6__/* .runPlan */ .F)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(inputs.root, workspace), workspace, {
            terraform: inputs.terraform,
            init: inputs.init,
            planArgs: inputs.planArgs,
            exec: deps.exec,
            env: deps.env,
            tempDir: inputs.tempDir || undefined,
            logger: deps.logger,
        });
        if (!run.ok)
            return (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .failedWorkspace */ .Hd)(workspace, run.errorLines);
        const plan = (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_8__/* .parsePlanJson */ .X)(run.planJson, `The "terraform show -json" output of ${workspace}`);
        const result = (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .analysedWorkspace */ .hP)(workspace, (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_9__/* .analysePlan */ .J6)(plan, { showValues: inputs.showValues }));
        if ((run.exitCode === 2) !== (result.status === "drifted")) {
            deps.logger.info(`${workspace}: terraform plan exited ${run.exitCode}, but its JSON shows ${result.status === "drifted" ? "drift" : "no drift"}; the JSON decides.`);
        }
        return result;
    });
}
async function readPlans(inputs) {
    const files = await (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_4__/* .findPlanFiles */ ._)(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.Plans, inputs.plans, inputs.root);
    const results = [];
    for (const { file, workspace } of files) {
        const source = `Input "${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.Plans}": ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(inputs.root, file)}`;
        const plan = (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_8__/* .parsePlanJson */ .X)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, "utf8"), source);
        if (plan.errored) {
            results.push((0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .failedWorkspace */ .Hd)(workspace, ['The plan in this file errored ("errored": true).']));
            continue;
        }
        results.push((0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .analysedWorkspace */ .hP)(workspace, (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_9__/* .analysePlan */ .J6)(plan, { showValues: inputs.showValues })));
    }
    return results;
}
function workspaceSubject(result) {
    return {
        kind: "workspace",
        key: result.path,
        status: result.status,
        fingerprint: result.fingerprint,
        title: `Terraform drift in ${result.path}`,
        body: (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_10__/* .renderWorkspace */ .SL)(result, {
            budget: _platform_terraform__WEBPACK_IMPORTED_MODULE_11__/* .DRIFT_BODY_BUDGET */ .zS,
            heading: `Terraform found drift in ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_12__/* .inlineCode */ .ti)(result.path)}.`,
        }),
        items: (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .driftItems */ .ms)(result),
        errorTitle: `Terraform plan fails in ${result.path}`,
        errorBody: result.status === "failed"
            ? (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_10__/* .renderWorkspace */ .SL)(result, {
                budget: _platform_terraform__WEBPACK_IMPORTED_MODULE_11__/* .DRIFT_BODY_BUDGET */ .zS,
                heading: `The drift check of ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_12__/* .inlineCode */ .ti)(result.path)} fails.`,
            })
            : undefined,
    };
}
/** One issue for all workspaces: open while any drifted or failed, closed when all are clean. */
function rollupSubject(results) {
    const notClean = results.filter((result) => result.status !== "clean");
    const fingerprint = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(JSON.stringify(notClean.map((r) => [r.path, r.status, r.fingerprint])))
        .digest("hex")
        .slice(0, 32);
    const budget = Math.max(1_000, Math.floor(_platform_terraform__WEBPACK_IMPORTED_MODULE_11__/* .DRIFT_BODY_BUDGET */ .zS / Math.max(1, notClean.length)));
    const sections = notClean.map((result) => (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_10__/* .renderWorkspace */ .SL)(result, {
        budget,
        heading: `### ${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_12__/* .inlineCode */ .ti)(result.path)}: ${result.status === "failed" ? "the plan fails" : "drifted"}\n`,
    }));
    return {
        kind: "rollup",
        key: "all workspaces",
        status: notClean.length > 0 ? "drifted" : "clean",
        fingerprint,
        title: "Terraform drift",
        body: [`${(0,_platform_terraform__WEBPACK_IMPORTED_MODULE_10__/* .renderSummaryTable */ .bb)(notClean)}\n`, ...sections].join("\n\n"),
        items: notClean.flatMap((result) => result.status === "failed"
            ? [`${result.path}: the plan fails`]
            : (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .driftItems */ .ms)(result).map((item) => `${result.path}: ${item}`)),
    };
}
function describe(result) {
    if (result.status === "failed")
        return `${result.path}: the plan failed`;
    const analysis = result.analysis;
    if (!analysis || result.status === "clean")
        return `${result.path}: clean`;
    const parts = [
        analysis.drift.length > 0 ? `changed outside Terraform: ${(0,_platform_terraform__WEBPACK_IMPORTED_MODULE_10__/* .countByAction */ .jO)(analysis.drift)}` : "",
        analysis.changes.length > 0 ? `code and state differ: ${(0,_platform_terraform__WEBPACK_IMPORTED_MODULE_10__/* .countByAction */ .jO)(analysis.changes)}` : "",
        analysis.outputs.length > 0 ? `${analysis.outputs.length} output(s)` : "",
    ];
    return `${result.path}: drifted (${parts.filter(Boolean).join("; ")})`;
}
/**
 * Plans (or reads plans), then keeps the issues. Every plan is read before any issue is
 * touched, so a bad input or an unreadable plan changes nothing on GitHub.
 */
async function run(inputs, deps) {
    const results = inputs.plans.length > 0 ? await readPlans(inputs) : await planAll(inputs, deps);
    for (const result of results) {
        for (const secret of result.analysis?.secrets.maskable() ?? [])
            deps.mask(secret);
    }
    for (const result of results) {
        deps.logger.info(describe(result));
        // Every item, even those an issue body has no room for: names and actions only.
        for (const item of (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .driftItems */ .ms)(result))
            deps.logger.info(`  ${item}`);
    }
    for (const result of results.filter((r) => r.status === "failed")) {
        deps.logger.warning(`${result.path}: ${(result.errorLines ?? []).slice(0, 5).join(" | ")}`);
    }
    let outcomes = [];
    if (inputs.issues !== "none") {
        if (!deps.issues)
            throw new Error("run: issues are enabled but no GitHub port was given");
        const sync = new _platform_terraform__WEBPACK_IMPORTED_MODULE_11__/* .DriftIssueSync */ .kX(deps.issues, {
            labels: inputs.labels,
            maxNewIssues: inputs.maxNewIssues,
            logger: deps.logger,
            runUrl: inputs.runUrl,
        });
        const subjects = inputs.issues === "rollup" ? [rollupSubject(results)] : results.map(workspaceSubject);
        outcomes = await sync.syncAll(subjects);
    }
    const listed = new Set(["opened", "updated", "unchanged", "reopened", "closed"]);
    const issueUrls = outcomes.flatMap((outcome) => [outcome.drift, outcome.error, ...outcome.duplicates].flatMap((o) => listed.has(o.action) && o.url ? [o.url] : []));
    const links = new Map();
    for (const outcome of outcomes) {
        const shown = [outcome.error, outcome.drift].find((o) => listed.has(o.action) && o.action !== "closed" && o.url);
        if (shown?.url) {
            if (inputs.issues === "rollup")
                for (const r of results)
                    if (r.status !== "clean")
                        links.set(r.path, shown.url);
            links.set(outcome.key, shown.url);
        }
    }
    const capped = outcomes.filter((o) => o.drift.action === "capped" || o.error.action === "capped").length;
    const summary = [
        "### Terraform drift",
        "",
        (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_10__/* .renderSummaryTable */ .bb)(results, links),
        capped > 0 ? `\n${capped} issue(s) not opened: max-new-issues (${inputs.maxNewIssues}) reached.` : "",
    ].join("\n");
    const drifted = results.filter((r) => r.status === "drifted").length;
    const failed = results.filter((r) => r.status === "failed").length;
    const report = (0,_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .reportJson */ .l4)(results.map(_platform_terraform__WEBPACK_IMPORTED_MODULE_7__/* .reportWorkspace */ .ot));
    return {
        outputs: {
            [_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.Drifted]: drifted,
            [_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.Failed]: failed,
            [_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.Report]: report,
            [_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Outputs */ .tY.Issues]: JSON.stringify(issueUrls),
        },
        ...(inputs.failOnDrift && drifted + failed > 0
            ? {
                failure: `${drifted} workspace(s) drifted and ${failed} failed to plan; failing because fail-on-drift is true.`,
            }
            : {}),
        results,
        outcomes,
        drifted,
        failed,
        report,
        issueUrls,
        summary,
    };
}


/***/ })

};
