export const id = 501;
export const ids = [501];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 9115:
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

/***/ 8847:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createTwoFilesPatch)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9115);
// Stand-in for diff in the bundles: the copy in actions/_shared (see ../index.ts).

const { createTwoFilesPatch } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).diff();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1816:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9115);
// Stand-in for @octokit/plugin-retry in the bundles: the copy in actions/_shared (see ../index.ts).

const { retry } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRetry();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4919:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9115);
// Stand-in for @octokit/plugin-throttling in the bundles: the copy in actions/_shared (see ../index.ts).

const { throttling } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitThrottling();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3544:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9115);
// Stand-in for @octokit/request-error in the bundles: the copy in actions/_shared (see ../index.ts).

const { RequestError } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRequestError();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9910:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ Octokit)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9115);
// Stand-in for @octokit/rest in the bundles: the copy in actions/_shared (see ../index.ts).

const { Octokit } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).octokitRest();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9627:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ LineCounter),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   Vj: () => (/* binding */ isAlias),
/* harmony export */   hR: () => (/* binding */ parseAllDocuments),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   tO: () => (/* binding */ isPair)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9115);
// Stand-in for yaml in the bundles: the copy in actions/_shared (see ../index.ts).

const { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parse, parseAllDocuments, parseDocument } = await (await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedBundle */ .g)()).yaml();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2501:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8826);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5341);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7698);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7265);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(253);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1043);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4249);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(171);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8221);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8020);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9272);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9686);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8401);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4447);
/* harmony import */ var _platform_promote__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3097);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3725);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_promote__WEBPACK_IMPORTED_MODULE_5__, _platform_promote__WEBPACK_IMPORTED_MODULE_6__, _platform_promote__WEBPACK_IMPORTED_MODULE_7__, _platform_promote__WEBPACK_IMPORTED_MODULE_10__, _platform_gitops__WEBPACK_IMPORTED_MODULE_11__, _platform_gitops__WEBPACK_IMPORTED_MODULE_12__, _platform_promote__WEBPACK_IMPORTED_MODULE_13__]);
([_platform_promote__WEBPACK_IMPORTED_MODULE_5__, _platform_promote__WEBPACK_IMPORTED_MODULE_6__, _platform_promote__WEBPACK_IMPORTED_MODULE_7__, _platform_promote__WEBPACK_IMPORTED_MODULE_10__, _platform_gitops__WEBPACK_IMPORTED_MODULE_11__, _platform_gitops__WEBPACK_IMPORTED_MODULE_12__, _platform_promote__WEBPACK_IMPORTED_MODULE_13__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





class Refused extends Error {
}
/**
 * A registry read of the plan: in a dry run a refused read (the target environment's
 * credentials are not at hand) is "denied" instead of a failure; otherwise the read as it is.
 */
async function planRead(dryRun, read) {
    try {
        return await read();
    }
    catch (error) {
        if (dryRun && error instanceof _platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .ReadDenied */ .e1)
            return "denied";
        throw error;
    }
}
const noop = () => { };
/** A promise awaited later: a rejection before then is not "unhandled", and still rethrown at the await. */
function later(promise) {
    promise.catch(() => { });
    return promise;
}
/**
 * Gates, plan, then copy, edit, landing and the record (see the README for the contract).
 * What does not depend on each other runs at once (the configuration read and the `git init`;
 * the GitOps fetch, the registry logins and the run's approvals; the copies of all images and
 * the lookup of the job's deployment); the gates still decide in their order, before any write.
 */
async function run(inputs, deps) {
    const { logger, context } = deps;
    // Before any request: what readInputs leaves to the suite's packages.
    if (inputs.digest !== undefined && !(0,_platform_oci__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(inputs.digest)) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.Digest, inputs.digest, "is not a sha256 digest", "write sha256: and 64 lower-case hex digits");
    }
    // git sends a token base64-encoded in a header: that form is masked too, before any git runs.
    for (const token of new Set([inputs.githubToken, inputs.gitopsToken]))
        if (token)
            deps.mask((0,_platform_gitops__WEBPACK_IMPORTED_MODULE_4__/* .gitAuthSecret */ .i)(token));
    const scratch = later((0,_platform_promote__WEBPACK_IMPORTED_MODULE_5__/* .createScratchRepository */ .tw)(context.runnerTemp, deps.env));
    const { text, ref } = await (0,_platform_promote__WEBPACK_IMPORTED_MODULE_6__/* .readConfigFile */ .RG)(deps.github(), context.repository, inputs.config, inputs.configRef);
    let config;
    try {
        config = (0,_platform_promote__WEBPACK_IMPORTED_MODULE_7__/* .parseConfig */ .o)(text, `${inputs.config}@${ref}`);
    }
    catch (error) {
        if (error instanceof _platform_promote__WEBPACK_IMPORTED_MODULE_7__/* .ConfigFileError */ .x)
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(error.message);
        throw error;
    }
    const { target, source, images } = selectPromotion(inputs, config);
    const plan = {
        environment: target.name,
        from: source.name,
        config: config.source,
        gitops: { repository: config.gitops.repository, branch: config.gitops.branch ?? "", commit: "" },
        gates: [],
        images: [],
        requestedBy: context.actor,
        approvedBy: [],
        reason: inputs.reason,
        dryRun: inputs.dryRun,
    };
    const outputsOf = (extra = {}) => ({
        digest: plan.images.length === 1 ? (plan.images[0]?.digest ?? "") : "",
        images: JSON.stringify(plan.images.map(({ name, from, to, digest, version, changed }) => ({
            name,
            from,
            to,
            digest,
            version: version ?? "",
            changed,
        }))),
        changed: String(plan.images.some((image) => image.changed)),
        commit: "",
        "pull-request": "",
        plan: JSON.stringify(plan),
        ...extra,
    });
    const gate = (result) => {
        plan.gates.push(result);
        logger.info(`gate ${result.gate}${result.image ? ` (${result.image})` : ""}: ${result.outcome}: ${result.detail}`);
        if (result.outcome === "refuse")
            throw new Refused(result.detail);
    };
    // The plan (dry-run) runs outside the target environment (promote.yml's plan job), so the
    // target's role, which trusts only that environment's OIDC subject, is not assumed: a host
    // shared with the source is read with the source's role; a role that refuses the plan job's
    // token and a read that is refused are left to the promotion itself, which checks every gate
    // again, with the environment's credentials, before it writes.
    const client = new _platform_oci__WEBPACK_IMPORTED_MODULE_8__/* .RegistryClient */ .b({
        credentials: (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .promotionCredentials */ .Mf)({
            environments: inputs.dryRun ? [source] : [target, source],
            ...(inputs.dryRun
                ? {
                    onRoleRefused: (_role, error) => logger.info(`dry-run: ${error.message} Its registry is not read in the plan.`),
                }
                : {}),
            aws: deps.aws,
            username: inputs.username,
            password: inputs.password,
            env: deps.env,
            mask: deps.mask,
        }),
        logger,
        mask: deps.mask,
        ...(deps.onBulkTransfer ? { onBulkTransfer: deps.onBulkTransfer } : {}),
    });
    // The gates' snapshot of the GitOps branch, reused by the landing; closed on every way out.
    let snapshot;
    try {
        // 1-2: nothing read yet but the configuration.
        const now = deps.now();
        gate((0,_platform_promote__WEBPACK_IMPORTED_MODULE_9__/* .freezeGate */ .LR)(config.freeze, target.name, now));
        gate((0,_platform_promote__WEBPACK_IMPORTED_MODULE_9__/* .reasonGate */ .yB)(target, inputs.reason));
        // 3-5: reads only. The run's approvals and the registry logins start now, beside the GitOps fetch.
        // A dry run records nothing, and its job (promote.yml's plan) runs before any approval and
        // without actions: read: the approvals are read only for a promotion.
        const approvals = inputs.dryRun
            ? Promise.resolve([])
            : later((0,_platform_promote__WEBPACK_IMPORTED_MODULE_6__/* .approversOf */ .U9)(deps.github(), context.repository, context.runId, target.name, logger));
        void (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .warmRegistries */ .zs)(client, [
            ...images.map((name) => source.images.get(name) ?? ""),
            ...images.map((name) => target.images.get(name) ?? ""),
        ]);
        const gitops = (0,_platform_promote__WEBPACK_IMPORTED_MODULE_5__/* .openGitopsRepository */ .Z4)({
            dir: await scratch,
            env: deps.env,
            serverUrl: context.serverUrl,
            repository: config.gitops.repository,
            token: inputs.gitopsToken,
            // History only where a gate reads it: a digest input (lineage) or min-soak; else the tip.
            history: inputs.digest !== undefined || target.minSoakMs > 0,
        });
        logger.info(`Fetching ${config.gitops.repository} from ${gitops.url}`);
        const branch = config.gitops.branch ?? (await gitops.defaultBranch());
        plan.gitops.branch = branch;
        const head = await gitops.transport.head(branch);
        if (!head) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${config.source}: gitops.branch ${JSON.stringify(branch)} does not exist in ${config.gitops.repository}.`);
        }
        plan.gitops.commit = head;
        const read = await gitops.transport.snapshot(head);
        snapshot = read;
        const where = (env) => `${config.source}: environments.${env.name}`;
        const [sourcePins, targetPins] = await Promise.all([
            (0,_platform_promote__WEBPACK_IMPORTED_MODULE_10__/* .readPins */ .LF)(read, source, where(source)),
            (0,_platform_promote__WEBPACK_IMPORTED_MODULE_10__/* .readPins */ .LF)(read, target, where(target)),
        ]);
        const historyOf = (file, digest) => (0,_platform_promote__WEBPACK_IMPORTED_MODULE_10__/* .digestHistory */ .l$)(gitops.git, head, file, digest);
        const requested = inputs.digest;
        const lineages = await Promise.all(images.map(async (name) => {
            const sourcePin = sourcePins.get(name) ?? { image: name, file: "" };
            const targetPin = targetPins.get(name) ?? { image: name, file: "" };
            const inHistory = async (file) => requested !== undefined && file !== "" && (await historyOf(file, requested)).length > 0;
            const [inSourceHistory, inTargetHistory] = await Promise.all([
                inHistory(sourcePin.file),
                inHistory(targetPin.file),
            ]);
            return (0,_platform_promote__WEBPACK_IMPORTED_MODULE_9__/* .lineageGate */ .zN)({
                image: name,
                source: source.name,
                target: target.name,
                sourceDigest: sourcePin.digest,
                sourcePin: (0,_platform_promote__WEBPACK_IMPORTED_MODULE_10__/* .describePin */ .p5)(sourcePin),
                requested,
                inSourceHistory,
                inTargetHistory,
                targetDigest: targetPin.digest,
                allowUnverified: inputs.allowUnverified,
                allowUnverifiedBy: `set ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G.AllowUnverified}: true`,
            });
        }));
        const decided = [];
        for (const result of lineages) {
            gate(result);
            if (result.image && result.digest && result.lineage) {
                decided.push({ name: result.image, digest: result.digest, lineage: result.lineage });
            }
        }
        const soaks = await Promise.all(decided.map(async ({ name, digest, lineage }) => {
            const file = sourcePins.get(name)?.file ?? "";
            const history = file && target.minSoakMs > 0 ? await historyOf(file, digest) : [];
            // The current pin's commit is the newest change of the digest's count; an earlier build's (a hotfix) the oldest.
            const pinned = lineage === "hotfix" ? history.at(-1) : history[0];
            return (0,_platform_promote__WEBPACK_IMPORTED_MODULE_9__/* .soakGate */ .wf)({
                image: name,
                source: source.name,
                lineage,
                pinnedAt: pinned?.date,
                pinnedBy: pinned?.commit,
                minSoakMs: target.minSoakMs,
                minSoak: target.minSoak,
                now,
            });
        }));
        for (const result of soaks)
            gate(result);
        // The registry reads of all images at once (round trips dominate); the gate then goes in image order.
        const facts = await Promise.all(decided.map(async ({ name, digest, lineage }) => {
            const to = target.images.get(name) ?? "";
            const sourceRepository = sourcePins.get(name)?.repository ?? source.images.get(name) ?? "";
            // A rollback returns to what the target's own repository held; the source's is the fallback.
            let from = lineage === "rollback" ? to : sourceRepository;
            let found = await planRead(inputs.dryRun, () => (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .readImageFacts */ .vX)(client, (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .repositoryOf */ ._M)(from), digest));
            if ((found === "denied" || !found.found) && from !== sourceRepository) {
                const fromTarget = found;
                from = sourceRepository;
                found = await planRead(inputs.dryRun, () => (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .readImageFacts */ .vX)(client, (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .repositoryOf */ ._M)(sourceRepository), digest));
                // Where the plan cannot see the target, "not in the source either" is not an answer.
                if (fromTarget === "denied" && found !== "denied" && !found.found) {
                    from = to;
                    found = "denied";
                }
            }
            const version = found !== "denied" ? found.version : undefined;
            const tag = version
                ? await planRead(inputs.dryRun, () => (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .tagState */ .s$)(client, (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .repositoryOf */ ._M)(to), version, digest))
                : undefined;
            return { name, digest, lineage, to, from, facts: found, tag };
        }));
        for (const { name, digest, lineage, to, from, facts: found, tag } of facts) {
            const pin = targetPins.get(name);
            if (found === "denied") {
                gate({
                    gate: "existence",
                    image: name,
                    outcome: "skip",
                    detail: `${from}@${digest} cannot be read without the ${target.name} environment's credentials; the promotion checks it`,
                });
                const changed = pin?.digest !== digest || pin.repository !== to;
                plan.images.push({ name, from, to, digest, version: undefined, lineage, changed });
                continue;
            }
            gate((0,_platform_promote__WEBPACK_IMPORTED_MODULE_9__/* .existenceGate */ .SO)({
                image: name,
                reference: `${from}@${digest}`,
                found: found.found,
                platforms: found.platforms,
                required: target.platforms,
            }));
            let version = found.version;
            if (tag === "denied") {
                logger.info(`${to}: its tags cannot be read without the ${target.name} environment's credentials; the promotion checks ${version}`);
            }
            if (tag === "taken") {
                logger.info(`${to}:${version} holds another digest: ${name} is pinned by digest only, no tag is moved`);
                version = undefined;
            }
            const changed = pin?.digest !== digest || pin.repository !== to || (version !== undefined && pin.tag !== version);
            plan.images.push({ name, from, to, digest, version, lineage, changed });
        }
        plan.approvedBy = await approvals;
        if (inputs.dryRun) {
            logger.info("dry-run: every gate passed; nothing copied, committed or recorded");
            return { outputs: outputsOf(), summary: headedSummary(plan) };
        }
        // 6. Copy (nothing when the target is the same repository; the engine skips what is there).
        // Images in parallel; every copy is awaited (settled) before a failure is reported, so none is
        // left running. The job's deployment is looked up meanwhile.
        const deployment = later((0,_platform_promote__WEBPACK_IMPORTED_MODULE_6__/* .findOpenDeployment */ .$H)({
            client: deps.github(),
            repository: context.repository,
            environment: target.name,
            sha: context.sha,
            logger,
        }));
        // The landing starts once every copy has read its source and checked its target (the round
        // trips before the bytes flow), so it competes with the transfers only.
        const started = plan.images
            .filter((image) => image.from !== image.to)
            .map((image) => {
            const planned = Promise.withResolvers();
            const done = (0,_platform_promote__WEBPACK_IMPORTED_MODULE_1__/* .copyToTarget */ .qi)({
                client,
                logger,
                image: image.name,
                from: image.from,
                to: image.to,
                digest: image.digest,
                tag: image.version,
                onPlanned: () => planned.resolve(),
            });
            return { done, planned: Promise.race([planned.promise, done.then(noop, noop)]) };
        });
        const copies = Promise.allSettled(started.map((copy) => copy.done));
        const planned = Promise.all(started.map((copy) => copy.planned));
        const copied = later(copies.then((settled) => {
            const failed = settled.find((copy) => copy.status === "rejected");
            if (failed)
                throw failed.reason;
        }));
        // 7-8. One commit for every image, with the record in its trailers. The edits are computed
        // and (git mode) the commit built while the images copy; its push, the only write, waits
        // for every copy to succeed (writeAfter) and never happens when one fails.
        const transport = config.gitops.commitVia === "api"
            ? new _platform_gitops__WEBPACK_IMPORTED_MODULE_11__/* .ApiTransport */ .e({ client: deps.gitopsGithub(), repository: config.gitops.repository })
            : gitops.transport;
        const landing = later(planned.then(() => (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_12__/* .landEdits */ .Z)({
            transport: (0,_platform_promote__WEBPACK_IMPORTED_MODULE_5__/* .reusingSnapshot */ ._k)(transport, read),
            repository: config.gitops.repository,
            branch: plan.gitops.branch,
            request: (0,_platform_promote__WEBPACK_IMPORTED_MODULE_13__/* .targetEdits */ .x)(target, plan.images),
            message: (0,_platform_promote__WEBPACK_IMPORTED_MODULE_14__/* .promotionMessage */ .f)({
                environment: target.name,
                from: source.name,
                gitopsCommit: plan.gitops.commit,
                images: plan.images,
                requestedBy: plan.requestedBy,
                approvedBy: plan.approvedBy,
                reason: plan.reason,
                runUrl: context.runUrl,
            }),
            mode: target.mode,
            dryRun: false,
            // Start from the head (and the snapshot) the gates read: a branch moved since is retried as a lost race.
            knownHead: plan.gitops.commit,
            logger,
            pullRequest: { client: deps.gitopsGithub, labels: [], reviewers: [], autoMerge: "" },
            writeAfter: copied,
        })));
        // Both settled before anything is reported: no copy or git process is left running. A
        // failed copy is the error (the landing then stopped before its push).
        await Promise.allSettled([copied, landing]);
        await copied;
        const landed = await landing;
        for (const image of plan.images)
            image.changed = landed.changed && image.changed;
        const commitUrl = `${context.serverUrl.replace(/\/+$/, "")}/${config.gitops.repository}/commit/${landed.commit}`;
        const pinned = plan.images.map((image) => `${image.name}@${image.digest.slice(0, 19)}`).join(", ");
        await (0,_platform_promote__WEBPACK_IMPORTED_MODULE_6__/* .reportDeployment */ .ac)({
            client: deps.github(),
            repository: context.repository,
            environment: target.name,
            deployment: await deployment,
            state: "success",
            description: `${pinned} pinned in ${config.gitops.repository}@${landed.commit.slice(0, 12)}`,
            logUrl: context.runUrl,
            logger,
        });
        return {
            outputs: outputsOf({
                commit: landed.commit,
                "pull-request": landed.pullRequest,
                changed: String(landed.changed),
            }),
            summary: headedSummary(plan, {
                diff: landed.diff,
                commitUrl,
                ...(landed.pullRequest ? { pullRequest: landed.pullRequest } : {}),
                changed: landed.changed,
            }),
        };
    }
    catch (error) {
        if (!(error instanceof Refused))
            throw error;
        plan.refused = error.message;
        return { outputs: outputsOf(), summary: headedSummary(plan), failure: error.message };
    }
    finally {
        snapshot?.close?.();
    }
}
/** Target, source and images from the inputs and the configuration: every mistake one line, before any request that writes. */
function selectPromotion(inputs, config) {
    const names = [...config.environments.keys()];
    const target = config.environments.get(inputs.environment);
    if (!target) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("environment", inputs.environment, `is not an environment of ${config.source}`, `use one of: ${names.join(", ")}`);
    }
    const fromName = inputs.from ?? target.from;
    if (fromName === undefined) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("from", "", `is empty and ${target.name} has no from in ${config.source}`, "name the environment to promote from");
    }
    const source = config.environments.get(fromName);
    if (!source) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("from", fromName, `is not an environment of ${config.source}`, `use one of: ${names.join(", ")}`);
    }
    if (source.name === target.name) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("from", fromName, "is the target environment itself", "name the environment to promote from");
    }
    const images = inputs.images.length > 0 ? inputs.images : [...target.images.keys()];
    for (const image of images) {
        if (!target.images.has(image)) {
            throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("images", image, `is not an image of ${target.name} in ${config.source}`, `use one of: ${[...target.images.keys()].join(", ")}`);
        }
        if (!source.images.has(image)) {
            throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("images", image, `is not an image of ${source.name} in ${config.source}`, "promote it from an environment that runs it");
        }
    }
    if (new Set(images).size !== images.length) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("images", images.join(", "), "names an image twice", "name each image once");
    }
    if (inputs.digest !== undefined && images.length !== 1) {
        throw (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("digest", inputs.digest, `is one digest for ${images.length} images (${images.join(", ")})`, "name exactly one image in images");
    }
    return { target, source, images };
}
/** The step summary: the action's heading over the plan (and what landed). */
function headedSummary(plan, landed) {
    return `### promote: ${plan.from} -> ${plan.environment}\n\n${(0,_platform_promote__WEBPACK_IMPORTED_MODULE_15__/* .renderSummary */ .B)(plan, landed)}`;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports escapeCell, inlineCode, formatBytes */
/** Small helpers for step summaries and issue bodies; no HTML injection from values. */
function escapeCell(value) {
    return value.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
    return [line(headers), `|${headers.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}
/** The longest run of backticks in `text` (0 when none). */
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * Text from files, git or services as inline code: a CommonMark code span whose backtick string
 * is longer than any run inside, so nothing in it closes the span early (then an @mention, a
 * link or an `<img>` would be live Markdown). Line breaks become spaces: a code span cannot
 * hold them, and one would end a heading or a list item.
 */
function inlineCode(text) {
    const flat = text.replace(/\r\n|\r|\n/g, " ");
    if (flat === "")
        return "` `";
    const ticks = "`".repeat(longestBacktickRun(flat) + 1);
    // A span starting or ending with a backtick (or a space, which CommonMark strips in pairs) is padded.
    const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/**
 * Text as a fenced code block whose fence is longer than any backtick run inside (a diff line
 * of four backticks does not close it). The language is kept only when it is a plain word.
 */
function codeBlock(text, language = "") {
    const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
    const info = /^[\w+.-]*$/.test(language) ? language : "";
    return `${fence}${info}\n${text}\n${fence}`;
}
function formatBytes(bytes) {
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 6796:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1816);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4919);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3544);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9910);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8826);
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

