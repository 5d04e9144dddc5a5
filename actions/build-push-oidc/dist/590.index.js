export const id = 590;
export const ids = [590];
export const modules = {

/***/ 590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./packages/process/src/environment.ts
/**
 * The child-environment policies of the suite, side by side: each names what a kind of child
 * gets from the step's environment.
 * - `childEnvironment`: the default of every Exec: all but the step's inputs and the OIDC request.
 * - `gitBaseEnvironment`: git talking to a GitHub remote (update-overlay): what git needs from the
 *   runner, proxies included, and nothing else (no other step's secrets).
 * - `terraformEnvironment`: terraform (drift-report): `childEnvironment` keeping the OIDC request
 *   (providers' use_oidc), never prompting.
 * - `releaseEnvironment` / `confineEnvironment`: semantic-release and the git it runs: all but the
 *   runner's plumbing and other git credentials.
 */
const OIDC_REQUEST = /^ACTIONS_ID_TOKEN_REQUEST_/;
const GIT_BASE_VARIABLES = (/* unused pure expression or super */ null && ([
    "PATH",
    "HOME",
    "LANG",
    "TMPDIR",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
]));
/** What git needs from the runner (PATH, HOME, locale, temp, proxies); nothing else. */
function gitBaseEnvironment(env) {
    return Object.fromEntries(GIT_BASE_VARIABLES.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]));
}
/**
 * The environment a child command gets: ours, minus the step's inputs (a password or token
 * input is an INPUT_* variable) and the OIDC request variables, which only a command that
 * asks for its own token needs: name those in `keep` (terraform providers' use_oidc does).
 */
function childEnvironment(env, options = {}) {
    const keep = new Set(options.keep ?? []);
    const result = {};
    for (const [key, value] of Object.entries(env)) {
        if (value === undefined || key.startsWith("INPUT_"))
            continue;
        if (OIDC_REQUEST.test(key) && !keep.has(key))
            continue;
        result[key] = value;
    }
    return result;
}
/** The OIDC request variables, for `childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES })`. */
const OIDC_REQUEST_VARIABLES = (/* unused pure expression or super */ null && (["ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"]));
/** `base` with `overrides` applied: a string sets a variable, undefined removes it. */
function withOverrides(base, overrides) {
    const result = { ...base };
    for (const [key, value] of Object.entries(overrides ?? {})) {
        if (value === undefined)
            delete result[key];
        else
            result[key] = value;
    }
    return result;
}
/**
 * The environment terraform runs with: the runner's minus the step's inputs (the GitHub token
 * is one), never prompting. The OIDC request variables stay: providers' use_oidc reads them.
 */
function terraformEnvironment(env) {
    return { TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES }) };
}
/**
 * Variables semantic-release, its bundled plugins and the git they run never read, which the
 * runner fills with credentials or plumbing:
 * - `INPUT_*`: the step's inputs, github-token among them (it is handed over as GITHUB_TOKEN);
 * - `ACTIONS_*`: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN (they mint OIDC tokens for the job: cloud
 *   credentials), ACTIONS_RUNTIME_TOKEN/_URL, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL (cache and
 *   artifact services);
 * - `STATE_*`: a post step's saved state;
 * - the other git credentials semantic-release would try for its pushes besides GITHUB_TOKEN
 *   (and GH_TOKEN, which the github plugin prefers to it): github-token is the one token used.
 */
const dropped = (/* unused pure expression or super */ null && ([/^INPUT_/, /^ACTIONS_/, /^STATE_/]));
const otherCredentials = new Set([
    "GH_TOKEN",
    "GIT_CREDENTIALS",
    "GL_TOKEN",
    "GITLAB_TOKEN",
    "BB_TOKEN",
    "BITBUCKET_TOKEN",
    "BB_TOKEN_BASIC_AUTH",
    "BITBUCKET_TOKEN_BASIC_AUTH",
]);
/**
 * Whether semantic-release gets a variable. Everything not dropped above is kept, notably what
 * env-ci reads to recognise the run (GITHUB_ACTIONS, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
 * GITHUB_REF, GITHUB_SHA, GITHUB_RUN_ID, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_WORKSPACE),
 * CI and RUNNER_*, what the github plugin reads (GITHUB_TOKEN, GH_URL/GITHUB_URL, GITHUB_API_URL,
 * GH_PREFIX, http_proxy/HTTP_PROXY), what git needs (HOME, PATH, GIT_*, SSH_AUTH_SOCK, proxy and
 * CA variables), and the workflow's own `env:`, which a release.config.js may read.
 */
function keptForRelease(name) {
    return !otherCredentials.has(name) && !dropped.some((pattern) => pattern.test(name));
}
/** `env` without the variables semantic-release does not get. */
function releaseEnvironment(env) {
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && keptForRelease(name))
            result[name] = value;
    }
    return result;
}
/**
 * Removes the same variables from `target` itself (the action's process.env, once its inputs
 * are read): semantic-release runs git through execa, which adds process.env to the environment
 * it is handed, and the plugins run in this process. Returns the names removed.
 */
function confineEnvironment(target) {
    const removed = Object.keys(target).filter((name) => !keptForRelease(name));
    for (const name of removed)
        delete target[name];
    return removed.sort();
}

// EXTERNAL MODULE: ./packages/action-kit/src/actions.ts + 8 modules
var actions = __webpack_require__(362);
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts


/**
 * The Exec port on @actions/exec, as the runner's own toolkit runs commands: the command line
 * and its output go to the job log live (none of it with `silent`). With a `logger`, output
 * lines go to it instead of straight to stdout. The child never sees the step's inputs nor
 * the OIDC request variables (`childEnvironment`). Output never goes to stdout raw: without a
 * `logger` it goes to the escaping actionsLogger, after a `[command]` line as @actions/exec writes.
 */
function actionsExec(given) {
    const logger = given ?? actions/* actionsLogger */.MV;
    return async (command, args, options = {}) => {
        if (given === undefined && !options.silent)
            logger.info(`[command]${[command, ...args].join(" ")}`);
        const env = {};
        for (const [key, value] of Object.entries(withOverrides(childEnvironment(process.env), options.env))) {
            if (value !== undefined)
                env[key] = value;
        }
        const toLogger = !options.silent;
        const stdline = (line) => {
            if (toLogger)
                logger.info(line);
            options.onStdoutLine?.(line);
        };
        const errline = (line) => {
            if (toLogger)
                logger.info(line);
            options.onStderrLine?.(line);
        };
        // Loaded at the first command, not at start (@actions/exec and @actions/io, ~45 KB).
        const { getExecOutput } = await __webpack_require__.e(/* import() */ 435).then(__webpack_require__.bind(__webpack_require__, 435));
        try {
            const { exitCode, stdout, stderr } = await getExecOutput(command, args, {
                cwd: options.cwd,
                env,
                input: options.stdin === undefined ? undefined : Buffer.from(options.stdin),
                ignoreReturnCode: true,
                silent: true,
                listeners: { stdline, errline },
            });
            return { exitCode, stdout, stderr };
        }
        catch (error) {
            // @actions/io's which() says "Unable to locate executable file" when nothing is on PATH.
            if (error instanceof Error && /Unable to locate executable file/.test(error.message)) {
                throw new Error(`${command} is not installed or not on PATH`);
            }
            throw error;
        }
    };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/oidc.ts
/**
 * The job's OIDC token, from @actions/core. A subpath module (`@platform/action-kit/oidc`):
 * @actions/core's index brings its HTTP client and undici (~1 MB, 240 KB gzipped), which only
 * the actions that ask for a token should carry in their dist, and load only when they ask.
 */
async function getIDToken(audience) {
    const { getIDToken } = await __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 461));
    return getIDToken(audience);
}

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(826);
;// CONCATENATED MODULE: ./packages/aws/src/failures.ts

const THROTTLING = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded"]);
/**
 * An AWS call that failed on AWS's side or on the way there: a server fault (5xx), throttling
 * the retries did not outlast, or no answer at all. Not the user's mistake and not a bug in the
 * suite, so one line (a ServiceError); anything else is left to the caller (undefined).
 */
function awsServiceFailure(error, what) {
    if (!(error instanceof Error))
        return undefined;
    const fields = error;
    const status = fields.$metadata?.httpStatusCode;
    const serverFault = fields.$fault === "server" || (status !== undefined && status >= 500);
    const throttled = THROTTLING.has(error.name) || status === 429;
    const noAnswer = status === undefined &&
        (error.name === "TimeoutError" || (typeof fields.code === "string" && /^E[A-Z]+$/.test(fields.code)));
    if (!serverFault && !throttled && !noAnswer)
        return undefined;
    const attempts = fields.$metadata?.attempts;
    const answer = status === undefined ? "no answer" : `HTTP ${status}`;
    return new errors/* ServiceError */._7(`AWS ${what} failed (${error.name}: ${(0,errors/* errorMessage */.gJ)(error)}; ${answer}${attempts ? `, after ${attempts} attempt${attempts === 1 ? "" : "s"}` : ""}); try again later, or check the AWS Health Dashboard.`, { cause: error });
}

;// CONCATENATED MODULE: ./packages/aws/src/jwt.ts
/**
 * Reads the claims of a JWT without verifying it: only to tell the user which `sub` and `aud`
 * a trust policy refused. The token itself (and its signature) is never shown.
 */
function decodeJwtClaims(token) {
    const payload = token.split(".")[1];
    if (payload === undefined)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
        return typeof claims === "object" && claims !== null ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
function describeTokenSubject(token) {
    const claims = decodeJwtClaims(token);
    if (claims === undefined)
        return "an undecodable token";
    const aud = Array.isArray(claims.aud) ? claims.aud.join(",") : String(claims.aud);
    return `sub ${JSON.stringify(String(claims.sub))} aud ${JSON.stringify(aud)}`;
}

;// CONCATENATED MODULE: ./packages/aws/src/retry.ts
/**
 * Throttling, or no answer at all (connection reset or refused, a timeout). An answer with
 * a 5xx status is the service failing, not the network: the SDK retries it by default.
 */
function isThrottlingOrNetworkError(info) {
    if (info.errorType === "THROTTLING")
        return true;
    const error = info.error;
    return info.errorType === "TRANSIENT" && error.$response === undefined && !error.$metadata?.httpStatusCode;
}
/**
 * The SDK's own standard retry strategy (exponential backoff with jitter, retry quota), refusing
 * a retry for anything but throttling and network errors: what the OIDC -> STS contract asks.
 * A refused retry makes the SDK throw the error it got.
 */
async function throttlingAndNetworkRetry(maxAttempts) {
    const { StandardRetryStrategy } = await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 375));
    const standard = new StandardRetryStrategy(maxAttempts);
    return {
        acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope),
        refreshRetryTokenForRetry: (token, info) => isThrottlingOrNetworkError(info)
            ? standard.refreshRetryTokenForRetry(token, info)
            : Promise.reject(new Error(`not retried: ${info.errorType}`)),
        recordSuccess: (token) => standard.recordSuccess(token),
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/ecr-host.ts
/**
 * Amazon ECR private registry hosts: the one rule every action uses to decide that a registry
 * is ECR (and so gets its login from GetAuthorizationToken). The forms are those AWS documents
 * for docker clients:
 * - `<account>.dkr.ecr.<region>.amazonaws.com` (and `.amazonaws.com.cn` in the China regions);
 * - FIPS: `<account>.dkr.ecr-fips.<region>.amazonaws.com`;
 * - dual-stack (IPv6): `<account>.dkr-ecr[-fips].<region>.on.aws`, and
 *   `.on.amazonwebservices.com.cn` in China.
 */
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-z0-9-]+)\.(amazonaws\.com|amazonaws\.com\.cn|on\.aws|on\.amazonwebservices\.com\.cn)$/;
/** A region code such as `eu-central-1`, `cn-north-1`, `us-gov-west-1` (its shape, not a list). */
function isAwsRegion(region) {
    return AWS_REGION.test(region);
}
/** An ECR registry host (a `:port` is allowed and ignored) -> its account and region; else undefined. */
function ecr_host_parseEcrHost(host) {
    const match = ECR_HOST.exec(host.toLowerCase().replace(/:\d+$/, ""));
    const [, accountId, fips, region, domain] = match ?? [];
    if (!accountId || !region || !domain || !isAwsRegion(region))
        return undefined;
    // The China partition's hosts name China regions only, and the others never do.
    if (domain.endsWith(".cn") !== region.startsWith("cn-"))
        return undefined;
    return { accountId, region, fips: fips !== undefined };
}
function isEcrHost(host) {
    return ecr_host_parseEcrHost(host) !== undefined;
}

;// CONCATENATED MODULE: ./packages/aws/src/fields.ts

/** fieldError for this package's fields. */
function awsFieldError(field, value, problem, fix) {
    return (0,errors/* fieldError */.$i)(field, value, problem, fix);
}

;// CONCATENATED MODULE: ./packages/aws/src/role.ts



const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/(?:[\u0021-\u007e]{0,510}\/)?[\w+=,.@-]{1,64}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ACCOUNT_ID = /^\d{12}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/**
 * An IAM role ARN from a role the user gave: a full ARN as is, or a bare role name in
 * `accountId` (the account of the ECR registry at hand), like configure-aws-credentials.
 */
function resolveRoleArn(roleOrName, accountId, partition = "aws") {
    const value = roleOrName.trim();
    if (value.startsWith("arn:")) {
        if (!ROLE_ARN.test(value)) {
            throw awsFieldError("role", value, "is not an IAM role ARN", "use arn:aws:iam::<12-digit account>:role/<name> or a bare role name");
        }
        return value;
    }
    if (!ROLE_NAME.test(value)) {
        throw awsFieldError("role", value, "is neither an IAM role ARN nor a role name", "use arn:aws:iam::<12-digit account>:role/<name> or a role name of letters, digits and +=,.@_-");
    }
    if (accountId === undefined || !ACCOUNT_ID.test(accountId)) {
        throw new errors/* FieldError */.bg("role", `${(0,errors/* shownValue */.JJ)(value)} is a bare role name and the AWS account is unknown; use the full role ARN (arn:aws:iam::<account>:role/<name>).`);
    }
    return `arn:${partition}:iam::${accountId}:role/${value}`;
}
/**
 * A RoleSessionName that shows in CloudTrail who assumed the role: the repository and the
 * run, sanitised to STS's alphabet and cut to 64 characters keeping the run id whole.
 */
function defaultSessionName(repository, runId) {
    const clean = (text) => text.replace(/[^\w+=,.@-]/g, "-");
    const suffix = `-${clean(runId)}`.slice(0, 40);
    const prefix = `GitHubActions-${clean(repository)}`.slice(0, 64 - suffix.length);
    return `${prefix}${suffix}`;
}
function validateSessionName(name) {
    if (!SESSION_NAME.test(name)) {
        throw awsFieldError("sessionName", name, "is not a valid role session name", "use 2 to 64 characters of letters, digits and +=,.@_-");
    }
}
function validateDurationSeconds(seconds) {
    if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200) {
        throw awsFieldError("durationSeconds", String(seconds), "is outside what STS accepts", "use a whole number of seconds from 900 to 43200 (and at most the role's maximum session duration)");
    }
}
function validateRegion(region) {
    if (!isAwsRegion(region)) {
        throw awsFieldError("region", region, "is not an AWS region", "use a region code such as eu-central-1");
    }
}

;// CONCATENATED MODULE: ./packages/aws/src/sts.ts





/** STS answers that mean the role's trust policy or the token is wrong: never worth a retry. */
const REFUSALS = new Set([
    "AccessDenied",
    "AccessDeniedException",
    "InvalidIdentityToken",
    "InvalidIdentityTokenException",
    "ExpiredTokenException",
    "IDPRejectedClaim",
    "IDPRejectedClaimException",
]);
/**
 * GitHub OIDC token -> STS AssumeRoleWithWebIdentity -> temporary credentials, each secret
 * masked the moment it exists. Throttling and network errors are retried by the SDK's own
 * standard retry strategy (exponential backoff with jitter); refusals and 5xx answers fail at once.
 */
