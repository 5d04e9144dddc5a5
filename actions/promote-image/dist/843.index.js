export const id = 843;
export const ids = [843];
export const modules = {

/***/ 843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/action-kit/src/inputs.ts
var src_inputs = __webpack_require__(200);
// EXTERNAL MODULE: ./packages/oci/src/credentials.ts + 3 modules
var credentials = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/oci/src/ecr-host.ts
var ecr_host = __webpack_require__(514);
// EXTERNAL MODULE: ./actions/promote-image/src/constants.ts
var constants = __webpack_require__(729);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(826);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var reference = __webpack_require__(768);
// EXTERNAL MODULE: ./packages/oci/src/client.ts + 4 modules
var src_client = __webpack_require__(43);
// EXTERNAL MODULE: ./packages/oci/src/copy.ts
var copy = __webpack_require__(160);
// EXTERNAL MODULE: ./packages/oci/src/errors.ts
var src_errors = __webpack_require__(346);
// EXTERNAL MODULE: ./packages/oci/src/tag-plan.ts
var tag_plan = __webpack_require__(541);
;// CONCATENATED MODULE: ./actions/promote-image/src/promote.ts



function parseInputs(inputs) {
    const parse = (input, value, defaultTag) => {
        try {
            return (0,reference/* parseReference */.F2)(value, { defaultTag });
        }
        catch (error) {
            if (error instanceof reference/* InvalidReferenceError */.x_) {
                throw (0,errors/* inputError */.Xu)(input, value, `is not a valid image reference: it ${error.message}`, "write it as host/repository:tag or host/repository@sha256:<64 hex digits>");
            }
            throw error;
        }
    };
    const source = parse(constants/* Inputs */.G.Source, inputs.source, true);
    if (inputs.targets.length === 0) {
        throw (0,errors/* inputError */.Xu)(constants/* Inputs */.G.Targets, "", "names no target", "give one target reference per line");
    }
    const targets = inputs.targets.map((t) => parse(constants/* Inputs */.G.Targets, t, false));
    for (const [i, target] of targets.entries()) {
        const tag = target.digest ? target.tag : (target.tag ?? source.tag);
        const sameRepository = target.registry === source.registry && target.repository === source.repository;
        // The same repository and the same tag (or, by digest, no tag on either side) writes nothing new.
        if (sameRepository && tag === source.tag) {
            throw (0,errors/* inputError */.Xu)(constants/* Inputs */.G.Targets, inputs.targets[i] ?? "", "is the source itself", "name another repository or tag to promote to");
        }
    }
    return { source, targets };
}
async function promoteImage(inputs, deps) {
    const parsed = parseInputs(inputs);
    const client = new src_client/* RegistryClient */.b({
        credentials: deps.credentials(parsed),
        logger: deps.logger,
        mask: deps.mask,
        ...(deps.retry ? { retry: deps.retry } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.onBulkTransfer ? { onBulkTransfer: deps.onBulkTransfer } : {}),
    });
    const rawOf = (ref) => {
        if (ref === parsed.source)
            return inputs.source;
        return inputs.targets[parsed.targets.indexOf(ref)] ?? (0,reference/* formatReference */.FH)(ref);
    };
    try {
        return await (0,copy/* copyImage */.L1)({
            source: parsed.source,
            targets: parsed.targets,
            referrers: inputs.referrers,
            overwrite: inputs.overwrite,
            dryRun: inputs.dryRun,
            concurrency: inputs.concurrency,
        }, { client, logger: deps.logger, ...(deps.now ? { now: deps.now } : {}) });
    }
    catch (error) {
        throw explain(error, (ref) => {
            const all = [parsed.source, ...parsed.targets];
            const found = all.find((p) => p === ref) ??
                all.find((p) => p.registry === ref.registry && p.repository === ref.repository && p.tag === ref.tag);
            return found ? rawOf(found) : (0,reference/* formatReference */.FH)(ref);
        });
    }
}
function explain(error, raw) {
    if (error instanceof copy/* TagConflictError */.P1) {
        return (0,errors/* inputError */.Xu)(constants/* Inputs */.G.Targets, raw(error.reference), `already points at ${error.existing}, not at the source's ${error.wanted}`, "set overwrite: true to move the tag, or promote under a new tag");
    }
    if (error instanceof copy/* ImmutableTagError */.zF) {
        return (0,errors/* inputError */.Xu)(constants/* Inputs */.G.Targets, raw(error.reference), `cannot be moved to the source's digest because the repository's tags are immutable (${error.message})${afterTags(error.tagPhase)}`, "promote under a new tag");
    }
    if (!(error instanceof copy/* CopyError */.k6))
        return error instanceof Error ? error : new Error(String(error));
    const input = error.side === "source" ? constants/* Inputs */.G.Source : constants/* Inputs */.G.Targets;
    const value = raw(error.reference);
    const cause = error.cause;
    const registry = error.reference.registry;
    const tags = afterTags(error.tagPhase);
    if (cause instanceof copy/* UnusableReferenceError */.RD)
        return (0,errors/* inputError */.Xu)(input, value, cause.message, cause.fix);
    if (cause instanceof src_errors/* UntrustedEndpointError */.Kf)
        return (0,errors/* inputError */.Xu)(input, value, `was refused: ${registry} ${cause.message}`, cause.fix);
    if (cause instanceof src_errors/* RegistryError */.gl) {
        const what = `HTTP ${cause.status}${cause.code ? ` ${cause.code}` : ""}`;
        if (cause.status === 401 || cause.status === 403) {
            return (0,errors/* inputError */.Xu)(input, value, `was denied by ${registry} (${what})${tags}`, "check the credentials for that registry (username/password, github-token, role-to-assume or a docker login) and their permissions");
        }
        if (cause.status === 404) {
            return error.side === "source"
                ? (0,errors/* inputError */.Xu)(input, value, `was not found in ${registry} (${what})`, "check the repository, tag or digest")
                : (0,errors/* inputError */.Xu)(input, value, `was refused by ${registry} (${what})${tags}`, "create the repository first");
        }
        if (cause.status === 408 || cause.status === 429 || cause.status >= 500) {
            // Retried already (bounded attempts and wait): the registry is failing, not the input.
            return new errors/* ServiceError */._7(`${registry} kept failing for ${input} ${(0,errors/* shownValue */.JJ)(value)}: ${cause.message}, on every retry${tags}; try again later, or check that registry's status.`);
        }
        if (cause.status >= 400 && cause.status < 500) {
            return (0,errors/* inputError */.Xu)(input, value, `was refused by ${registry} (${cause.message})${tags}`, "check the reference");
        }
    }
    if ((0,src_errors/* isMalformedResponse */.bx)(cause)) {
        return new errors/* ServiceError */._7(`${registry} answered ${input} ${(0,errors/* shownValue */.JJ)(value)} with a response that is not readable HTTP (${(0,src_errors/* messageOf */.bD)(cause)})${tags}; check the registry host, or the proxy in front of it.`);
    }
    if ((0,src_errors/* isConnectionRefused */.Xg)(cause) || (0,src_errors/* isNetworkError */.TX)(cause)) {
        return (0,errors/* inputError */.Xu)(input, value, `could not be reached at ${registry}${tags}`, "check the registry host and port");
    }
    if (cause instanceof src_errors/* IntegrityError */.cs) {
        return new errors/* ConfigurationError */.j1(`Input "${input}": ${(0,errors/* shownValue */.JJ)(value)} ${cause.message}${tags}.`);
    }
    return new Error(`${input} ${value}: ${error.message}${tags}`, { cause });
}
/** For a failure while tags were written: which tag, and what became of the tags written before it. */
function afterTags(tagPhase) {
    if (!tagPhase)
        return "";
    return ` when ${tagPhase.failedTag} was written, after all content was in place; ${(0,tag_plan/* describeRollback */.sR)(tagPhase.rollback)}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/markdown.ts
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

;// CONCATENATED MODULE: ./actions/promote-image/src/summary.ts

/** The step summary: one row per target. */
function renderSummary(result) {
    const rows = result.targets.map((t) => [
        t.reference,
        inlineCode(t.digest),
        t.platforms.join(", ") || "-",
        t.tagAction,
        String(t.copiedBlobs),
        String(t.mountedBlobs),
        String(t.skippedBlobs),
        formatBytes(t.copiedBytes),
        t.durationMs < 1000 ? `${Math.round(t.durationMs)} ms` : `${(t.durationMs / 1000).toFixed(1)} s`,
    ]);
    const note = result.dryRun ? "_dry run: nothing was written_\n\n" : "";
    return `${note}${table(["reference", "digest", "platforms", "tag", "blobs copied", "blobs mounted", "blobs skipped", "bytes", "time"], rows)}\n`;
}

;// CONCATENATED MODULE: ./actions/promote-image/src/run.ts





/** The action's logic: credentials per host (first match wins), then the promotion. */
async function run(inputs, deps) {
    (0,src_inputs/* requireBothOrNeither */.nB)(["username", inputs.username], ["password", inputs.password]);
    const authorize = (request) => deps.ecrLogin.authorize(request);
    const result = await promoteImage(inputs, {
        logger: deps.logger,
        mask: deps.mask,
        ...(deps.retry ? { retry: deps.retry } : {}),
        ...(deps.onBulkTransfer ? { onBulkTransfer: deps.onBulkTransfer } : {}),
        credentials: ({ targets }) => {
            const resolvers = [];
            if (inputs.username !== undefined && inputs.password !== undefined) {
                resolvers.push((0,credentials/* explicitCredentials */.Ve)(inputs.username, inputs.password, [...new Set(targets.map((t) => t.registry))]));
            }
            resolvers.push((0,credentials/* ecrCredentials */.dQ)(authorize));
            // With AWS configured, the registry GetAuthorizationToken names (its proxyEndpoint) is ECR
            // too, whatever its host name (a VPC endpoint, or the stand-in registry of the tests).
            if (inputs.awsRegion || inputs.roleToAssume)
                resolvers.push(defaultEcrRegistry(inputs.awsRegion, authorize));
            if (inputs.githubToken)
                resolvers.push((0,credentials/* githubTokenCredentials */.ZZ)(inputs.githubToken));
            resolvers.push((0,credentials/* dockerConfigCredentials */.D)({ env: deps.env, mask: deps.mask }));
            return (0,credentials/* chainResolvers */.fB)(...resolvers);
        },
    });
    const sum = (key) => result.targets.reduce((total, t) => total + t[key], 0);
    return {
        result,
        outputs: {
            [constants/* Outputs */.t.Digest]: result.digest,
            [constants/* Outputs */.t.Images]: JSON.stringify(result.targets.map((t) => t.image)),
            [constants/* Outputs */.t.CopiedBlobs]: sum("copiedBlobs"),
            [constants/* Outputs */.t.MountedBlobs]: sum("mountedBlobs"),
            [constants/* Outputs */.t.SkippedBlobs]: sum("skippedBlobs"),
            [constants/* Outputs */.t.CopiedBytes]: sum("copiedBytes"),
        },
        summary: `### promote-image\n\n${renderSummary(result)}`,
    };
}
function defaultEcrRegistry(region, authorize) {
    let answers;
    return async (registry) => {
        if ((0,ecr_host/* isEcrHost */.R5)(registry) || registry === "ghcr.io" || registry === "docker.io")
            return undefined;
        if (!region)
            return undefined;
        answers ??= authorize({ region, registryIds: [] });
        const found = (await answers).find((a) => a.registry === registry);
        return found ? { kind: "basic", username: found.username, password: found.password } : undefined;
    };
}


/***/ })

};