/***/ }),

/***/ 7698:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ApiTransport)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8826);
/* harmony import */ var _platform_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6796);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_github__WEBPACK_IMPORTED_MODULE_0__]);
_platform_github__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const CREATE_COMMIT = `
mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
/**
 * API mode: reads through the git data API and commits with GraphQL createCommitOnBranch,
 * which GitHub signs (Verified) and which refuses to move a branch whose head is no
 * longer `expectedHeadOid`: the same compare-and-swap a non-force push gives.
 */
class ApiTransport {
    client;
    owner;
    repo;
    constructor(options) {
        this.client = options.client;
        const [owner = "", repo = ""] = options.repository.split("/");
        this.owner = owner;
        this.repo = repo;
    }
    async head(branch) {
        try {
            const { data } = await this.client.rest.git.getRef({
                owner: this.owner,
                repo: this.repo,
                ref: `heads/${branch}`,
            });
            return data.object.sha;
        }
        catch (error) {
            if ((0,_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 404)
                return undefined;
            throw error;
        }
    }
    async snapshot(commit) {
        const { owner, repo, client } = this;
        const { data: commitData } = await client.rest.git.getCommit({ owner, repo, commit_sha: commit });
        const { data: tree } = await client.rest.git.getTree({
            owner,
            repo,
            tree_sha: commitData.tree.sha,
            recursive: "1",
        });
        if (tree.truncated) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg("commitVia", (nameOf) => `"api" cannot read the tree of ${commit}, which is too large for the API; use ${nameOf("commitVia")}: git.`);
        }
        const entries = new Map();
        for (const item of tree.tree) {
            if (item.path &&
                item.mode &&
                item.sha &&
                (item.type === "blob" || item.type === "tree" || item.type === "commit")) {
                entries.set(item.path, { mode: item.mode, type: item.type, oid: item.sha });
            }
        }
        return {
            commit,
            entries,
            readBlob: async (oid) => {
                const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: oid });
                return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
            },
        };
    }
    async commit(request) {
        const { owner, repo, client } = this;
        if (request.create) {
            try {
                await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${request.branch}`, sha: request.parent });
            }
            catch (error) {
                if ((0,_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 422)
                    return { status: "stale", detail: `${request.branch} was created meanwhile`, moved: true };
                throw error;
            }
        }
        const [headline = "", ...rest] = request.message.split("\n");
        const input = {
            branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName: request.branch },
            expectedHeadOid: request.parent,
            message: { headline, body: rest.join("\n").trim() },
            fileChanges: {
                additions: request.changes.map((change) => ({
                    path: change.path,
                    contents: Buffer.from(change.after, "utf8").toString("base64"),
                })),
            },
        };
        try {
            const result = await client.graphql(CREATE_COMMIT, {
                input,
            });
            return { status: "committed", commit: result.createCommitOnBranch.commit.oid };
        }
        catch (error) {
            const message = (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
            if (/expected|head.*oid|does not match|stale|moved/i.test(message))
                return { status: "stale", detail: message, moved: true };
            throw refusal(error, `${owner}/${repo}`, request.branch) ?? error;
        }
    }
}
/** GraphQL error types that mean "no" to this token or this branch, not a bug of ours. */
const REFUSALS = new Set(["FORBIDDEN", "NOT_FOUND", "UNPROCESSABLE"]);
/**
 * createCommitOnBranch refused for a reason the user can fix: a token without contents: write
 * (FORBIDDEN), a branch or repository it cannot see (NOT_FOUND), a rule such as branch
 * protection (UNPROCESSABLE). One line naming the repository; anything else stays a bug.
 */
function refusal(error, repository, branch) {
    const errors = error.errors;
    if (!Array.isArray(errors))
        return undefined;
    const refused = errors.find((e) => typeof e === "object" && e !== null && "type" in e && typeof e.type === "string" && REFUSALS.has(e.type));
    if (!refused)
        return undefined;
    return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .FieldError */ .bg("repository", (nameOf) => `${JSON.stringify(repository)} refused the commit to ${branch} (${refused.type}: ${refused.message ?? ""}); give the token contents: write there and check the branch's rules, or use ${nameOf("commitVia")}: git.`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5463:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8847);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([diff__WEBPACK_IMPORTED_MODULE_0__]);
diff__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/** A `git diff`-style unified diff of the changes, for the log, the summary and the `diff` output. */
function unifiedDiff(changes) {
    return changes
        .map((change) => (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .s)(`a/${change.path}`, `b/${change.path}`, change.before, change.after, "", "", { context: 3 }))
        .map((patch) => patch.replace(/^=+\n/, ""))
        .join("");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ gitopsFieldError)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8826);

/** fieldError for this package's fields. */
function gitopsFieldError(field, value, problem, fix) {
    return (0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .fieldError */ .$i)(field, value, problem, fix);
}


/***/ }),

/***/ 5341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ gitAuthConfig),
/* harmony export */   i: () => (/* binding */ gitAuthSecret)
/* harmony export */ });
/**
 * Configuration that makes git authenticate to `serverUrl` with a token: an extra header,
 * given through GIT_CONFIG_* variables by the runner (not argv, not the checkout's config).
 * The empty first value clears a header actions/checkout may have persisted, so exactly one
 * is sent.
 */
function gitAuthConfig(serverUrl, token) {
    const key = `http.${serverUrl.replace(/\/+$/, "")}/.extraheader`;
    return [
        [key, ""],
        [key, `AUTHORIZATION: basic ${gitAuthSecret(token)}`],
    ];
}
/** The base64 credential gitAuthConfig sends, so callers can mask it too. */
function gitAuthSecret(token) {
    return Buffer.from(`x-access-token:${token}`).toString("base64");
}


/***/ }),

/***/ 1814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   lD: () => (/* binding */ createGit),
/* harmony export */   qy: () => (/* binding */ GitTransport)
/* harmony export */ });
/* unused harmony export spawnGitIn */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8826);
/* harmony import */ var _platform_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6093);



/** Starts git for a long conversation over stdin/stdout (`cat-file --batch`), hooks disabled, no credentials. */
function spawnGitIn(cwd, env) {
    return createGitRunner({ cwd, env }).spawn;
}
/**
 * The suite's git runner (@platform/process) in `cwd`: hooks disabled, `credentials` only on
 * the commands that talk to the remote.
 */
function createGit(cwd, env, credentials) {
    return (0,_platform_process__WEBPACK_IMPORTED_MODULE_1__/* .createGitRunner */ .ho)({ cwd, env, ...(credentials ? { credentials } : {}) });
}
async function ok(git, args, options) {
    const result = await git(args, options);
    if (result.exitCode !== 0) {
        throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim().split("\n").slice(-3).join(" / ")}`);
    }
    return result.stdout;
}
/** A remote git cannot read: a wrong name, or a token without access (GitHub answers both alike). */
function unreadable(repository, stderr) {
    const reason = stderr.trim().split("\n").filter(Boolean).at(-1) ?? "no answer";
    return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .FieldError */ .bg("repository", `${JSON.stringify(repository)} cannot be read (${reason}); check the name, and that the token can read it.`);
}
/**
 * Git mode. Works only with objects and a private index: the checkout's working tree, index
 * and branches are never touched, so the user's files stay as they are and a commit is built
 * on exactly the fetched head (no rebase, no merge, no force).
 */
class GitTransport {
    git;
    spawnGit;
    remote;
    repository;
    identity;
    shallow;
    constructor(options) {
        this.git = options.git;
        this.spawnGit = options.spawnGit;
        this.remote = options.remote ?? "origin";
        this.repository = options.repository ?? this.remote;
        this.identity = options.identity ?? {
            name: "github-actions[bot]",
            email: "41898282+github-actions[bot]@users.noreply.github.com",
        };
        this.shallow = options.shallow;
    }
    async head(branch) {
        if (this.shallow === undefined) {
            this.shallow = (await ok(this.git, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
        }
        const depth = this.shallow ? ["--depth=1"] : [];
        const ref = `refs/update-overlay/${branch}`;
        // No `git maintenance run --auto` after the fetch: one process less on the way to the
        // first read, and a runner's checkout is thrown away with the job.
        const fetched = await this.git([
            "fetch",
            "--quiet",
            "--no-tags",
            "--no-auto-maintenance",
            ...depth,
            this.remote,
            `+refs/heads/${branch}:${ref}`,
        ]);
        if (fetched.exitCode !== 0) {
            if (/couldn't find remote ref/i.test(fetched.stderr))
                return undefined;
            if (/not found|not exist|authenticat|denied|403|401|could not read/i.test(fetched.stderr)) {
                throw unreadable(this.repository, fetched.stderr);
            }
            throw new Error(`git fetch failed: ${fetched.stderr.trim().split("\n").slice(-2).join(" / ")}`);
        }
        return (await ok(this.git, ["rev-parse", "--verify", `${ref}^{commit}`])).trim();
    }
    async snapshot(commit) {
        const listing = await ok(this.git, ["ls-tree", "-r", "-t", "-z", "--full-tree", commit]);
        const entries = new Map();
        for (const record of listing.split("\0")) {
            const match = /^(\d{6}) (blob|tree|commit) ([0-9a-f]+)\t(.*)$/s.exec(record);
            if (match?.[4])
                entries.set(match[4], { mode: match[1] ?? "", type: match[2], oid: match[3] ?? "" });
        }
        const reader = this.batchReader();
        return { commit, entries, readBlob: (oid) => reader.read(oid), close: () => reader.close() };
    }
    /** One `git cat-file --batch` for all reads of a snapshot: hundreds of files, one process. */
    batchReader() {
        let child;
        let buffer = Buffer.alloc(0);
        const waiting = [];
        const drain = () => {
            for (;;) {
                const newline = buffer.indexOf(10);
                if (newline < 0)
                    return;
                const header = buffer.subarray(0, newline).toString("utf8");
                const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                const waiter = waiting[0];
                if (!match) {
                    buffer = buffer.subarray(newline + 1);
                    waiting.shift();
                    waiter?.reject(new Error(`git cat-file: ${header}`));
                    continue;
                }
                const size = Number(match[2]);
                if (buffer.length < newline + 1 + size + 1)
                    return;
                const body = buffer.subarray(newline + 1, newline + 1 + size).toString("utf8");
                buffer = buffer.subarray(newline + 1 + size + 1);
                waiting.shift();
                waiter?.resolve(body);
            }
        };
        const start = () => {
            const started = this.spawnGit(["cat-file", "--batch"]);
            started.stdout?.on("data", (chunk) => {
                buffer = Buffer.concat([buffer, chunk]);
                drain();
            });
            started.on("close", () => {
                for (const waiter of waiting.splice(0))
                    waiter.reject(new Error("git cat-file exited"));
            });
            return started;
        };
        return {
            read: (oid) => new Promise((resolve, reject) => {
                child ??= start();
                waiting.push({ resolve, reject });
                child.stdin?.write(`${oid}\n`);
            }),
            close: () => {
                child?.stdin?.end();
                child = undefined;
            },
        };
    }
    async commit(request) {
        return (await this.prepare(request)).push();
    }
    /** Builds the commit in the local object store (no ref left behind); `push` sends it. */
    async prepare(request) {
        // One `git fast-import` writes the blobs, the trees and the commit as a single pack:
        // much faster than loose objects from hash-object/write-tree for hundreds of files.
        const ref = `refs/update-overlay/commit-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString("hex")}`;
        const chunks = [];
        const data = (text) => {
            const bytes = Buffer.from(text, "utf8");
            chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n"));
        };
        const who = `${this.identity.name} <${this.identity.email}> now`;
        chunks.push(Buffer.from(`commit ${ref}\nmark :1\nauthor ${who}\ncommitter ${who}\n`));
        data(request.message);
        chunks.push(Buffer.from(`from ${request.parent}\n`));
        for (const change of request.changes) {
            if (/[\n"]/.test(change.path))
                throw new Error(`unsupported path ${JSON.stringify(change.path)}`);
            chunks.push(Buffer.from(`M ${change.mode} inline ${change.path}\n`));
            data(change.after);
        }
        chunks.push(Buffer.from("get-mark :1\n"));
        const imported = await ok(this.git, ["fast-import", "--quiet", "--date-format=now", "--cat-blob-fd=1"], {
            input: Buffer.concat(chunks),
        });
        const commit = imported.trim().split("\n").at(-1)?.trim() ?? "";
        await ok(this.git, ["update-ref", "-d", ref]);
        if (!/^[0-9a-f]{40,64}$/.test(commit))
            throw new Error(`git fast-import printed no commit: ${imported}`);
        return { commit, push: () => this.push(commit, request.branch) };
    }
    async push(commit, branch) {
        // A plain (non-force) push: the remote refuses it unless it fast-forwards from `parent`.
        const push = await this.git(["push", "--porcelain", this.remote, `${commit}:refs/heads/${branch}`]);
        if (push.exitCode === 0)
            return { status: "committed", commit };
        const detail = `${push.stdout}\n${push.stderr}`;
        if (/\[rejected\]|\[remote rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|stale info/i.test(detail)) {
            // The porcelain status line says why (`[remote rejected] (pre-receive hook declined)`),
            // and a hook's own words come as `remote:` lines.
            const lines = detail.split("\n").map((line) => line.trim());
            const status = lines.find((line) => /\[(remote )?rejected\]/.test(line))?.replace(/^!\s*\S+\s*/, "");
            const remote = lines.filter((line) => /^remote: \S/.test(line)).slice(-2);
            return {
                status: "stale",
                detail: [status ?? lines.filter(Boolean).at(-1) ?? "rejected", ...remote].join("; "),
                moved: /non-fast-forward|fetch first|stale info/i.test(detail),
            };
        }
        throw new Error(`git push failed: ${push.stderr.trim().split("\n").slice(-2).join(" / ")}`);
    }
}


/***/ }),

/***/ 6109:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ KUSTOMIZATION_FILES),
/* harmony export */   sp: () => (/* binding */ applyImageEdit),
/* harmony export */   zz: () => (/* binding */ applyReplicaEdit)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9627);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5719);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9192);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__]);
([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** Kustomize's own lookup order for a directory's kustomization file. */
const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function root(file) {
    const doc = file.documents[0];
    if (!doc || file.documents.length !== 1 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${file.file} is not a kustomization (one YAML mapping)`);
    }
    return { doc, map: doc.contents };
}
function stringNode(value, file, where) {
    const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(value, { inFlow: false, type: "string", where: `${file.file}:${where}` });
    return { kind: "scalar", text: rendered.text, js: rendered.js };
}
/** The list under `key` (fresh from the latest parse), or undefined when the key is absent. */
function list(file, key) {
    const { map } = root(file);
    const value = map.get(key, true);
    if (value === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null))
        return undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value))
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${file.file}: "${key}" is not a list`);
    return value;
}
function entryIndexes(seq, name) {
    const indexes = [];
    seq.items.forEach((item, index) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
            return;
        const value = item.get("name", true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && String(value.value) === name)
            indexes.push(index);
    });
    return indexes;
}
function entry(file, key, index) {
    const item = list(file, key)?.items[index];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
        throw new Error(`kustomization entry ${key}[${index}] vanished while editing`);
    return item;
}
/** Sets (or removes, with null) one string field of a list entry, in place. */
function setField(file, key, index, field, value, inFlow) {
    const { doc } = root(file);
    const map = entry(file, key, index);
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === field);
    const where = `${file.file}:${key}[name=${String(map.get("name"))}].${field}`;
    if (value === null) {
        if (pair)
            file.deletePair(doc, map, pair);
        return;
    }
    if (!pair) {
        file.insertPair(doc, map, field, stringNode(value, file, where));
        return;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value))
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} is not a single value`);
    if ((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlockScalar */ .a5)(pair.value)) {
        file.setBlockScalar(doc, pair.value, value);
        return;
    }
    const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(value, {
        existing: pair.value,
        inFlow: inFlow || Boolean(map.flow),
        type: "string",
        where,
    });
    file.setScalar(doc, pair.value, rendered.text, rendered.js);
}
/** The fields of a kustomize `images:` entry besides `name` (api/types/image.go). */
const IMAGE_FIELDS = ["newName", "newTag", "digest", "tagSuffix"];
/**
 * `kustomize edit set image` on the file, with kustomize 5's semantics
 * (kustomize/commands/edit/set/setimage.go, RunSetImage): the argument REPLACES the entry of
 * the same name, so every field the line does not give (newName, newTag, digest, tagSuffix)
 * is removed, and a field given as `*` keeps the entry's current value (or stays absent).
 * `web:1.2` on `{name: web, newName: r/web, digest: ...}` leaves `{name: web, newTag: "1.2"}`;
 * write `web=*:1.2` to keep newName. Unlike kustomize, which rewrites the whole file sorted by
 * name, the entry is edited in place; a missing entry is appended.
 */