async function assumeRoleWithOidc(options) {
    validateRegion(options.region);
    validateSessionName(options.sessionName);
    validateDurationSeconds(options.durationSeconds);
    const token = await fetchIdToken(options);
    options.mask(token);
    // Loaded on first use: the SDK costs ~100 ms of start-up that actions without AWS need not pay.
    const { AssumeRoleWithWebIdentityCommand, STSClient } = await __webpack_require__.e(/* import() */ 225).then(__webpack_require__.bind(__webpack_require__, 225));
    // AssumeRoleWithWebIdentity is unsigned (noAuth), so no ambient credentials are read.
    const client = new STSClient({
        region: options.region,
        retryStrategy: await throttlingAndNetworkRetry(options.maxAttempts ?? 5),
    });
    options.logger.info(`Assuming ${options.roleArn} as session ${options.sessionName} through GitHub OIDC`);
    try {
        const response = await client.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: options.roleArn,
            RoleSessionName: options.sessionName,
            WebIdentityToken: token,
            DurationSeconds: options.durationSeconds,
        }));
        const issued = response.Credentials;
        if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
            throw new Error("STS AssumeRoleWithWebIdentity answered without credentials");
        }
        options.mask(issued.AccessKeyId);
        options.mask(issued.SecretAccessKey);
        if (issued.SessionToken)
            options.mask(issued.SessionToken);
        const attempts = response.$metadata.attempts ?? 1;
        options.logger.info(`Assumed ${response.AssumedRoleUser?.Arn ?? options.roleArn}${attempts > 1 ? ` after ${attempts} attempts` : ""}`);
        return {
            accessKeyId: issued.AccessKeyId,
            secretAccessKey: issued.SecretAccessKey,
            ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
            ...(issued.Expiration ? { expiration: issued.Expiration } : {}),
        };
    }
    catch (error) {
        throw explainStsError(error, options.roleArn, token);
    }
    finally {
        client.destroy();
    }
}
async function fetchIdToken(options) {
    const env = options.env ?? process.env;
    try {
        return await options.getIdToken(options.audience);
    }
    catch (error) {
        // core.getIDToken's messages span lines; the step's failure is one line.
        const message = (0,errors/* errorMessage */.gJ)(error).replace(/\s+/g, " ").trim();
        // @actions/core says "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable" (or _TOKEN).
        const missing = !env.ACTIONS_ID_TOKEN_REQUEST_URL ||
            !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ||
            /Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message);
        if (missing) {
            throw new errors/* FieldError */.bg("role", `${(0,errors/* shownValue */.JJ)(options.roleArn)} needs a GitHub OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set for this job; grant the job "permissions: id-token: write" (pull requests from forks never get one).`);
        }
        throw new Error(`Could not get a GitHub OIDC token for audience ${JSON.stringify(options.audience)}: ${message}`);
    }
}
function explainStsError(error, roleArn, token) {
    const name = error instanceof Error ? error.name : "";
    if (REFUSALS.has(name)) {
        return new errors/* FieldError */.bg("role", `${JSON.stringify(roleArn)} refused the GitHub OIDC token with ${describeTokenSubject(token)} (${name}: ${(0,errors/* errorMessage */.gJ)(error)}); allow this sub and aud in the role's trust policy (token.actions.githubusercontent.com:sub and :aud).`);
    }
    if (name === "ValidationError") {
        return new errors/* FieldError */.bg("role", (nameOf) => `STS refused the request for ${JSON.stringify(roleArn)} (ValidationError: ${(0,errors/* errorMessage */.gJ)(error)}); check ${nameOf("role")}, ${nameOf("sessionName")} and ${nameOf("durationSeconds")}.`);
    }
    const outside = awsServiceFailure(error, `STS AssumeRoleWithWebIdentity for ${roleArn}`);
    if (outside)
        return outside;
    const attempts = error.$metadata?.attempts;
    return new Error(`STS AssumeRoleWithWebIdentity for ${roleArn} failed${attempts ? ` after ${attempts} attempts` : ""}: ${name ? `${name}: ` : ""}${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
}

;// CONCATENATED MODULE: ./packages/aws/src/ecr.ts




/** Loaded on first use: the SDK costs ~100 ms of start-up that actions without ECR need not pay. */
const loadEcr = () => __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 407));
async function ecrClient(options) {
    validateRegion(options.region);
    const { ECRClient } = await loadEcr();
    return new ECRClient({
        region: options.region,
        maxAttempts: options.maxAttempts ?? 5,
        retryMode: "standard",
        ...(options.credentials ? { credentials: options.credentials } : {}),
    });
}
/** Registry logins from GetAuthorizationToken; the password is masked before it is returned. */
async function getEcrAuthorization(options) {
    const client = await ecrClient(options);
    const { GetAuthorizationTokenCommand } = await loadEcr();
    try {
        const response = await client.send(new GetAuthorizationTokenCommand(options.registryIds?.length ? { registryIds: options.registryIds } : {}));
        const result = [];
        for (const data of response.authorizationData ?? []) {
            if (!data.authorizationToken || !data.proxyEndpoint)
                continue;
            options.mask(data.authorizationToken);
            const decoded = Buffer.from(data.authorizationToken, "base64").toString("utf8");
            const colon = decoded.indexOf(":");
            if (colon < 1)
                throw new Error("ECR GetAuthorizationToken returned a token that is not user:password");
            const password = decoded.slice(colon + 1);
            options.mask(password);
            const endpoint = data.proxyEndpoint;
            const registry = new URL(endpoint.includes("://") ? endpoint : `https://${endpoint}`).host;
            options.logger.debug(`ECR authorization for ${registry}`);
            result.push({
                registry,
                endpoint,
                username: decoded.slice(0, colon),
                password,
                ...(data.expiresAt ? { expiresAt: data.expiresAt } : {}),
            });
        }
        if (result.length === 0)
            throw new Error("ECR GetAuthorizationToken returned no authorization data");
        return result;
    }
    catch (error) {
        throw explainEcrError(error, "GetAuthorizationToken");
    }
    finally {
        client.destroy();
    }
}
/**
 * Makes sure an ECR repository exists. A created one gets immutable tags (a released tag can
 * never be moved) and scan on push.
 */
