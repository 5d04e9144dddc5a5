export const id = 988;
export const ids = [988];
export const modules = {

/***/ 3988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLE_SESSION_SECONDS: () => (/* reexport */ ROLE_SESSION_SECONDS),
  STS_AUDIENCE: () => (/* reexport */ STS_AUDIENCE),
  assumeRoleWithOidc: () => (/* reexport */ assumeRoleWithOidc),
  awsFieldError: () => (/* reexport */ awsFieldError),
  createEcrLogin: () => (/* reexport */ createEcrLogin),
  defaultSessionName: () => (/* reexport */ defaultSessionName),
  describeTokenSubject: () => (/* reexport */ describeTokenSubject),
  ecrLoginPerRole: () => (/* reexport */ ecrLoginPerRole),
  ensureEcrRepository: () => (/* reexport */ ensureEcrRepository),
  getEcrAuthorization: () => (/* reexport */ getEcrAuthorization),
  resolveRoleArn: () => (/* reexport */ resolveRoleArn),
  validateDurationSeconds: () => (/* reexport */ validateDurationSeconds),
  validateRegion: () => (/* reexport */ validateRegion),
  validateSessionName: () => (/* reexport */ validateSessionName)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(8826);
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

;// CONCATENATED MODULE: ./packages/aws/src/fields.ts

/** fieldError for this package's fields. */
function awsFieldError(field, value, problem, fix) {
    return (0,errors/* fieldError */.$i)(field, value, problem, fix);
}

// EXTERNAL MODULE: ./packages/oci/src/ecr-host.ts
var ecr_host = __webpack_require__(514);
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
    if (!(0,ecr_host/* isAwsRegion */.EK)(region)) {
        throw awsFieldError("region", region, "is not an AWS region", "use a region code such as eu-central-1");
    }
}

;// CONCATENATED MODULE: ./packages/aws/src/ecr.ts




/** Loaded on first use: the SDK costs ~100 ms of start-up that actions without ECR need not pay. */
const loadEcr = () => __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 1407));
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
    const { StandardRetryStrategy } = await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 7375));
    const standard = new StandardRetryStrategy(maxAttempts);
    return {
        acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope),
        refreshRetryTokenForRetry: (token, info) => isThrottlingOrNetworkError(info)
            ? standard.refreshRetryTokenForRetry(token, info)
            : Promise.reject(new Error(`not retried: ${info.errorType}`)),
        recordSuccess: (token) => standard.recordSuccess(token),
    };
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
    const { AssumeRoleWithWebIdentityCommand, STSClient } = await __webpack_require__.e(/* import() */ 225).then(__webpack_require__.bind(__webpack_require__, 4225));
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

;// CONCATENATED MODULE: ./packages/aws/src/index.ts








/***/ }),

/***/ 514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ isAwsRegion),
/* harmony export */   R5: () => (/* binding */ isEcrHost),
/* harmony export */   wl: () => (/* binding */ parseEcrHost)
/* harmony export */ });
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
function parseEcrHost(host) {
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
    return parseEcrHost(host) !== undefined;
}


/***/ })

};