function applyImageEdit(file, edit) {
    const given = [];
    if (edit.newName !== undefined)
        given.push(["newName", edit.newName]);
    if (edit.newTag !== undefined)
        given.push(["newTag", edit.newTag]);
    if (edit.digest !== undefined)
        given.push(["digest", edit.digest]);
    const images = list(file, "images");
    const newEntry = () => ({
        kind: "map",
        entries: [
            ["name", stringNode(edit.name, file, "images.name")],
            ...given
                .filter(([, v]) => v !== _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESERVE */ .bx)
                .map(([k, v]) => [k, stringNode(v, file, `images.${k}`)]),
        ],
    });
    if (!images) {
        addList(file, "images", newEntry());
        return;
    }
    const indexes = entryIndexes(images, edit.name);
    if (indexes.length === 0) {
        file.appendItem(root(file).doc, images, newEntry());
        return;
    }
    const inFlow = Boolean(images.flow);
    for (const index of indexes) {
        for (const field of IMAGE_FIELDS) {
            const value = given.find(([k]) => k === field)?.[1];
            if (value === _specs_js__WEBPACK_IMPORTED_MODULE_2__/* .PRESERVE */ .bx)
                continue;
            setField(file, "images", index, field, value ?? null, inFlow);
        }
    }
}
/** Sets `replicas[name].count`, appending the entry when there is none. */
function applyReplicaEdit(file, edit) {
    const count = { kind: "scalar", text: String(edit.count), js: edit.count };
    const replicas = list(file, "replicas");
    const newEntry = {
        kind: "map",
        entries: [
            ["name", stringNode(edit.name, file, "replicas.name")],
            ["count", count],
        ],
    };
    if (!replicas) {
        addList(file, "replicas", newEntry);
        return;
    }
    const indexes = entryIndexes(replicas, edit.name);
    if (indexes.length === 0) {
        file.appendItem(root(file).doc, replicas, newEntry);
        return;
    }
    for (const index of indexes) {
        const { doc } = root(file);
        const map = entry(file, "replicas", index);
        const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === "count");
        if (!pair) {
            file.insertPair(doc, map, "count", count);
            continue;
        }
        const where = `${file.file}:replicas[name=${edit.name}].count`;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value))
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} is not a single value`);
        const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(String(edit.count), {
            existing: pair.value,
            inFlow: Boolean(map.flow),
            type: "infer",
            where,
        });
        file.setScalar(doc, pair.value, rendered.text, rendered.js);
    }
}
/** A list with its first entry: fills `key:` when it is there with no value, else adds the key. */
function addList(file, key, first) {
    const { doc, map } = root(file);
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key);
    if (pair)
        file.fillEmpty(doc, pair, { kind: "seq", items: [first] });
    else
        file.insertPair(doc, map, key, { kind: "seq", items: [first] });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7265:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ landEdits)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8852);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5463);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6265);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7719);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2627);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7892);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_plan_js__WEBPACK_IMPORTED_MODULE_0__, _diff_js__WEBPACK_IMPORTED_MODULE_1__, _pull_request_js__WEBPACK_IMPORTED_MODULE_4__]);
([_plan_js__WEBPACK_IMPORTED_MODULE_0__, _diff_js__WEBPACK_IMPORTED_MODULE_1__, _pull_request_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






/**
 * Lands the request: in push mode one pass (edits computed on the head they are committed
 * onto, re-applied on a lost race); in pull-request mode the base decides whether there is
 * anything to do, then the deterministic branch gets the commit and its one pull request
 * is opened or updated. Dry-run computes the diff against the branch and writes nothing.
 */
async function landEdits(options) {
    const { logger, branch } = options;
    const common = {
        transport: options.transport,
        edit: (snapshot) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .applyEdits */ .c)(options.request, snapshot),
        message: options.message,
        logger,
        retry: options.retry,
    };
    const describe = (outcome, target) => {
        const diff = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .unifiedDiff */ .W)(outcome.changes);
        if (diff)
            logger.info(`Changes on ${options.repository}@${branch}:\n${diff}`);
        else
            logger.info(`${options.repository}@${branch} already has these values: nothing to commit`);
        return {
            changed: outcome.changed,
            commit: outcome.commit,
            pullRequest: "",
            branch: target,
            changes: outcome.changes,
            files: outcome.changes.map((change) => change.path),
            diff,
        };
    };
    const knownHead = options.knownHead !== undefined ? { knownHead: options.knownHead } : {};
    const writeAfter = options.writeAfter !== undefined ? { writeAfter: options.writeAfter } : {};
    if (options.mode === "push" && !options.dryRun) {
        const outcome = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .commitWithRetry */ .C)({ ...common, branch, ...knownHead, ...writeAfter });
        if (outcome.changed)
            logger.info(`Committed ${outcome.commit} after ${outcome.attempts} attempt(s)`);
        return describe(outcome, branch);
    }
    const base = describe(await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .commitWithRetry */ .C)({ ...common, branch, dryRun: true, ...knownHead }), branch);
    if (!base.changed || options.dryRun)
        return base;
    const pr = options.pullRequest;
    if (!pr)
        throw new Error("pull-request mode needs the pullRequest options");
    const head = (0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestBranch */ .V)({ repository: options.repository, branch }, options.request);
    const outcome = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .commitWithRetry */ .C)({ ...common, branch: head, createFrom: branch, ...writeAfter });
    if (outcome.changed)
        logger.info(`Committed ${outcome.commit} to ${head} after ${outcome.attempts} attempt(s)`);
    else
        logger.info(`${head} already has these values`);
    const [subject = "", ...body] = options.message.split("\n");
    // The branch may have held these values already (no push above): the pull request is a write too.
    await options.writeAfter;
    const pull = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_4__/* .openOrUpdatePullRequest */ .x)({
        client: pr.client(),
        repository: options.repository,
        head,
        base: branch,
        title: pr.title || subject,
        body: `${body.join("\n").trim()}\n\n${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_5__/* .codeBlock */ .DV)(base.diff, "diff")}\n`,
        labels: pr.labels,
        reviewers: pr.reviewers,
        autoMerge: pr.autoMerge,
        logger,
    });
    return { ...base, changed: outcome.changed, commit: outcome.commit, pullRequest: pull.url, branch: head };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ pullRequestBranch)
/* harmony export */ });
/* unused harmony export commitMessage */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5719);


/**
 * `newName:newTag@digest` as kustomize 5 renders the entry (the name stays when no newName).
 * A line that keeps a part with `*` is shown as written: the part is not known before the edit.
 */
function imageReference(edit) {
    if (keepsAPart(edit)) {
        const newName = edit.newName === undefined ? "" : `=${edit.newName}`;
        return `${edit.name}${newName}${edit.newTag === undefined ? "" : `:${edit.newTag}`}${edit.digest === undefined ? "" : `@${edit.digest}`}`;
    }
    let reference = edit.newName ?? edit.name;
    if (edit.newTag)
        reference += `:${edit.newTag}`;
    if (edit.digest)
        reference += `@${edit.digest}`;
    return reference;
}
function keepsAPart(edit) {
    return [edit.newName, edit.newTag, edit.digest].includes(PRESERVE);
}
/** What changed, in a few words: the commit subject's and pull request title's default. */
function describeEdits(request) {
    const parts = [
        ...request.images.map(({ edit }) => imageReference(edit)),
        ...request.replicas.map(({ edit }) => `${edit.name}=${edit.count} replicas`),
        ...request.sets.map((edit) => `${edit.file}:${formatPath(edit.path)}=${edit.value}`),
    ];
    const shown = parts.slice(0, 3).join(", ");
    return parts.length > 3 ? `${shown} and ${parts.length - 3} more` : shown;
}
function defaultSubject(request) {
    const where = request.overlay ? ` in ${request.overlay}` : "";
    return `chore(deploy): update ${describeEdits(request)}${where}`;
}
/**
 * The commit message: the template (placeholders {images}, {overlay}, {changes}) or the
 * default subject, then git trailers naming each image and the workflow run.
 */
function commitMessage(request, options) {
    const images = request.images.map(({ edit }) => imageReference(edit)).join(", ");
    const body = options.template
        ? options.template
            .replaceAll("{images}", images)
            .replaceAll("{overlay}", request.overlay ?? "")
            .replaceAll("{changes}", describeEdits(request))
        : defaultSubject(request);
    // An Image trailer names what will run; a line keeping a part with * cannot say that.
    const trailers = request.images
        .filter(({ edit }) => !keepsAPart(edit))
        .map(({ edit }) => edit.digest ? `Image: ${edit.newName ?? edit.name}@${edit.digest}` : `Image: ${imageReference(edit)}`);
    if (options.runUrl)
        trailers.push(`Run: ${options.runUrl}`);
    return trailers.length > 0 ? `${body.trimEnd()}\n\n${trailers.join("\n")}\n` : `${body.trimEnd()}\n`;
}
/**
 * The pull request branch: named from the target and WHAT is edited (files, keys, image
 * names) but not the new values, so a newer version lands on the same branch and pull request.
 */
function pullRequestBranch(target, request) {
    const identity = JSON.stringify({
        repository: target.repository.toLowerCase(),
        branch: target.branch,
        overlay: request.overlay ?? "",
        images: request.images.map(({ edit }) => edit.name).sort(),
        replicas: request.replicas.map(({ edit }) => edit.name).sort(),
        sets: request.sets
            .map((edit) => `${edit.file}:${JSON.stringify(edit.selector ?? {})}${(0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(edit.path)}`)
            .sort(),
    });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(identity).digest("hex").slice(0, 10);
    const slug = (request.overlay ?? request.sets[0]?.file ?? "values")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 40);
    return `update-overlay/${target.branch.replace(/[^A-Za-z0-9._-]+/g, "-")}/${slug || "repo"}-${hash}`;
}


/***/ }),

/***/ 7719:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony export memorySnapshot */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4105);
/* harmony import */ var _kustomize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6109);
/* harmony import */ var _set_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1900);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4896);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9192);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_kustomize_js__WEBPACK_IMPORTED_MODULE_2__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__, _set_path_js__WEBPACK_IMPORTED_MODULE_4__]);
([_kustomize_js__WEBPACK_IMPORTED_MODULE_2__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__, _set_path_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





async function resolvePath(snapshot, field, value, raw) {
    try {
        return await (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInTree */ .O4)(snapshot, raw);
    }
    catch (error) {
        if (error instanceof _tree_js__WEBPACK_IMPORTED_MODULE_0__/* .PathEscapeError */ .ZU) {
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)(field, value, error.message, "use a path inside the repository");
        }
        throw error;
    }
}
async function kustomizationPath(snapshot, overlay) {
    const resolved = await resolvePath(snapshot, "overlay", overlay, overlay);
    if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isFile */ .fo)(snapshot, resolved))
        return resolved;
    if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isDirectory */ .wd)(snapshot, resolved)) {
        for (const name of _kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .KUSTOMIZATION_FILES */ .Ct) {
            const candidate = await resolvePath(snapshot, "overlay", overlay, resolved ? `${resolved}/${name}` : name);
            if ((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isFile */ .fo)(snapshot, candidate))
                return candidate;
        }
        throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)("overlay", overlay, "holds no kustomization.yaml", "point it at a Kustomize overlay directory");
    }
    throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)("overlay", overlay, `does not exist at ${snapshot.commit.slice(0, 12)}`, "check the path");
}
/**
 * Applies the request to one commit and returns the files whose bytes change. Pure over the
 * snapshot, so the same request can be re-applied to a newer head after a lost race.
 */
async function applyEdits(request, snapshot) {
    const files = new Map();
    const attempt = (field, line, edit) => {
        try {
            edit();
        }
        catch (error) {
            if (error instanceof _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlEditError */ .a6)
                throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)(field, line, (nameOf) => `cannot be applied: ${error.describe(nameOf)}`, "fix the line or the file");
            throw error;
        }
    };
    const open = async (file, field, line) => {
        const existing = files.get(file);
        if (existing)
            return existing;
        const entry = snapshot.entries.get(file);
        if (!entry || !(0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isFile */ .fo)(snapshot, file)) {
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)(field, line, `names ${file}, which is not a file at ${snapshot.commit.slice(0, 12)}`, "check the path");
        }
        const source = await snapshot.readBlob(entry.oid);
        let text;
        attempt(field, line, () => {
            text = new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlText */ .ZM(file, source);
        });
        if (!text)
            throw new Error(`${file} was not read`);
        files.set(file, text);
        return text;
    };
    if (request.images.length > 0 || request.replicas.length > 0) {
        if (!request.overlay) {
            const first = request.images[0]?.line ?? request.replicas[0]?.line ?? "";
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .gitopsFieldError */ .J)("overlay", "", (nameOf) => `is required for ${nameOf("images")} and ${nameOf("replicas")} (${first})`, (nameOf) => `set ${nameOf("overlay")} to the Kustomize overlay directory`);
        }
        const kustomization = await kustomizationPath(snapshot, request.overlay);
        for (const { edit, line } of request.images) {
            const file = await open(kustomization, "images", line);
            attempt("images", line, () => (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .applyImageEdit */ .sp)(file, edit));
        }
        for (const { edit, line } of request.replicas) {
            const file = await open(kustomization, "replicas", line);
            attempt("replicas", line, () => (0,_kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .applyReplicaEdit */ .zz)(file, edit));
        }
    }
    for (const edit of request.sets) {
        const resolved = await resolvePath(snapshot, "set", edit.line, edit.file);
        const file = await open(resolved, "set", edit.line);
        attempt("set", edit.line, () => (0,_set_path_js__WEBPACK_IMPORTED_MODULE_4__/* .applySet */ .r)(file, edit, request.allowCreate));
    }
    const changes = [];
    for (const [file, text] of files) {
        if (!text.changed)
            continue;
        changes.push({
            path: file,
            mode: snapshot.entries.get(file)?.mode ?? "100644",
            before: text.original,
            after: text.text,
        });
    }
    return changes.sort((a, b) => a.path.localeCompare(b.path));
}
/** Same edits over in-memory files (tests, benchmarks, and callers holding a working tree). */
function memorySnapshot(files, commit = "0".repeat(40)) {
    const entries = new Map();
    for (const file of Object.keys(files)) {
        const parts = file.split("/");
        for (let i = 1; i < parts.length; i++)
            entries.set(parts.slice(0, i).join("/"), { mode: "040000", type: "tree", oid: "" });
        entries.set(file, { mode: "100644", type: "blob", oid: file });
    }
    return {
        commit,
        entries,
        readBlob: async (oid) => files[oid] ?? "",
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2627:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ openOrUpdatePullRequest)
/* harmony export */ });
/* harmony import */ var _platform_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6796);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_github__WEBPACK_IMPORTED_MODULE_0__]);
_platform_github__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

const ENABLE_AUTO_MERGE = `
mutation ($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`;
/** Opens the pull request for `head`, or updates the open one: never a second one. */
async function openOrUpdatePullRequest(options) {
    const { client, logger } = options;
    const [owner = "", repo = ""] = options.repository.split("/");
    const find = async () => {
        const { data: open } = await client.rest.pulls.list({
            owner,
            repo,
            state: "open",
            head: `${owner}:${options.head}`,
            base: options.base,
        });
        return open.find((candidate) => candidate.head.ref === options.head);
    };
    const update = async (number) => {
        await client.rest.pulls.update({ owner, repo, pull_number: number, title: options.title, body: options.body });
        logger.info(`Updated pull request #${number}`);
    };
    let pull = await find();
    let created = false;
    if (pull) {
        await update(pull.number);
    }
    else {
        try {
            const { data } = await client.rest.pulls.create({
                owner,
                repo,
                head: options.head,
                base: options.base,
                title: options.title,
                body: options.body,
            });
            pull = data;
            created = true;
            logger.info(`Opened pull request #${data.number}`);
        }
        catch (error) {
            // A concurrent run opened it between our list and create: GitHub refuses a second one.
            pull = (0,_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 422 ? await find() : undefined;
            if (!pull)
                throw error;
            await update(pull.number);
        }
    }
    const number = pull.number;
    if (options.labels.length > 0)
        await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: options.labels });
    const users = options.reviewers.filter((reviewer) => !reviewer.includes("/"));
    const teams = options.reviewers
        .filter((reviewer) => reviewer.includes("/"))
        .map((team) => team.split("/")[1] ?? team);
    // Reviewers and auto-merge are wishes, not the change itself: a refusal (the author cannot
    // review, auto-merge is off for the repository) is a warning, and the pull request stands.
    if (users.length > 0 || teams.length > 0) {
        await client.rest.pulls
            .requestReviewers({ owner, repo, pull_number: number, reviewers: users, team_reviewers: teams })
            .catch((error) => logger.warning(`Could not request reviewers on #${number}: ${messageOf(error)}`));
    }
    if (options.autoMerge) {
        await client
            .graphql(ENABLE_AUTO_MERGE, { id: pull.node_id, mergeMethod: options.autoMerge.toUpperCase() })
            .catch((error) => logger.warning(`Could not enable auto-merge on #${number}: ${messageOf(error)}`));
    }
    return { number, url: pull.html_url, created };
}
function messageOf(error) {
    return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ buildEditRequest)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4105);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5719);
// The edit request as the inputs give it: parsed and checked when the inputs are read, apart
// from the YAML code in plan.ts, so an action reads its inputs without loading yaml.


/** The most lines one input may hold: enough for any overlay, small enough to review. */
const MAX_LINES = 1000;
/** Builds a request from the raw input lines, validating each (see specs.ts). */
function buildEditRequest(raw) {
    const lists = [
        ["images", raw.images],
        ["replicas", raw.replicas],
        ["set", raw.set],
    ];
    for (const [field, lines] of lists) {
        if ((lines?.length ?? 0) > MAX_LINES) {
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)(field, `${lines?.length} lines`, `holds more than ${MAX_LINES} lines`, "split the change into several steps");
        }
    }
    const images = (raw.images ?? []).map((line) => ({ edit: (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageEdit */ .Rk)(line), line }));
    const replicas = (raw.replicas ?? []).map((line) => ({ edit: (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReplicaEdit */ .yU)(line), line }));
    const sets = (raw.set ?? []).map((line) => (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSetEdit */ .S2)(line));
    const seen = new Set();
    for (const { edit, line } of images) {
        if (seen.has(edit.name))
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("images", line, `sets ${edit.name} a second time`, "keep one line per image");
        seen.add(edit.name);
    }
    seen.clear();
    for (const { edit, line } of replicas) {
        if (seen.has(edit.name))
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("replicas", line, `sets ${edit.name} a second time`, "keep one line per name");
        seen.add(edit.name);
    }
    if (images.length + replicas.length + sets.length === 0) {
        throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("images", "", (nameOf) => `is empty, and so are ${nameOf("replicas")} and ${nameOf("set")}`, "give at least one edit");
    }
    const request = { images, replicas, sets, allowCreate: raw.allowCreate ?? false };
    if (raw.overlay) {
        const outside = (0,_specs_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryPathProblem */ .vB)(raw.overlay);
        if (outside)
            throw (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .gitopsFieldError */ .J)("overlay", raw.overlay, outside, "give a path relative to its root");
        request.overlay = raw.overlay;
    }
    return request;
}


/***/ }),

/***/ 7892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ commitWithRetry)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8826);

const defaultRetryPolicy = {
    attempts: 12,
    baseDelayMs: 200,
    maxDelayMs: 3000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
};
/**
 * Computes the edits on the branch's latest head and commits them; when another writer
 * moved the branch in between, it starts over from the new head (fresh edits, no rebase,
 * no force) after a jittered, growing pause, a bounded number of times.
 */
async function commitWithRetry(options) {
    const policy = { ...defaultRetryPolicy, ...options.retry };
    // Awaited (and its rejection thrown) only where a commit is due; not "unhandled" before.
    options.writeAfter?.catch(() => { });
    const { transport, branch } = options;
    for (let attempt = 1;; attempt++) {
        let parent = attempt === 1 && options.knownHead !== undefined ? options.knownHead : await transport.head(branch);
        const create = parent === undefined;
        if (parent === undefined && options.createFrom !== undefined)
            parent = await transport.head(options.createFrom);
        if (parent === undefined) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg("branch", `${(0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .shownValue */ .JJ)(options.createFrom ?? branch)} does not exist in the repository; name an existing branch.`);
        }
        const snapshot = await transport.snapshot(parent);
        let changes;
        try {
            changes = await options.edit(snapshot);
        }
        finally {
            snapshot.close?.();
        }
        if (changes.length === 0 || options.dryRun) {
            return { changed: changes.length > 0, commit: parent, parent, changes, attempts: attempt };
        }
        const request = { branch, parent, create, changes, message: options.message };
        // With writeAfter the commit is built meanwhile where that writes nothing the remote sees;
        // the push (or, for the API, the whole commit) waits, and never happens when it rejects.
        const prepared = options.writeAfter && transport.prepare ? await transport.prepare(request) : undefined;
        await options.writeAfter;
        const result = prepared ? await prepared.push() : await transport.commit(request);
        if (result.status === "committed") {
            return { changed: true, commit: result.commit, parent, changes, attempts: attempt };
        }
        // Refused although nobody moved the branch: not a lost race but a rule (protection, a
        // read-only token), and trying again would only be refused again.
        if (!result.moved && (await transport.head(branch)) === (create ? undefined : parent)) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg("branch", (nameOf) => `${JSON.stringify(branch)} refused the commit and did not move (${result.detail}); give the token contents: write, or use ${nameOf("mode")}: pull-request for a protected branch.`);
        }
        if (attempt >= policy.attempts) {
            throw new Error(`${branch} kept moving: gave up after ${attempt} attempts (last: ${result.detail})`);
        }
        const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
        const delay = Math.round(cap / 2 + (policy.random() * cap) / 2);
        options.logger.info(`${branch} moved while committing (${result.detail}); re-applying on the new head in ${delay} ms`);
        await policy.sleep(delay);
    }
}


/***/ }),

/***/ 1900:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ applySet)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9627);
/* harmony import */ var _specs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5719);
/* harmony import */ var _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9192);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__]);
([yaml__WEBPACK_IMPORTED_MODULE_0__, _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** Scalar value of a dotted path in a document, as text (for selectors). */
function textAt(doc, dotted) {
    const node = doc.getIn(dotted.split("."), true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
function selectDocument(file, edit) {
    const docs = file.documents;
    if (edit.selector) {
        const selector = edit.selector;
        const matches = docs.filter((doc) => Object.entries(selector).every(([key, value]) => textAt(doc, key) === value));
        const described = `{${Object.entries(selector)
            .map(([k, v]) => `${k}=${v}`)
            .join(",")}}`;
        if (matches.length !== 1) {
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${matches.length} documents of ${file.file} match ${described}; exactly one must`);
        }
        return matches[0];
    }
    if (docs.length === 1)
        return docs[0];
    const first = edit.path[0];
    const candidates = docs.filter((doc) => first?.kind === "key" && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) && doc.contents.has(first.key));
    if (candidates.length !== 1) {
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${file.file} holds ${docs.length} documents; pick one with a {kind=...,metadata.name=...} selector`);
    }
    return candidates[0];
}
function deref(doc, node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node;
}
/** Kubernetes stores ConfigMap and Secret data as strings: `VERSION: 1.2` must not become a float. */
function valueTypeFor(doc, path) {
    const kind = textAt(doc, "kind");
    const first = path[0];
    if ((kind === "ConfigMap" || kind === "Secret") &&
        first?.kind === "key" &&
        ["data", "stringData"].includes(first.key)) {
        return "string";
    }
    return "infer";
}
/** Applies one `set` edit; `allowCreate` lets missing keys (only keys) be added. */
function applySet(file, edit, allowCreate) {
    const doc = selectDocument(file, edit);
    const type = edit.quoted ? "string" : valueTypeFor(doc, edit.path);
    let node = deref(doc, doc.contents);
    let parentFlow = false;
    for (let i = 0; i < edit.path.length; i++) {
        const segment = edit.path[i];
        const where = `${file.file}:${(0,_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(edit.path.slice(0, i + 1))}`;
        if (segment.kind === "key") {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where}: the parent is not a mapping`);
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === segment.key);
            if (!pair) {
                if (!allowCreate) {
                    throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6((nameOf) => `${where} does not exist (a typo? set ${nameOf("allowCreate")}: true to add it)`);
                }
                const inFlow = Boolean(node.flow);
                file.insertPair(doc, node, segment.key, created(edit.path.slice(i + 1), edit.value, type, inFlow, where));
                return;
            }
            parentFlow = Boolean(node.flow);
            node = deref(doc, pair.value);
            // `env:` with nothing after it: with allowCreate, the rest of the path fills it.
            const emptyValue = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && i + 1 < edit.path.length;
            if (emptyValue && allowCreate) {
                file.fillEmpty(doc, pair, created(edit.path.slice(i + 1), edit.value, type, false, where));
                return;
            }
        }
        else if (segment.kind === "index") {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where}: the parent is not a list`);
            if (segment.index >= node.items.length) {
                const appendable = segment.index === node.items.length;
                if (appendable && allowCreate) {
                    appendItem(file, doc, node, segment, edit.path.slice(i + 1), edit.value, type, where);
                    return;
                }
                const count = node.items.length;
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6((nameOf) => {
                    const hint = appendable ? `; set ${nameOf("allowCreate")}: true to append it` : "";
                    return `${where} does not exist (the list has ${count} items${hint})`;
                });
            }
            parentFlow = Boolean(node.flow);
            node = deref(doc, node.items[segment.index]);
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where}: the parent is not a list`);
            const matches = node.items.filter((item) => {
                const map = deref(doc, item);
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
                    return false;
                const value = map.get(segment.key, true);
                return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && String(value.value) === segment.value;
            });
            if (matches.length === 0 && allowCreate) {
                appendItem(file, doc, node, segment, edit.path.slice(i + 1), edit.value, type, where);
                return;
            }
            if (matches.length === 0)
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6((nameOf) => `${where} matches no list item (a typo? set ${nameOf("allowCreate")}: true to append it)`);
            if (matches.length !== 1)
                throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} matches ${matches.length} list items; exactly one must`);
            parentFlow = Boolean(node.flow);
            node = deref(doc, matches[0]);
        }
    }
    const where = `${file.file}:${(0,_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(edit.path)}`;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} is a ${describe(node)}, not a single value`);
    if ((0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlockScalar */ .a5)(node)) {
        file.setBlockScalar(doc, node, edit.value);
        return;
    }
    const rendered = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(edit.value, { existing: node, inFlow: parentFlow, type, where });
    file.setScalar(doc, node, rendered.text, rendered.js);
}
/**
 * What allow-create writes for the part of the path that does not exist yet: maps for keys,
 * a one-item list for `[0]`, and for `[key=value]` a list item starting with `key: value`
 * (typed like a created value: `port=8080` is a number). `[n]` past 0 and a list item holding
 * a bare value (`list[key=value]=x`) cannot be created.
 */
function created(path, value, type, inFlow, where) {
    const [head, ...rest] = path;
    if (head === undefined) {
        const leaf = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(value, { inFlow, type, where });
        return { kind: "scalar", text: leaf.text, js: leaf.js };
    }
    const inner = created(rest, value, type, inFlow, where);
    if (head.kind === "key")
        return { kind: "map", entries: [[head.key, inner]] };
    if (head.kind === "index") {
        if (head.index !== 0)
            throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} does not exist, and a new list starts at [0]`);
        return { kind: "seq", items: [inner] };
    }
    if (inner.kind !== "map")
        throw new _yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .YamlEditError */ .a6(`${where} names a list item, not a value inside it`);
    const selected = (0,_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .renderScalar */ .VO)(head.value, { inFlow, type: "infer", where });
    const first = [head.key, { kind: "scalar", text: selected.text, js: selected.js }];
    return { kind: "seq", items: [{ kind: "map", entries: [first, ...inner.entries] }] };
}
/**
 * allow-create for lists: `list[key=value].a.b=v` appends `{key: value, a: {b: v}}`,
 * `list[n]=v` (n = the list's length) appends `v`, and `list[n].a=v` appends `{a: v}`.
 */