async function ensureEcrRepository(options) {
    const client = await ecrClient(options);
    const { CreateRepositoryCommand, DescribeRepositoriesCommand } = await loadEcr();
    const registryId = options.registryId ? { registryId: options.registryId } : {};
    try {
        try {
            await client.send(new DescribeRepositoriesCommand({ ...registryId, repositoryNames: [options.name] }));
            return "exists";
        }
        catch (error) {
            if (!(error instanceof Error) || error.name !== "RepositoryNotFoundException")
                throw error;
        }
        if (!options.create) {
            throw new errors/* FieldError */.bg("createRepository", (nameOf) => `the ECR repository ${JSON.stringify(options.name)} does not exist in ${options.region}; create it, or set ${nameOf("createRepository")}: true.`);
        }
        try {
            await client.send(new CreateRepositoryCommand({
                ...registryId,
                repositoryName: options.name,
                imageTagMutability: "IMMUTABLE",
                imageScanningConfiguration: { scanOnPush: true },
            }));
        }
        catch (error) {
            // Another job created it in between: that is what we wanted.
            if (error instanceof Error && error.name === "RepositoryAlreadyExistsException")
                return "exists";
            throw error;
        }
        options.logger.info(`Created ECR repository ${options.name} (immutable tags, scan on push)`);
        return "created";
    }
    catch (error) {
        if (error instanceof Error && error.name === "InvalidParameterException") {
            throw awsFieldError("repository", options.name, "is not a valid ECR repository name", "use lowercase letters and digits separated by . _ - or /");
        }
        throw explainEcrError(error, `repository ${options.name}`);
    }
    finally {
        client.destroy();
    }
}
function explainEcrError(error, what) {
    if (error instanceof errors/* ConfigurationError */.j1)
        return error;
    const name = error instanceof Error ? error.name : "";
    if (name === "AccessDeniedException") {
        return new errors/* ConfigurationError */.j1(`ECR refused ${what} (AccessDeniedException: ${(0,errors/* errorMessage */.gJ)(error)}); grant the role assumed the ECR permissions it needs.`);
    }
    if (name === "InvalidParameterException") {
        return new errors/* ConfigurationError */.j1(`ECR refused ${what} (InvalidParameterException: ${(0,errors/* errorMessage */.gJ)(error)}).`);
    }
    return (awsServiceFailure(error, `ECR ${what}`) ??
        new Error(`ECR ${what} failed: ${name ? `${name}: ` : ""}${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error }));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/action-kit/src/inputs.ts
var src_inputs = __webpack_require__(200);
;// CONCATENATED MODULE: ./packages/aws/src/ecr-login.ts



/** GitHub's documented audience for AWS's OIDC provider: what the role's trust policy expects by default. */
const STS_AUDIENCE = "sts.amazonaws.com";
/** The role session's length: an hour, the shortest every role allows and enough for one job's pushes. */
const ROLE_SESSION_SECONDS = 3600;
/**
 * The one ECR login of the suite: GitHub OIDC token -> STS -> GetAuthorizationToken, each
 * step cached per region (a promotion touching three registries in one region asks once),
 * every secret masked the moment it exists. build-push-oidc, promote-image and promote use it.
 */
function createEcrLogin(options) {
    const api = {
        assumeRoleWithOidc: options.api?.assumeRoleWithOidc ?? assumeRoleWithOidc,
        getEcrAuthorization: options.api?.getEcrAuthorization ?? getEcrAuthorization,
    };
    const assumed = new Map();
    const authorized = new Map();
    const credentials = (region, accountId) => {
        const role = options.role;
        if (!role)
            return Promise.resolve(undefined);
        const stsRegion = options.stsRegion ?? region;
        let pending = assumed.get(stsRegion);
        if (!pending) {
            // Async, so that a role name that cannot be resolved rejects like any other failure.
            pending = (async () => api.assumeRoleWithOidc({
                region: stsRegion,
                roleArn: resolveRoleArn(role, accountId),
                sessionName: options.sessionName,
                durationSeconds: options.durationSeconds ?? ROLE_SESSION_SECONDS,
                audience: options.audience ?? STS_AUDIENCE,
                getIdToken: options.getIdToken,
                mask: options.mask,
                logger: options.logger,
            }))();
            assumed.set(stsRegion, pending);
        }
        return pending;
    };
    const authorize = (request) => {
        const registryIds = request.registryIds ?? [];
        const key = `${request.region}/${registryIds.join(",")}`;
        let pending = authorized.get(key);
        if (!pending) {
            pending = credentials(request.region, registryIds[0]).then((assumedCredentials) => api.getEcrAuthorization({
                region: request.region,
                ...(assumedCredentials ? { credentials: assumedCredentials } : {}),
                ...(registryIds.length ? { registryIds } : {}),
                mask: options.mask,
                logger: options.logger,
            }));
            authorized.set(key, pending);
        }
        return pending;
    };
    return { credentials, authorize };
}
/** One login per role, made on first use: for promote, whose environments each name their own role. */
function ecrLoginPerRole(options) {
    const logins = new Map();
    return (role) => {
        const login = logins.get(role) ?? createEcrLogin({ ...options, role });
        logins.set(role, login);
        return login;
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts
const reference_DOCKER_HUB = "docker.io";
/** Docker Hub's other names, folded into DOCKER_HUB wherever a registry is compared. */
const DOCKER_HUB_ALIASES = ["index.docker.io", "docker.io", "registry-1.docker.io"];
const GHCR = "ghcr.io";
const alphaNumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const PATH_COMPONENT = new RegExp(`^${pathComponent}$`);
const DOMAIN = new RegExp(`^${domain}$`);
const NAME = new RegExp(`^(?:${domain}/)?${pathComponent}(?:/${pathComponent})*$`);
/** The distribution spec's limit for `host/path` (docker refuses longer names too). */
const MAX_NAME_LENGTH = 255;
// A registry host as a user writes one on its own: a name with a dot, localhost, an IPv6
// literal, or a single label with a port (`registry:5000`); a port of up to five digits.
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const REGISTRY_HOST = new RegExp(`^(?:localhost|${LABEL}(?:\\.${LABEL})+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$|^${LABEL}:\\d{1,5}$`);
// The distribution spec's tag grammar.
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
function isTag(value) {
    return TAG.test(value);
}
/** One component of a repository path: lower-case letters and digits joined by . _ __ or dashes. */
function isRepositoryComponent(value) {
    return PATH_COMPONENT.test(value);
}
/** A name without tag or digest: `[host[:port]/]path`, at most 255 characters. */
function isImageName(value) {
    return value.length <= MAX_NAME_LENGTH && NAME.test(value);
}
/** A registry host as written (with port); never one in the link-local/metadata range. */
function isRegistryHost(value) {
    return REGISTRY_HOST.test(value) && !isLinkLocalHost(value.replace(/:\d{1,5}$/, ""));
}
/**
 * 169.254.0.0/16 (IPv4 link-local: the cloud metadata and credential endpoints), fe80::/10 and
 * AWS's fd00:ec2::254: never a registry, and a request there with a token could read the
 * runner's cloud credentials. Accepts a bare host or host:port, IPv6 in brackets or not.
 */
function isLinkLocalHost(hostname) {
    let host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    try {
        // WHATWG URL canonicalises what a connection would use: 2852039166 and 0xa9.0xfe.0xa9.0xfe are 169.254.169.254.
        host = new URL(`http://${host.includes(":") ? `[${host}]` : host}/`).hostname.replace(/^\[|\]$/g, "");
    }
    catch {
        // Not a URL host at all: the registry grammar refuses it elsewhere.
    }
    return (/^169\.254\.\d+\.\d+$/.test(host) ||
        /^::ffff:(169\.254\.|a9fe:)/.test(host) ||
        /^fe[89ab][0-9a-f]?:/.test(host) ||
        /^fd00:ec2:(0*:)*:?0*254$/.test(host));
}
/** `host` or `host:port` without the port (IPv6 stays in brackets). */
function hostOf(registry) {
    return registry.replace(/:\d+$/, "");
}
class InvalidReferenceError extends (/* unused pure expression or super */ null && (Error)) {
    name = "InvalidReference";
}
/**
 * Parses and normalises; throws InvalidReference naming what is wrong. Without a tag or
 * digest the tag is `latest`, unless `defaultTag` is false (a target takes the source's tag).
 */
function parseReference(input, options = {}) {
    const value = input.trim();
    if (value === "")
        throw new InvalidReferenceError("is empty");
    let rest = value;
    let digest;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new InvalidReferenceError(`has a malformed digest "${digest}"`);
        if (digest.startsWith("sha256:") && !SHA256.test(digest)) {
            throw new InvalidReferenceError(`has a malformed sha256 digest "${digest}" (64 lower-case hex digits expected)`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf("/");
    const colon = rest.lastIndexOf(":");
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            throw new InvalidReferenceError(`has an invalid tag "${tag}"`);
    }
    let registry = reference_DOCKER_HUB;
    let repository = rest;
    const slash = rest.indexOf("/");
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
            registry = first;
            repository = rest.slice(slash + 1);
            if (!DOMAIN.test(registry))
                throw new InvalidReferenceError(`has an invalid registry host "${registry}"`);
            if (isLinkLocalHost(hostOf(registry))) {
                throw new InvalidReferenceError(`names a registry in the link-local/metadata range ("${registry}"), where no registry runs`);
            }
        }
    }
    if (DOCKER_HUB_ALIASES.includes(registry))
        registry = reference_DOCKER_HUB;
    if (registry === reference_DOCKER_HUB && !repository.includes("/"))
        repository = `library/${repository}`;
    if (!PATH.test(repository)) {
        throw new InvalidReferenceError(`has an invalid repository name "${repository}" (lower-case letters, digits, . _ - and /)`);
    }
    if (`${registry}/${repository}`.length > MAX_NAME_LENGTH)
        throw new InvalidReferenceError("has a name longer than 255 characters");
    if (!tag && !digest && options.defaultTag !== false)
        tag = "latest";
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}
function formatRepository(repo) {
    return `${repo.registry}/${repo.repository}`;
}
/** The base URL of a registry's API: Docker Hub's endpoint, plain HTTP on loopback. */
function registryEndpoint(registry) {
    if (registry === reference_DOCKER_HUB)
        return "https://registry-1.docker.io";
    const host = registry.replace(/:\d+$/, "");
    const loopback = host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
    return `${loopback ? "http" : "https"}://${registry}`;
}

;// CONCATENATED MODULE: ./packages/oci/src/media-types.ts
/** Manifest and blob media types the engine recognises (OCI image spec 1.1, Docker schema 2). */
const MediaType = {
    OciIndex: "application/vnd.oci.image.index.v1+json",
    OciManifest: "application/vnd.oci.image.manifest.v1+json",
    OciEmpty: "application/vnd.oci.empty.v1+json",
    DockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
    DockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
    DockerManifestV1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws",
};
const INDEX_TYPES = [MediaType.OciIndex, MediaType.DockerManifestList];
/** What we ask a registry for: every manifest kind we can copy, so nothing is converted. */
const MANIFEST_ACCEPT = [
    MediaType.OciIndex,
    MediaType.DockerManifestList,
    MediaType.OciManifest,
    MediaType.DockerManifest,
].join(", ");
function isIndex(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./packages/oci/src/digest.ts

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(data).digest("hex")}`;
}
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** `sha256:abc` -> `sha256-abc`: the tag scheme of the referrers fallback and cosign. */
function digestTag(digest) {
    return digest.replace(":", "-");
}

;// CONCATENATED MODULE: ./packages/oci/src/index-builder.ts


/**
 * An OCI image index over per-platform manifests (what build-push-oidc pushes after its
 * per-platform builds). The bytes are returned so the caller puts exactly what it hashed.
 */
function buildIndex(manifests, options = {}) {
    const mediaType = options.mediaType ?? MediaType.OciIndex;
    const index = {
        schemaVersion: 2,
        mediaType,
        manifests: manifests.map((m) => ({
            mediaType: m.mediaType,
            digest: m.digest,
            size: m.size,
            platform: m.platform,
            ...(m.annotations ? { annotations: m.annotations } : {}),
        })),
        ...(options.annotations ? { annotations: options.annotations } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(index));
    return { bytes, digest: sha256Digest(bytes), mediaType, size: bytes.length };
}

;// CONCATENATED MODULE: ./packages/build/src/fields.ts

/** fieldError for this package's fields. */
function buildFieldError(field, value, problem, fix) {
    return (0,errors/* fieldError */.$i)(field, value, problem, fix);
}

;// CONCATENATED MODULE: ./packages/oci/src/platforms.ts
// Go's GOOS/GOARCH values (what docker, buildkit and the OCI image spec use); a typo such
// as linux/amd65 must fail here rather than after a long build.
const OPERATING_SYSTEMS = new Set(["linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "illumos", "solaris"]);
const ARCHITECTURES = new Set([
    "amd64",
    "arm64",
    "arm",
    "386",
    "ppc64le",
    "ppc64",
    "s390x",
    "riscv64",
    "mips64le",
    "mips64",
    "mipsle",
    "mips",
    "loong64",
]);
const VARIANTS = {
    arm: new Set(["v5", "v6", "v7", "v8"]),
    arm64: new Set(["v8", "v8.1", "v8.2", "v8.3", "v8.4", "v8.5", "v9", "v9.1", "v9.2", "v9.3", "v9.4", "v9.5"]),
    amd64: new Set(["v1", "v2", "v3", "v4"]),
};
const PLATFORM_FIX = "use os/arch[/variant], e.g. linux/amd64, linux/arm64 or linux/arm/v7";
/** What is wrong with a platform (`reason`), in this package's terms; the action names its input. */
class InvalidPlatformError extends Error {
    name = "InvalidPlatform";
    value;
    reason;
    constructor(value, reason) {
        super(`${JSON.stringify(value)} ${reason}; ${PLATFORM_FIX}`);
        this.value = value;
        this.reason = reason;
    }
}
function formatPlatform(platform) {
    if (!platform)
        return "";
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
/** Parses `os/arch[/variant]`; throws InvalidPlatformError saying what is wrong. */
function parsePlatform(value) {
    const parts = value.split("/");
    const [os = "", architecture = "", variant] = parts;
    if (parts.length < 2 || parts.length > 3 || !OPERATING_SYSTEMS.has(os)) {
        throw new InvalidPlatformError(value, "is not a known platform");
    }
    if (!ARCHITECTURES.has(architecture)) {
        throw new InvalidPlatformError(value, `has an unknown architecture "${architecture}"`);
    }
    if (variant !== undefined && !VARIANTS[architecture]?.has(variant)) {
        throw new InvalidPlatformError(value, `has an unknown variant "${variant}" for ${architecture}`);
    }
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

;// CONCATENATED MODULE: ./packages/build/src/platforms.ts



/** Parses `os/arch[/variant]` (@platform/oci's rule); `field` says which value it came from. */
function platforms_parsePlatform(value, field = "platforms") {
    try {
        return parsePlatform(value);
    }
    catch (error) {
        if (error instanceof InvalidPlatformError)
            throw buildFieldError(field, value, error.reason, PLATFORM_FIX);
        throw error;
    }
}
/** Parses and de-duplicates a platform list, keeping the order given. */
function parsePlatforms(values, field = "platforms") {
    if (values.length === 0)
        throw buildFieldError(field, "", "is empty", "name at least one platform, e.g. linux/amd64");
    const seen = new Map();
    for (const value of values) {
        const platform = platforms_parsePlatform(value, field);
        seen.set(formatPlatform(platform), platform);
    }
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./packages/build/src/assemble.ts



const assemble_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** `platformDigests`: one `<os>/<arch>[/<variant>]=sha256:<hex>` per line, each platform once. */
function parsePlatformDigests(lines) {
    const field = "platformDigests";
    const seen = new Set();
    return lines.map((line) => {
        const at = line.indexOf("=");
        const digest = at < 0 ? "" : line.slice(at + 1).trim();
        if (at < 0 || !assemble_DIGEST.test(digest)) {
            throw buildFieldError(field, line, "is not <platform>=sha256:<64 hex>", "one line per platform, e.g. linux/arm64=sha256:…");
        }
        const platform = platforms_parsePlatform(line.slice(0, at).trim(), field);
        const name = formatPlatform(platform);
        if (seen.has(name))
            throw buildFieldError(field, line, `names ${name} twice`, "give each platform once");
        seen.add(name);
        return { platform, digest };
    });
}
const samePlatform = (a, b) => a !== undefined && a.os === b.os && a.architecture === b.architecture && (a.variant ?? "") === (b.variant ?? "");
/**
 * One OCI index over images other jobs pushed to `repository` by digest (one per platform, on
 * their native runners), written under every tag. Each digest is read from the registry first:
 * a missing one fails before any tag is written. A digest that is itself an index (buildx
 * pushes one with attestations) contributes its manifest for that platform.
 */
async function assembleIndex(store, repository, tags, parts, logger) {
    const children = [];
    for (const { platform, digest } of parts) {
        let manifest;
        try {
            manifest = await store.getManifest(repository, digest);
        }
        catch (error) {
            throw buildFieldError("platformDigests", `${formatPlatform(platform)}=${digest}`, `is not in ${repository} (${error instanceof Error ? error.message : String(error)})`, "give the digests the per-platform jobs pushed to this image");
        }
        if (!isIndex(manifest.mediaType)) {
            children.push({ mediaType: manifest.mediaType, digest, size: manifest.bytes.byteLength, platform });
            continue;
        }
        const inner = JSON.parse(Buffer.from(manifest.bytes).toString("utf8")).manifests ?? [];
        const match = inner.find((entry) => samePlatform(entry.platform, platform));
        if (!match) {
            throw buildFieldError("platformDigests", `${formatPlatform(platform)}=${digest}`, `is an index with no ${formatPlatform(platform)} image`, "give the digest the job for that platform pushed");
        }
        children.push({ mediaType: match.mediaType, digest: match.digest, size: match.size, platform });
    }
    const index = buildIndex(children, { mediaType: MediaType.OciIndex });
    for (const tag of tags) {
        await store.putManifest(repository, tag, index.bytes, index.mediaType);
        logger.info(`Tagged ${repository}:${tag} -> ${index.digest}`);
    }
    return { digest: index.digest, bytes: index.size + children.reduce((sum, child) => sum + child.size, 0) };
}

;// CONCATENATED MODULE: ./packages/build/src/labels.ts

/** `key=value` lines (an empty value is allowed); the key must be a plain word. */
function parseKeyValueLines(field, lines) {
    return lines.map((line) => {
        const at = line.indexOf("=");
        const key = at < 0 ? "" : line.slice(0, at).trim();
        if (at <= 0 || !/^[A-Za-z0-9_.\-/]+$/.test(key)) {
            throw buildFieldError(field, line, "is not KEY=value", "write one KEY=value per line");
        }
        return [key, line.slice(at + 1)];
    });
}
/**
 * The OCI annotations every image gets (the ones docker/metadata-action fills in), then
 * the user's labels, which win on the same key.
 */
function ociLabels(context, userLabels) {
    const labels = {
        "org.opencontainers.image.source": `${context.serverUrl.replace(/\/+$/, "")}/${context.repository}`,
        "org.opencontainers.image.revision": context.sha,
        "org.opencontainers.image.version": context.version,
        "org.opencontainers.image.created": context.created.toISOString(),
        "org.opencontainers.image.title": context.title,
    };
    for (const [key, value] of userLabels)
        labels[key] = value;
    return labels;
}

;// CONCATENATED MODULE: ./packages/build/src/registry.ts


/** `ecr`, `ghcr`, `dockerhub`, or a registry host such as `registry.example.com:5000`. */
function parseRegistry(value) {
    switch (value) {
        case "ecr":
            return { kind: "ecr" };
        case "ghcr":
            return { kind: "ghcr", host: GHCR };
        case "dockerhub":
            return { kind: "dockerhub", host: reference_DOCKER_HUB };
    }
    if (isRegistryHost(value))
        return { kind: "host", host: value.toLowerCase() };
    throw buildFieldError("registry", value, "is not a known registry kind or a registry host (link-local and metadata addresses are refused)", "use ecr, ghcr, dockerhub or a host such as registry.example.com[:port] (no scheme, no path)");
}
/** `dev-backend`, `team/app` or a full name such as `registry.example.com/team/app`; no tag. */
function parseImage(value) {
    const fix = (nameOf) => `give a repository such as dev-backend or team/app, without tag or digest (tags go in "${nameOf("tags")}")`;
    if (value.length > MAX_NAME_LENGTH) {
        throw buildFieldError("image", value, `is ${value.length} characters long`, (nameOf) => `${fix(nameOf)}; at most ${MAX_NAME_LENGTH}`);
    }
    if (value.includes("@") || /:[^/]*$/.test(value.replace(/^[^/]*\//, ""))) {
        throw buildFieldError("image", value, "carries a tag or digest", fix);
    }
    const parts = value.split("/");
    const first = parts[0] ?? "";
    const hasHost = parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
    const pathParts = hasHost ? parts.slice(1) : parts;
    if (pathParts.length === 0 || !pathParts.every(isRepositoryComponent)) {
        throw buildFieldError("image", value, "is not a valid repository name", (nameOf) => `${fix(nameOf)}; lower-case letters, digits, . _ - and /`);
    }
    if (hasHost && !isRegistryHost(first))
        throw buildFieldError("image", value, "starts with an invalid host", fix);
    return hasHost ? { host: first.toLowerCase(), path: pathParts.join("/") } : { path: pathParts.join("/") };
}
/**
 * The repository to push to, `host/path`. ghcr and Docker Hub need a namespace: a bare
 * name goes under the repository owner (ghcr) or the user name (Docker Hub).
 */
function repositoryFor(spec, registryHost, image, context) {
    if (image.host && image.host !== registryHost) {
        throw buildFieldError("image", `${image.host}/${image.path}`, (nameOf) => `names the host ${image.host} but ${nameOf("registry")} "${spec.kind === "host" ? registryHost : spec.kind}" logs in to ${registryHost}`, "give the image without host, or the host of the registry");
    }
    let path = image.path;
    if (!path.includes("/")) {
        if (spec.kind === "ghcr")
            path = `${context.owner.toLowerCase()}/${path}`;
        if (spec.kind === "dockerhub" && context.username)
            path = `${context.username.toLowerCase()}/${path}`;
    }
    return `${registryHost}/${path}`;
}

;// CONCATENATED MODULE: ./packages/build/src/tags.ts


const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]*)\s*\}\}/g;
const PLACEHOLDERS = ["version", "major", "minor", "patch", "sha", "sha7", "run_number", "branch"];
/** The branch from the runner's variables: the head branch of a pull request, else the pushed branch. */
function branchFromEnvironment(env) {
    if (env.GITHUB_HEAD_REF)
        return env.GITHUB_HEAD_REF;
    const ref = env.GITHUB_REF ?? "";
    return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
}
/**
 * A branch name as a tag: runs of characters a tag cannot hold become one dash, leading
 * dots and dashes go (a tag must start with a letter, digit or underscore), and the
 * result is cut to the 128 characters a tag may have.
 */
function sanitizeBranch(branch) {
    return branch
        .replace(/[^A-Za-z0-9_.-]+/g, "-")
        .replace(/^[.-]+/, "")
        .slice(0, 128)
        .replace(/[.-]+$/, "");
}
/** The templates used when `tags` is empty. */
function defaultTagTemplates(version) {
    return version ? ["{{version}}", "sha-{{sha7}}"] : ["sha-{{sha7}}"];
}
function placeholderValue(name, template, context) {
    const missing = (why, fix) => buildFieldError("tags", template, `uses {{${name}}} but ${why}`, fix);
    const semver = () => {
        if (!context.version)
            throw missing("no version is given", (nameOf) => `set "${nameOf("version")}", e.g. v1.2.3`);
        const match = SEMVER.exec(context.version);
        if (!match)
            throw missing(`version "${context.version}" is not semantic (v1.2.3)`, "give a semantic version");
        return match;
    };
    switch (name) {
        case "version":
            if (!context.version) {
                throw missing("no version is given", (nameOf) => `set "${nameOf("version")}" or remove the template`);
            }
            return context.version;
        case "major":
            return semver()[1] ?? "";
        case "minor":
            return semver()[2] ?? "";
        case "patch":
            return semver()[3] ?? "";
        case "sha":
            return context.sha;
        case "sha7":
            return context.sha.slice(0, 7);
        case "run_number":
            return context.runNumber;
        case "branch": {
            const branch = context.branch === undefined ? "" : sanitizeBranch(context.branch);
            if (!branch)
                throw missing("this run is not on a branch", "use {{branch}} only in branch and pull request runs");
            return branch;
        }
        default:
            throw buildFieldError("tags", template, `uses the unknown placeholder {{${name}}}`, `use ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`);
    }
}
/**
 * Renders each template; a result that is not a valid tag is an error naming the template,
 * never silently rewritten. Duplicates collapse, keeping the first occurrence's order.
 */
function renderTags(templates, context) {
    const tags = [];
    for (const template of templates) {
        const tag = template.replace(PLACEHOLDER, (_, name) => placeholderValue(name, template, context));
        if (tag.includes("{{") || tag.includes("}}")) {
            throw buildFieldError("tags", template, "has an unclosed or malformed placeholder", "write placeholders as {{name}}");
        }
        if (!isTag(tag)) {
            throw buildFieldError("tags", template, `renders to "${tag}", which is not a valid tag`, "a tag is 1-128 characters of letters, digits, _ . - and starts with a letter, digit or _");
        }
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return tags;
}

;// CONCATENATED MODULE: ./packages/build/src/plan.ts











function refuseWith(kind, fields) {
    for (const [name, value] of Object.entries(fields)) {
        if (value !== undefined) {
            throw buildFieldError(name, name === "password" ? "***" : value, (nameOf) => `does not apply to ${nameOf("registry")} "${kind}"`, (nameOf) => `remove "${nameOf(name)}"`);
        }
    }
}
/** The defaults action.yml gives the ECR inputs: the runner always passes them, so only another value counts as set. */
const ECR_DEFAULTS = { audience: STS_AUDIENCE, roleDurationSeconds: ROLE_SESSION_SECONDS, createRepository: false };
function awsOnly(inputs) {
    const changed = (value, fallback) => (value === fallback ? undefined : String(value));
    return {
        roleToAssume: inputs.roleToAssume,
        awsRegion: inputs.awsRegion,
        roleSessionName: inputs.roleSessionName,
        audience: changed(inputs.audience, ECR_DEFAULTS.audience),
        roleDurationSeconds: changed(inputs.roleDurationSeconds, ECR_DEFAULTS.roleDurationSeconds),
        createRepository: changed(inputs.createRepository, ECR_DEFAULTS.createRepository),
    };
}
/**
 * A full image name for ECR must name an ECR host in the AWS region: refused now rather than after
 * STS and ECR have answered. Returns the account of that host (a bare role name lives there,
 * and a registry of another account is asked for by id).
 */
function ecrAccountOfImage(image, region) {
    if (!image.host)
        return undefined;
    const name = `${image.host}/${image.path}`;
    const host = ecr_host_parseEcrHost(image.host);
    if (!host) {
        throw buildFieldError("image", name, `names the host ${image.host}, which is not an Amazon ECR registry`, "give the repository alone (ECR's host is prefixed) or <account>.dkr.ecr.<region>.amazonaws.com/<repository>");
    }
    if (host.region !== region) {
        throw buildFieldError("image", name, (nameOf) => `is in ${host.region} but ${nameOf("awsRegion")} is ${region}`, (nameOf) => `set ${nameOf("awsRegion")} to the registry's region`);
    }
    return host.accountId;
}
function planCredentials(inputs, registry, image, runner) {
    switch (registry.kind) {
        case "ecr": {
            refuseWith("ecr", { username: inputs.username, password: inputs.password });
            if (!inputs.awsRegion) {
                throw buildFieldError("awsRegion", "", (nameOf) => `is required for ${nameOf("registry")}: ecr`, (nameOf) => `set it, e.g. ${nameOf("awsRegion")}: eu-central-1`);
            }
            validateRegion(inputs.awsRegion);
            if (!inputs.roleToAssume) {
                throw buildFieldError("roleToAssume", "", (nameOf) => `is required for ${nameOf("registry")}: ecr`, "set the ARN of the role to assume");
            }
            // A bare role name lives in the account of the image's ECR host, when the image names one.
            const account = ecrAccountOfImage(image, inputs.awsRegion);
            const roleArn = resolveRoleArn(inputs.roleToAssume, account);
            const sessionName = inputs.roleSessionName ?? defaultSessionName(runner.repository, runner.runId);
            validateSessionName(sessionName);
            validateDurationSeconds(inputs.roleDurationSeconds);
            if (!inputs.audience)
                throw buildFieldError("audience", "", "is empty", "leave it unset for sts.amazonaws.com");
            const ecr = {
                region: inputs.awsRegion,
                roleArn,
                sessionName,
                audience: inputs.audience,
                durationSeconds: inputs.roleDurationSeconds,
                createRepository: inputs.createRepository,
                ...(account ? { registryId: account } : {}),
            };
            return { ecr };
        }
        case "ghcr": {
            refuseWith("ghcr", { ...awsOnly(inputs), password: inputs.password });
            if (!inputs.githubToken) {
                throw buildFieldError("githubToken", "", (nameOf) => `is required for ${nameOf("registry")}: ghcr`, "pass ${{ github.token }} with packages: write");
            }
            return { login: { username: inputs.username ?? runner.actor, password: inputs.githubToken } };
        }
        case "dockerhub":
        case "host": {
            refuseWith(registry.kind === "host" ? (registry.host ?? "host") : "dockerhub", awsOnly(inputs));
            (0,src_inputs/* requireBothOrNeither */.nB)(["username", inputs.username], ["password", inputs.password]);
            if (registry.kind === "dockerhub" && !inputs.username) {
                throw buildFieldError("username", "", (nameOf) => `is required for ${nameOf("registry")}: dockerhub`, (nameOf) => `give ${nameOf("username")} and ${nameOf("password")} (an access token)`);
            }
            return inputs.username && inputs.password
                ? { login: { username: inputs.username, password: inputs.password } }
                : {};
        }
    }
}
/**
 * Validates every input and the combinations between them, renders the tags and labels,
 * and checks the Dockerfile exists: a user's mistake fails here, in one line, before any
 * credential is requested or anything is built or pushed.
 */