function appendItem(file, doc, seq, segment, rest, value, type, where) {
    const first = segment.kind === "index" ? { kind: "index", index: 0 } : segment;
    const list = created([first, ...rest], value, type, Boolean(seq.flow), where);
    const item = list.kind === "seq" ? list.items[0] : undefined;
    if (!item)
        throw new Error("a created list item is missing");
    file.appendItem(doc, seq, item);
}
function describe(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return "mapping";
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return "list";
    return node === null || node === undefined ? "missing value" : node.constructor.name;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bx: () => (/* binding */ PRESERVE),
  jV: () => (/* binding */ formatPath),
  Rk: () => (/* binding */ parseImageEdit),
  Rr: () => (/* binding */ parsePath),
  yU: () => (/* binding */ parseReplicaEdit),
  S2: () => (/* binding */ parseSetEdit),
  vB: () => (/* binding */ repositoryPathProblem),
  s5: () => (/* binding */ splitImage)
});

// EXTERNAL MODULE: ./packages/oci/src/digest.ts
var src_digest = __webpack_require__(253);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var reference = __webpack_require__(6768);
// EXTERNAL MODULE: ./packages/gitops/src/fields.ts
var fields = __webpack_require__(4105);
;// CONCATENATED MODULE: ./packages/gitops/src/reference.ts
/**
 * Validation of the values an edit may write. Everything that reaches a YAML file passes one
 * of these checks first, so no input can smuggle YAML syntax (or a second image) into a file.
 * Image names, tags and digests follow @platform/oci's grammar (isImageName, isTag, isDigest).
 */
/** A Kubernetes object name (DNS-1123 subdomain), as kustomize's `replicas[].name` matches. */
function isResourceName(value) {
    return value.length <= 253 && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(value);
}
/** Replica counts a Deployment accepts (int32, not negative), written without sign or leading zeros. */
function isReplicaCount(value) {
    return /^(0|[1-9][0-9]{0,9})$/.test(value) && Number(value) <= 2_147_483_647;
}
/**
 * A branch name git accepts (git check-ref-format, a little stricter): it ends up in
 * refspecs and GraphQL inputs, so `:`, spaces, `..`, a leading `-` and the like are refused.
 */
function isBranchName(value) {
    return (value.length <= 255 &&
        /^[A-Za-z0-9._/+-]+$/.test(value) &&
        !value.startsWith("-") &&
        !value.startsWith("/") &&
        !value.endsWith("/") &&
        !value.endsWith(".") &&
        !value.endsWith(".lock") &&
        !value.includes("..") &&
        !value.includes("//") &&
        !value.split("/").some((part) => part.startsWith(".")));
}
/**
 * `owner/name` as GitHub allows them: an owner of letters, digits, `-` and `_` (up to 39,
 * not starting with `-`), a name of letters, digits, `.`, `_` and `-` (up to 100) that is not
 * `.` or `..`. Both end up in API paths and clone URLs, where `..` would climb out
 * (`../x` sent `GET /x` with the token to the API host).
 */
function isRepositoryName(value) {
    const match = /^([A-Za-z0-9_][A-Za-z0-9_-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(value);
    return match !== null && match[2] !== "." && match[2] !== "..";
}

;// CONCATENATED MODULE: ./packages/gitops/src/specs.ts



/** `kustomize edit set image` spells "keep what the kustomization has" as `*`. */
const PRESERVE = "*";
/**
 * kustomize's image.Split (api/internal/image/image.go): the first `:` or `@` after the first
 * `/` (so a registry port is not a tag) separates the name from a tag and/or digest.
 */
function splitImage(reference) {
    const slash = reference.indexOf("/");
    const from = Math.max(slash, 0);
    const search = reference.slice(from);
    const at = search.indexOf("@");
    const colon = search.indexOf(":");
    if (at < 0 && colon < 0)
        return { name: reference };
    if (at >= 0 && (at < colon || colon < 0)) {
        return { name: reference.slice(0, from + at), digest: reference.slice(from + at + 1) };
    }
    if (at >= 0) {
        return {
            name: reference.slice(0, from + colon),
            tag: reference.slice(from + colon + 1, from + at),
            digest: reference.slice(from + at + 1),
        };
    }
    return { name: reference.slice(0, from + colon), tag: reference.slice(from + colon + 1) };
}
/**
 * Parses one `images` line the way `kustomize edit set image` parses its argument
 * (kustomize/commands/edit/set/setimage.go, v5: `parse` and `imageArgParse`): an optional
 * `name=` (split at the first `=`), then image.Split of the rest; without `=`, the line must
 * carry a tag or a digest. Unlike kustomize, every part is validated (tag and digest grammar,
 * the distribution reference grammar), so nothing but a reference reaches the file.
 */
function parseImageEdit(line, field = "images") {
    const fail = (problem) => {
        throw (0,fields/* gitopsFieldError */.J)(field, line, problem, "write name=newName:newTag@digest, name:newTag, name@digest or name=newName (* keeps the current part)");
    };
    const equals = line.indexOf("=");
    const key = equals >= 0 ? line.slice(0, equals) : undefined;
    const { name: image, tag: newTag, digest } = splitImage(equals >= 0 ? line.slice(equals + 1) : line);
    if (digest !== undefined && digest !== PRESERVE && !(0,src_digest/* isDigest */.Bc)(digest))
        fail(`has a malformed digest ${JSON.stringify(digest)} (want sha256: and 64 hex)`);
    if (newTag !== undefined && newTag !== PRESERVE && !(0,reference/* isTag */.dz)(newTag))
        fail(`has a malformed tag ${JSON.stringify(newTag)}`);
    if (key !== undefined) {
        if (!(0,reference/* isImageName */.lS)(key))
            fail(`has a malformed image name ${JSON.stringify(key)}`);
        if (image !== PRESERVE && !(0,reference/* isImageName */.lS)(image))
            fail(`has a malformed new image name ${JSON.stringify(image)}`);
        return strip({ name: key, newName: image, newTag, digest });
    }
    if (!(0,reference/* isImageName */.lS)(image))
        fail(`has a malformed image name ${JSON.stringify(image)}`);
    if (newTag === undefined && digest === undefined)
        fail("sets neither a tag nor a digest");
    return strip({ name: image, newTag, digest });
}
function strip(edit) {
    const result = { name: edit.name };
    if (edit.newName !== undefined)
        result.newName = edit.newName;
    if (edit.newTag !== undefined)
        result.newTag = edit.newTag;
    if (edit.digest !== undefined)
        result.digest = edit.digest;
    return result;
}
/** Parses one `replicas` line: `name=count`. */
function parseReplicaEdit(line, field = "replicas") {
    const match = /^([^=]+)=(.*)$/.exec(line);
    const name = match?.[1]?.trim() ?? "";
    const count = match?.[2]?.trim() ?? "";
    if (!match || !isResourceName(name) || !isReplicaCount(count)) {
        throw (0,fields/* gitopsFieldError */.J)(field, line, "is not name=count", "write a Kubernetes object name, =, and a whole number such as web=3");
    }
    return { name, count: Number(count) };
}
/**
 * Why a repository-relative path leads out as written (absolute, or a `..` above the root), or
 * undefined. Checked when the inputs are read, so such a path is refused before any clone or API
 * call, in the words of the tree check (resolveInTree), which still follows links after checkout.
 */
function repositoryPathProblem(value) {
    if (/^([A-Za-z]:|[\\/])/.test(value))
        return "is an absolute path";
    let depth = 0;
    for (const part of value.split(/[\\/]/)) {
        if (part === "..")
            depth--;
        else if (part !== "." && part !== "")
            depth++;
        if (depth < 0)
            return "leads outside the repository";
    }
    return undefined;
}
const MAX_VALUE = 4096;
/** A quoted value may carry a whole file (a ConfigMap's nginx.conf), so it may be longer. */
const MAX_QUOTED_VALUE = 65536;
/** Parses one `set` line: `file:path=value`, with an optional `{k=v,...}` document selector before the path. */
function parseSetEdit(line, field = "set") {
    const fail = (problem) => {
        throw (0,fields/* gitopsFieldError */.J)(field, line, problem, "write file:path=value, e.g. values.yaml:image.tag=1.2.3 or app.yaml:{kind=ConfigMap}data.VERSION=1.2.3");
    };
    const colon = line.indexOf(":");
    if (colon <= 0)
        fail("names no file");
    const file = line.slice(0, colon).trim();
    const outside = repositoryPathProblem(file);
    if (outside)
        fail(outside);
    let rest = line.slice(colon + 1);
    let selector;
    if (rest.startsWith("{")) {
        const close = rest.indexOf("}");
        if (close < 0)
            fail("has an unclosed document selector");
        selector = {};
        for (const part of rest.slice(1, close).split(",")) {
            const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*([^\s,{}=]+)\s*$/.exec(part);
            if (!m?.[1] || m[2] === undefined)
                return fail(`has a malformed document selector part ${JSON.stringify(part)}`);
            selector[m[1]] = m[2];
        }
        rest = rest.slice(close + 1);
    }
    const { path, end } = parsePath(rest, fail);
    if (rest[end] !== "=")
        fail("has no = between the path and the value");
    const raw = rest.slice(end + 1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(raw))
        fail("has a control character in the value");
    const quoted = raw.startsWith('"');
    const value = quoted ? quotedValue(raw, fail) : raw;
    const limit = quoted ? MAX_QUOTED_VALUE : MAX_VALUE;
    if (value.length > limit)
        fail(`has a value longer than ${limit} characters`);
    const edit = { file, path, value, line };
    if (selector)
        edit.selector = selector;
    if (quoted)
        edit.quoted = true;
    return edit;
}
/**
 * A value written as a JSON string literal, the one way an input line can carry line breaks
 * (`"server {\n  listen 80;\n}\n"`): decoded, and then it may hold line breaks and tabs but no
 * other control character (YAML cannot write them outside double quotes, and no one means them).
 */
function quotedValue(raw, fail) {
    let decoded;
    try {
        decoded = JSON.parse(raw);
    }
    catch {
        return fail('has a value that starts with " but is not one JSON string (escape inner quotes as \\")');
    }
    if (typeof decoded !== "string")
        return fail("has a value that is not one JSON string");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: only line breaks and tabs may pass
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(decoded))
        fail("has a control character other than \\n or \\t in the value");
    return decoded;
}
/** Dotted keys, `"quoted.keys"`, `[n]` and `[key=value]`; stops at the `=` before the value. */
function parsePath(text, fail) {
    const path = [];
    let i = 0;
    for (;;) {
        if (text[i] === "[") {
            const close = text.indexOf("]", i);
            if (close < 0)
                fail("has an unclosed [");
            const inner = text.slice(i + 1, close);
            const match = /^([^=\s]+)=([^\s]*)$/.exec(inner);
            if (/^\d+$/.test(inner))
                path.push({ kind: "index", index: Number(inner) });
            else if (match?.[1] && match[2] !== undefined)
                path.push({ kind: "match", key: match[1], value: match[2] });
            else
                fail(`has a malformed selector [${inner}]`);
            i = close + 1;
        }
        else if (text[i] === '"') {
            const close = text.indexOf('"', i + 1);
            if (close <= i + 1)
                fail("has an unclosed or empty quoted key");
            path.push({ kind: "key", key: text.slice(i + 1, close) });
            i = close + 1;
        }
        else {
            const match = /^[^.[\]="{}\s]+/.exec(text.slice(i));
            if (!match)
                fail(`has an empty key at column ${i + 1} of the path`);
            path.push({ kind: "key", key: match?.[0] ?? "" });
            i += match?.[0].length ?? 0;
        }
        if (text[i] === ".") {
            i++;
            continue;
        }
        if (text[i] === "[")
            continue;
        return { path, end: i };
    }
}
function formatPath(path) {
    return path
        .map((segment, index) => {
        if (segment.kind === "index")
            return `[${segment.index}]`;
        if (segment.kind === "match")
            return `[${segment.key}=${segment.value}]`;
        const key = /[.[\]="{}\s]/.test(segment.key) ? `"${segment.key}"` : segment.key;
        return index === 0 ? key : `.${key}`;
    })
        .join("");
}


/***/ }),

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ resolveInTree),
/* harmony export */   ZU: () => (/* binding */ PathEscapeError),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

class PathEscapeError extends Error {
    name = "PathEscapeError";
}
const MAX_LINKS = 40;
/**
 * Resolves a repository-relative path the way the checkout would, following symlinks
 * inside the tree, and refuses absolute paths, `..` above the root and links leading out.
 * Returns the canonical path ("" for the root).
 */
async function resolveInTree(snapshot, input, base = "") {
    if (input.includes("\0"))
        throw new PathEscapeError("contains a NUL byte");
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(input) || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.isAbsolute(input) || /^[A-Za-z]:/.test(input)) {
        throw new PathEscapeError("is an absolute path");
    }
    let pending = [...splitPath(base), ...splitPath(input)];
    const resolved = [];
    let links = 0;
    while (pending.length > 0) {
        const part = pending.shift() ?? "";
        if (part === "." || part === "")
            continue;
        if (part === "..") {
            if (resolved.length === 0)
                throw new PathEscapeError("leads outside the repository");
            resolved.pop();
            continue;
        }
        resolved.push(part);
        const entry = snapshot.entries.get(resolved.join("/"));
        if (entry?.mode === "120000") {
            if (++links > MAX_LINKS)
                throw new PathEscapeError("has too many levels of symbolic links");
            const target = await snapshot.readBlob(entry.oid);
            if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(target))
                throw new PathEscapeError(`is a symbolic link to the absolute path ${target}`);
            resolved.pop();
            pending = [...splitPath(target), ...pending];
        }
    }
    return resolved.join("/");
}
function splitPath(value) {
    return value.split(/[\\/]+/).filter((part) => part !== "");
}
function isFile(snapshot, file) {
    const entry = snapshot.entries.get(file);
    return entry?.type === "blob" && entry.mode !== "120000";
}
function isDirectory(snapshot, dir) {
    return dir === "" || snapshot.entries.get(dir)?.type === "tree";
}


/***/ }),

/***/ 9192:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   ZM: () => (/* binding */ YamlText),
/* harmony export */   a5: () => (/* binding */ isBlockScalar),
/* harmony export */   a6: () => (/* binding */ YamlEditError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9627);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_1__]);
yaml__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** A problem with the user's edit (unknown key, wrong type); callers name the input line. */
class YamlEditError extends Error {
    name = "YamlEditError";
    /** The message with the fields it names (allowCreate) worded by the caller. */
    describe;
    constructor(message) {
        const describe = typeof message === "string" ? () => message : message;
        super(describe((field) => field));
        this.describe = describe;
    }
}
function parseStream(text, file) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text, { prettyErrors: false, uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error) {
            const line = text.slice(0, error.pos[0]).split("\n").length;
            throw new YamlEditError(`${file} is not valid YAML at line ${line}: ${error.message.split("\n")[0]}`);
        }
    }
    return list;
}
/**
 * Characters a YAML 1.1 reader (PyYAML, go-yaml v2, kustomize's kyaml) does not take as the
 * `yaml` package does: U+0085, U+2028 and U+2029 are line breaks there, and C1 controls and
 * U+FEFF are not printable. Written only as escapes in double quotes.
 */
const YAML11_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/;
const YAML11_UNSAFE_ALL = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
/** A double-quoted YAML scalar that YAML 1.1 and 1.2 readers both read as `value`. */
function doubleQuoted(value) {
    return JSON.stringify(value).replace(YAML11_UNSAFE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function readAs11(text) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text, { prettyErrors: false, uniqueKeys: false, version: "1.1" });
    const list = Array.isArray(docs) ? docs : [];
    if (list.some((doc) => doc.errors.length > 0))
        return undefined;
    return list.map((doc) => doc.toJS({ maxAliasCount: -1 }));
}
/**
 * The strict YAML 1.1 reading of an edit: the spliced text carries no character a 1.1 reader
 * splits or refuses, the result parses as YAML 1.1 and, when the file read the same under 1.1
 * and 1.2 before (`same`), it still does: a written `yes` or `on` is no boolean to 1.1 readers.
 */
function readsAsYaml11(spliced, next, expected, same) {
    if (YAML11_UNSAFE.test(spliced))
        return false;
    const read = readAs11(next);
    return read !== undefined && (!same || (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(read, expected));
}
class YamlText {
    file;
    original;
    eol;
    current;
    parsed;
    /** The file reads the same as YAML 1.1 and 1.2: edits must keep it so. */
    same11;
    constructor(file, text) {
        this.file = file;
        this.original = text;
        this.current = text;
        this.eol = text.includes("\r\n") ? "\r\n" : "\n";
        this.parsed = parseStream(text, file);
        this.same11 = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(readAs11(text), this.parsed.map((d) => d.toJS({ maxAliasCount: -1 })));
    }
    get text() {
        return this.current;
    }
    get documents() {
        return this.parsed;
    }
    get changed() {
        return this.current !== this.original;
    }
    /** Replaces a scalar's source with `rendered` (already valid YAML for `js`). */
    setScalar(doc, node, rendered, js) {
        const [start, end] = scalarRange(node);
        const before = this.current.slice(start, end);
        if (before === rendered)
            return;
        // `key:` with no value: the null scalar is empty and sits right after the colon.
        const text = start === end && this.current[start - 1] === ":" ? ` ${rendered}` : rendered;
        this.apply(start, end, text, () => {
            node.value = js;
        }, doc);
    }
    /** Adds `key` after the last entry of `map`, in the map's own style (block or flow). */
    insertPair(doc, map, key, value) {
        const keyText = renderKey(key);
        if (map.flow) {
            const last = map.items.at(-1);
            const entry = `${keyText}: ${renderFlow(value)}`;
            if (last) {
                const at = nodeEnd(last);
                this.apply(at, at, `, ${entry}`, () => map.add(doc.createPair(key, toJs(value))), doc);
            }
            else {
                const open = this.current.indexOf("{", rangeOf(map)[0]);
                this.apply(open + 1, open + 1, entry, () => map.add(doc.createPair(key, toJs(value))), doc);
            }
            return;
        }
        const first = map.items[0];
        if (!first || !isNodeLike(first.key)) {
            throw new YamlEditError(`${this.file}: cannot add "${key}" to an empty block mapping`);
        }
        const indent = this.column(rangeOf(first.key)[0]);
        const at = this.lineEndAfter(nodeEnd(map.items.at(-1) ?? first));
        const lines = renderBlockPair(keyText, value, indent, this.indentStep(doc), this.sequenceIndent(doc));
        this.apply(at.offset, at.offset, at.prefix + lines.map((line) => line + this.eol).join(""), () => {
            map.add(doc.createPair(key, toJs(value)));
        }, doc);
    }
    /** Appends an item to `seq`, in its own style. */
    appendItem(doc, seq, item) {
        const last = seq.items.at(-1);
        if (seq.flow && seq.items.length === 0) {
            // `images: []`: the first item goes right after the bracket.
            const open = this.current.indexOf("[", rangeOf(seq)[0]);
            this.apply(open + 1, open + 1, renderFlow(item), () => seq.add(doc.createNode(toJs(item))), doc);
            return;
        }
        if (!isNodeLike(last))
            throw new YamlEditError(`${this.file}: cannot append to an empty list`);
        if (seq.flow) {
            const at = rangeOf(last)[1];
            this.apply(at, at, `, ${renderFlow(item)}`, () => seq.add(doc.createNode(toJs(item))), doc);
            return;
        }
        const dash = this.dashColumn(rangeOf(last)[0]);
        const at = this.lineEndAfter(rangeOf(last)[1]);
        const lines = renderSeqItem(item, dash, this.indentStep(doc), this.sequenceIndent(doc));
        this.apply(at.offset, at.offset, at.prefix + lines.map((line) => line + this.eol).join(""), () => {
            seq.add(doc.createNode(toJs(item)));
        }, doc);
    }
    /** Gives `key:` (no value at all) a block value, indented as the file indents. */
    fillEmpty(doc, pair, value) {
        const key = pair.key;
        const empty = pair.value;
        if (!isNodeLike(key) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(empty) || empty.value !== null || rangeOf(empty)[0] !== rangeOf(empty)[1]) {
            throw new YamlEditError(`${this.file}: "${String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) ? key.value : "")}" already has a value`);
        }
        if (value.kind === "scalar")
            throw new Error("fillEmpty takes a collection");
        const indent = this.column(rangeOf(key)[0]);
        const step = this.indentStep(doc);
        const seqIndent = this.sequenceIndent(doc);
        const lines = value.kind === "map"
            ? value.entries.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, indent + step, step, seqIndent))
            : value.items.flatMap((item) => renderSeqItem(item, indent + seqIndent, step, seqIndent));
        // After the colon (and any comment on the key's line): the new lines follow it.
        const at = this.lineEndAfter(rangeOf(empty)[0]);
        this.apply(at.offset, at.offset, at.prefix + lines.map((line) => line + this.eol).join(""), () => {
            pair.value = doc.createNode(toJs(value));
        }, doc);
    }
    /** Removes a one-line `key: scalar` entry. */
    deletePair(doc, map, pair) {
        const key = pair.key;
        const value = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) || !((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) || value === null)) {
            throw new YamlEditError(`${this.file}: can only remove a key with a single value`);
        }
        const keyValue = key.value;
        const mutate = () => {
            map.delete(keyValue);
        };
        const index = map.items.indexOf(pair);
        if (map.flow) {
            const previous = map.items[index - 1];
            const next = map.items[index + 1];
            if (previous)
                this.apply(nodeEnd(previous), nodeEnd(pair), "", mutate, doc);
            else if (next && isNodeLike(next.key))
                this.apply(rangeOf(key)[0], rangeOf(next.key)[0], "", mutate, doc);
            else
                this.apply(rangeOf(key)[0], nodeEnd(pair), "", mutate, doc);
            return;
        }
        const start = this.current.lastIndexOf("\n", rangeOf(key)[0] - 1) + 1;
        const lead = this.current.slice(start, rangeOf(key)[0]);
        const next = map.items[index + 1];
        if (/^[ \t]*-[ \t]/.test(lead) && next && isNodeLike(next.key)) {
            // `- digest: x` then `  name: web`: the next key moves up behind the dash.
            this.apply(rangeOf(key)[0], rangeOf(next.key)[0], "", mutate, doc);
            return;
        }
        if (lead.trim() !== "") {
            throw new YamlEditError(`${this.file}: cannot remove "${String(keyValue)}" sharing a line with another key`);
        }
        const end = this.lineEndAfter(nodeEnd(pair));
        this.apply(start, end.offset, "", mutate, doc);
    }
    /**
     * Replaces a block scalar's value (`|` or `>`). The block stays a block, with its style,
     * indentation indicator, header comment and content indentation, when the value can be
     * written that way (see blockText); the chomping indicator follows the value's trailing line
     * breaks (none `-`, one: no indicator, more `+`). Otherwise a double-quoted scalar takes its
     * place. Either way the result is re-parsed and checked like every splice.
     */
    setBlockScalar(doc, node, value) {
        if (node.value === value)
            return;
        const [start, end] = scalarRange(node);
        const source = this.current.slice(start, end);
        const header = BLOCK_HEADER.exec(source);
        if (!header)
            throw new Error(`${this.file}: unexpected block scalar header at offset ${start}`);
        const lineStart = this.current.lastIndexOf("\n", start - 1) + 1;
        const parentIndent = (/^ */.exec(this.current.slice(lineStart, start))?.[0] ?? "").length;
        const parts = splitBlock(source, header, String(node.value), parentIndent);
        const mutate = () => {
            node.value = value;
        };
        const block = blockText(value, parts, this.eol);
        if (block !== undefined && this.tryApply(start, end, block, mutate, doc))
            return;
        const quoted = `${doubleQuoted(value)}${parts.comment}${parts.lineBreak ? this.eol : ""}${parts.tail}`;
        this.apply(start, end, quoted, mutate, doc);
    }
    apply(start, end, text, mutate, doc) {
        if (!this.tryApply(start, end, text, mutate, doc, true)) {
            throw new Error(`editing ${this.file} would change more than the edited value; refusing (a bug, please report)`);
        }
    }
    /** Splices and keeps the result only when it re-parses to the document changed by `mutate`. */
    tryApply(start, end, text, mutate, doc, reportSyntax = false) {
        const next = this.current.slice(0, start) + text + this.current.slice(end);
        let reparsed;
        try {
            reparsed = parseStream(next, this.file);
        }
        catch (error) {
            if (reportSyntax || !(error instanceof YamlEditError))
                throw error;
            return false;
        }
        const index = this.parsed.indexOf(doc);
        mutate();
        const expected = this.parsed.map((d) => d.toJS({ maxAliasCount: -1 }));
        const actual = reparsed.map((d) => d.toJS({ maxAliasCount: -1 }));
        if (index < 0 || !(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(expected, actual))
            return false;
        if (!readsAsYaml11(text, next, expected, this.same11))
            return false;
        this.current = next;
        this.parsed = reparsed;
        return true;
    }
    column(offset) {
        return offset - (this.current.lastIndexOf("\n", offset - 1) + 1);
    }
    /** Column of the `- ` that introduces the item starting at `offset`. */
    dashColumn(offset) {
        const lineStart = this.current.lastIndexOf("\n", offset - 1) + 1;
        const dash = this.current.slice(lineStart, offset).lastIndexOf("-");
        if (dash < 0)
            throw new YamlEditError(`${this.file}: unsupported list layout`);
        return dash;
    }
    /** Where text for a new line goes after `offset`: the start of the following line. */
    lineEndAfter(offset) {
        if (offset > 0 && this.current[offset - 1] === "\n")
            return { offset, prefix: "" };
        const newline = this.current.indexOf("\n", offset);
        if (newline < 0)
            return { offset: this.current.length, prefix: this.eol };
        return { offset: newline + 1, prefix: "" };
    }
    /** The file's indentation step: how far a nested block mapping sits from its key. */
    indentStep(doc) {
        let step = 0;
        const visit = (node, keyColumn) => {
            if (step)
                return;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) && !node.flow) {
                const first = node.items[0];
                if (first && isNodeLike(first.key) && keyColumn !== undefined) {
                    const column = this.column(rangeOf(first.key)[0]);
                    if (column > keyColumn)
                        step = column - keyColumn;
                }
                for (const pair of node.items) {
                    if (isNodeLike(pair.key))
                        visit(pair.value, this.column(rangeOf(pair.key)[0]));
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
                for (const item of node.items)
                    visit(item, undefined);
            }
        };
        visit(doc.contents, undefined);
        return step || 2;
    }
    /** How far a block list's dashes sit from its key: 0 (kustomize's style) or the indent step. */
    sequenceIndent(doc) {
        let found;
        const visit = (node) => {
            if (found !== undefined)
                return;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
                for (const pair of node.items) {
                    const value = pair.value;
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value) && !value.flow && isNodeLike(pair.key) && isNodeLike(value.items[0])) {
                        found = this.dashColumn(rangeOf(value.items[0])[0]) - this.column(rangeOf(pair.key)[0]);
                        return;
                    }
                    visit(value);
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
                for (const item of node.items)
                    visit(item);
            }
        };
        visit(doc.contents);
        return found !== undefined && found >= 0 ? found : 0;
    }
}
/** `|` or `>`, then an indentation indicator and a chomping indicator in either order, then a comment. */
const BLOCK_HEADER = /^([|>])(?:([1-9])([+-])?|([+-])([1-9])?)?([^\r\n]*)(\r?\n|$)/;
function splitBlock(source, header, value, parentIndent) {
    const body = source.slice(header[0].length);
    const lines = body.split(/\r?\n/);
    const lastText = lines.findLastIndex((line) => line.trim() !== "");
    const firstText = lines.find((line) => line.trim() !== "");
    const valueFirst = value.split("\n").find((line) => line.trim() !== "") ?? "";
    const leading = (text) => (/^ */.exec(text)?.[0] ?? "").length;
    // Without an indicator the first text line sets the indentation; with one, that line may
    // start with spaces of its own, which the value shows.
    const indent = firstText === undefined ? parentIndent + 2 : leading(firstText) - leading(valueFirst);
    const contentEnd = lastText < 0 ? 0 : lines.slice(0, lastText + 1).join("\n").length + 1;
    const rest = body.replace(/\r\n/g, "\n").slice(contentEnd);
    const eolTail = /\r\n/.test(body) ? rest.replace(/\n/g, "\r\n") : rest;
    return {
        style: header[1] === "|" ? "|" : ">",
        indicator: header[2] ?? header[5] ?? "",
        indicatorLast: header[5] !== undefined,
        comment: header[6] ?? "",
        indent,
        lineBreak: /\n$/.test(source),
        tail: lastText < 0 ? "" : eolTail,
    };
}
/**
 * `value` as a block scalar in the style of `parts`, or undefined when that style cannot
 * carry it: a literal block takes a value with a line break (a one-line value is written
 * quoted); a folded block takes lines that do not start with white space (those would not
 * fold), a line break in the value becoming an empty line. Neither takes a value that is
 * only line breaks.
 */
function blockText(value, parts, eol) {
    const trailing = (/\n*$/.exec(value)?.[0] ?? "").length;
    const body = value.slice(0, value.length - trailing);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a block scalar cannot carry these
    if (body.trim() === "" || /[\r\u0000-\u0008\u000b-\u001f\u007f]/.test(body) || YAML11_UNSAFE.test(body)) {
        return undefined;
    }
    if (parts.indent < 1 && parts.indicator === "")
        return undefined;
    let lines;
    if (parts.style === "|") {
        if (!value.includes("\n"))
            return undefined;
        lines = body.split("\n");
    }
    else {
        if (body.split("\n").some((line) => /^[ \t]/.test(line)))
            return undefined;
        // A run of n line breaks between text lines is n empty lines; leading ones stay as they are.
        const leadingBreaks = (/^\n*/.exec(body)?.[0] ?? "").length;
        lines = (body.slice(0, leadingBreaks) + body.slice(leadingBreaks).replace(/\n+/g, (run) => `${run}\n`)).split("\n");
    }
    const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
    const indicators = parts.indicatorLast ? `${chomp}${parts.indicator}` : `${parts.indicator}${chomp}`;
    const pad = " ".repeat(parts.indent);
    const content = [...lines, ...Array.from({ length: Math.max(0, trailing - 1) }, () => "")].map((line) => line === "" ? "" : pad + line);
    // Blank lines that followed a kept (+) block stay as blank lines unless the new block keeps its own.
    const tail = chomp === "+" ? "" : parts.tail;
    const end = parts.lineBreak ? eol : "";
    return `${parts.style}${indicators}${parts.comment}${eol}${content.join(eol)}${end}${tail}`;
}
function isNodeLike(value) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value) || (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(value);
}
function rangeOf(node) {
    const range = node.range;
    if (!range)
        throw new Error("yaml node without a source range");
    return range;
}
function scalarRange(node) {
    const [start, end] = rangeOf(node);
    return [start, end];
}
/** End of a pair's value (or key, for `key:` with nothing after it), before any comment. */
function nodeEnd(pair) {
    if (isNodeLike(pair.value))
        return rangeOf(pair.value)[1];
    if (isNodeLike(pair.key))
        return rangeOf(pair.key)[1] + 1;
    throw new Error("yaml pair without a key");
}
function renderKey(key) {
    return isPlainString(key, false) && !key.includes(":") ? key : doubleQuoted(key);
}
function renderFlow(value) {
    if (value.kind === "scalar")
        return value.text;
    if (value.kind === "map")
        return `{${value.entries.map(([k, v]) => `${renderKey(k)}: ${renderFlow(v)}`).join(", ")}}`;
    return `[${value.items.map(renderFlow).join(", ")}]`;
}
function renderBlockPair(key, value, indent, step, seqIndent) {
    const pad = " ".repeat(indent);
    if (value.kind === "scalar")
        return [`${pad}${key}: ${value.text}`];
    if (value.kind === "map") {
        return [
            `${pad}${key}:`,
            ...value.entries.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, indent + step, step, seqIndent)),
        ];
    }
    return [`${pad}${key}:`, ...value.items.flatMap((item) => renderSeqItem(item, indent + seqIndent, step, seqIndent))];
}
function renderSeqItem(item, dash, step, seqIndent) {
    const pad = " ".repeat(dash);
    if (item.kind === "scalar")
        return [`${pad}- ${item.text}`];
    if (item.kind === "seq")
        return [`${pad}- ${renderFlow(item)}`];
    const [first, ...rest] = item.entries;
    if (!first)
        return [`${pad}- {}`];
    const head = renderBlockPair(renderKey(first[0]), first[1], dash + 2, step, seqIndent);
    head[0] = `${pad}- ${(head[0] ?? "").trimStart()}`;
    return [...head, ...rest.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, dash + 2, step, seqIndent))];
}
function toJs(value) {
    if (value.kind === "scalar")
        return value.js;
    if (value.kind === "map")
        return Object.fromEntries(value.entries.map(([k, v]) => [k, toJs(v)]));
    return value.items.map(toJs);
}
/**
 * What a plain scalar `text` would mean in this position, or undefined when it is not a
 * single valid plain scalar there (it would need quotes).
 */
function plainValue(text, inFlow) {
    if (text === "" || text !== text.trim() || /[\r\n]/.test(text) || YAML11_UNSAFE.test(text))
        return undefined;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(inFlow ? `[${text}]` : `- ${text}`);
    if (doc.errors.length > 0 || doc.warnings.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(doc.contents))
        return undefined;
    const items = doc.contents.items;
    const only = items[0];
    if (items.length !== 1 || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(only) || only.type !== "PLAIN" || only.tag)
        return undefined;
    const source = only.range ? (inFlow ? `[${text}]` : `- ${text}`).slice(only.range[0], only.range[1]) : "";
    if (source !== text)
        return undefined;
    // YAML 1.1 readers must read it the same (`yes`, `on`, `0o17`, `010` differ): else it needs quotes.
    const as11 = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(inFlow ? `[${text}]` : `- ${text}`, { version: "1.1" }).toJS();
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(as11, [only.value]))
        return undefined;
    return { value: only.value };
}
function isPlainString(text, inFlow) {
    const plain = plainValue(text, inFlow);
    return plain !== undefined && plain.value === text;
}
function isBlockScalar(node) {
    return node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
}
/**
 * Renders `value` for a scalar in the existing node's style: quotes kept as they were, plain
 * kept plain when the value stays the same type plain, double quotes otherwise.
 */
function renderScalar(value, options) {
    const { existing, inFlow, where } = options;
    const style = existing?.type;
    if (existing && isBlockScalar(existing)) {
        // Strings in blocks go through YamlText.setBlockScalar; anything else does not belong there.
        throw new YamlEditError(`${where} is a block scalar (| or >), which holds text only`);
    }
    const current = existing?.value;
    const wantsString = options.type === "string" || typeof current === "string";
    if (wantsString) {
        // A line break inside single quotes would fold into a space: such values go double-quoted.
        if (style === "QUOTE_SINGLE" && !value.includes("\n") && !YAML11_UNSAFE.test(value))
            return { text: `'${value.replace(/'/g, "''")}'`, js: value };
        if (style !== "QUOTE_DOUBLE" && isPlainString(value, inFlow))
            return { text: value, js: value };
        return { text: doubleQuoted(value), js: value };
    }
    const plain = plainValue(value, inFlow);
    if (typeof current === "number" || typeof current === "boolean") {
        if (plain === undefined || typeof plain.value !== typeof current) {
            throw new YamlEditError(`${where} is a ${typeof current}, and ${JSON.stringify(value)} is not`);
        }
        return { text: value, js: plain.value };
    }
    if (current !== null && current !== undefined) {
        throw new YamlEditError(`${where} holds a ${typeof current}; only strings, numbers and booleans can be set`);
    }
    // A new key or a null value: typed the way YAML (and `helm --set`) reads the text.
    if (plain !== undefined &&
        (typeof plain.value === "string" || typeof plain.value === "number" || typeof plain.value === "boolean")) {
        return { text: value, js: plain.value };
    }
    return { text: doubleQuoted(value), js: value };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ gitConfigVariables),
/* harmony export */   Tt: () => (/* binding */ gitEnvironments),
/* harmony export */   dn: () => (/* binding */ talksToRemote),
/* harmony export */   ho: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _child_process_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5787);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1684);





/**
 * `entries` as GIT_CONFIG_COUNT/KEY_n/VALUE_n variables, numbered after those `env` already
 * carries (a workflow's own, or an earlier layer's), so nothing set before is lost.
 */
function gitConfigVariables(env, entries) {
    const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10);
    const start = Number.isInteger(existing) && existing > 0 ? existing : 0;
    const result = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([key, value], index) => {
        result[`GIT_CONFIG_KEY_${start + index}`] = key;
        result[`GIT_CONFIG_VALUE_${start + index}`] = value;
    });
    return result;
}
let hooksDir;
/**
 * An empty directory of our own for `core.hooksPath`. Earlier steps of the job may have run
 * untrusted code (a pull request's tests) that planted hooks in the checkout's `.git/hooks`
 * or pointed its config elsewhere; configuration from the environment outranks the
 * repository's, so no hook of the checkout runs.
 */
function emptyHooksDir() {
    hooksDir ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), "git-no-hooks-"));
    return hooksDir;
}
/**
 * What every git command the suite runs gets on top of its base environment: no hooks, no
 * fsmonitor program (another command a checkout's config can name), never a prompt.
 */
function gitSafetyEntries() {
    return [
        ["core.hooksPath", emptyHooksDir()],
        ["core.fsmonitor", "false"],
    ];
}
/** The git commands that talk to a remote: the only ones that get its credentials. */
const REMOTE_COMMANDS = new Set(["fetch", "pull", "push", "ls-remote", "clone"]);
function talksToRemote(args) {
    const command = args.find((arg) => !arg.startsWith("-"));
    return command !== undefined && REMOTE_COMMANDS.has(command);
}
/** The two environments of a git runner, from a base environment (PATH, HOME, proxies) and credentials. */
function gitEnvironments(base, credentials = {}) {
    const local = {
        ...base,
        GIT_TERMINAL_PROMPT: "0",
        ...gitConfigVariables(base, gitSafetyEntries()),
    };
    const remote = {
        ...local,
        ...(credentials.config?.length ? gitConfigVariables(local, credentials.config) : {}),
        ...credentials.env,
    };
    return { local, remote };
}
/**
 * The one way the suite runs git: hooks disabled for every command, the credentials only on
 * the commands that talk to the remote, secrets in the environment (never argv).
 */
function createGitRunner(options) {
    const environments = gitEnvironments(options.env, options.credentials);
    const exec = options.exec ?? (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .createNodeExec */ .k)({ env: environments.local });
    const run = (args, runOptions = {}) => exec("git", args, {
        cwd: options.cwd,
        stdin: runOptions.input ?? "",
        env: talksToRemote(args) ? environments.remote : environments.local,
    });
    return Object.assign(run, {
        environments,
        spawn: (args) => (0,_child_process_js__WEBPACK_IMPORTED_MODULE_4__/* .childProcess */ .Q)().spawn("git", args, {
            cwd: options.cwd,
            env: environments.local,
            stdio: ["pipe", "pipe", "ignore"],
        }),
    });
}


/***/ }),

/***/ 8020:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ parseConfig),
/* harmony export */   x: () => (/* binding */ ConfigFileError)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9627);
/* harmony import */ var _config_schema_generated_cjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5094);
/* harmony import */ var _config_schema_generated_cjs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_config_schema_generated_cjs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(802);
/* harmony import */ var _freeze_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9937);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_0__]);
yaml__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];




/** A mistake in the configuration file: one line naming the file, the line and the problem. */
class ConfigFileError extends Error {
    name = "ConfigFileError";
}
/**
 * The JSON Schema shipped at schema/platform.schema.json, compiled ahead of time by ajv
 * (scripts/schema-validator.ts, written by `npm run docs` and checked in CI): no compiler in the
 * bundle and no compile on the action's critical path. test/config.test.ts checks the schema
 * against JSON Schema's meta-schema.
 */
function validate(value) {
    return _config_schema_generated_cjs__WEBPACK_IMPORTED_MODULE_1___default()(value) ? [] : ((_config_schema_generated_cjs__WEBPACK_IMPORTED_MODULE_1___default().errors) ?? []);
}
/**
 * Parses and checks the file: YAML syntax, the JSON Schema, then what a schema cannot say
 * (references between environments, `from` loops, windows). Every problem is one line with
 * the file and line: `.github/platform.yml:12: environments.production.mode must be ...`.
 */