function planBuild(inputs, runner) {
    const registry = parseRegistry(inputs.registry);
    const image = parseImage(inputs.image);
    const credentials = planCredentials(inputs, registry, image, runner);
    const assemble = inputs.platformDigests && inputs.platformDigests.length > 0
        ? parsePlatformDigests(inputs.platformDigests)
        : undefined;
    if (assemble && !inputs.push) {
        throw buildFieldError("push", "false", (nameOf) => `leaves nothing to do with ${nameOf("platformDigests")}`, (nameOf) => `remove ${nameOf("push")}: false`);
    }
    const platforms = assemble ? assemble.map((part) => part.platform) : parsePlatforms(inputs.platforms);
    const buildArgs = parseKeyValueLines("buildArgs", inputs.buildArgs);
    const userLabels = parseKeyValueLines("labels", inputs.labels);
    const templates = inputs.tags.length > 0 ? inputs.tags : defaultTagTemplates(inputs.version);
    const branch = branchFromEnvironment({ GITHUB_HEAD_REF: runner.headRef, GITHUB_REF: runner.ref });
    const tags = renderTags(templates, {
        sha: runner.sha,
        runNumber: runner.runNumber,
        ...(inputs.version ? { version: inputs.version } : {}),
        ...(branch ? { branch } : {}),
    });
    // Without buildx each platform is pushed under `<first tag>-<os>-<arch>` first (docker
    // push needs a tag): refuse now a tag that would be too long later.
    const first = tags[0] ?? "";
    for (const platform of platforms) {
        const tag = platformTag(first, platform);
        if (!isTag(tag)) {
            throw buildFieldError("tags", first, `gives the per-platform tag "${tag}", which is too long`, "use a shorter first tag");
        }
    }
    // Assembling builds nothing: no context or Dockerfile is needed.
    if (!assemble && (!(0,external_node_fs_.existsSync)(inputs.context) || !(0,external_node_fs_.statSync)(inputs.context).isDirectory())) {
        throw buildFieldError("context", inputs.context, "is not a directory", "give the build context's folder, relative to the workspace");
    }
    const file = inputs.file ?? external_node_path_default().join(inputs.context, "Dockerfile");
    if (!assemble && (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())) {
        throw buildFieldError("file", file, "does not exist", (nameOf) => `add the Dockerfile or point "${nameOf("file")}" at it`);
    }
    if (inputs.target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(inputs.target)) {
        throw buildFieldError("target", inputs.target, "is not a stage name", "use the name after AS in the Dockerfile");
    }
    const labels = ociLabels({
        serverUrl: runner.serverUrl,
        repository: runner.repository,
        sha: runner.sha,
        version: inputs.version ?? first,
        created: runner.now,
        title: image.path.split("/").pop() ?? image.path,
    }, userLabels);
    return {
        registry,
        image,
        ...credentials,
        context: inputs.context,
        file,
        ...(inputs.target ? { target: inputs.target } : {}),
        buildArgs,
        platforms,
        tags,
        labels,
        push: inputs.push,
        cache: inputs.cache,
        provenance: inputs.provenance,
        sbom: inputs.sbom,
        ...(assemble ? { assemble } : {}),
    };
}
/** The tag a platform's image is pushed under when there is no buildx to push an index. */
function platformTag(firstTag, platform) {
    return `${firstTag}-${formatPlatform(platform).replace(/\//g, "-")}`;
}
/** The runner's GITHUB_* variables as a RunnerContext. */
function runnerContext(env, now) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    return {
        serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
        repository,
        owner: env.GITHUB_REPOSITORY_OWNER ?? repository.split("/")[0] ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        sha: env.GITHUB_SHA ?? "",
        runId: env.GITHUB_RUN_ID ?? "",
        runNumber: env.GITHUB_RUN_NUMBER ?? "",
        ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
        ...(env.GITHUB_HEAD_REF ? { headRef: env.GITHUB_HEAD_REF } : {}),
        now,
    };
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/oci/src/docker-config.ts




/**
 * Docker's config file (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`): where it is,
 * how it reads, and how its keys name registries. The one home of these rules: the copy
 * engine reads logins from it, build-push-oidc writes a private one.
 */
/** Where docker itself keeps Docker Hub credentials in a config file. */
const DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";
/** The keys docker and the login actions may have used for Docker Hub, the canonical one first. */
const docker_config_DOCKER_HUB_CONFIG_KEYS = [DOCKER_HUB_CONFIG_KEY, ...DOCKER_HUB_ALIASES];
/** The `auths` key docker uses for a registry host. */
function dockerConfigKey(host) {
    return host === reference_DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : host;
}
/**
 * The host a config key stands for, as docker's ConvertToHostname reads it (`https://host/v1/`
 * -> `host`), with Docker Hub's names folded into one.
 */
function configKeyHost(key) {
    const host = (key.replace(/^https?:\/\//, "").split("/")[0] ?? "").toLowerCase();
    return DOCKER_HUB_ALIASES.includes(host) ? reference_DOCKER_HUB : host;
}
/** The directory docker reads: $DOCKER_CONFIG, else ~/.docker. */
function docker_config_dockerConfigDir(env = process.env, home = external_node_os_default().homedir()) {
    return env.DOCKER_CONFIG ?? external_node_path_default().join(home, ".docker");
}
/** The parsed config.json of `dir`; `{}` when there is none or it cannot be read (docker's problem, not ours). */
function docker_config_readDockerConfig(dir) {
    const file = dir ? external_node_path_default().join(dir, "config.json") : undefined;
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, "utf8"));
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./packages/build/src/buildx.ts

/**
 * The arguments of `docker buildx build`, as a pure function so every input combination
 * is unit-tested (buildx is not installable where the suite's tests run).
 */
function buildxArgs(options) {
    const args = ["buildx", "build", "--platform", options.platforms.map(formatPlatform).join(",")];
    args.push("--file", options.file);
    if (options.target)
        args.push("--target", options.target);
    for (const [key, value] of options.buildArgs)
        args.push("--build-arg", `${key}=${value}`);
    for (const [key, value] of Object.entries(options.labels))
        args.push("--label", `${key}=${value}`);
    for (const tag of options.tags)
        args.push("--tag", tag);
    args.push(...cacheArgs(options));
    // Explicit either way: recent buildx adds provenance by default, which turns a single
    // image into an index with an unknown/unknown entry.
    args.push(`--provenance=${options.provenance}`, `--sbom=${options.sbom}`);
    if (options.push)
        args.push("--push");
    args.push("--metadata-file", options.metadataFile);
    args.push(options.context);
    return args;
}
function cacheArgs(options) {
    switch (options.cache) {
        case "none":
            return [];
        case "registry": {
            // image-manifest=true,oci-mediatypes=true: ECR refuses buildkit's default cache
            // manifest list, but accepts the cache as an OCI image manifest.
            const ref = `${options.repository}:buildcache`;
            return [
                "--cache-from",
                `type=registry,ref=${ref}`,
                "--cache-to",
                `type=registry,ref=${ref},mode=max,image-manifest=true,oci-mediatypes=true`,
            ];
        }
        case "gha": {
            // One scope per repository, so two images built in one workflow keep separate caches.
            const scope = options.repository.replace(/^[^/]*\//, "");
            return ["--cache-from", `type=gha,scope=${scope}`, "--cache-to", `type=gha,scope=${scope},mode=max`];
        }
    }
}
/** The image digest from buildx's `--metadata-file` JSON. */
function digestFromMetadata(json) {
    const metadata = JSON.parse(json);
    const digest = typeof metadata === "object" && metadata !== null
        ? metadata["containerimage.digest"]
        : undefined;
    if (typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new Error(`buildx metadata has no containerimage.digest: ${json.slice(0, 200)}`);
    }
    return digest;
}

// EXTERNAL MODULE: ./packages/build/src/cleanup.ts
var cleanup = __webpack_require__(744);
;// CONCATENATED MODULE: ./packages/process/src/child-process.ts
/**
 * node:child_process, loaded at the first child rather than with the module: it brings net,
 * dgram and the pipe bindings (about 3 ms of start-up), and an action that may never run a child
 * (promote-image runs one only for a docker credential helper) should not pay for it.
 */
function childProcess() {
    return process.getBuiltinModule("node:child_process");
}

;// CONCATENATED MODULE: ./packages/process/src/exec.ts


/** The error an Exec rejects with when `command` cannot be started. */
function startError(command, error) {
    return error.code === "ENOENT" ? new Error(`${command} is not installed or not on PATH`) : error;
}
/** Calls `sink` once per line; `end()` flushes a last line that has no newline. */
function lineSplitter(sink) {
    let pending = "";
    return {
        push: (chunk) => {
            const lines = (pending + chunk.toString("utf8")).split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
                sink(line);
        },
        end: () => {
            if (pending)
                sink(pending);
            pending = "";
        },
    };
}
/**
 * An Exec on node:child_process. Output is kept as Buffers until the end: `terraform show
 * -json` of a large plan is tens of megabytes and per-chunk string concatenation would copy
 * it again and again. The base environment defaults to ours without the step's inputs and
 * the OIDC request variables (`childEnvironment`). With `timeoutMs`, a command still running
 * then is killed (SIGTERM) and resolves with exit code 128.
 */
function createNodeExec(defaults = {}) {
    return (command, args, options = {}) => new Promise((resolve, reject) => {
        const env = withOverrides(defaults.env ?? childEnvironment(process.env), options.env);
        const stdinMode = options.stdin === undefined ? "ignore" : "pipe";
        const child = childProcess().spawn(command, args, {
            cwd: options.cwd,
            env,
            stdio: [stdinMode, "pipe", "pipe"],
        });
        // Our own timer rather than spawn's `timeout`: Node clears that one only on 'exit',
        // which a command that never started (ENOENT) does not emit, so the timer would hold
        // the process open for the whole timeout after the failure was already reported.
        const timer = defaults.timeoutMs === undefined ? undefined : setTimeout(() => child.kill("SIGTERM"), defaults.timeoutMs);
        const settle = () => clearTimeout(timer);
        const stdout = [];
        const stderr = [];
        const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
        const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
        child.stdout?.on("data", (chunk) => {
            stdout.push(chunk);
            outLines?.push(chunk);
        });
        child.stderr?.on("data", (chunk) => {
            stderr.push(chunk);
            errLines?.push(chunk);
        });
        child.on("error", (error) => {
            settle();
            reject(startError(command, error));
        });
        child.on("close", (code, signal) => {
            settle();
            outLines?.end();
            errLines?.end();
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString("utf8"),
                stderr: Buffer.concat(stderr).toString("utf8"),
            });
        });
        if (child.stdin) {
            // A command that exits without reading its input must not crash us with EPIPE.
            child.stdin.on("error", () => { });
            child.stdin.end(options.stdin);
        }
    });
}
/** The default node Exec: base environment `childEnvironment(process.env)`. */
const nodeExec = createNodeExec();

;// CONCATENATED MODULE: ./packages/build/src/docker-config.ts





// What buildx and docker keep next to config.json: plugins installed by setup-buildx-action,
// the builder it created, and docker contexts. Linked, so this step sees the same builder.
const SHARED_ENTRIES = ["cli-plugins", "buildx", "contexts"];
function asRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
/** The secrets an `auths` entry holds: its `auth`, the password inside it, and any token. */
function entrySecrets(entry) {
    const secrets = [];
    for (const field of ["auth", "password", "identitytoken", "registrytoken"]) {
        const value = entry[field];
        if (typeof value === "string" && value !== "")
            secrets.push(value);
    }
    if (typeof entry.auth === "string") {
        const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        if (colon > 0 && colon < decoded.length - 1)
            secrets.push(decoded.slice(colon + 1));
    }
    return secrets;
}
/**
 * The private config: the user's config (earlier logins, helpers, proxies, the current context)
 * with every trace of our registries replaced by our logins, so a Dockerfile can still pull
 * its private base images. A `credsStore` cannot be kept as such: docker would then ask the
 * store, not `auths`, for our registry too. So each server the store lists (`storeServers`)
 * gets a `credHelpers` entry naming the store instead: the same helper answers for the same
 * registries, no secret leaves it, and our registries keep their `auths` entries.
 * Returns the config and the secrets copied into it (to be masked).
 */
function mergeDockerConfig(userConfig, logins, storeServers = []) {
    const config = { ...asRecord(userConfig) };
    const ours = new Set(logins.map((login) => configKeyHost(login.key)));
    const other = (key) => !ours.has(configKeyHost(key));
    const secrets = [];
    const auths = {};
    for (const [key, value] of Object.entries(asRecord(config.auths))) {
        if (!other(key))
            continue;
        auths[key] = value;
        secrets.push(...entrySecrets(asRecord(value)));
    }
    const helpers = {};
    for (const [key, helper] of Object.entries(asRecord(config.credHelpers))) {
        if (other(key) && typeof helper === "string")
            helpers[key] = helper;
    }
    const store = config.credsStore;
    delete config.credsStore;
    if (typeof store === "string" && store !== "") {
        // A registry-specific helper wins over the store in docker too.
        for (const server of storeServers)
            if (other(server) && !(server in helpers))
                helpers[server] = store;
    }
    for (const login of logins) {
        const auth = Buffer.from(`${login.username}:${login.password}`).toString("base64");
        auths[login.key] = { auth };
        // The password is masked where it was learnt; its base64 form is a secret of its own.
        secrets.push(auth);
    }
    config.auths = auths;
    if (Object.keys(helpers).length > 0)
        config.credHelpers = helpers;
    else
        delete config.credHelpers;
    return { config, secrets: [...new Set(secrets)] };
}
// A store waiting for a keychain prompt must not hang the step. A helper that is not installed
// rejects at once with "... is not installed or not on PATH" (createNodeExec's own timer is
// cleared then, so nothing waits out the 30 s).
const helperExec = createNodeExec({ timeoutMs: 30_000 });
/**
 * The servers `docker-credential-<store> list` knows (their usernames only: no secret is read).
 * Throws with the helper's own words when it cannot answer.
 */
async function listCredentialStore(store, exec = helperExec) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(store))
        throw new Error(`"${store}" is not a credential helper name`);
    const command = `docker-credential-${store}`;
    const result = await exec(command, ["list"], { silent: true });
    if (result.exitCode !== 0) {
        throw new Error(`${command} list exited with ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return Object.keys(asRecord(JSON.parse(result.stdout || "{}")));
}
/**
 * Writes a docker config directory of our own under RUNNER_TEMP, so a login never lands in
 * ~/.docker where later steps (and other jobs on a self-hosted runner) would find it. The
 * user's config is carried over (mergeDockerConfig), every secret copied from it masked.
 * Returns the directory to set as DOCKER_CONFIG.
 */
async function writePrivateDockerConfig(options) {
    const user = docker_config_readDockerConfig(options.userConfigDir);
    const store = asRecord(user).credsStore;
    let storeServers = [];
    if (typeof store === "string" && store !== "") {
        try {
            storeServers = await listCredentialStore(store, options.helperExec);
        }
        catch (error) {
            options.logger.warning(`The docker config's credsStore "${store}" could not list its registries, so this build cannot use them: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    const { config, secrets } = mergeDockerConfig(user, options.logins, storeServers);
    for (const secret of secrets)
        options.mask(secret);
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(options.runnerTemp, cleanup/* PRIVATE_CONFIG_PREFIX */.Wu));
    try {
        if (options.userConfigDir) {
            for (const entry of SHARED_ENTRIES) {
                const source = external_node_path_default().join(options.userConfigDir, entry);
                if ((0,external_node_fs_.existsSync)(source))
                    (0,external_node_fs_.symlinkSync)(source, external_node_path_default().join(dir, entry));
            }
        }
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, "config.json"), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    }
    catch (error) {
        // Not yet in the saved state, so the post step would not find it.
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
    return dir;
}

;// CONCATENATED MODULE: ./packages/build/src/legacy.ts