function parseConfig(text, source) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        if (offset === undefined)
            return source;
        const { line, col } = lines.linePos(offset);
        return `${source}:${line}:${col}`;
    };
    const firstError = doc.errors[0];
    if (firstError) {
        throw new ConfigFileError(`${at(firstError.pos[0])}: not valid YAML: ${firstError.message.split("\n")[0]}`);
    }
    const nodeAt = (path, key = false) => {
        if (!key || path.length === 0)
            return doc.getIn(path, true);
        const parent = doc.getIn(path.slice(0, -1), true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent))
            return undefined;
        const pair = parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === path.at(-1));
        return pair?.key ?? undefined;
    };
    const fail = (path, problem, key = false) => {
        const node = nodeAt(path, key) ?? nodeAt(path.slice(0, -1));
        const where = path.length ? path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".") : "the file";
        throw new ConfigFileError(`${at(node?.range?.[0])}: ${where.replace(/\.\[/g, "[")} ${problem}`);
    };
    const raw = doc.toJS();
    const [error] = validate(raw);
    if (error) {
        const path = error.instancePath
            .split("/")
            .slice(1)
            .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        if (error.keyword === "additionalProperties") {
            const extra = String(error.params.additionalProperty);
            fail([...path, extra], "is not a known key; check its spelling against schema/platform.schema.json", true);
        }
        if (error.keyword === "propertyNames") {
            const name = String(error.params.propertyName);
            fail([...path, name], "is not a valid name (lower-case letters, digits and . _ / -)", true);
        }
        if (error.keyword === "enum") {
            const allowed = error.params.allowedValues.join(", ");
            fail(path, `is ${JSON.stringify(pointer(raw, path))}; use one of: ${allowed}`);
        }
        if (error.keyword === "pattern" || error.keyword === "const") {
            fail(path, `is ${JSON.stringify(pointer(raw, path))}, which ${explainPattern(path, error)}`);
        }
        fail(path, error.message ?? "is not valid");
    }
    return resolve(raw, source, fail);
}
function pointer(value, path) {
    let current = value;
    for (const part of path)
        current = current?.[part];
    return current;
}
function explainPattern(path, error) {
    const last = String(path.at(-1));
    if (error.keyword === "const")
        return `must be ${JSON.stringify(error.params.allowedValue)}`;
    const hints = {
        repository: "is not owner/name (GitOps) or host/path without tag (an image)",
        "min-soak": "is not a duration such as 30m, 2h or 1d12h",
        region: "is not an AWS region such as eu-central-1",
        role: "is not an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)",
        from: "is not a time: write 2026-12-20T00:00:00Z or Fri 16:00 for a weekly window",
        to: "is not a time: write 2026-12-20T00:00:00Z or Mon 08:00 for a weekly window",
    };
    if (path.includes("images") && typeof path.at(-1) === "string" && !hints[last])
        return "is not an image repository (host/path, no tag or digest)";
    if (path.includes("platforms"))
        return "is not a platform such as linux/amd64";
    return hints[last] ?? `does not match ${error.params.pattern}`;
}
function resolve(raw, source, fail) {
    const images = Object.keys(raw.images);
    const environments = new Map();
    for (const [name, env] of Object.entries(raw.environments)) {
        const where = ["environments", name];
        if ((env.overlay === undefined) === (env.values === undefined)) {
            fail(where, "needs exactly one of overlay (Kustomize) and values (Helm)", true);
        }
        const imageMap = new Map(Object.entries(env.images));
        for (const image of imageMap.keys()) {
            if (!images.includes(image)) {
                fail([...where, "images", image], `is not one of the images listed at the top (${images.join(", ")})`, true);
            }
        }
        if (env.values && imageMap.size > 1) {
            for (const key of ["digest", "tag", "repository"]) {
                const value = env.values[key];
                if (value !== undefined && !value.includes("{name}")) {
                    fail([...where, "values", key], "must hold {name} when the environment has several images");
                }
            }
        }
        const minSoak = env["min-soak"];
        environments.set(name, {
            name,
            from: env.from,
            overlay: env.overlay,
            values: env.values,
            images: imageMap,
            aws: env.aws,
            mode: env.mode ?? "push",
            requireReason: env["require-reason"] ?? false,
            minSoakMs: minSoak === undefined ? 0 : ((0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(minSoak) ?? 0),
            minSoak,
            platforms: env.platforms ?? [],
        });
    }
    for (const env of environments.values()) {
        if (env.from !== undefined && !environments.has(env.from)) {
            fail(["environments", env.name, "from"], `names ${JSON.stringify(env.from)}, which is not an environment here`);
        }
        // Follow from -> from -> ...: coming back to a name already seen is a loop.
        const seen = [env.name];
        for (let next = env.from; next !== undefined; next = environments.get(next)?.from) {
            if (seen.includes(next)) {
                fail(["environments", env.name, "from"], `makes a loop: ${[...seen, next].join(" -> ")}`);
            }
            seen.push(next);
        }
    }
    const freeze = (raw.freeze ?? []).map((window, index) => {
        const where = ["freeze", index];
        for (const [i, env] of window.environments.entries()) {
            if (!environments.has(env))
                fail([...where, "environments", i], "is not an environment here");
        }
        const reason = window.reason;
        if (window.weekly) {
            if (window.from !== undefined || window.to !== undefined) {
                fail(where, "has both weekly and from/to; a window is one or the other");
            }
            const timezone = window.timezone ?? "UTC";
            try {
                new Intl.DateTimeFormat("en-US", { timeZone: timezone });
            }
            catch {
                fail([...where, "timezone"], `is ${JSON.stringify(timezone)}, not an IANA time zone such as Europe/Berlin`);
            }
            return {
                kind: "weekly",
                index,
                environments: window.environments,
                from: (0,_freeze_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWeeklyTime */ .OV)(window.weekly.from),
                to: (0,_freeze_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWeeklyTime */ .OV)(window.weekly.to),
                timezone,
                ...(reason !== undefined ? { reason } : {}),
            };
        }
        if (window.from === undefined || window.to === undefined) {
            fail(where, "needs from and to (RFC 3339 times) or weekly");
        }
        if (window.timezone !== undefined)
            fail([...where, "timezone"], "applies to weekly windows only", true);
        const from = new Date(window.from ?? "");
        const to = new Date(window.to ?? "");
        if (Number.isNaN(from.getTime()))
            fail([...where, "from"], "is not a valid time");
        if (Number.isNaN(to.getTime()))
            fail([...where, "to"], "is not a valid time");
        if (to <= from)
            fail([...where, "to"], "is not after from");
        return { kind: "range", index, environments: window.environments, from, to, ...(reason ? { reason } : {}) };
    });
    return {
        source,
        gitops: {
            repository: raw.gitops.repository,
            branch: raw.gitops.branch,
            commitVia: raw.gitops["commit-via"] ?? "git",
        },
        images,
        environments,
        freeze,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNITS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
/** `1d12h`, `30m`, `45s` -> milliseconds; undefined when the text is not such a duration. */
function parseDuration(text) {
    if (!/^(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/.test(text) || text === "")
        return undefined;
    let total = 0;
    for (const match of text.matchAll(/(\d+)([dhms])/g))
        total += Number(match[1]) * (UNITS[match[2] ?? "s"] ?? 0);
    return total;
}
/** Milliseconds as the largest two units: `2h 5m`, `3d 4h`, `40s`. */
function formatDuration(ms) {
    const parts = [];
    let rest = Math.max(0, Math.floor(ms / 1000) * 1000);
    for (const [unit, size] of Object.entries(UNITS)) {
        const count = Math.floor(rest / size);
        if (count > 0)
            parts.push(`${count}${unit}`);
        rest -= count * size;
    }
    return parts.slice(0, 2).join(" ") || "0s";
}


/***/ }),

/***/ 8401:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ targetEdits)
/* harmony export */ });
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5455);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9686);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pins_js__WEBPACK_IMPORTED_MODULE_1__]);
_pins_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/**
 * The edit of the target for all images, as update-overlay's request: a kustomize `images[]`
 * entry `name=<target repository>:<version>@<digest>` (newName always written, so a promotion
 * never falls back to the base's image name), or the Helm values paths set to strings.
 */
function targetEdits(target, images) {
    if (target.overlay !== undefined) {
        return (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_0__/* .buildEditRequest */ .s)({
            overlay: target.overlay,
            images: images.map((image) => `${image.name}=${image.to}${image.version ? `:${image.version}` : ""}@${image.digest}`),
        });
    }
    const values = target.values;
    if (!values)
        throw new Error(`environment ${target.name} has neither overlay nor values`);
    const set = [];
    for (const image of images) {
        const paths = (0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .valuesPaths */ .BI)(values, image.name);
        // JSON strings: a digest or version is always written as a YAML string.
        set.push(`${values.file}:${paths.digest}=${JSON.stringify(image.digest)}`);
        if (paths.tag && image.version)
            set.push(`${values.file}:${paths.tag}=${JSON.stringify(image.version)}`);
        if (paths.repository)
            set.push(`${values.file}:${paths.repository}=${JSON.stringify(image.to)}`);
    }
    return (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_0__/* .buildEditRequest */ .s)({ set });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ parseWeeklyTime),
/* harmony export */   WO: () => (/* binding */ activeFreeze)
/* harmony export */ });
/* unused harmony export minuteOfWeek */
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEK_MINUTES = 7 * 24 * 60;
/** `Fri 16:00` -> its minute of the week (the schema has checked the shape). */
function parseWeeklyTime(text) {
    const match = /^(\w{3}) (\d{2}):(\d{2})$/.exec(text);
    const day = DAYS.indexOf((match?.[1] ?? ""));
    if (!match || day < 0)
        throw new Error(`not a weekly time: ${text}`);
    return { minute: day * 1440 + Number(match[2]) * 60 + Number(match[3]), text };
}
/** The minute of the week `now` is in `timezone` (Intl does the zone rules, DST included). */
function minuteOfWeek(now, timezone) {
    const parts = new Intl.DateTimeFormat("en-US", {
        timeZone: timezone,
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
    }).formatToParts(now);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? "";
    const day = DAYS.indexOf(part("weekday"));
    return day * 1440 + Number(part("hour")) * 60 + Number(part("minute"));
}
/** The first window that covers `now` for `environment`, or undefined. */
function activeFreeze(windows, environment, now) {
    for (const window of windows) {
        if (!window.environments.includes(environment))
            continue;
        const reason = window.reason ? ` (${window.reason})` : "";
        if (window.kind === "range") {
            if (now >= window.from && now < window.to) {
                return {
                    window,
                    endsAt: window.to,
                    description: `freeze[${window.index}] ${window.from.toISOString()} to ${window.to.toISOString()}${reason}`,
                };
            }
            continue;
        }
        const current = minuteOfWeek(now, window.timezone);
        const { from, to } = window;
        const inside = from.minute <= to.minute
            ? current >= from.minute && current < to.minute
            : current >= from.minute || current < to.minute;
        if (!inside)
            continue;
        const minutesLeft = (to.minute - current + WEEK_MINUTES) % WEEK_MINUTES || WEEK_MINUTES;
        const startOfMinute = now.getTime() - (now.getTime() % 60_000);
        return {
            window,
            endsAt: new Date(startOfMinute + minutesLeft * 60_000),
            description: `freeze[${window.index}] weekly ${from.text} to ${to.text} ${window.timezone}${reason}`,
        };
    }
    return undefined;
}


/***/ }),

/***/ 9272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ freezeGate),
/* harmony export */   SO: () => (/* binding */ existenceGate),
/* harmony export */   wf: () => (/* binding */ soakGate),
/* harmony export */   yB: () => (/* binding */ reasonGate),
/* harmony export */   zN: () => (/* binding */ lineageGate)
/* harmony export */ });
/* unused harmony export GateRefusal */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(802);
/* harmony import */ var _freeze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9937);


class GateRefusal extends Error {
    name = "GateRefusal";
    result;
    constructor(result) {
        super(result.detail);
        this.result = result;
    }
}
function freezeGate(windows, environment, now) {
    const active = (0,_freeze_js__WEBPACK_IMPORTED_MODULE_0__/* .activeFreeze */ .WO)(windows, environment, now);
    if (!active)
        return { gate: "freeze", outcome: "pass", detail: `no freeze window covers ${now.toISOString()}` };
    return {
        gate: "freeze",
        outcome: "refuse",
        detail: `${environment} is frozen by ${active.description} until ${active.endsAt.toISOString()}; promote after it ends, or change the window on the configuration's default branch`,
    };
}
function reasonGate(target, reason) {
    if (reason)
        return { gate: "reason", outcome: "pass", detail: `reason given: ${reason}` };
    if (!target.requireReason)
        return { gate: "reason", outcome: "pass", detail: "no reason required" };
    return {
        gate: "reason",
        outcome: "refuse",
        detail: `${target.name} requires a reason (require-reason: true); set the reason input`,
    };
}
function lineageGate(facts) {
    const base = { gate: "lineage", image: facts.image };
    const refuse = (detail) => ({ ...base, outcome: "refuse", detail });
    const { requested, source, target } = facts;
    if (requested === undefined) {
        if (facts.sourceDigest) {
            return {
                ...base,
                outcome: "pass",
                lineage: "current",
                digest: facts.sourceDigest,
                detail: `${source} pins ${facts.sourceDigest}`,
            };
        }
        if (facts.sourcePin === undefined) {
            return refuse(`${facts.image} is not pinned in ${source}; pin it there first (update-overlay)`);
        }
        return refuse(`${source} pins ${facts.image} by tag only (${facts.sourcePin}), and digests are the unit of promotion; pin it by digest in ${source} first`);
    }
    if (requested === facts.sourceDigest) {
        return { ...base, outcome: "pass", lineage: "current", digest: requested, detail: `${source} pins ${requested}` };
    }
    if (facts.inTargetHistory && requested !== facts.targetDigest) {
        return {
            ...base,
            outcome: "pass",
            lineage: "rollback",
            digest: requested,
            detail: `rollback: ${requested} ran in ${target} before`,
        };
    }
    if (facts.inSourceHistory) {
        return {
            ...base,
            outcome: "pass",
            lineage: "hotfix",
            digest: requested,
            detail: `${requested} was pinned in ${source} earlier (not its current pin)`,
        };
    }
    if (requested === facts.targetDigest) {
        return {
            ...base,
            outcome: "pass",
            lineage: "current",
            digest: requested,
            detail: `${target} pins ${requested} already`,
        };
    }
    if (facts.allowUnverified) {
        return {
            ...base,
            outcome: "pass",
            lineage: "unverified",
            digest: requested,
            detail: `${requested} never ran in ${source} or ${target}: promoted unverified (allowed by the request, recorded)`,
        };
    }
    return refuse(`digest ${requested} of ${facts.image} was never pinned in ${source} or ${target}; promote a digest from their history, or ${facts.allowUnverifiedBy ?? "allow it"} to record it as unverified`);
}
function soakGate(facts) {
    const base = { gate: "soak", image: facts.image };
    if (facts.minSoakMs === 0)
        return { ...base, outcome: "skip", detail: "no min-soak" };
    if (facts.lineage === "rollback" || facts.lineage === "unverified") {
        // A rollback returns to what already ran in the target; an unverified digest has no source pin to time.
        return {
            ...base,
            outcome: "skip",
            detail: `not applied to a${facts.lineage === "rollback" ? " rollback" : "n unverified digest"}`,
        };
    }
    if (!facts.pinnedAt) {
        return {
            ...base,
            outcome: "refuse",
            detail: `no commit of ${facts.source} pinning ${facts.image} was found, so its soak cannot be measured`,
        };
    }
    const soaked = facts.now.getTime() - facts.pinnedAt.getTime();
    const commit = facts.pinnedBy ? ` by ${facts.pinnedBy.slice(0, 12)}` : "";
    if (soaked >= facts.minSoakMs) {
        return { ...base, outcome: "pass", detail: `pinned in ${facts.source}${commit} ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(soaked)} ago` };
    }
    const ready = new Date(facts.pinnedAt.getTime() + facts.minSoakMs);
    return {
        ...base,
        outcome: "refuse",
        detail: `${facts.image} was pinned in ${facts.source}${commit} ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(soaked)} ago, less than min-soak ${facts.minSoak}; promote after ${ready.toISOString()}`,
    };
}
function existenceGate(facts) {
    const base = { gate: "existence", image: facts.image };
    if (!facts.found) {
        return {
            ...base,
            outcome: "refuse",
            detail: `${facts.reference} does not exist in its registry; it cannot be promoted`,
        };
    }
    const missing = facts.required.filter((platform) => !facts.platforms.includes(platform));
    if (missing.length > 0) {
        return {
            ...base,
            outcome: "refuse",
            detail: `${facts.reference} lacks platform ${missing.join(", ")} (it has ${facts.platforms.join(", ") || "a single-platform manifest"}); build every platform the target requires`,
        };
    }
    const platforms = facts.platforms.length ? ` (${facts.platforms.join(", ")})` : "";
    return { ...base, outcome: "pass", detail: `${facts.reference} exists${platforms}` };
}


/***/ }),

/***/ 8221:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ findOpenDeployment),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   U9: () => (/* binding */ approversOf),
/* harmony export */   ac: () => (/* binding */ reportDeployment)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8826);
/* harmony import */ var _platform_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6796);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_platform_github__WEBPACK_IMPORTED_MODULE_1__]);
_platform_github__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


function split(repository) {
    const [owner = "", repo = ""] = repository.split("/");
    return { owner, repo };
}
/**
 * The configuration file from the application repository through the API: at `ref`, or at
 * the default branch, never at the dispatched ref (a branch must not weaken its own gates).
 */
async function readConfigFile(client, repository, file, ref) {
    const where = split(repository);
    try {
        // Without a ref the contents API answers from the default branch: its name (for messages)
        // is read at the same time, one round trip instead of two.
        const [at, { data }] = await Promise.all([
            ref ?? client.rest.repos.get(where).then((answer) => answer.data.default_branch),
            client.rest.repos.getContent({ ...where, path: file, ...(ref ? { ref } : {}) }),
        ]);
        if (Array.isArray(data) || data.type !== "file" || !("content" in data)) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg("config", `${JSON.stringify(file)} at ${at} of ${repository} is not a file; name the configuration file.`);
        }
        const text = Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
        return { text, ref: at };
    }
    catch (error) {
        const status = (0,_platform_github__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .n)(error);
        if (status === 404) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg("config", (nameOf) => `${JSON.stringify(file)} does not exist at ${ref ?? "the default branch"} of ${repository}; commit it there (see schema/platform.schema.json) or set ${nameOf("configRef")}.`);
        }
        if (status === 401 || status === 403) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg("token", `cannot read ${file} of ${repository} (HTTP ${status}); give the job contents: read.`);
        }
        throw error;
    }
}
/**
 * Who approved `environment` for this workflow run (GET /repos/{o}/{r}/actions/runs/{id}/approvals),
 * in the order they approved. A token without actions: read gets none, with a warning.
 */
async function approversOf(client, repository, runId, environment, logger) {
    if (!Number.isFinite(runId) || runId <= 0)
        return [];
    try {
        const { data } = await client.rest.actions.getReviewsForRun({ ...split(repository), run_id: runId });
        const logins = data
            .filter((review) => review.state === "approved" && review.environments.some((e) => e.name === environment))
            .map((review) => review.user.login);
        return [...new Set(logins)];
    }
    catch (error) {
        const status = (0,_platform_github__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .n)(error);
        if (status === 403 || status === 404) {
            logger.warning(`Could not read the run's approvals (HTTP ${status}): no Approved-By trailer.`);
            return [];
        }
        throw error;
    }
}
const FINAL = new Set(["success", "failure", "error", "inactive"]);
/**
 * The deployment GitHub created for this job's `environment:` (same environment and commit,
 * not yet finished), read while the images are copied; undefined when the job runs in no
 * environment (there is no such deployment) or the token may not read deployments (a warning).
 */
async function findOpenDeployment(options) {
    const where = split(options.repository);
    const { client, logger } = options;
    try {
        const { data: deployments } = await client.rest.repos.listDeployments({
            ...where,
            environment: options.environment,
            sha: options.sha,
            per_page: 10,
        });
        for (const deployment of deployments) {
            const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
                ...where,
                deployment_id: deployment.id,
                per_page: 1,
            });
            if (!(statuses[0] && FINAL.has(statuses[0].state)))
                return deployment.id;
        }
        logger.info(`No open deployment of ${options.environment} for ${options.sha.slice(0, 12)}: no deployment status.`);
        return undefined;
    }
    catch (error) {
        const status = (0,_platform_github__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .n)(error);
        if (status === 403 || status === 404) {
            logger.warning(`Could not read the deployments (HTTP ${status}): give the job deployments: write.`);
            return undefined;
        }
        throw error;
    }
}
/** The deployment found by findOpenDeployment gets a status naming what was pinned. */
async function reportDeployment(options) {
    const { client, logger, deployment } = options;
    if (deployment === undefined)
        return undefined;
    try {
        await client.rest.repos.createDeploymentStatus({
            ...split(options.repository),
            deployment_id: deployment,
            state: options.state,
            description: options.description.slice(0, 140),
            ...(options.logUrl ? { log_url: options.logUrl } : {}),
            environment: options.environment,
        });
        logger.info(`Deployment ${deployment} (${options.environment}): ${options.state}, ${options.description}`);
        return deployment;
    }
    catch (error) {
        const status = (0,_platform_github__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .n)(error);
        if (status === 403 || status === 404) {
            logger.warning(`Could not write the deployment status (HTTP ${status}): give the job deployments: write.`);
            return undefined;
        }
        throw error;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 171:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z4: () => (/* binding */ openGitopsRepository),
/* harmony export */   _k: () => (/* binding */ reusingSnapshot),
/* harmony export */   tw: () => (/* binding */ createScratchRepository)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1814);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5341);



/**
 * An empty repository in RUNNER_TEMP for the GitOps branch: one `git init`, started while the
 * configuration (which names the repository) is still being read. The remote is given by URL
 * to each fetch and push, so no `remote add` or `config` process is needed; promote works with
 * objects only (ls-tree, cat-file, fast-import), never a working tree.
 */
async function createScratchRepository(runnerTemp, env) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(runnerTemp, { recursive: true });
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, "gitops-"));
    const result = await (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_2__/* .createGit */ .lD)(dir, env)(["init", "--quiet"]);
    if (result.exitCode !== 0)
        throw new Error(`git init failed: ${result.stderr.trim()}`);
    return dir;
}
/**
 * The GitOps repository over git in `dir`. `history: false` fetches the branch tip only
 * (`--depth=1`): the gates need history only for a `digest` input (lineage) or `min-soak`.
 * The token reaches git as an extra header through GIT_CONFIG_* variables, on the commands
 * that talk to the remote only.
 */
function openGitopsRepository(options) {
    const server = options.serverUrl.replace(/\/+$/, "");
    const url = `${server}/${options.repository}.git`;
    const git = (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_2__/* .createGit */ .lD)(options.dir, options.env, options.token ? { config: (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_3__/* .gitAuthConfig */ .R)(server, options.token) } : {});
    return {
        git,
        url,
        transport: new _platform_gitops__WEBPACK_IMPORTED_MODULE_2__/* .GitTransport */ .qy({
            git,
            spawnGit: git.spawn,
            remote: url,
            repository: options.repository,
            shallow: !options.history,
        }),
        defaultBranch: async () => {
            const result = await git(["ls-remote", "--symref", url, "HEAD"]);
            if (result.exitCode !== 0)
                throw (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_2__/* .unreadable */ .O$)(options.repository, result.stderr);
            const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(result.stdout);
            if (!match?.[1])
                throw new Error(`cannot read the default branch of ${options.repository}: ${result.stderr.trim()}`);
            return match[1];
        },
    };
}
/**
 * `transport` with `held` answering for its own commit: the landing starts from the head the
 * gates read, so it reuses their tree listing and `cat-file` process instead of starting both
 * again. The caller closes `held` when done; the landing's close of it does nothing.
 */
function reusingSnapshot(transport, held) {
    return {
        head: (branch) => transport.head(branch),
        snapshot: async (commit) => commit === held.commit
            ? { commit: held.commit, entries: held.entries, readBlob: (oid) => held.readBlob(oid) }
            : transport.snapshot(commit),
        commit: (request) => transport.commit(request),
        ...(transport.prepare ? { prepare: transport.prepare.bind(transport) } : {}),
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9686:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ valuesPaths),
/* harmony export */   LF: () => (/* binding */ readPins),
/* harmony export */   l$: () => (/* binding */ digestHistory),
/* harmony export */   p5: () => (/* binding */ describePin)
/* harmony export */ });
/* unused harmony exports kustomizationFile, parseValuesPath */
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8826);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4896);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);
/* harmony import */ var _platform_gitops__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5719);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9627);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([yaml__WEBPACK_IMPORTED_MODULE_0__, _platform_gitops__WEBPACK_IMPORTED_MODULE_3__]);
([yaml__WEBPACK_IMPORTED_MODULE_0__, _platform_gitops__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** `repo:tag@digest` as the pin reads, for messages. */
function describePin(pin) {
    if (!pin.repository && !pin.tag && !pin.digest)
        return undefined;
    return `${pin.repository ?? pin.image}${pin.tag ? `:${pin.tag}` : ""}${pin.digest ? `@${pin.digest}` : ""}`;
}
/** The values paths of one image: `{name}` replaced. */
function valuesPaths(values, image) {
    const fill = (path) => path?.replaceAll("{name}", image);
    return {
        file: values.file,
        digest: fill(values.digest) ?? values.digest,
        ...(values.tag ? { tag: fill(values.tag) } : {}),
        ...(values.repository ? { repository: fill(values.repository) } : {}),
    };
}
/** The kustomization file of an overlay, looked up as kustomize does. */
async function kustomizationFile(snapshot, overlay, where) {
    let resolved;
    try {
        resolved = await (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_1__/* .resolveInTree */ .O4)(snapshot, overlay);
    }
    catch (error) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: overlay ${JSON.stringify(overlay)} ${error.message}.`);
    }
    if ((0,_platform_gitops__WEBPACK_IMPORTED_MODULE_1__/* .isFile */ .fo)(snapshot, resolved))
        return resolved;
    if ((0,_platform_gitops__WEBPACK_IMPORTED_MODULE_1__/* .isDirectory */ .wd)(snapshot, resolved)) {
        for (const name of _platform_gitops__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_FILES */ .Ct) {
            const candidate = resolved ? `${resolved}/${name}` : name;
            if ((0,_platform_gitops__WEBPACK_IMPORTED_MODULE_1__/* .isFile */ .fo)(snapshot, candidate))
                return candidate;
        }
    }
    throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: overlay ${JSON.stringify(overlay)} holds no kustomization.yaml at ${snapshot.commit.slice(0, 12)}; check the path.`);
}
async function readYaml(snapshot, file, where) {
    const entry = snapshot.entries.get(file);
    if (!entry || !(0,_platform_gitops__WEBPACK_IMPORTED_MODULE_1__/* .isFile */ .fo)(snapshot, file)) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: ${file} is not a file at ${snapshot.commit.slice(0, 12)}; check the path.`);
    }
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(await snapshot.readBlob(entry.oid));
    }
    catch (error) {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: ${file} is not valid YAML (${error.message.split("\n")[0]}).`);
    }
}
function valueAt(root, path) {
    let current = root;
    for (const segment of path) {
        if (segment.kind === "key")
            current = current?.[segment.key];
        else if (segment.kind === "index")
            current = Array.isArray(current) ? current[segment.index] : undefined;
        else
            current = Array.isArray(current)
                ? current.find((item) => String(item?.[segment.key]) === segment.value)
                : undefined;
        if (current === undefined || current === null)
            return undefined;
    }
    return current;
}
function parseValuesPath(text, where) {
    const fail = (problem) => {
        throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: values path ${JSON.stringify(text)} ${problem}.`);
    };
    const { path, end } = (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_4__/* .parsePath */ .Rr)(text, fail);
    if (end !== text.length)
        fail("has characters after the path");
    return path;
}
/**
 * What `env` pins for each image at `snapshot`: a kustomize `images[]` entry (newName or name,
 * newTag, digest), or the Helm values paths. `where` names the environment in messages.
 */
async function readPins(snapshot, env, where) {
    const pins = new Map();
    if (env.overlay !== undefined) {
        const file = await kustomizationFile(snapshot, env.overlay, where);
        const doc = (await readYaml(snapshot, file, where));
        const entries = Array.isArray(doc?.images) ? doc.images : [];
        for (const image of env.images.keys()) {
            const entry = entries.find((e) => e && String(e.name) === image);
            const pin = { image, file };
            // An entry with only its name pins nothing: the base's image runs.
            if (entry && (entry.newTag != null || typeof entry.digest === "string")) {
                pin.repository = typeof entry.newName === "string" ? entry.newName : image;
                if (entry.newTag !== undefined && entry.newTag !== null)
                    pin.tag = String(entry.newTag);
                if (typeof entry.digest === "string")
                    pin.digest = entry.digest;
            }
            pins.set(image, pin);
        }
        return pins;
    }
    const values = env.values;
    if (!values)
        throw new Error(`environment ${env.name} has neither overlay nor values`);
    const doc = await readYaml(snapshot, values.file, where);
    for (const image of env.images.keys()) {
        const paths = valuesPaths(values, image);
        const read = (path) => {
            if (path === undefined)
                return undefined;
            const value = valueAt(doc, parseValuesPath(path, where));
            return value === undefined || typeof value === "object" ? undefined : String(value);
        };
        const pin = { image, file: values.file };
        const digest = read(paths.digest);
        const tag = read(paths.tag);
        let repository = read(paths.repository);
        // A values file may hold `repo:tag@digest` in the digest path; a digest alone is the usual.
        if (digest?.includes("@")) {
            const split = (0,_platform_gitops__WEBPACK_IMPORTED_MODULE_4__/* .splitImage */ .s5)(digest);
            repository ??= split.name;
            if (split.digest)
                pin.digest = split.digest;
        }
        else if (digest)
            pin.digest = digest;
        if (tag)
            pin.tag = tag;
        if (pin.digest || pin.tag)
            pin.repository = repository ?? env.images.get(image);
        pins.set(image, pin);
    }
    return pins;
}
/**
 * Commits of `ref` that changed how often `digest` occurs in `file` (git's pickaxe, `-S`),
 * newest first: while the file pins the digest now, the first is the commit that pinned it.
 */
async function digestHistory(git, ref, file, digest) {
    const result = await git(["log", "--format=%H %cI", `-S${digest}`, ref, "--", file]);
    if (result.exitCode !== 0) {
        throw new Error(`git log failed (exit ${result.exitCode}): ${result.stderr.trim().split("\n").at(-1) ?? ""}`);
    }
    return result.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => {
        const [commit = "", date = ""] = line.split(" ");
        return { commit, date: new Date(date) };
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8852);

function renderSummary(plan, landed) {
    // The heading is the action's (actions/promote/src/run.ts).
    const lines = [];
    if (plan.refused)
        lines.push(`**Refused:** ${plan.refused}`, "");
    else if (plan.dryRun)
        lines.push("_dry run: gates checked, nothing written_", "");
    lines.push(`GitOps: \`${plan.gitops.repository}@${plan.gitops.branch}\` at \`${plan.gitops.commit.slice(0, 12) || "-"}\`; configuration: \`${plan.config}\``, "");
    lines.push((0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["gate", "image", "outcome", "detail"], plan.gates.map((g) => [g.gate, g.image ?? "", g.outcome, g.detail])), "");
    if (plan.images.length > 0) {
        lines.push((0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(["image", "from", "to", "digest", "version", "lineage", "changed"], plan.images.map((i) => [
            i.name,
            i.from,
            i.to,
            `\`${i.digest}\``,
            i.version ?? "-",
            i.lineage,
            String(i.changed),
        ])), "");
    }
    const who = [`Requested by ${plan.requestedBy || "-"}`];
    if (plan.approvedBy.length)
        who.push(`approved by ${plan.approvedBy.join(", ")}`);
    if (plan.reason)
        who.push(`reason: ${plan.reason}`);
    lines.push(`${who.join("; ")}.`, "");
    if (landed) {
        if (landed.pullRequest)
            lines.push(`Pull request: ${landed.pullRequest}`, "");
        else if (landed.commitUrl && landed.changed)
            lines.push(`Commit: ${landed.commitUrl}`, "");
        if (!landed.changed)
            lines.push("_The target already pins these images: no commit._", "");
        if (landed.diff)
            lines.push((0,_platform_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(landed.diff.trimEnd(), "diff"), "");
    }
    return lines.join("\n");
}


/***/ }),

/***/ 4447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ promotionMessage)
/* harmony export */ });
/** A trailer value on one line: git ends a trailer at the line break. */
function oneLine(value) {
    return value.replace(/\s*\n\s*/g, " ").trim();
}
/**
 * The commit message: a subject saying what moved where, then the trailers the audit trail
 * reads back with `git interpret-trailers --parse` (one `Image:` and `Approved-By:` each).
 */
function promotionMessage(record) {
    const version = (image) => image.version ?? image.digest.slice(7, 19);
    const rollback = record.images.some((image) => image.lineage === "rollback");
    // A rollback returns to what the target ran before: it comes from no other environment.
    const subject = rollback
        ? `chore(${record.environment}): roll back ${record.images.map((image) => `${image.name} to ${version(image)}`).join(", ")}`
        : `chore(${record.environment}): promote ${record.images.map((image) => `${image.name}@${version(image)}`).join(", ")} from ${record.from}`;
    const trailers = [
        `Environment: ${record.environment}`,
        `Promoted-From: ${record.from}@${record.gitopsCommit}`,
        ...record.images.map((image) => `Image: ${image.name}=${image.to}@${image.digest}`),
        `Requested-By: ${oneLine(record.requestedBy)}`,
        ...record.approvedBy.map((login) => `Approved-By: ${oneLine(login)}`),
    ];
    if (record.reason)
        trailers.push(`Reason: ${oneLine(record.reason)}`);
    if (rollback)
        trailers.push("Rollback: true");
    if (record.images.some((image) => image.lineage === "unverified"))
        trailers.push("Unverified: true");
    if (record.runUrl)
        trailers.push(`Run: ${record.runUrl}`);
    return `${subject}\n\n${trailers.join("\n")}\n`;
}


/***/ }),

/***/ 4249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ promotionCredentials),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   e1: () => (/* binding */ ReadDenied),
/* harmony export */   qi: () => (/* binding */ copyToTarget),
/* harmony export */   s$: () => (/* binding */ tagState),
/* harmony export */   vX: () => (/* binding */ readImageFacts),
/* harmony export */   zs: () => (/* binding */ warmRegistries)
/* harmony export */ });
/* harmony import */ var _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8826);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6768);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(514);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5451);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2939);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2346);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2125);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8333);
/* harmony import */ var _platform_oci__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8160);