const OCI_INDEX = MediaType.OciIndex;
async function docker(exec, args, env, what) {
    const result = await exec("docker", args, { env });
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split("\n").pop() ?? "";
        throw new Error(`${what} failed (docker ${args[0]} exited with ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
/** docker push's own words for a registry that failed for a moment: a 5xx or 429 answer, a dropped connection. */
const TRANSIENT_PUSH = /unexpected HTTP status: (5\d\d|429)|status code (5\d\d|429)|connection reset|unexpected EOF|broken pipe|i\/o timeout/i;
const PUSH_ATTEMPTS = 3;
/**
 * `docker push`, again after a transient registry failure (it retries layer uploads itself, not
 * the manifest): the layers already pushed are skipped, so a retry costs one round trip.
 */
async function dockerPush(exec, localRef, env, logger, pauseMs) {
    for (let attempt = 1;; attempt++) {
        try {
            return await docker(exec, ["push", localRef], env, `Pushing ${localRef}`);
        }
        catch (error) {
            const message = error.message;
            if (!TRANSIENT_PUSH.test(message))
                throw error;
            if (attempt >= PUSH_ATTEMPTS) {
                throw new errors/* ServiceError */._7(`${message}; the registry kept failing after ${PUSH_ATTEMPTS} attempts, try again later`);
            }
            logger.warning(`${message}; pushing again (attempt ${attempt + 1} of ${PUSH_ATTEMPTS})`);
            await new Promise((resolve) => setTimeout(resolve, pauseMs(attempt)));
        }
    }
}
/**
 * The multi-platform build on a plain Docker Engine (no buildx): each platform built by the
 * legacy builder, pushed under its own tag, then one OCI index over their digests written
 * under every requested tag, so the outputs match what buildx would give.
 */
async function buildWithoutBuildx(plan, repository, deps) {
    const env = { ...deps.env, DOCKER_BUILDKIT: "0" };
    const first = plan.tags[0] ?? "latest";
    const store = deps.store;
    if (plan.push && !store)
        throw new Error("a registry client is needed to push");
    const pushPlatform = async (platform, localRef) => {
        if (!store)
            throw new Error("a registry client is needed to push");
        deps.logger.info(`Pushing ${localRef}`);
        const output = await dockerPush(deps.exec, localRef, env, deps.logger, deps.pushPauseMs ?? ((n) => n * 1000));
        const printed = /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
        const manifest = await store.getManifest(repository, platformTag(first, platform));
        const digest = sha256Digest(manifest.bytes);
        if (printed && printed !== digest) {
            throw new Error(`${localRef} was pushed as ${printed} but the registry now serves ${digest} under its tag`);
        }
        return {
            platform,
            digest,
            size: manifest.bytes.byteLength,
            mediaType: manifest.mediaType,
            contentSize: contentSize(manifest.bytes),
        };
    };
    // Each platform's push runs while the next platform builds; all are awaited before any
    // failure is reported, so no push is left running behind a thrown error.
    const pushes = [];
    let buildError;
    for (const platform of plan.platforms) {
        const localRef = `${repository}:${platformTag(first, platform)}`;
        try {
            await buildPlatform(plan, platform, localRef, { ...deps, env });
        }
        catch (error) {
            buildError = error;
            break;
        }
        if (plan.push) {
            const push = pushPlatform(platform, localRef);
            // Settled below; without a handler now, a push failing while the next platform builds
            // would be an unhandled rejection and kill the step with a stack trace.
            push.catch(() => undefined);
            pushes.push(push);
        }
    }
    const settled = await Promise.allSettled(pushes);
    if (buildError !== undefined)
        throw buildError;
    const pushed = [];
    for (const outcome of settled) {
        if (outcome.status === "rejected")
            throw outcome.reason;
        pushed.push(outcome.value);
    }
    if (!plan.push || !deps.store)
        return { pushed, pushedBytes: 0 };
    const index = indexFor(pushed);
    const digest = sha256Digest(index);
    for (const tag of plan.tags) {
        await deps.store.putManifest(repository, tag, index, OCI_INDEX);
        deps.logger.info(`Pushed ${repository}:${tag} -> ${digest}`);
    }
    const pushedBytes = index.byteLength + pushed.reduce((sum, entry) => sum + entry.size + entry.contentSize, 0);
    return { digest, pushed, pushedBytes };
}
const PLATFORM_MISMATCH = /does not match the specified platform/;
/** A Dockerfile that does not build is the user's to fix: one line, docker's output above it. */
function buildFailure(plan, platform, result) {
    const detail = result.stderr.trim().split("\n").pop() ?? "";
    return buildFieldError("file", plan.file, `does not build for ${platform} (docker build exited with ${result.exitCode}: ${detail})`, "see docker's output above");
}
/**
 * One platform's image, built in two steps: the user's Dockerfile, then all labels in a
 * single LABEL instruction (the legacy builder turns each --label into its own step, with a
 * container each). The legacy builder's cache is not keyed by platform and can hand back
 * another platform's image: the result is checked, the whole build repeated once without
 * cache when wrong, and a still-wrong image fails the step rather than being pushed.
 */
async function buildPlatform(plan, platform, localRef, deps) {
    const name = formatPlatform(platform);
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), "build-push-oidc-labels-"));
    try {
        const labelled = external_node_path_default().join(scratch, "Dockerfile");
        (0,external_node_fs_.writeFileSync)(labelled, labelDockerfile(localRef, plan.labels));
        const steps = [
            (noCache) => legacyBuildArgs(plan, platform, localRef, noCache),
            (noCache) => labelBuildArgs(platform, localRef, labelled, scratch, noCache),
        ];
        // The wrong platform shows either as a finished image of another platform or as a step
        // refusing to use a (wrongly cached) image of another platform: the label step's FROM, or
        // a later stage of a multi-stage build. Either way the whole build is repeated uncached,
        // its base images pulled for this platform.
        const attempt = async (noCache) => {
            for (const args of steps) {
                const result = await deps.exec("docker", args(noCache), { env: deps.env });
                if (result.exitCode === 0)
                    continue;
                if (PLATFORM_MISMATCH.test(result.stderr))
                    return "another platform";
                throw buildFailure(plan, name, result);
            }
            const actual = await imagePlatform(deps.exec, localRef, deps.env);
            return actual === name ? undefined : actual;
        };
        deps.logger.info(`Building ${name} with docker build (no buildx on this runner)`);
        if ((await attempt(false)) === undefined)
            return;
        deps.logger.info(`The cached build of ${name} has the wrong platform; rebuilding without cache, pulling its bases`);
        const actual = await attempt(true);
        if (actual !== undefined)
            throw new Error(`docker build --platform ${name} produced an image for ${actual}`);
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/**
 * `docker build` arguments for one platform of the user's Dockerfile with the legacy builder.
 * `fresh` is the retry after a wrong platform: no cache, and base images pulled again, since
 * the local tag of a multi-platform base (FROM app-base:1) holds the last platform pulled.
 */
function legacyBuildArgs(plan, platform, localRef, fresh) {
    const args = ["build", "--platform", formatPlatform(platform), "--file", plan.file, "--tag", localRef];
    if (fresh)
        args.push("--no-cache", "--pull");
    if (plan.target)
        args.push("--target", plan.target);
    const given = new Set(plan.buildArgs.map(([key]) => key));
    for (const [key, value] of targetPlatformArgs(platform)) {
        if (!given.has(key))
            args.push("--build-arg", `${key}=${value}`);
    }
    for (const [key, value] of plan.buildArgs)
        args.push("--build-arg", `${key}=${value}`);
    args.push(plan.context);
    return args;
}
/**
 * The platform ARGs BuildKit sets by itself for each platform and the legacy builder does not,
 * so a Dockerfile that picks a file by TARGETARCH builds the same with and without buildx
 * (https://docs.docker.com/build/building/variables/#pre-defined-build-arguments). A build
 * argument the user gives wins.
 */
function targetPlatformArgs(platform) {
    return [
        ["TARGETPLATFORM", formatPlatform(platform)],
        ["TARGETOS", platform.os],
        ["TARGETARCH", platform.architecture],
        ["TARGETVARIANT", platform.variant ?? ""],
    ];
}
function labelBuildArgs(platform, localRef, file, context, noCache) {
    const args = ["build", "--platform", formatPlatform(platform), "--file", file, "--tag", localRef];
    if (noCache)
        args.push("--no-cache");
    args.push(context);
    return args;
}
/** `FROM <image>` plus one LABEL instruction, every key and value quoted (no $ expansion). */
function labelDockerfile(image, labels) {
    const quote = (text) => `"${text.replace(/[\\"$]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ")}"`;
    const pairs = Object.entries(labels).map(([key, value]) => `${quote(key)}=${quote(value)}`);
    return `FROM ${image}\n${pairs.length > 0 ? `LABEL ${pairs.join(" \\\n      ")}\n` : ""}`;
}
async function imagePlatform(exec, ref, env) {
    const format = "{{.Os}}/{{.Architecture}}{{if .Variant}}/{{.Variant}}{{end}}";
    const result = await exec("docker", ["image", "inspect", "--format", format, ref], { env, silent: true });
    if (result.exitCode !== 0)
        throw new Error(`docker image inspect ${ref} failed: ${result.stderr.trim()}`);
    return result.stdout.trim();
}
function contentSize(manifestBytes) {
    const manifest = JSON.parse(Buffer.from(manifestBytes).toString("utf8"));
    return (manifest.config?.size ?? 0) + (manifest.layers ?? []).reduce((sum, layer) => sum + (layer.size ?? 0), 0);
}
/** The OCI index over the per-platform manifests, in the order the platforms were given. */
function indexFor(platforms) {
    return buildIndex(platforms.map((entry) => ({
        mediaType: entry.mediaType,
        digest: entry.digest,
        size: entry.size,
        platform: entry.platform,
    }))).bytes;
}

;// CONCATENATED MODULE: ./packages/build/src/run.ts













async function hasBuildx(exec) {
    try {
        return (await exec("docker", ["buildx", "version"], { silent: true })).exitCode === 0;
    }
    catch {
        return false;
    }
}
/** Credentials and the registry host: OIDC -> STS -> ECR, or the ones given. */
async function logIn(plan, deps) {
    if (plan.ecr) {
        const ecr = plan.ecr;
        const login = createEcrLogin({
            role: ecr.roleArn,
            sessionName: ecr.sessionName,
            durationSeconds: ecr.durationSeconds,
            audience: ecr.audience,
            getIdToken: deps.getIdToken,
            mask: deps.mask,
            logger: deps.logger,
            api: deps.aws,
        });
        const [authorization] = await login.authorize({
            region: ecr.region,
            ...(ecr.registryId ? { registryIds: [ecr.registryId] } : {}),
        });
        const credentials = await login.credentials(ecr.region);
        if (!authorization || !credentials)
            throw new Error("ECR gave no authorization");
        repositoryFor(plan.registry, authorization.registry, plan.image, { owner: deps.owner });
        await deps.aws.ensureEcrRepository({
            region: ecr.region,
            credentials,
            name: plan.image.path,
            create: ecr.createRepository,
            logger: deps.logger,
            ...(ecr.registryId ? { registryId: ecr.registryId } : {}),
        });
        deps.logger.info(`Logged in to ECR registry ${authorization.registry}`);
        return {
            host: authorization.registry,
            login: {
                key: authorization.registry,
                host: authorization.registry,
                username: authorization.username,
                password: authorization.password,
            },
        };
    }
    const host = plan.registry.host ?? "";
    if (!plan.login)
        return { host };
    deps.mask(plan.login.password);
    return { host, login: { key: dockerConfigKey(host), host, ...plan.login } };
}
/**
 * Logs in, builds every platform and pushes one multi-platform image under every tag:
 * with buildx when it is installed, else with the plain engine and an index of our own.
 * The docker config holding the login lives under RUNNER_TEMP and is gone when this returns
 * (the post step deletes it too, should this process be killed first).
 */
async function buildAndPush(plan, deps) {
    if (plan.assemble)
        return assembleAndTag(plan, plan.assemble, deps);
    // Refused before any credential is asked for: attestations need buildx.
    const detecting = hasBuildx(deps.exec);
    if ((plan.provenance || plan.sbom) && !(await detecting)) {
        for (const [name, value] of [
            ["provenance", plan.provenance],
            ["sbom", plan.sbom],
        ]) {
            if (value) {
                throw buildFieldError(name, "true", "needs docker buildx, which this runner lacks", (nameOf) => `set ${nameOf(name)}: false or run docker/setup-buildx-action first`);
            }
        }
    }
    // Otherwise finding buildx and logging in (STS and ECR round trips) overlap.
    const needsLogin = plan.push || plan.cache === "registry";
    const loggingIn = needsLogin
        ? logIn(plan, deps)
        : Promise.resolve({ host: plan.registry.host ?? "", login: undefined });
    const [buildx, { host, login }] = await Promise.all([detecting, loggingIn]);
    if (!buildx && plan.cache !== "none")
        deps.logger.warning(`cache: ${plan.cache} needs docker buildx; building without it`);
    const repository = host
        ? repositoryFor(plan.registry, host, plan.image, {
            owner: deps.owner,
            ...(login ? { username: login.username } : {}),
        })
        : plan.image.path;
    let configDir;
    const env = {};
    if (login) {
        configDir = await writePrivateDockerConfig({
            runnerTemp: deps.runnerTemp,
            ...(deps.userDockerConfigDir ? { userConfigDir: deps.userDockerConfigDir } : {}),
            logins: [login],
            mask: deps.mask,
            logger: deps.logger,
            ...(deps.credentialHelperExec ? { helperExec: deps.credentialHelperExec } : {}),
        });
        deps.saveState(cleanup/* DOCKER_CONFIG_STATE */.Ai, configDir);
        env.DOCKER_CONFIG = configDir;
    }
    try {
        const tags = plan.tags.map((tag) => `${repository}:${tag}`);
        const platforms = plan.platforms.map(formatPlatform);
        const store = () => deps.manifestStore(host, login);
        if (buildx) {
            const digest = await buildWithBuildx(plan, repository, tags, { ...deps, env });
            const pushedBytes = digest ? await measurePushed(store(), repository.slice(host.length + 1), digest) : 0;
            return { builder: "buildx", repository, tags, platforms, pushedBytes, ...(digest ? { digest } : {}) };
        }
        const result = await buildWithoutBuildx(plan, repository, {
            exec: deps.exec,
            env,
            logger: deps.logger,
            ...(plan.push ? { store: pathStore(store(), host) } : {}),
        });
        return {
            builder: "docker build",
            repository,
            tags,
            platforms,
            pushedBytes: result.pushedBytes,
            ...(result.digest ? { digest: result.digest } : {}),
        };
    }
    finally {
        if (configDir)
            (0,cleanup/* removePrivateDockerConfig */.yt)(configDir, deps.runnerTemp);
    }
}
/**
 * build.yml's per-platform mode: each platform was built and pushed by digest on its own
 * native runner; here one index over them is written under every tag (no docker needed).
 */
async function assembleAndTag(plan, parts, deps) {
    const { host, login } = await logIn(plan, deps);
    const repository = host
        ? repositoryFor(plan.registry, host, plan.image, {
            owner: deps.owner,
            ...(login ? { username: login.username } : {}),
        })
        : plan.image.path;
    const repositoryPath = host ? repository.slice(host.length + 1) : repository;
    const index = await assembleIndex(deps.manifestStore(host, login), repositoryPath, plan.tags, parts, deps.logger);
    return {
        builder: "index of per-platform pushes",
        repository,
        digest: index.digest,
        tags: plan.tags.map((tag) => `${repository}:${tag}`),
        platforms: parts.map((part) => formatPlatform(part.platform)),
        pushedBytes: index.bytes,
    };
}
/** The legacy path speaks in `host/path` repositories; registry clients want the path. */
function pathStore(store, host) {
    const strip = (repository) => repository.startsWith(`${host}/`) ? repository.slice(host.length + 1) : repository;
    return {
        getManifest: (repository, reference) => store.getManifest(strip(repository), reference),
        putManifest: (repository, reference, bytes, mediaType) => store.putManifest(strip(repository), reference, bytes, mediaType),
    };
}
async function buildWithBuildx(plan, repository, tags, deps) {
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(deps.runnerTemp, "build-push-oidc-metadata-"));
    try {
        const metadataFile = external_node_path_default().join(scratch, "metadata.json");
        const args = buildxArgs({
            context: plan.context,
            file: plan.file,
            platforms: plan.platforms,
            ...(plan.target ? { target: plan.target } : {}),
            buildArgs: plan.buildArgs,
            labels: plan.labels,
            tags,
            repository,
            push: plan.push,
            cache: plan.cache,
            provenance: plan.provenance,
            sbom: plan.sbom,
            metadataFile,
        });
        const result = await deps.exec("docker", args, { env: deps.env });
        if (result.exitCode !== 0) {
            // A Dockerfile that does not build is the user's to fix, as on the no-buildx path.
            const detail = result.stderr.trim().split("\n").pop() ?? "";
            throw buildFieldError("file", plan.file, `does not build (docker buildx build exited with ${result.exitCode}: ${detail})`, "see docker's output above");
        }
        return plan.push ? digestFromMetadata((0,external_node_fs_.readFileSync)(metadataFile, "utf8")) : undefined;
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** Bytes of the manifests, configs and layers an index (or a single manifest) references. */
async function measurePushed(store, repository, digest) {
    const { bytes } = await store.getManifest(repository, digest);
    const manifest = JSON.parse(Buffer.from(bytes).toString("utf8"));
    let total = bytes.byteLength + (manifest.config?.size ?? 0);
    for (const layer of manifest.layers ?? [])
        total += layer.size ?? 0;
    for (const child of manifest.manifests ?? [])
        total += await measurePushed(store, repository, child.digest);
    return total;
}
function summaryMarkdown(result) {
    const rows = [
        ["image", result.digest ? `${result.repository}@${result.digest}` : `${result.repository} (not pushed)`],
        ["digest", result.digest ?? ""],
        ["tags", result.tags.join("\n")],
        ["platforms", result.platforms.join(", ")],
        ["pushed size", result.digest ? formatBytes(result.pushedBytes) : "0 B"],
        ["builder", result.builder],
    ];
    return `${table(["", "pushed"], rows)}\n`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts
const silentLogger = {
    info: () => { },
    warning: () => { },
    debug: () => { },
};
/** Collects messages; handy in unit tests. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => lines.push(m),
        warning: (m) => lines.push(`warning: ${m}`),
        debug: (m) => lines.push(`debug: ${m}`),
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/errors.ts
/** A registry answered with an error status; `code` is the first distribution error code. */
class RegistryError extends Error {
    name = "RegistryError";
    status;
    code;
    method;
    url;
    retryAfterMs;
    constructor(init) {
        super(`${init.method} ${redactUrl(init.url)}: HTTP ${init.status}${init.code ? ` ${init.code}` : ""}${init.detail ? ` (${init.detail})` : ""}`);
        this.status = init.status;
        this.code = init.code;
        this.method = init.method;
        this.url = init.url;
        this.retryAfterMs = init.retryAfterMs;
    }
}
/** Upload URLs may carry state tokens: only the path is shown. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}
/**
 * A registry pointed our credentials somewhere they must not go (a token realm over plain http
 * from a registry that is not on loopback, or in the link-local/metadata range). Never retried.
 */
class UntrustedEndpointError extends Error {
    name = "UntrustedEndpointError";
    fix;
    constructor(problem, fix) {
        super(problem);
        this.fix = fix;
    }
}
/** Content that does not match its digest or size: never retried into a registry. */
class IntegrityError extends Error {
    name = "IntegrityError";
}
function isErrorLike(value) {
    return typeof value === "object" && value !== null && "message" in value;
}
function isRetryable(error) {
    for (let current = error, depth = 0; isErrorLike(current) && depth < 5; depth++) {
        if (current instanceof IntegrityError)
            return false;
        current = current.cause;
    }
    if (error instanceof RegistryError) {
        return error.status === 408 || error.status === 429 || error.status >= 500;
    }
    if (error instanceof IntegrityError)
        return false;
    return isNetworkError(error);
}
function isNetworkError(error) {
    if (!isErrorLike(error) || error.name === "AbortError")
        return false;
    const codes = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED"];
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        const { code, message } = current;
        if (typeof code === "string" && (codes.includes(code) || code.startsWith("UND_ERR")))
            return true;
        if (message === "fetch failed" || /terminated|other side closed|socket hang up/i.test(String(message))) {
            return true;
        }
        current = current.cause;
    }
    return false;
}
/** No connection at all: refused, no such host, no route (ENETUNREACH on a runner without IPv6). */
const UNREACHABLE = (/* unused pure expression or super */ null && (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "EADDRNOTAVAIL"]));
/** Node's HTTP parser refused the answer (HPE_HEADER_OVERFLOW, HPE_INVALID_*): not HTTP we can read. */
function isMalformedResponse(error) {
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        if (typeof current.code === "string" && current.code.startsWith("HPE_"))
            return true;
        current = current.cause;
    }
    return false;
}
function isConnectionRefused(error) {
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        const { code } = current;
        if (typeof code === "string" && UNREACHABLE.includes(code))
            return true;
        current = current.cause;
    }
    return false;
}
/** The message of anything thrown, whatever realm it came from. */
function messageOf(error) {
    return isErrorLike(error) ? String(error.message) : String(error);
}

;// CONCATENATED MODULE: ./packages/oci/src/auth.ts



function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!match)
        return undefined;
    const scheme = (match[1] ?? "").toLowerCase();
    const params = {};
    for (const param of (match[2] ?? "").matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[(param[1] ?? "").toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
    }
    if (scheme === "basic")
        return { scheme: "basic" };
    if (scheme === "bearer" && params.realm) {
        return { scheme: "bearer", realm: params.realm, ...(params.service ? { service: params.service } : {}) };
    }
    return undefined;
}
/** localhost, 127.0.0.0/8 and ::1: the only hosts where plain http keeps credentials on the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    return host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "::1";
}
/**
 * The realm a registry named for its tokens, checked before credentials go there: https, or
 * plain http only when the registry itself is on loopback; never a link-local/metadata host.
 */
function checkRealm(registry, realm) {
    const fix = "use a registry whose token service is served over https";
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new UntrustedEndpointError(`names a token service that is not a URL (${JSON.stringify(realm.slice(0, 200))})`, fix);
    }
    const where = `${url.protocol}//${url.host}`;
    if (isLinkLocalHost(url.hostname)) {
        throw new UntrustedEndpointError(`names a token service in the link-local/metadata range (${where})`, fix);
    }
    if (url.protocol === "https:")
        return url;
    const registryHost = registry.replace(/:\d+$/, "");
    if (url.protocol === "http:" && isLoopbackHost(registryHost))
        return url;
    throw new UntrustedEndpointError(`names a token service over ${url.protocol.replace(":", "")} (${where}); credentials are sent only over https`, fix);
}
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
class Authenticator {
    options;
    challenges = new Map();
    credentials = new Map();
    tokens = new Map();
    /** Tokens fetched so far (tests read it to see a refresh happen). */
    tokenFetches = 0;
    constructor(options) {
        this.options = options;
    }
    now() {
        return this.options.now?.() ?? Date.now();
    }
    credential(registry) {
        let pending = this.credentials.get(registry);
        if (!pending) {
            pending = this.options.credentials(registry);
            this.credentials.set(registry, pending);
            pending.catch(() => this.credentials.delete(registry));
        }
        return pending;
    }
    challenge(registry) {
        let pending = this.challenges.get(registry);
        if (!pending) {
            // Amazon ECR challenges every client with Basic (its password is GetAuthorizationToken's),
            // so its ping would only say so, one round trip before anything else on that host. Should
            // it ever answer otherwise, the first 401 brings the real challenge (invalidate below).
            const known = isEcrHost(registry) ? { scheme: "basic" } : undefined;
            pending = known
                ? Promise.resolve(known)
                : this.options.ping(registry).then(({ status, challenge }) => {
                    if (status === 401)
                        return parseChallenge(challenge) ?? { scheme: "basic" };
                    return { scheme: "none" };
                });
            this.challenges.set(registry, pending);
            pending.catch(() => this.challenges.delete(registry));
        }
        return pending;
    }
    /** The Authorization header for a request needing `scopes`, or undefined for none. */
    async header(registry, scopes) {
        const challenge = await this.challenge(registry);
        if (challenge.scheme === "none")
            return undefined;
        const credential = await this.credential(registry);
        if (challenge.scheme === "basic") {
            if (credential?.kind === "basic") {
                return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
            }
            if (credential?.kind === "registry-token")
                return `Bearer ${credential.registryToken}`;
            return undefined;
        }
        const key = `${registry} ${[...scopes].sort().join(" ")}`;
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached.catch(() => undefined);
            if (token && token.expiresAt > this.now())
                return `Bearer ${token.token}`;
            this.tokens.delete(key);
        }
        const pending = this.fetchToken(registry, challenge, credential, scopes);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return `Bearer ${(await pending).token}`;
    }
    /** After a 401: forget the token for these scopes, and learn a changed challenge. */
    invalidate(registry, scopes, header) {
        this.tokens.delete(`${registry} ${[...scopes].sort().join(" ")}`);
        const challenge = parseChallenge(header);
        if (challenge)
            this.challenges.set(registry, Promise.resolve(challenge));
    }
    async fetchToken(registry, challenge, credential, scopes) {
        if (credential?.kind === "registry-token") {
            return { token: credential.registryToken, expiresAt: Number.POSITIVE_INFINITY };
        }
        const url = checkRealm(registry, challenge.realm);
        const headers = {};
        let init;
        if (credential?.kind === "identity-token") {
            const form = new URLSearchParams({
                grant_type: "refresh_token",
                refresh_token: credential.identityToken,
                client_id: "platform-promote-image",
                ...(challenge.service ? { service: challenge.service } : {}),
                scope: scopes.join(" "),
            });
            headers["content-type"] = "application/x-www-form-urlencoded";
            init = { method: "POST", headers, body: form.toString() };
        }
        else {
            if (challenge.service)
                url.searchParams.set("service", challenge.service);
            for (const scope of scopes)
                url.searchParams.append("scope", scope);
            if (credential?.kind === "basic") {
                headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
            }
            init = { method: "GET", headers };
        }
        // Transient failures surface to the registry request that needed the token, which retries.
        const response = await this.options.exchange(url, init);
        if (!response.ok) {
            const text = response.text();
            throw new RegistryError({
                status: response.status,
                method: init.method,
                url: url.toString(),
                detail: `token service: ${text.slice(0, 200).replace(/\s+/g, " ")}`,
            });
        }
        const body = response.json();
        const token = body.token ?? body.access_token;
        if (!token)
            throw new Error(`token service ${url.origin}${url.pathname} answered without a token`);
        this.options.mask(token);
        this.tokenFetches++;
        // Renew a little early so a token does not lapse between check and use.
        const lifetime = Math.max(1, body.expires_in ?? 60) * 1000;
        return { token, expiresAt: this.now() + lifetime - Math.min(10_000, lifetime / 2) };
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/bulk-transfer.ts
/**
 * V8 settings for a process whose main work is moving blob bytes (promote-image's, promote's;
 * the library only calls the hook it is given). Measured on 2 platforms x 4 layers x 32 MiB
 * between two loopback registries, concurrency 4 (bench/README.md, "lent buffers").
 *
 * The bytes themselves make no garbage (lent-http.ts reads into reused buffers), so what is
 * left is V8's own footprint: the young generation, which the copy's short-lived promises and
 * views otherwise grow from 1 to 8 MB (16 MB with its two halves), and the compilers' code and
 * memory. The copy's JavaScript is a few calls per 64 KiB chunk (hashing and sockets are
 * native), so it gains nothing from being compiled: with every tier above the interpreter off,
 * a copy took no more CPU and 2-3 MB less memory than with Maglev and Sparkplug kept (and
 * TurboFan alone paged in 5.5 MB more of the node binary's code, in earlier rounds).
 */
const LEAN_FLAGS = "--no-opt --no-maglev --no-sparkplug --semi-space-growth-factor=1";
/** Blob bytes read (all streams together) before the hook is called: the copy is under way. */
const BULK_TRANSFER_BYTES = 4 * 1024 * 1024;
/**
 * The `onBulkTransfer` hook for RegistryClient: sets LEAN_FLAGS at its first call. Not at
 * start: a run that streams nothing (a mount, a re-run) neither loads node:v8 nor starts with
 * a young generation held at 1 MB (one more scavenge while the bundle loads: ~5 ms of a 0.16 s
 * run), and the bundle's own start-up code is compiled as usual.
 */
function leanV8ForBulkTransfer() {
    let done = false;
    return () => {
        if (done)
            return;
        done = true;
        process.getBuiltinModule("node:v8").setFlagsFromString(LEAN_FLAGS);
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts




/** First match wins. */
function chainResolvers(...resolvers) {
    return async (registry) => {
        for (const resolver of resolvers) {
            const credential = await resolver(registry);
            if (credential)
                return credential;
        }
        return undefined;
    };
}
/** Explicit username/password, for the given hosts only (undefined hosts: any host). */
function explicitCredentials(username, password, hosts) {
    return async (registry) => (!hosts || hosts.includes(registry) ? { kind: "basic", username, password } : undefined);
}
/** ghcr.io with a GitHub token (any user name is accepted; the token decides). */
function githubTokenCredentials(token) {
    return async (registry) => registry === "ghcr.io" ? { kind: "basic", username: "x-access-token", password: token } : undefined;
}
/**
 * Amazon ECR hosts through GetAuthorizationToken (injected: `@platform/aws`). One call per
 * region, cached; `extraHosts` lets a stand-in registry (tests) be treated as ECR.
 */
function ecrCredentials(authorize, options = {}) {
    const cache = new Map();
    return async (registry) => {
        const host = parseEcrHost(registry);
        const extra = options.extraHosts?.[registry];
        const region = host?.region ?? extra?.region;
        const registryId = host?.accountId ?? extra?.registryId;
        if (!region || !registryId)
            return undefined;
        const key = `${region}/${registryId}`;
        let pending = cache.get(key);
        if (!pending) {
            pending = authorize({ region, registryIds: [registryId] });
            cache.set(key, pending);
        }
        const answers = await pending;
        const found = answers.find((a) => a.registry === registry) ?? answers[0];
        return found ? { kind: "basic", username: found.username, password: found.password } : undefined;
    };
}
function configKeys(registry) {
    const keys = registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEYS : [registry];
    return keys.flatMap((k) => [k, `https://${k}`, `http://${k}`, `https://${k}/v1/`, `https://${k}/v2/`]);
}
// A helper that waits for a keychain prompt must not hang the step.
const credentials_helperExec = createNodeExec({ timeoutMs: 30_000 });
/** `docker-credential-<helper> get`, the server URL on stdin; undefined when not installed or no entry. */
const runCredentialHelper = async (helper, registry) => {
    try {
        const result = await credentials_helperExec(`docker-credential-${helper}`, ["get"], { stdin: registry });
        return result.exitCode === 0 ? JSON.parse(result.stdout) : undefined;
    }
    catch {
        return undefined;
    }
};
/**
 * The docker config `docker/login-action` and `amazon-ecr-login` leave behind: `DOCKER_CONFIG`
 * or `~/.docker/config.json`, with `credHelpers`, `auths` and `credsStore` in docker's order.
 */
function dockerConfigCredentials(options = {}) {
    const dir = dockerConfigDir(options.env ?? process.env, options.home);
    let config;
    const load = () => {
        config ??= readDockerConfig(dir);
        return config;
    };
    const helper = options.helper ?? runCredentialHelper;
    const fromHelper = async (name, registry) => {
        for (const key of registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEYS : [registry, `https://${registry}`]) {
            const answer = await helper(name, key);
            if (answer?.Secret) {
                options.mask?.(answer.Secret);
                return answer.Username === "<token>"
                    ? { kind: "identity-token", identityToken: answer.Secret }
                    : { kind: "basic", username: answer.Username, password: answer.Secret };
            }
        }
        return undefined;
    };
    return async (registry) => {
        const cfg = load();
        const keys = configKeys(registry);
        const helperName = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean);
        if (helperName)
            return fromHelper(helperName, registry);
        for (const key of keys) {
            const entry = cfg.auths?.[key];
            if (!entry)
                continue;
            if (entry.identitytoken) {
                options.mask?.(entry.identitytoken);
                return { kind: "identity-token", identityToken: entry.identitytoken };
            }
            if (entry.registrytoken) {
                options.mask?.(entry.registrytoken);
                return { kind: "registry-token", registryToken: entry.registrytoken };
            }
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
                const at = decoded.indexOf(":");
                if (at > 0) {
                    options.mask?.(decoded.slice(at + 1));
                    return { kind: "basic", username: decoded.slice(0, at), password: decoded.slice(at + 1) };
                }
            }
            if (entry.username && entry.password) {
                options.mask?.(entry.password);
                return { kind: "basic", username: entry.username, password: entry.password };
            }
        }
        if (cfg.credsStore)
            return fromHelper(cfg.credsStore, registry);
        return undefined;
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(67);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./packages/oci/src/http-exchange.ts

/** Far above any manifest or token answer: a larger body is refused instead of buffered. */
const MAX_BODY = 32 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Redirects followed in a row, by the small exchanges and the blob GETs alike (fetch follows 20). */
const MAX_REDIRECTS = 5;
const exchange = (url, init) => once(new URL(url), init, MAX_REDIRECTS);
async function once(target, init, redirectsLeft) {
    const response = await send(target, init);
    const redirect = redirectsLeft > 0 ? redirectOf(target, response.status, response.headers.get("location"), init.method) : undefined;
    if (!redirect)
        return response;
    const headers = { ...(init.headers ?? {}) };
    if (!redirect.sameOrigin)
        delete headers.authorization;
    return once(redirect.next, { ...init, headers }, redirectsLeft - 1);
}
/**
 * Where an answer redirects a request, or undefined when it is not a redirect to follow: as
 * fetch's "follow", 307/308 keep method and body, 301-303 of a GET or HEAD stay GET/HEAD. The
 * rule of both kinds of exchange (this file's and client.ts's blob GETs). Storage behind a
 * redirect (S3, a CDN) must not see the registry's credentials: they go on only when
 * `sameOrigin`.
 */
function redirectOf(from, status, location, method) {
    if (!location || !REDIRECTS.has(status))
        return undefined;
    if (status < 307 && method !== "GET" && method !== "HEAD")
        return undefined;
    const next = new URL(location, from);
    return { next, sameOrigin: next.origin === from.origin };
}
/**
 * node:http or node:https for a URL, the one rule of both kinds of exchange (this file's and
 * stream-http.ts's). node:https (and with it tls) loads at the first https URL: 2 MB of memory a
 * plain-http registry never needs.
 */
function transportFor(url) {
    return url.protocol === "https:" ? process.getBuiltinModule("node:https") : (external_node_http_default());
}
function send(target, init) {
    const transport = transportFor(target);
    const headers = { ...(init.headers ?? {}) };
    const body = typeof init.body === "string" ? Buffer.from(init.body) : init.body;
    if (body)
        headers["content-length"] = String(body.length);
    return new Promise((resolve, reject) => {
        const request = transport.request(target, { method: init.method, headers }, (response) => {
            const chunks = [];
            let size = 0;
            response.on("data", (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY) {
                    response.destroy(new Error(`${target.origin}${target.pathname} answered more than ${MAX_BODY} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on("error", reject);
            // A connection that closes before the end of the body (no "error" in some Node versions).
            response.on("close", () => {
                if (!response.complete)
                    reject(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
            });
            response.on("end", () => {
                const bytes = Buffer.concat(chunks, size);
                const status = response.statusCode ?? 0;
                resolve({
                    status,
                    ok: status >= 200 && status < 300,
                    headers: { get: (name) => headerValue(response.headers[name.toLowerCase()]) },
                    body: bytes,
                    text: () => bytes.toString("utf8"),
                    json: () => JSON.parse(bytes.toString("utf8")),
                });
            });
        });
        request.on("error", reject);
        request.end(body);
    });
}
/** A header as node:http gives it, repeated ones joined with ", " (as fetch's Headers does). */
function headerValue(value) {
    if (value === undefined)
        return null;
    return Array.isArray(value) ? value.join(", ") : value;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(30);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./packages/oci/src/lent-http.ts

const SLAB_SIZE = 64 * 1024;
/**
 * The least room a read is given: a TLS record's plaintext (16 KiB), which tls hands over whole
 * when it fits. Reads go on into the rest of a slab while this much is left; over TLS a read
 * per 64 KiB slab would leave three quarters of each unused (1.5 MB of buffers at a copy's peak).
 */
const MIN_READ = 16 * 1024;
/** Idle slabs kept for the next reads (4 MiB); more are left to the garbage collector. */
const POOL_LIMIT = 64;
/** Chunks read ahead of the consumer before the socket is paused. */
const READ_AHEAD = 4;
const MAX_HEAD = 64 * 1024;
/** Idle connections kept per origin. */
const IDLE_LIMIT = 8;
/** Slabs the sockets read into, each back in the pool when no lent chunk looks at it. */
class SlabPool {
    free = [];
    lent = new Map();
    take() {
        return this.free.pop() ?? Buffer.allocUnsafeSlow(SLAB_SIZE);
    }
    /** Counts a view of a slab as out: a chunk with the consumer, or the slab a connection fills. */
    lend(chunk) {
        this.lent.set(chunk.buffer, (this.lent.get(chunk.buffer) ?? 0) + 1);
    }
    giveBack(chunk) {
        const count = (this.lent.get(chunk.buffer) ?? 1) - 1;
        if (count > 0) {
            this.lent.set(chunk.buffer, count);
            return;
        }
        this.lent.delete(chunk.buffer);
        this.recycle(Buffer.from(chunk.buffer, 0, SLAB_SIZE));
    }
    recycle(slab) {
        if (this.free.length < POOL_LIMIT)
            this.free.push(slab);
    }
}
const slabs = new SlabPool();
class Connection {
    socket;
    origin;
    sink;
    /** Set once it has served a response: a failure before any answer is then worth one retry. */
    reused = false;
    closed = false;
    /** The slab the reads go into (lent to this connection until it moves on), and its part filled. */
    filling;
    filled = 0;
    constructor(url, onClose) {
        this.origin = url.origin;
        const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
        const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
        // Node asks `buffer` for the room of each next read, and calls `callback` with what the
        // read put at its start.
        const onread = {
            buffer: () => this.nextReadRoom(),
            callback: (nread, room) => {
                this.filled += nread;
                const sink = this.sink;
                if (!sink) {
                    // Bytes nobody asked for (an idle connection): the server broke the protocol.
                    this.socket.destroy();
                    return false;
                }
                return sink.onData(room.subarray(0, nread));
            },
        };
        if (url.protocol === "https:") {
            // tls.connect takes `onread` as net.connect does (Node's tls docs); its types omit it.
            const options = {
                host,
                port,
                ...(external_node_net_default().isIP(host) ? {} : { servername: host }),
                ALPNProtocols: ["http/1.1"],
                onread,
            };
            this.socket = process.getBuiltinModule("node:tls").connect(options);
        }
        else {
            this.socket = external_node_net_default().connect({ host, port, onread });
        }
        this.socket.setNoDelay(true);
        const end = (error) => {
            if (this.closed)
                return;
            this.closed = true;
            this.leaveSlab();
            onClose(this);
            this.sink?.onEnd(error);
        };
        this.socket.on("error", end);
        this.socket.on("end", () => end());
        this.socket.on("close", () => end());
    }
    /** The rest of the slab being filled while a record fits in it, else a new slab. */
    nextReadRoom() {
        // A closed connection reads no more: what it is given is not held.
        if (this.closed)
            return slabs.take();
        if (this.filling && SLAB_SIZE - this.filled >= MIN_READ)
            return this.filling.subarray(this.filled);
        this.leaveSlab();
        const slab = slabs.take();
        this.filling = slab;
        this.filled = 0;
        // Held while reads go into it, so a chunk given back cannot return it to the pool meanwhile.
        slabs.lend(slab);
        return slab;
    }
    leaveSlab() {
        if (this.filling)
            slabs.giveBack(this.filling);
        this.filling = undefined;
    }
}
class ConnectionPool {
    idle = new Map();
    /** A kept connection to the URL's origin, or a new one. */
    acquire(url) {
        const connection = this.idle.get(url.origin)?.pop();
        if (!connection)
            return this.open(url);
        connection.socket.ref();
        return connection;
    }
    open(url) {
        return new Connection(url, (closed) => this.forget(closed));
    }
    /** Keeps a connection whose response was read to its end; it does not hold the process open. */
    keep(connection) {
        connection.sink = undefined;
        connection.reused = true;
        const list = this.idle.get(connection.origin) ?? [];
        if (connection.closed || list.length >= IDLE_LIMIT) {
            connection.socket.destroy();
            return;
        }
        list.push(connection);
        this.idle.set(connection.origin, list);
        connection.socket.unref();
        // Reading on, so a server that closes an idle connection is noticed (and it leaves the pool).
        connection.socket.resume();
    }
    forget(connection) {
        const list = this.idle.get(connection.origin);
        const at = list?.indexOf(connection) ?? -1;
        if (list && at >= 0)
            list.splice(at, 1);
    }
}
const pool = new ConnectionPool();
/**
 * GETs `url` with `headers` (names as given; Host and Connection are set here) and resolves
 * with the status and headers once the head has arrived. Redirects are returned, not followed.
 */
async function lentGet(url, headers) {
    const head = requestHead(url, headers);
    const connection = pool.acquire(url);
    try {
        return await request(connection, head);
    }
    catch (error) {
        if (!(connection.reused && error instanceof NoAnswerError))
            throw error;
        // A kept connection the server had closed meanwhile: a new one, once.
        return request(pool.open(url), head);
    }
}
/** A kept connection that ended before any byte of an answer (the server had closed it). */
class NoAnswerError extends Error {
    code = "ECONNRESET";
    constructor(cause) {
        super(`kept connection closed before an answer (${cause.message})`, { cause });
    }
}
function requestHead(url, headers) {
    const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
    for (const [name, value] of Object.entries(headers)) {
        if (/^(host|connection)$/i.test(name))
            continue;
        if (/[\r\n]/.test(value))
            throw new Error(`header ${name} holds a line break`);
        lines.push(`${name}: ${value}`);
    }
    lines.push("Connection: keep-alive", "", "");
    return lines.join("\r\n");
}
function request(connection, head) {
    return new Promise((resolve, reject) => {
        const reader = new ResponseReader(connection, resolve, reject);
        connection.sink = reader;
        if (connection.closed) {
            reader.onEnd(undefined);
            return;
        }
        connection.socket.write(head);
        connection.socket.resume();
    });
}
/** Parses one response from a connection's reads and lends its body chunk by chunk. */
class ResponseReader {
    status = 0;
    headers = {};
    headText = "";
    inHead = true;
    framing = { kind: "none" };
    keepAlive = false;
    /** Chunked framing: what the reader expects next, and the size line read so far. */
    chunkState = "size";
    chunkLeft = 0;
    line = "";
    queue = [];
    current;
    finished = false;
    released = false;
    failure;
    paused = false;
    waiter;
    connection;
    onHead;
    onHeadError;
    constructor(connection, onHead, onHeadError) {
        this.connection = connection;
        this.onHead = onHead;
        this.onHeadError = onHeadError;
    }
    onData(data) {
        let at = 0;
        try {
            if (this.inHead)
                at = this.readHead(data);
            if (!this.inHead && at < data.length)
                this.readBody(data, at);
        }
        catch (error) {
            this.fail(error);
        }
        this.wake();
        if (this.queue.length >= READ_AHEAD && !this.finished) {
            this.paused = true;
            return false;
        }
        return true;
    }
    onEnd(error) {
        if (!this.inHead && this.framing.kind === "close" && !error) {
            this.finished = true;
        }
        else if (!this.finished) {
            const cause = error ?? Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
            if (this.inHead && this.headText === "" && this.connection.reused) {
                this.fail(new NoAnswerError(cause));
            }
            else if (this.inHead) {
                this.fail(cause);
            }
            else {
                const code = cause.code;
                const message = `connection closed before the end of the response (${cause.message})`;
                this.fail(Object.assign(new Error(message, { cause }), { code: typeof code === "string" ? code : "ECONNRESET" }));
            }
            return;
        }
        this.wake();
    }
    /** Reads head bytes; returns how many bytes of `data` the head took (the body starts there). */
    readHead(data) {
        // Where this read starts in headText (latin1: one character per byte); negative once an
        // interim head ending inside this read has been cut off.
        let before = this.headText.length;
        this.headText += data.toString("latin1");
        for (;;) {
            const end = this.headText.indexOf("\r\n\r\n");
            if (end < 0) {
                if (this.headText.length > MAX_HEAD)
                    throw new Error(`response head longer than ${MAX_HEAD} bytes`);
                return data.length;
            }
            const lines = this.headText.slice(0, end).split("\r\n");
            const statusLine = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? "");
            if (!statusLine)
                throw new Error(`not an HTTP/1.x response: ${JSON.stringify((lines[0] ?? "").slice(0, 40))}`);
            const consumed = end + 4;
            const status = Number(statusLine[2]);
            if (status >= 100 && status < 200) {
                // An interim answer (103 Early Hints, say): the real head follows.
                this.headText = this.headText.slice(consumed);
                before -= consumed;
                continue;
            }
            this.status = status;
            for (const line of lines.slice(1)) {
                const colon = line.indexOf(":");
                if (colon <= 0)
                    throw new Error(`malformed response header: ${JSON.stringify(line.slice(0, 40))}`);
                const name = line.slice(0, colon).trim().toLowerCase();
                const value = line.slice(colon + 1).trim();
                this.headers[name] = name in this.headers ? `${this.headers[name]}, ${value}` : value;
            }
            this.framing = framingOf(status, this.headers);
            this.keepAlive =
                statusLine[1] === "1" &&
                    this.framing.kind !== "close" &&
                    !/(^|,)\s*close\s*(,|$)/i.test(this.headers.connection ?? "");
            this.inHead = false;
            if (this.framing.kind === "none" || (this.framing.kind === "length" && this.framing.left === 0)) {
                this.finished = true;
            }
            this.headText = "";
            this.onHead(this);
            return consumed - before;
        }
    }
    readBody(data, start) {
        const framing = this.framing;
        if (this.finished)
            throw new Error("bytes after the end of the response");
        if (framing.kind === "close") {
            this.push(data.subarray(start));
            return;
        }
        if (framing.kind === "length") {
            const take = Math.min(framing.left, data.length - start);
            this.push(data.subarray(start, start + take));
            framing.left -= take;
            if (start + take < data.length)
                throw new Error("bytes after the end of the response");
            if (framing.left === 0)
                this.finished = true;
            return;
        }
        this.readChunked(data, start);
    }
    /** RFC 9112 7.1: size line (extensions ignored), data, CRLF, ...; a 0 size, trailers, an empty line. */
    readChunked(data, start) {
        let at = start;
        while (at < data.length) {
            if (this.finished)
                throw new Error("bytes after the end of the response");
            if (this.chunkState === "data") {
                const take = Math.min(this.chunkLeft, data.length - at);
                this.push(data.subarray(at, at + take));
                at += take;
                this.chunkLeft -= take;
                if (this.chunkLeft === 0)
                    this.chunkState = "data-end";
                continue;
            }
            const newline = data.indexOf(10, at);
            const end = newline < 0 ? data.length : newline;
            this.line += data.toString("latin1", at, end);
            at = end;
            if (this.line.length > 1024)
                throw new Error("chunk size line longer than 1024 bytes");
            if (newline < 0)
                continue;
            at++;
            const line = this.line.replace(/\r$/, "");
            this.line = "";
            if (this.chunkState === "data-end") {
                if (line !== "")
                    throw new Error("chunk data longer than its size");
                this.chunkState = "size";
            }
            else if (this.chunkState === "size") {
                const size = /^([0-9a-fA-F]{1,12})(;.*)?$/.exec(line.trim());
                if (!size?.[1])
                    throw new Error(`malformed chunk size ${JSON.stringify(line.slice(0, 20))}`);
                this.chunkLeft = Number.parseInt(size[1], 16);
                this.chunkState = this.chunkLeft === 0 ? "trailer" : "data";
            }
            else if (line === "") {
                this.finished = true;
            }
        }
    }
    push(chunk) {
        if (chunk.length === 0)
            return;
        slabs.lend(chunk);
        this.queue.push(chunk);
    }
    fail(error) {
        if (this.failure || this.released)
            return;
        this.failure = error;
        this.connection.socket.destroy();
        // Before the head, the GET itself fails; after it, the body's reader does (next()).
        if (this.inHead)
            this.onHeadError(error);
        this.wake();
    }
    wake() {
        const waiter = this.waiter;
        this.waiter = undefined;
        waiter?.();
    }
    returnCurrent() {
        if (this.current)
            slabs.giveBack(this.current);
        this.current = undefined;
    }
    /** Ends this response's hold on its connection: kept for the next GET, or closed. */
    release(keep) {
        if (this.released)
            return;
        this.released = true;
        this.returnCurrent();
        for (const chunk of this.queue.splice(0))
            slabs.giveBack(chunk);
        if (keep && this.keepAlive && this.finished && !this.connection.closed)
            pool.keep(this.connection);
        else
            this.connection.socket.destroy();
    }
    async next() {
        this.returnCurrent();
        for (;;) {
            const chunk = this.queue.shift();
            if (chunk) {
                this.current = chunk;
                if (this.paused && this.queue.length < READ_AHEAD) {
                    this.paused = false;
                    this.connection.socket.resume();
                }
                return { done: false, value: chunk };
            }
            if (this.failure) {
                this.release(false);
                throw this.failure;
            }
            if (this.finished) {
                this.release(true);
                return { done: true, value: undefined };
            }
            if (this.released)
                return { done: true, value: undefined };
            await new Promise((resolve) => {
                this.waiter = resolve;
            });
        }
    }
    async return() {
        this.release(false);
        return { done: true, value: undefined };
    }
    [Symbol.asyncIterator]() {
        return this;
    }
    async text(limit = 4096) {
        let text = "";
        for await (const chunk of this) {
            if (text.length < limit)
                text += Buffer.from(chunk).toString("utf8");
        }
        return text.slice(0, limit);
    }
    destroy() {
        this.release(false);
    }
}
function framingOf(status, headers) {
    if (status === 204 || status === 304)
        return { kind: "none" };
    const encoding = headers["transfer-encoding"];
    if (encoding !== undefined) {
        return /(^|,)\s*chunked\s*$/i.test(encoding) ? { kind: "chunked" } : { kind: "close" };
    }
    const length = headers["content-length"];
    if (length === undefined)
        return { kind: "close" };
    const values = new Set(length.split(",").map((value) => value.trim()));
    const [only] = values;
    if (values.size !== 1 || only === undefined || !/^\d{1,15}$/.test(only)) {
        throw new Error(`invalid Content-Length ${JSON.stringify(length.slice(0, 40))}`);
    }
    return { kind: "length", left: Number(only) };
}

;// CONCATENATED MODULE: ./packages/oci/src/retry.ts

const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5_000, maxTotalDelayMs: 30_000 };
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function backoffDelay(policy, attempt, random = Math.random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(exponential / 2 + (random() * exponential) / 2);
}
/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * The retries one operation may still make, under one policy: attempts and the total wait.
 * withRetry runs on it; a loop that cannot hand withRetry one operation (a download that resumes
 * at the byte it broke, an upload that restarts or changes its way) spends the same budget, so
 * every retry in the package stops at the same limits.
 */
class RetryBudget {
    failures = 0;
    waited = 0;
    policy;
    sleep;
    constructor(policy, sleep) {
        this.policy = policy;
        this.sleep = sleep;
    }
    /**
     * Counts one failed attempt. Resolves when one more attempt fits the policy, after its wait
     * (the registry's `Retry-After`, else the backoff); `wait: false` for a retry that needs no
     * pause (a lapsed token, a body cut short). Otherwise throws `error`.
     */
    async spend(error, options = {}) {
        this.failures++;
        if (this.failures >= this.policy.attempts)
            throw error;
        if (options.wait === false)
            return;
        const hinted = error instanceof RegistryError ? error.retryAfterMs : undefined;
        const delay = hinted ?? backoffDelay(this.policy, this.failures - 1);
        if (this.waited + delay > this.policy.maxTotalDelayMs)
            throw error;
        this.waited += delay;
        options.onRetry?.(error, delay, this.failures);
        await this.sleep(delay);
    }
}
async function withRetry(operation, options) {
    const budget = new RetryBudget(options.policy, options.sleep);
    for (let attempt = 0;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!isRetryable(error))
                throw error;
            await budget.spend(error, { onRetry: options.onRetry });
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/stream-http.ts

/**
 * A streamed upload (`PUT` of blob bytes) over node:http(s): the body goes to the socket one
 * chunk at a time, each written before the next is asked for. That is the contract of the
 * chunks a download lends (lent-http.ts): a chunk is a view of a read buffer that is reused
 * once the next chunk is asked for. It also holds a copy to one chunk per upload in user space
 * whatever the blob's size (fetch with a streamed request body buffered far ahead of the
 * socket in our measurements, so memory grew with layer size).
 */
function streamUpload(url, headers, body) {
    const target = new URL(url);
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const request = transportFor(target).request(target, { method: "PUT", headers }, (response) => {
            if (settled) {
                response.resume();
                return;
            }
            settled = true;
            resolve(response);
        });
        request.on("error", fail);
        writeBody(request, body).catch((error) => {
            request.destroy();
            fail(error);
        });
    });
}
async function writeBody(request, body) {
    // A request closed early (an error answered before the body's end) fails the pending write.
    // One listener for the whole body: a Promise.race per chunk against a promise of the close
    // would leave a reaction per chunk on it, thousands per large blob, held until the end.
    let failWrite;
    let closed;
    request.once("close", () => {
        closed = Object.assign(new Error("upload closed before its body was sent"), { code: "ECONNRESET" });
        failWrite?.(closed);
    });
    for await (const chunk of body) {
        if (closed)
            throw closed;
        await new Promise((resolve, reject) => {
            failWrite = reject;
            request.write(chunk, (error) => (error ? reject(error) : resolve()));
        });
    }
    failWrite = undefined;
    request.end();
}
async function readText(response, limit = 4096) {
    let text = "";
    for await (const chunk of response) {
        if (text.length < limit)
            text += chunk.toString("utf8");
    }
    return text.slice(0, limit);
}
/**
 * True when Node itself routes node:http(s) through the environment's proxy
 * (NODE_USE_ENV_PROXY=1 or --use-env-proxy, with HTTP(S)_PROXY set). lent-http.ts connects
 * directly, so blob GETs then go over node:http (proxiedGet), as the small exchanges do.
 */
function nodeUsesEnvProxy(env = process.env, execArgv = process.execArgv) {
    const enabled = env.NODE_USE_ENV_PROXY === "1" ||
        execArgv.includes("--use-env-proxy") ||
        /(^|\s)--use-env-proxy(\s|$)/.test(env.NODE_OPTIONS ?? "");
    return enabled && Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}
/**
 * A GET over node:http(s), answered as a LentResponse. Its chunks are node:http's own buffers,
 * never reused, so the lent contract holds trivially; what it costs is the garbage lent-http.ts
 * avoids. For a process whose HTTP goes through a proxy (nodeUsesEnvProxy).
 */
function proxiedGet(url, headers) {
    return new Promise((resolve, reject) => {
        const request = transportFor(url).request(url, { method: "GET", headers }, (response) => {
            const joined = {};
            for (const [name, value] of Object.entries(response.headers)) {
                const text = headerValue(value);
                if (text !== null)
                    joined[name] = text;
            }
            const chunks = response[Symbol.asyncIterator]();
            const answer = {
                status: response.statusCode ?? 0,
                headers: joined,
                next: () => chunks.next(),
                return: async () => {
                    response.destroy();
                    return { done: true, value: undefined };
                },
                [Symbol.asyncIterator]: () => answer,
                text: (limit) => readText(response, limit),
                destroy: () => response.destroy(),
            };
            resolve(answer);
        });
        request.on("error", reject);
        request.end();
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/client.ts













class RegistryClient {
    auth;
    blobBytesRead = 0;
    /** Blob GETs: lent-http.ts, or node:http where Node routes HTTP through a proxy (stream-http.ts). */
    blobGet = nodeUsesEnvProxy() ? proxiedGet : lentGet;
    options;
    constructor(options = {}) {
        this.options = {
            logger: options.logger ?? silentLogger,
            mask: options.mask ?? (() => { }),
            retry: options.retry ?? DEFAULT_RETRY,
            sleep: options.sleep ?? realSleep,
            exchange: options.exchange ?? exchange,
            endpoint: options.endpoint ?? registryEndpoint,
            onBulkTransfer: options.onBulkTransfer ?? (() => { }),
        };
        this.auth = new Authenticator({
            credentials: options.credentials ?? chainResolvers(),
            ping: (registry) => this.ping(registry),
            exchange: this.options.exchange,
            mask: this.options.mask,
        });
    }
    /** A fresh retry budget under this client's policy, for a loop withRetry cannot wrap (a streamed upload). */
    retryBudget() {
        return new RetryBudget(this.options.retry, this.options.sleep);
    }
    endpoint(registry) {
        return this.options.endpoint(registry);
    }
    /**
     * True when `url` is on the registry's own origin. Credentials go only there (and to the token
     * realm it names): an upload `Location` or a tags `Link` on another origin gets none.
     */
    isOwnOrigin(registry, url) {
        return new URL(url).origin === new URL(this.endpoint(registry)).origin;
    }
    /** One GET /v2/ (the request that needs it retries, so no retry of its own here). */
    async ping(registry) {
        const url = `${this.endpoint(registry)}/v2/`;
        const response = await this.options.exchange(url, { method: "GET" });
        if (response.status >= 500 || response.status === 429 || response.status === 408) {
            throw new RegistryError({
                status: response.status,
                method: "GET",
                url,
                retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
            });
        }
        return { status: response.status, challenge: response.headers.get("www-authenticate") };
    }
    logRetry = (error, delayMs, attempt) => {
        const message = messageOf(error);
        this.options.logger.info(`retrying in ${delayMs} ms (attempt ${attempt + 1}): ${message}`);
    };
    /**
     * One HTTP exchange with auth (no body, or bytes): a 401 drops the token and tries once more
     * with a fresh one; transient failures are retried with backoff. Blob bytes go through
     * readBlob and finishUpload instead.
     */
    async request(registry, options) {
        const url = /^https?:\/\//.test(options.path) ? options.path : `${this.endpoint(registry)}${options.path}`;
        const own = this.isOwnOrigin(registry, url);
        const once = async () => {
            for (let authAttempt = 0;; authAttempt++) {
                const authorization = own ? await this.auth.header(registry, options.scopes) : undefined;
                const headers = { ...(options.headers ?? {}) };
                if (authorization)
                    headers.authorization = authorization;
                const response = await this.options.exchange(url, {
                    method: options.method,
                    headers,
                    ...(options.body !== undefined ? { body: options.body } : {}),
                });
                if (response.status === 401) {
                    // Another origin's challenge is not the registry's: it must not redirect our credentials.
                    if (!own)
                        throw new RegistryError({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
                    this.auth.invalidate(registry, options.scopes, response.headers.get("www-authenticate"));
                    if (authAttempt === 0)
                        continue;
                    throw new RegistryError({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
                }
                if (response.ok || options.allow?.includes(response.status))
                    return response;
                throw errorFrom(response, options.method, url);
            }
        };
        return withRetry(once, { policy: this.options.retry, sleep: this.options.sleep, onRetry: this.logRetry });
    }
    // ---- manifests ----
    async getManifest(repo, reference) {
        const response = await this.request(repo.registry, {
            method: "GET",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [repositoryScope(repo.repository, "pull")],
            headers: { accept: MANIFEST_ACCEPT },
        });
        const bytes = response.body;
        const digest = sha256Digest(bytes);
        if (isDigest(reference) && digest !== reference) {
            throw new IntegrityError(`manifest ${reference} of ${repo.registry}/${repo.repository} has digest ${digest}`);
        }
        let json;
        try {
            json = JSON.parse(bytes.toString("utf8"));
        }
        catch {
            throw new IntegrityError(`manifest ${reference} of ${repo.registry}/${repo.repository} is not JSON`);
        }
        const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
        const mediaType = json.mediaType ?? (contentType || (json.manifests ? MediaType.OciIndex : MediaType.OciManifest));
        return { bytes, mediaType, digest, json };
    }
    /** The manifest's digest, type and size, or undefined when absent. */
    async headManifest(repo, reference, push = false) {
        const response = await this.request(repo.registry, {
            method: "HEAD",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [repositoryScope(repo.repository, push ? "pull,push" : "pull")],
            headers: { accept: MANIFEST_ACCEPT },
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get("docker-content-digest");
        if (!digest) {
            const manifest = await this.getManifest(repo, reference);
            return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
        }
        return {
            digest,
            mediaType: (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "",
            size: Number(response.headers.get("content-length") ?? 0),
        };
    }
    /** Puts the bytes as they are (so the digest is unchanged); answers the `OCI-Subject` header if any. */
    async putManifest(repo, reference, bytes, mediaType) {
        const response = await this.request(repo.registry, {
            method: "PUT",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [repositoryScope(repo.repository, "pull,push")],
            headers: { "content-type": mediaType },
            body: bytes,
        });
        return {
            digest: response.headers.get("docker-content-digest") ?? sha256Digest(bytes),
            subject: response.headers.get("oci-subject") ?? undefined,
        };
    }
    // ---- blobs ----
    async headBlob(repo, digest, push = false) {
        const response = await this.request(repo.registry, {
            method: "HEAD",
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [repositoryScope(repo.repository, push ? "pull,push" : "pull")],
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        return Number(response.headers.get("content-length") ?? 0);
    }
    /** Cross-repository mount; when refused, the registry opens an upload session instead. */
    async mountBlob(repo, digest, from) {
        const response = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
            scopes: [repositoryScope(repo.repository, "pull,push"), repositoryScope(from, "pull")],
        });
        if (response.status === 201)
            return { mounted: true };
        return { mounted: false, location: this.location(repo.registry, response) };
    }
    /**
     * Abandons an upload session nothing will use (a refused mount of a blob the target had). Best
     * effort: a registry expires sessions on its own, so a failure is only logged.
     */
    async cancelUpload(repo, location) {
        try {
            await this.request(repo.registry, {
                method: "DELETE",
                path: location,
                scopes: [repositoryScope(repo.repository, "pull,push")],
                allow: [404],
            });
        }
        catch (error) {
            this.options.logger.debug(`upload session ${redactUrl(location)} left open: ${messageOf(error)}`);
        }
    }
    async startUpload(repo) {
        const response = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes: [repositoryScope(repo.repository, "pull,push")],
        });
        return this.location(repo.registry, response);
    }
    location(registry, response) {
        const location = response.headers.get("location");
        if (!location)
            throw new Error(`${registry} opened an upload without a Location header`);
        return new URL(location, `${this.endpoint(registry)}/`).toString();
    }
    /**
     * Monolithic upload: one `PUT <location>?digest=` with the body (bytes or a stream) and its
     * Content-Length. The registry checks the digest too.
     */
    async finishUpload(repo, location, digest, size, body) {
        const url = new URL(location);
        url.searchParams.set("digest", digest);
        const headers = { "content-type": "application/octet-stream", "content-length": String(size) };
        const scopes = [repositoryScope(repo.repository, "pull,push")];
        if (Buffer.isBuffer(body)) {
            await this.request(repo.registry, {
                method: "PUT",
                path: url.toString(),
                scopes,
                headers,
                body,
            });
            return;
        }
        const target = url.toString();
        const own = this.isOwnOrigin(repo.registry, target);
        const authorization = own ? await this.auth.header(repo.registry, scopes) : undefined;
        const response = await streamUpload(target, { ...headers, ...(authorization ? { authorization } : {}) }, body);
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) {
            response.resume();
            return;
        }
        const text = await readText(response).catch(() => "");
        throw this.transferError(repo, scopes, own, answered(status, (name) => response.headers[name], text), "PUT", target);
    }
    /**
     * Chunked upload, only for a registry that refuses a monolithic one (413): PATCH chunks of
     * `chunkSize` bytes (at least the registry's `OCI-Chunk-Min-Length`) with `Content-Range`,
     * then `PUT ?digest=` with no body. One chunk is held in memory at a time.
     */
    async uploadChunked(repo, digest, body, chunkSize = 8 * 1024 * 1024) {
        const scopes = [repositoryScope(repo.repository, "pull,push")];
        const start = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes,
        });
        let location = this.location(repo.registry, start);
        const size = Math.max(chunkSize, Number(start.headers.get("oci-chunk-min-length") ?? 0));
        let offset = 0;
        let pending = [];
        let pendingBytes = 0;
        /** Sends exactly `size` bytes (the last chunk: what is left), keeping the remainder. */
        const flush = async () => {
            const all = Buffer.concat(pending, pendingBytes);
            const chunk = all.subarray(0, Math.min(size, all.length));
            const rest = all.subarray(chunk.length);
            pending = rest.length ? [rest] : [];
            pendingBytes = rest.length;
            const response = await this.request(repo.registry, {
                method: "PATCH",
                path: location,
                scopes,
                headers: {
                    "content-type": "application/octet-stream",
                    "content-length": String(chunk.length),
                    "content-range": `${offset}-${offset + chunk.length - 1}`,
                },
                body: chunk,
            });
            location = this.location(repo.registry, response);
            offset += chunk.length;
        };
        for await (const data of body) {
            // A copy: the chunk is lent, and its buffer reused once the next one is asked for.
            pending.push(Buffer.from(data));
            pendingBytes += data.byteLength;
            while (pendingBytes >= size)
                await flush();
        }
        if (pendingBytes > 0)
            await flush();
        const url = new URL(location);
        url.searchParams.set("digest", digest);
        await this.request(repo.registry, {
            method: "PUT",
            path: url.toString(),
            scopes,
            headers: { "content-length": "0" },
            body: Buffer.alloc(0),
        });
    }
    /** Pushes a small blob held in memory (configs, SBOMs); skips it when present. */
    async pushBlob(repo, bytes, mediaType = "application/octet-stream") {
        const digest = sha256Digest(bytes);
        if ((await this.headBlob(repo, digest, true)) === undefined) {
            const location = await this.startUpload(repo);
            await this.finishUpload(repo, location, digest, bytes.length, bytes);
        }
        return { mediaType, digest, size: bytes.length };
    }
    /**
     * A blob as a stream of chunks, verified against size and digest as it flows: the chunk with
     * the last byte comes only once both match, so a bad blob never completes an upload. A broken
     * body resumes with `Range` from the byte it stopped at.
     *
     * Each chunk is lent (lent-http.ts): it is valid until the next one is asked for, so a
     * consumer that keeps bytes copies them, and a writer finishes its write before asking.
     */
    async *readBlob(repo, digest, size) {
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let offset = 0;
        const budget = this.retryBudget();
        let authRetried = false;
        const verify = () => {
            const actual = `sha256:${hash.digest("hex")}`;
            if (actual !== digest) {
                throw new IntegrityError(`blob ${digest} of ${repo.registry}/${repo.repository} read as ${actual} (${offset} bytes)`);
            }
        };
        for (;;) {
            let response;
            try {
                response = await this.getBlob(repo, digest, offset);
            }
            catch (error) {
                // A token that lapsed: the 401 dropped it, so the next attempt fetches a fresh one at once.
                const expired = error instanceof RegistryError && error.status === 401 && !authRetried;
                if (expired)
                    authRetried = true;
                if (!(expired || isRetryable(error)))
                    throw error;
                await budget.spend(error, { wait: !expired });
                continue;
            }
            // A server that ignores Range answers 200 from byte 0: skip what we already have.
            let skip = offset > 0 && response.status !== 206 ? offset : 0;
            try {
                for await (let data of response) {
                    if (skip > 0) {
                        const dropped = Math.min(skip, data.length);
                        data = data.subarray(dropped);
                        skip -= dropped;
                        if (data.length === 0)
                            continue;
                    }
                    if (offset + data.length > size)
                        throw new IntegrityError(`blob ${digest} is larger than its ${size} bytes`);
                    hash.update(data);
                    offset += data.length;
                    const before = this.blobBytesRead;
                    this.blobBytesRead += data.length;
                    if (before < BULK_TRANSFER_BYTES && this.blobBytesRead >= BULK_TRANSFER_BYTES)
                        this.options.onBulkTransfer();
                    if (offset === size)
                        verify();
                    yield data;
                }
            }
            catch (error) {
                if (error instanceof IntegrityError || !isNetworkError(error))
                    throw error;
                await budget.spend(error, {
                    onRetry: () => this.options.logger.info(`download of ${digest} broke at byte ${offset}; resuming`),
                });
                continue;
            }
            if (offset < size) {
                // The body ended early without an error: ask again from where it stopped, no pause.
                await budget.spend(new IntegrityError(`blob ${digest} ended at byte ${offset} of ${size}`), { wait: false });
                continue;
            }
            break;
        }
        if (size === 0)
            verify();
    }
    /** A whole blob held in memory (a config): readBlob's checks, its lent chunks copied. */
    async readBlobBytes(repo, digest, size) {
        const bytes = Buffer.allocUnsafe(size);
        let at = 0;
        for await (const chunk of this.readBlob(repo, digest, size)) {
            bytes.set(chunk, at);
            at += chunk.length;
        }
        return bytes;
    }
    /**
     * One GET of a blob's body from `offset`, over lent-http.ts (over node:http when Node routes
     * HTTP through a proxy, which lent-http does not speak: stream-http.ts). Redirects are followed (storage
     * behind one, S3 or a CDN, gets no credentials); an answer other than 2xx is thrown.
     */
    async getBlob(repo, digest, offset) {
        const scopes = [repositoryScope(repo.repository, "pull")];
        const authorization = await this.auth.header(repo.registry, scopes);
        const range = offset > 0 ? { range: `bytes=${offset}-` } : {};
        let url = new URL(`${this.endpoint(repo.registry)}/v2/${repo.repository}/blobs/${digest}`);
        let own = true;
        for (let redirects = 0;; redirects++) {
            const response = await this.blobGet(url, { ...range, ...(own && authorization ? { authorization } : {}) });
            const redirect = redirects < MAX_REDIRECTS ? redirectOf(url, response.status, response.headers.location, "GET") : undefined;
            if (redirect) {
                await response.text(0);
                own &&= redirect.sameOrigin;
                url = redirect.next;
                continue;
            }
            if (response.status >= 200 && response.status < 300)
                return response;
            const text = await response.text().catch(() => "");
            const answer = answered(response.status, (name) => response.headers[name], text);
            throw this.transferError(repo, scopes, own, answer, "GET", url.toString());
        }
    }
    /**
     * The error for a blob transfer's answer other than 2xx. A 401 from the registry itself drops
     * the token, and the caller retries the transfer once with a fresh one.
     */
    transferError(repo, scopes, own, answer, method, url) {
        if (answer.status === 401 && own)
            this.auth.invalidate(repo.registry, scopes, answer.headers.get("www-authenticate"));
        return errorFrom(answer, method, url);
    }
    // ---- tags and referrers ----
    /** Every tag, following `Link: <...>; rel="next"` pages. An absent repository has none. */
    async listTags(repo, pageSize = 1000) {
        const tags = [];
        let next = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
        while (next) {
            const response = await this.request(repo.registry, {
                method: "GET",
                path: next,
                scopes: [repositoryScope(repo.repository, "pull")],
                allow: [404],
            });
            if (response.status === 404)
                return tags;
            const body = response.json();
            tags.push(...(body.tags ?? []));
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get("link") ?? "");
            next = link?.[1] ? new URL(link[1], `${this.endpoint(repo.registry)}/`).toString() : undefined;
        }
        return tags;
    }
    /**
     * Referrers of a manifest through the OCI 1.1 referrers API; undefined when the registry
     * has no such API (the caller then reads the `sha256-<hex>` fallback tag).
     */
    async referrersApi(repo, digest) {
        const response = await this.request(repo.registry, {
            method: "GET",
            path: `/v2/${repo.repository}/referrers/${digest}`,
            scopes: [repositoryScope(repo.repository, "pull")],
            headers: { accept: MediaType.OciIndex },
            allow: [400, 404, 405],
        });
        if (!response.ok)
            return undefined;
        const contentType = response.headers.get("content-type") ?? "";
        if (!contentType.includes(MediaType.OciIndex))
            return undefined;
        const body = response.json();
        return body.manifests ?? [];
    }
}
function answered(status, header, text) {
    return {
        status,
        headers: { get: (name) => headerValue(header(name)) },
        text: () => text,
    };
}
function errorFrom(response, method, url) {
    let code;
    let detail;
    if (method !== "HEAD") {
        const text = response.text();
        try {
            const body = JSON.parse(text);
            code = body.errors?.[0]?.code;
            detail = body.errors?.[0]?.message;
        }
        catch {
            detail = text.slice(0, 200).replace(/\s+/g, " ").trim() || undefined;
        }
    }
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    return new RegistryError({
        status: response.status,
        method,
        url: redactUrl(url),
        ...(code ? { code } : {}),
        ...(detail ? { detail } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/build/src/oci-store.ts

/** A ManifestStore over @platform/oci's registry client, with this step's login for `host` only. */
function ociManifestStore(host, login, options) {
    const client = new RegistryClient({
        ...(login ? { credentials: explicitCredentials(login.username, login.password, [host]) } : {}),
        logger: options.logger,
        mask: options.mask,
    });
    return {
        async getManifest(repository, reference) {
            const manifest = await client.getManifest({ registry: host, repository }, reference);
            return { bytes: manifest.bytes, mediaType: manifest.mediaType };
        },
        async putManifest(repository, reference, bytes, mediaType) {
            await client.putManifest({ registry: host, repository }, reference, Buffer.from(bytes), mediaType);
        },
    };
}

// EXTERNAL MODULE: ./actions/build-push-oidc/src/constants.ts
var constants = __webpack_require__(510);
;// CONCATENATED MODULE: ./actions/build-push-oidc/src/run.ts






/**
 * Everything after the inputs are read: loaded on demand by main.ts, so the AWS SDK and the
 * registry client are not parsed before the first input is (nor at all in the post step).
 */
async function run(inputs, runner) {
    const plan = planBuild(inputs, {
        serverUrl: runner.serverUrl,
        repository: runner.repository,
        owner: runner.owner,
        actor: runner.actor,
        sha: runner.sha,
        runId: runner.runId,
        runNumber: runner.runNumber,
        ...(runner.ref ? { ref: runner.ref } : {}),
        ...(runner.headRef ? { headRef: runner.headRef } : {}),
        now: new Date(),
    });
    const result = await buildAndPush(plan, {
        // @actions/exec: docker's command line and output stream to the job log as they happen.
        exec: actionsExec(),
        logger: actions/* actionsLogger */.MV,
        mask: actions/* mask */.dK,
        saveState: actions/* saveState */.LZ,
        getIdToken: getIDToken,
        aws: { assumeRoleWithOidc: assumeRoleWithOidc, getEcrAuthorization: getEcrAuthorization, ensureEcrRepository: ensureEcrRepository },
        manifestStore: (host, login) => ociManifestStore(host, login, { logger: actions/* actionsLogger */.MV, mask: actions/* mask */.dK }),
        runnerTemp: runner.temp,
        userDockerConfigDir: docker_config_dockerConfigDir(),
        owner: runner.owner,
    });
    return {
        outputs: {
            [constants/* Outputs */.tY.Digest]: result.digest ?? "",
            [constants/* Outputs */.tY.Image]: result.digest ? `${result.repository}@${result.digest}` : "",
            [constants/* Outputs */.tY.Tags]: JSON.stringify(result.tags),
            [constants/* Outputs */.tY.Platforms]: result.platforms.join(","),
        },
        summary: `### build-push-oidc\n\n${summaryMarkdown(result)}`,
    };
}


/***/ })

};