function repositoryOf(reference) {
    const parsed = (0,_platform_oci__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(reference, { defaultTag: false });
    return { registry: parsed.registry, repository: parsed.repository };
}
/**
 * Credentials per registry host: an environment with `aws` logs in to the hosts of its own
 * images with its own role (the target's first, so a shared host is written with the
 * target's role); username/password for the other hosts; then the docker config.
 */
function promotionCredentials(options) {
    const resolvers = [];
    const awsHosts = new Set();
    for (const environment of options.environments) {
        const aws = environment.aws;
        if (!aws)
            continue;
        const hosts = [...new Set([...environment.images.values()].map((image) => repositoryOf(image).registry))];
        const account = /::(\d{12}):/.exec(aws.role)?.[1] ?? "";
        // A registry named other than <account>.dkr.ecr.<region>.amazonaws.com (a VPC endpoint, the
        // tests' stand-in) is ECR for this environment too: GetAuthorizationToken says which host it answers for.
        const extraHosts = Object.fromEntries(hosts.filter((host) => !(0,_platform_oci__WEBPACK_IMPORTED_MODULE_1__/* .isEcrHost */ .R5)(host)).map((host) => [host, { region: aws.region, registryId: account }]));
        const ecr = (0,_platform_oci__WEBPACK_IMPORTED_MODULE_2__/* .ecrCredentials */ .dQ)((request) => options.aws.authorize({ ...request, role: aws.role }), { extraHosts });
        const onRefused = options.onRoleRefused;
        resolvers.push(async (registry) => {
            if (!hosts.includes(registry))
                return undefined;
            if (!onRefused)
                return ecr(registry);
            try {
                return await ecr(registry);
            }
            catch (error) {
                if (!(error instanceof _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1))
                    throw error;
                onRefused(aws.role, error);
                return undefined;
            }
        });
        for (const host of hosts)
            awsHosts.add(host);
    }
    if (options.username !== undefined && options.password !== undefined) {
        const explicit = (0,_platform_oci__WEBPACK_IMPORTED_MODULE_2__/* .explicitCredentials */ .Ve)(options.username, options.password);
        resolvers.push(async (registry) => (awsHosts.has(registry) ? undefined : explicit(registry)));
    }
    resolvers.push((0,_platform_oci__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigCredentials */ .D)({ env: options.env, mask: options.mask }));
    return (0,_platform_oci__WEBPACK_IMPORTED_MODULE_2__/* .chainResolvers */ .fB)(...resolvers);
}
/**
 * Starts what the first read of each repository waits for (the registry's `/v2/` challenge,
 * the credentials, for ECR the STS and GetAuthorizationToken calls, a pull token) while the
 * GitOps branch is fetched. Nothing is written. A failure is left to the read itself, which
 * meets it again (failed logins and challenges are not kept) and explains it in the gates' order.
 */
async function warmRegistries(client, references) {
    const repositories = new Map();
    for (const reference of references) {
        const repo = repositoryOf(reference);
        repositories.set(`${repo.registry}/${repo.repository}`, repo);
    }
    await Promise.allSettled([...repositories.values()].map((repo) => client.auth.header(repo.registry, [(0,_platform_oci__WEBPACK_IMPORTED_MODULE_4__/* .repositoryScope */ .F7)(repo.repository, "pull")])));
}
async function manifestOrUndefined(client, repo, reference) {
    try {
        return await client.getManifest(repo, reference);
    }
    catch (error) {
        if (error instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl && error.status === 404)
            return undefined;
        throw explainRead(error, `${repo.registry}/${repo.repository}@${reference}`);
    }
}
/** A registry refused a read (401/403): the credentials, not the image. */
class ReadDenied extends _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 {
}
function explainRead(error, reference) {
    if (error instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl && (error.status === 401 || error.status === 403)) {
        return new ReadDenied(`${reference} cannot be read (HTTP ${error.status}); check the registry credentials (username/password, the environment's aws role, or a docker login).`);
    }
    if (error instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl && (error.status >= 500 || error.status === 429)) {
        return new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7(`${reference}: the registry kept failing (${error.message}); try again later.`);
    }
    return error instanceof Error ? error : new Error(String(error));
}
/** Reads what the existence gate and the version tag need: the manifest, its platforms, its version label. */
async function readImageFacts(client, repo, digest) {
    const root = await manifestOrUndefined(client, repo, digest);
    if (!root)
        return { found: false, platforms: [], version: undefined };
    let image = root;
    let platforms = [];
    if ((0,_platform_oci__WEBPACK_IMPORTED_MODULE_6__/* .isIndex */ .nw)(root.mediaType)) {
        const children = (root.json.manifests ?? []).filter((m) => m.platform && m.platform.os !== "unknown" && m.platform.architecture !== "unknown");
        platforms = children.map((m) => (0,_platform_oci__WEBPACK_IMPORTED_MODULE_7__/* .formatPlatform */ .Bq)(m.platform));
        const first = children[0];
        image = first ? await manifestOrUndefined(client, repo, first.digest) : undefined;
    }
    let version;
    const config = image?.json.config;
    if (config && config.size < 1024 * 1024) {
        try {
            const bytes = await client.readBlobBytes(repo, config.digest, config.size);
            const parsed = JSON.parse(bytes.toString("utf8"));
            version = parsed.config?.Labels?.["org.opencontainers.image.version"] || undefined;
        }
        catch (error) {
            throw explainRead(error, `${repo.registry}/${repo.repository}@${config.digest}`);
        }
    }
    return { found: true, platforms, version };
}
/** The tag as the target holds it: free (absent), already this digest, or taken by another. */
async function tagState(client, repo, tag, digest) {
    try {
        const head = await client.headManifest(repo, tag);
        if (!head)
            return "free";
        return head.digest === digest ? "same" : "taken";
    }
    catch (error) {
        if (error instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl && error.status === 404)
            return "free";
        throw explainRead(error, `${repo.registry}/${repo.repository}:${tag}`);
    }
}
/**
 * Copies `from@digest` to `to[:tag]` with promote-image's engine (referrers and cosign tags
 * travel, no tag moved), one line on failure naming the image.
 */
async function copyToTarget(options) {
    const source = (0,_platform_oci__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(`${options.from}@${options.digest}`);
    const target = (0,_platform_oci__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(`${options.to}${options.tag ? `:${options.tag}` : ""}@${options.digest}`);
    try {
        return await (0,_platform_oci__WEBPACK_IMPORTED_MODULE_8__/* .copyImage */ .L1)({ source, targets: [target], referrers: true, overwrite: false, dryRun: false, concurrency: 4 }, {
            client: options.client,
            logger: options.logger,
            ...(options.onPlanned ? { onPlanned: options.onPlanned } : {}),
        });
    }
    catch (error) {
        const where = `copying ${options.image} (${options.digest}) from ${options.from} to ${options.to}`;
        if (error instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_8__/* .TagConflictError */ .P1) {
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: tag ${options.tag} was taken by ${error.existing} meanwhile; run the promotion again (it then pins by digest only).`);
        }
        if (error instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_8__/* .CopyError */ .k6) {
            const cause = error.cause;
            if (cause instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl && (cause.status === 401 || cause.status === 403)) {
                throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: ${error.side} registry ${error.reference.registry} refused (HTTP ${cause.status}); check its credentials and that they may ${error.side === "source" ? "pull" : "push"}.`);
            }
            if (cause instanceof _platform_oci__WEBPACK_IMPORTED_MODULE_5__/* .RegistryError */ .gl && (cause.status >= 500 || cause.status === 429 || cause.status === 408)) {
                throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7(`${where}: ${error.reference.registry} kept failing (${cause.message}); try again later.`);
            }
            throw new _platform_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: ${error.message}.`);
        }
        throw error;
    }
}


/***/ }),

/***/ 5094:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/schema-validator.ts from schema/platform.schema.json: do not edit; run npm run docs.
module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/platform/schema/platform.schema.json","title":"platform.yml","description":"Where each environment of an application lives, for the promote action (.github/platform.yml, read from the default branch).","type":"object","additionalProperties":false,"required":["version","gitops","images","environments"],"properties":{"version":{"description":"The file format version.","const":1},"gitops":{"description":"The GitOps repository the environments' overlays and values live in.","type":"object","additionalProperties":false,"required":["repository"],"properties":{"repository":{"description":"owner/name of the GitOps repository.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"branch":{"description":"The branch Argo CD (or Flux) follows; the repository's default branch when absent.","type":"string","minLength":1},"commit-via":{"description":"git (push with git) or api (GraphQL createCommitOnBranch: Verified commits).","enum":["git","api"]}}},"images":{"description":"The images promoted, by the name kustomize knows them (images[].name).","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/imageName"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{}}},"environments":{"description":"The environments, by name; each says where its images run from.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/environmentName"},"additionalProperties":{"$ref":"#/definitions/environment"}},"freeze":{"description":"Windows in which promotions to the named environments are refused.","type":"array","items":{"$ref":"#/definitions/freeze"}}},"definitions":{"imageName":{"type":"string","pattern":"^[a-z0-9]+(?:[._/-][a-z0-9]+)*$"},"environmentName":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$"},"repository":{"description":"An image repository: host[:port]/path, no tag or digest.","type":"string","pattern":"^[A-Za-z0-9.-]+(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"},"valuesPath":{"description":"A dotted path in the values file (a.b[0].c); {name} is replaced by the image name.","type":"string","minLength":1},"environment":{"type":"object","additionalProperties":false,"required":["images"],"properties":{"from":{"description":"The environment promoted from by default.","$ref":"#/definitions/environmentName"},"overlay":{"description":"Kustomize overlay directory (or kustomization file) in the GitOps repository. Exactly one of overlay and values.","type":"string","minLength":1},"values":{"description":"Helm values file and the paths of the image's digest, tag and repository. Exactly one of overlay and values.","type":"object","additionalProperties":false,"required":["file","digest"],"properties":{"file":{"type":"string","minLength":1},"digest":{"$ref":"#/definitions/valuesPath"},"tag":{"$ref":"#/definitions/valuesPath"},"repository":{"$ref":"#/definitions/valuesPath"}}},"images":{"description":"Image name -> the repository this environment runs it from.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/imageName"},"additionalProperties":{"$ref":"#/definitions/repository"}},"aws":{"description":"Amazon ECR: the region and the role to assume through GitHub OIDC for this environment's registry.","type":"object","additionalProperties":false,"required":["region","role"],"properties":{"region":{"type":"string","pattern":"^[a-z]{2}(?:-[a-z]+)+-[0-9]+$"},"role":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"}}},"mode":{"description":"push (default) or pull-request.","enum":["push","pull-request"]},"require-reason":{"description":"Refuse a promotion without a reason.","type":"boolean"},"min-soak":{"description":"How long the digest must have run in the source environment, e.g. 30m, 2h, 1d12h.","type":"string","pattern":"^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$","minLength":2},"platforms":{"description":"Platforms the image index must hold, e.g. linux/amd64.","type":"array","items":{"type":"string","pattern":"^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$"},"uniqueItems":true}}},"weeklyTime":{"description":"A day and a time of the week, e.g. \"Fri 16:00\".","type":"string","pattern":"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:[01][0-9]|2[0-3]):[0-5][0-9]$"},"instant":{"description":"An RFC 3339 time with a zone, e.g. 2026-12-20T00:00:00Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"},"freeze":{"type":"object","additionalProperties":false,"required":["environments"],"properties":{"environments":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/environmentName"}},"from":{"$ref":"#/definitions/instant"},"to":{"$ref":"#/definitions/instant"},"weekly":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"#/definitions/weeklyTime"},"to":{"$ref":"#/definitions/weeklyTime"}}},"timezone":{"description":"IANA time zone of a weekly window; UTC when absent.","type":"string"},"reason":{"type":"string"}}}}};const schema12 = {"type":"string","pattern":"^[a-z0-9]+(?:[._/-][a-z0-9]+)*$"};const schema13 = {"type":"string","pattern":"^[A-Za-z0-9_.-]+$"};const pattern0 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const pattern1 = new RegExp("^[a-z0-9]+(?:[._/-][a-z0-9]+)*$", "u");const pattern2 = new RegExp("^[A-Za-z0-9_.-]+$", "u");const func2 = (__webpack_require__(6214)/* ["default"] */ .A);const schema14 = {"type":"object","additionalProperties":false,"required":["images"],"properties":{"from":{"description":"The environment promoted from by default.","$ref":"#/definitions/environmentName"},"overlay":{"description":"Kustomize overlay directory (or kustomization file) in the GitOps repository. Exactly one of overlay and values.","type":"string","minLength":1},"values":{"description":"Helm values file and the paths of the image's digest, tag and repository. Exactly one of overlay and values.","type":"object","additionalProperties":false,"required":["file","digest"],"properties":{"file":{"type":"string","minLength":1},"digest":{"$ref":"#/definitions/valuesPath"},"tag":{"$ref":"#/definitions/valuesPath"},"repository":{"$ref":"#/definitions/valuesPath"}}},"images":{"description":"Image name -> the repository this environment runs it from.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/imageName"},"additionalProperties":{"$ref":"#/definitions/repository"}},"aws":{"description":"Amazon ECR: the region and the role to assume through GitHub OIDC for this environment's registry.","type":"object","additionalProperties":false,"required":["region","role"],"properties":{"region":{"type":"string","pattern":"^[a-z]{2}(?:-[a-z]+)+-[0-9]+$"},"role":{"type":"string","pattern":"^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"}}},"mode":{"description":"push (default) or pull-request.","enum":["push","pull-request"]},"require-reason":{"description":"Refuse a promotion without a reason.","type":"boolean"},"min-soak":{"description":"How long the digest must have run in the source environment, e.g. 30m, 2h, 1d12h.","type":"string","pattern":"^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$","minLength":2},"platforms":{"description":"Platforms the image index must hold, e.g. linux/amd64.","type":"array","items":{"type":"string","pattern":"^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$"},"uniqueItems":true}}};const schema16 = {"description":"A dotted path in the values file (a.b[0].c); {name} is replaced by the image name.","type":"string","minLength":1};const schema20 = {"description":"An image repository: host[:port]/path, no tag or digest.","type":"string","pattern":"^[A-Za-z0-9.-]+(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"};const func3 = Object.prototype.hasOwnProperty;const pattern5 = new RegExp("^[A-Za-z0-9.-]+(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", "u");const pattern6 = new RegExp("^[a-z]{2}(?:-[a-z]+)+-[0-9]+$", "u");const pattern7 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", "u");const pattern8 = new RegExp("^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$", "u");const pattern9 = new RegExp("^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.images === undefined) && (missing0 = "images")){validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func3.call(schema14.properties, key0))){validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.from !== undefined){let data0 = data.from;const _errs2 = errors;const _errs3 = errors;if(errors === _errs3){if(typeof data0 === "string"){if(!pattern2.test(data0)){validate11.errors = [{instancePath:instancePath+"/from",schemaPath:"#/definitions/environmentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/from",schemaPath:"#/definitions/environmentName/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.overlay !== undefined){let data1 = data.overlay;const _errs5 = errors;if(errors === _errs5){if(typeof data1 === "string"){if(func2(data1) < 1){validate11.errors = [{instancePath:instancePath+"/overlay",schemaPath:"#/properties/overlay/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/overlay",schemaPath:"#/properties/overlay/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs5 === errors;}else {var valid0 = true;}if(valid0){if(data.values !== undefined){let data2 = data.values;const _errs7 = errors;if(errors === _errs7){if(data2 && typeof data2 == "object" && !Array.isArray(data2)){let missing1;if(((data2.file === undefined) && (missing1 = "file")) || ((data2.digest === undefined) && (missing1 = "digest"))){validate11.errors = [{instancePath:instancePath+"/values",schemaPath:"#/properties/values/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs9 = errors;for(const key1 in data2){if(!((((key1 === "file") || (key1 === "digest")) || (key1 === "tag")) || (key1 === "repository"))){validate11.errors = [{instancePath:instancePath+"/values",schemaPath:"#/properties/values/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs9 === errors){if(data2.file !== undefined){let data3 = data2.file;const _errs10 = errors;if(errors === _errs10){if(typeof data3 === "string"){if(func2(data3) < 1){validate11.errors = [{instancePath:instancePath+"/values/file",schemaPath:"#/properties/values/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/values/file",schemaPath:"#/properties/values/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs10 === errors;}else {var valid2 = true;}if(valid2){if(data2.digest !== undefined){let data4 = data2.digest;const _errs12 = errors;const _errs13 = errors;if(errors === _errs13){if(typeof data4 === "string"){if(func2(data4) < 1){validate11.errors = [{instancePath:instancePath+"/values/digest",schemaPath:"#/definitions/valuesPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/values/digest",schemaPath:"#/definitions/valuesPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs12 === errors;}else {var valid2 = true;}if(valid2){if(data2.tag !== undefined){let data5 = data2.tag;const _errs15 = errors;const _errs16 = errors;if(errors === _errs16){if(typeof data5 === "string"){if(func2(data5) < 1){validate11.errors = [{instancePath:instancePath+"/values/tag",schemaPath:"#/definitions/valuesPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/values/tag",schemaPath:"#/definitions/valuesPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs15 === errors;}else {var valid2 = true;}if(valid2){if(data2.repository !== undefined){let data6 = data2.repository;const _errs18 = errors;const _errs19 = errors;if(errors === _errs19){if(typeof data6 === "string"){if(func2(data6) < 1){validate11.errors = [{instancePath:instancePath+"/values/repository",schemaPath:"#/definitions/valuesPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/values/repository",schemaPath:"#/definitions/valuesPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid2 = _errs18 === errors;}else {var valid2 = true;}}}}}}}else {validate11.errors = [{instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.images !== undefined){let data7 = data.images;const _errs21 = errors;if(errors === _errs21){if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(Object.keys(data7).length < 1){validate11.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];return false;}else {for(const key2 in data7){const _errs23 = errors;const _errs24 = errors;if(errors === _errs24){if(typeof key2 === "string"){if(!pattern1.test(key2)){const err0 = {instancePath:instancePath+"/images",schemaPath:"#/definitions/imageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[._/-][a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:[._/-][a-z0-9]+)*$"+"\"",propertyName:key2};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/images",schemaPath:"#/definitions/imageName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var valid6 = _errs23 === errors;if(!valid6){const err2 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate11.errors = vErrors;return false;break;}}if(valid6){for(const key3 in data7){let data8 = data7[key3];const _errs27 = errors;const _errs28 = errors;if(errors === _errs28){if(typeof data8 === "string"){if(!pattern5.test(data8)){validate11.errors = [{instancePath:instancePath+"/images/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]+(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"},message:"must match pattern \""+"^[A-Za-z0-9.-]+(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"+"\""}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/images/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid8 = _errs27 === errors;if(!valid8){break;}}}}}else {validate11.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs21 === errors;}else {var valid0 = true;}if(valid0){if(data.aws !== undefined){let data9 = data.aws;const _errs30 = errors;if(errors === _errs30){if(data9 && typeof data9 == "object" && !Array.isArray(data9)){let missing2;if(((data9.region === undefined) && (missing2 = "region")) || ((data9.role === undefined) && (missing2 = "role"))){validate11.errors = [{instancePath:instancePath+"/aws",schemaPath:"#/properties/aws/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs32 = errors;for(const key4 in data9){if(!((key4 === "region") || (key4 === "role"))){validate11.errors = [{instancePath:instancePath+"/aws",schemaPath:"#/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}if(_errs32 === errors){if(data9.region !== undefined){let data10 = data9.region;const _errs33 = errors;if(errors === _errs33){if(typeof data10 === "string"){if(!pattern6.test(data10)){validate11.errors = [{instancePath:instancePath+"/aws/region",schemaPath:"#/properties/aws/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(?:-[a-z]+)+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}(?:-[a-z]+)+-[0-9]+$"+"\""}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/aws/region",schemaPath:"#/properties/aws/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid10 = _errs33 === errors;}else {var valid10 = true;}if(valid10){if(data9.role !== undefined){let data11 = data9.role;const _errs35 = errors;if(errors === _errs35){if(typeof data11 === "string"){if(!pattern7.test(data11)){validate11.errors = [{instancePath:instancePath+"/aws/role",schemaPath:"#/properties/aws/properties/role/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"},message:"must match pattern \""+"^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$"+"\""}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/aws/role",schemaPath:"#/properties/aws/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid10 = _errs35 === errors;}else {var valid10 = true;}}}}}else {validate11.errors = [{instancePath:instancePath+"/aws",schemaPath:"#/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs30 === errors;}else {var valid0 = true;}if(valid0){if(data.mode !== undefined){let data12 = data.mode;const _errs37 = errors;if(!((data12 === "push") || (data12 === "pull-request"))){validate11.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema14.properties.mode.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs37 === errors;}else {var valid0 = true;}if(valid0){if(data["require-reason"] !== undefined){const _errs38 = errors;if(typeof data["require-reason"] !== "boolean"){validate11.errors = [{instancePath:instancePath+"/require-reason",schemaPath:"#/properties/require-reason/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs38 === errors;}else {var valid0 = true;}if(valid0){if(data["min-soak"] !== undefined){let data14 = data["min-soak"];const _errs40 = errors;if(errors === _errs40){if(typeof data14 === "string"){if(func2(data14) < 2){validate11.errors = [{instancePath:instancePath+"/min-soak",schemaPath:"#/properties/min-soak/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"}];return false;}else {if(!pattern8.test(data14)){validate11.errors = [{instancePath:instancePath+"/min-soak",schemaPath:"#/properties/min-soak/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"},message:"must match pattern \""+"^(?:[0-9]+d)?(?:[0-9]+h)?(?:[0-9]+m)?(?:[0-9]+s)?$"+"\""}];return false;}}}else {validate11.errors = [{instancePath:instancePath+"/min-soak",schemaPath:"#/properties/min-soak/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs40 === errors;}else {var valid0 = true;}if(valid0){if(data.platforms !== undefined){let data15 = data.platforms;const _errs42 = errors;if(errors === _errs42){if(Array.isArray(data15)){var valid11 = true;const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];const _errs44 = errors;if(errors === _errs44){if(typeof data16 === "string"){if(!pattern9.test(data16)){validate11.errors = [{instancePath:instancePath+"/platforms/" + i0,schemaPath:"#/properties/platforms/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$"},message:"must match pattern \""+"^[a-z0-9]+/[a-z0-9_]+(?:/[a-z0-9]+)?$"+"\""}];return false;}}else {validate11.errors = [{instancePath:instancePath+"/platforms/" + i0,schemaPath:"#/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid11 = _errs44 === errors;if(!valid11){break;}}if(valid11){let i1 = data15.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data15[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];validate11.errors = [{instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];return false;break;}indices0[item0] = i1;}}}}else {validate11.errors = [{instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs42 === errors;}else {var valid0 = true;}}}}}}}}}}}}else {validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate11.errors = vErrors;return errors === 0;}const schema21 = {"type":"object","additionalProperties":false,"required":["environments"],"properties":{"environments":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/environmentName"}},"from":{"$ref":"#/definitions/instant"},"to":{"$ref":"#/definitions/instant"},"weekly":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"#/definitions/weeklyTime"},"to":{"$ref":"#/definitions/weeklyTime"}}},"timezone":{"description":"IANA time zone of a weekly window; UTC when absent.","type":"string"},"reason":{"type":"string"}}};const schema23 = {"description":"An RFC 3339 time with a zone, e.g. 2026-12-20T00:00:00Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"};const schema25 = {"description":"A day and a time of the week, e.g. \"Fri 16:00\".","type":"string","pattern":"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:[01][0-9]|2[0-3]):[0-5][0-9]$"};const pattern11 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$", "u");const pattern13 = new RegExp("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:[01][0-9]|2[0-3]):[0-5][0-9]$", "u");function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.environments === undefined) && (missing0 = "environments")){validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!((((((key0 === "environments") || (key0 === "from")) || (key0 === "to")) || (key0 === "weekly")) || (key0 === "timezone")) || (key0 === "reason"))){validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.environments !== undefined){let data0 = data.environments;const _errs2 = errors;if(errors === _errs2){if(Array.isArray(data0)){if(data0.length < 1){validate13.errors = [{instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];return false;}else {var valid1 = true;const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];const _errs4 = errors;const _errs5 = errors;if(errors === _errs5){if(typeof data1 === "string"){if(!pattern2.test(data1)){validate13.errors = [{instancePath:instancePath+"/environments/" + i0,schemaPath:"#/definitions/environmentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\""}];return false;}}else {validate13.errors = [{instancePath:instancePath+"/environments/" + i0,schemaPath:"#/definitions/environmentName/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs4 === errors;if(!valid1){break;}}}}else {validate13.errors = [{instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.from !== undefined){let data2 = data.from;const _errs7 = errors;const _errs8 = errors;if(errors === _errs8){if(typeof data2 === "string"){if(!pattern11.test(data2)){validate13.errors = [{instancePath:instancePath+"/from",schemaPath:"#/definitions/instant/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"+"\""}];return false;}}else {validate13.errors = [{instancePath:instancePath+"/from",schemaPath:"#/definitions/instant/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs7 === errors;}else {var valid0 = true;}if(valid0){if(data.to !== undefined){let data3 = data.to;const _errs10 = errors;const _errs11 = errors;if(errors === _errs11){if(typeof data3 === "string"){if(!pattern11.test(data3)){validate13.errors = [{instancePath:instancePath+"/to",schemaPath:"#/definitions/instant/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$"+"\""}];return false;}}else {validate13.errors = [{instancePath:instancePath+"/to",schemaPath:"#/definitions/instant/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.weekly !== undefined){let data4 = data.weekly;const _errs13 = errors;if(errors === _errs13){if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing1;if(((data4.from === undefined) && (missing1 = "from")) || ((data4.to === undefined) && (missing1 = "to"))){validate13.errors = [{instancePath:instancePath+"/weekly",schemaPath:"#/properties/weekly/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs15 = errors;for(const key1 in data4){if(!((key1 === "from") || (key1 === "to"))){validate13.errors = [{instancePath:instancePath+"/weekly",schemaPath:"#/properties/weekly/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs15 === errors){if(data4.from !== undefined){let data5 = data4.from;const _errs16 = errors;const _errs17 = errors;if(errors === _errs17){if(typeof data5 === "string"){if(!pattern13.test(data5)){validate13.errors = [{instancePath:instancePath+"/weekly/from",schemaPath:"#/definitions/weeklyTime/pattern",keyword:"pattern",params:{pattern: "^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:[01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:[01][0-9]|2[0-3]):[0-5][0-9]$"+"\""}];return false;}}else {validate13.errors = [{instancePath:instancePath+"/weekly/from",schemaPath:"#/definitions/weeklyTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs16 === errors;}else {var valid5 = true;}if(valid5){if(data4.to !== undefined){let data6 = data4.to;const _errs19 = errors;const _errs20 = errors;if(errors === _errs20){if(typeof data6 === "string"){if(!pattern13.test(data6)){validate13.errors = [{instancePath:instancePath+"/weekly/to",schemaPath:"#/definitions/weeklyTime/pattern",keyword:"pattern",params:{pattern: "^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:[01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:[01][0-9]|2[0-3]):[0-5][0-9]$"+"\""}];return false;}}else {validate13.errors = [{instancePath:instancePath+"/weekly/to",schemaPath:"#/definitions/weeklyTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs19 === errors;}else {var valid5 = true;}}}}}else {validate13.errors = [{instancePath:instancePath+"/weekly",schemaPath:"#/properties/weekly/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.timezone !== undefined){const _errs22 = errors;if(typeof data.timezone !== "string"){validate13.errors = [{instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs22 === errors;}else {var valid0 = true;}if(valid0){if(data.reason !== undefined){const _errs24 = errors;if(typeof data.reason !== "string"){validate13.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid0 = _errs24 === errors;}else {var valid0 = true;}}}}}}}}}else {validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate13.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/org/platform/schema/platform.schema.json" */;let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if(((((data.version === undefined) && (missing0 = "version")) || ((data.gitops === undefined) && (missing0 = "gitops"))) || ((data.images === undefined) && (missing0 = "images"))) || ((data.environments === undefined) && (missing0 = "environments"))){validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(((((key0 === "version") || (key0 === "gitops")) || (key0 === "images")) || (key0 === "environments")) || (key0 === "freeze"))){validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.version !== undefined){const _errs2 = errors;if(1 !== data.version){validate10.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.gitops !== undefined){let data1 = data.gitops;const _errs3 = errors;if(errors === _errs3){if(data1 && typeof data1 == "object" && !Array.isArray(data1)){let missing1;if((data1.repository === undefined) && (missing1 = "repository")){validate10.errors = [{instancePath:instancePath+"/gitops",schemaPath:"#/properties/gitops/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs5 = errors;for(const key1 in data1){if(!(((key1 === "repository") || (key1 === "branch")) || (key1 === "commit-via"))){validate10.errors = [{instancePath:instancePath+"/gitops",schemaPath:"#/properties/gitops/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs5 === errors){if(data1.repository !== undefined){let data2 = data1.repository;const _errs6 = errors;if(errors === _errs6){if(typeof data2 === "string"){if(!pattern0.test(data2)){validate10.errors = [{instancePath:instancePath+"/gitops/repository",schemaPath:"#/properties/gitops/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/gitops/repository",schemaPath:"#/properties/gitops/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs6 === errors;}else {var valid1 = true;}if(valid1){if(data1.branch !== undefined){let data3 = data1.branch;const _errs8 = errors;if(errors === _errs8){if(typeof data3 === "string"){if(func2(data3) < 1){validate10.errors = [{instancePath:instancePath+"/gitops/branch",schemaPath:"#/properties/gitops/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/gitops/branch",schemaPath:"#/properties/gitops/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid1 = _errs8 === errors;}else {var valid1 = true;}if(valid1){if(data1["commit-via"] !== undefined){let data4 = data1["commit-via"];const _errs10 = errors;if(!((data4 === "git") || (data4 === "api"))){validate10.errors = [{instancePath:instancePath+"/gitops/commit-via",schemaPath:"#/properties/gitops/properties/commit-via/enum",keyword:"enum",params:{allowedValues: schema11.properties.gitops.properties["commit-via"].enum},message:"must be equal to one of the allowed values"}];return false;}var valid1 = _errs10 === errors;}else {var valid1 = true;}}}}}}else {validate10.errors = [{instancePath:instancePath+"/gitops",schemaPath:"#/properties/gitops/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.images !== undefined){let data5 = data.images;const _errs11 = errors;if(errors === _errs11){if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(Object.keys(data5).length < 1){validate10.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];return false;}else {for(const key2 in data5){const _errs13 = errors;const _errs14 = errors;if(errors === _errs14){if(typeof key2 === "string"){if(!pattern1.test(key2)){const err0 = {instancePath:instancePath+"/images",schemaPath:"#/definitions/imageName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(?:[._/-][a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(?:[._/-][a-z0-9]+)*$"+"\"",propertyName:key2};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/images",schemaPath:"#/definitions/imageName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var valid2 = _errs13 === errors;if(!valid2){const err2 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;validate10.errors = vErrors;return false;break;}}if(valid2){for(const key3 in data5){let data6 = data5[key3];const _errs17 = errors;if(errors === _errs17){if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key4 in data6){validate10.errors = [{instancePath:instancePath+"/images/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/images/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}else {validate10.errors = [{instancePath:instancePath+"/images/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/images/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid4 = _errs17 === errors;if(!valid4){break;}}}}}else {validate10.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.environments !== undefined){let data7 = data.environments;const _errs20 = errors;if(errors === _errs20){if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(Object.keys(data7).length < 1){validate10.errors = [{instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];return false;}else {for(const key5 in data7){const _errs22 = errors;const _errs23 = errors;if(errors === _errs23){if(typeof key5 === "string"){if(!pattern2.test(key5)){const err3 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/environmentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",propertyName:key5};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/environments",schemaPath:"#/definitions/environmentName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key5};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var valid5 = _errs22 === errors;if(!valid5){const err5 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;validate10.errors = vErrors;return false;break;}}if(valid5){for(const key6 in data7){const _errs26 = errors;if(!(validate11(data7[key6], {instancePath:instancePath+"/environments/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key6,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}var valid7 = _errs26 === errors;if(!valid7){break;}}}}}else {validate10.errors = [{instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs20 === errors;}else {var valid0 = true;}if(valid0){if(data.freeze !== undefined){let data9 = data.freeze;const _errs27 = errors;if(errors === _errs27){if(Array.isArray(data9)){var valid8 = true;const len0 = data9.length;for(let i0=0; i0<len0; i0++){const _errs29 = errors;if(!(validate13(data9[i0], {instancePath:instancePath+"/freeze/" + i0,parentData:data9,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}var valid8 = _errs29 === errors;if(!valid8){break;}}}else {validate10.errors = [{instancePath:instancePath+"/freeze",schemaPath:"#/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs27 === errors;}else {var valid0 = true;}}}}}}}}else {validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
