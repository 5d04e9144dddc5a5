export const id = 2;
export const ids = [2];
export const modules = {

/***/ 2:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Authenticator: () => (/* reexport */ auth/* Authenticator */.kD),
  BULK_TRANSFER_BYTES: () => (/* reexport */ bulk_transfer/* BULK_TRANSFER_BYTES */.B),
  CopyError: () => (/* reexport */ copy/* CopyError */.k6),
  DEFAULT_RETRY: () => (/* reexport */ retry/* DEFAULT_RETRY */.vI),
  DOCKER_HUB: () => (/* reexport */ reference/* DOCKER_HUB */.Xb),
  DOCKER_HUB_ALIASES: () => (/* reexport */ reference/* DOCKER_HUB_ALIASES */.Kd),
  DOCKER_HUB_CONFIG_KEYS: () => (/* reexport */ docker_config/* DOCKER_HUB_CONFIG_KEYS */.PP),
  GHCR: () => (/* reexport */ reference/* GHCR */.fc),
  HostLimiter: () => (/* reexport */ limiter/* HostLimiter */.h),
  ImmutableTagError: () => (/* reexport */ copy/* ImmutableTagError */.zF),
  IntegrityError: () => (/* reexport */ errors/* IntegrityError */.cs),
  InvalidPlatformError: () => (/* reexport */ platforms/* InvalidPlatformError */.JP),
  InvalidReferenceError: () => (/* reexport */ reference/* InvalidReferenceError */.x_),
  MANIFEST_ACCEPT: () => (/* reexport */ media_types/* MANIFEST_ACCEPT */.dY),
  MAX_NAME_LENGTH: () => (/* reexport */ reference/* MAX_NAME_LENGTH */.EM),
  MediaType: () => (/* reexport */ media_types/* MediaType */.zu),
  PLATFORM_FIX: () => (/* reexport */ platforms/* PLATFORM_FIX */._l),
  RegistryClient: () => (/* reexport */ client/* RegistryClient */.b),
  RegistryError: () => (/* reexport */ errors/* RegistryError */.gl),
  RetryBudget: () => (/* reexport */ retry/* RetryBudget */.Km),
  TagConflictError: () => (/* reexport */ copy/* TagConflictError */.P1),
  TagWriteError: () => (/* reexport */ tag_plan/* TagWriteError */.e6),
  UntrustedEndpointError: () => (/* reexport */ errors/* UntrustedEndpointError */.Kf),
  UnusableReferenceError: () => (/* reexport */ copy/* UnusableReferenceError */.RD),
  backoffDelay: () => (/* reexport */ retry/* backoffDelay */.EY),
  buildIndex: () => (/* reexport */ buildIndex),
  chainResolvers: () => (/* reexport */ credentials/* chainResolvers */.fB),
  checkRealm: () => (/* reexport */ auth/* checkRealm */.mR),
  configKeyHost: () => (/* reexport */ docker_config/* configKeyHost */.Oq),
  copyImage: () => (/* reexport */ copy/* copyImage */.L1),
  describeRollback: () => (/* reexport */ tag_plan/* describeRollback */.sR),
  digestTag: () => (/* reexport */ digest/* digestTag */.t9),
  dockerConfigCredentials: () => (/* reexport */ credentials/* dockerConfigCredentials */.D),
  dockerConfigDir: () => (/* reexport */ docker_config/* dockerConfigDir */.kG),
  dockerConfigKey: () => (/* reexport */ docker_config/* dockerConfigKey */.Y4),
  ecrCredentials: () => (/* reexport */ credentials/* ecrCredentials */.dQ),
  explicitCredentials: () => (/* reexport */ credentials/* explicitCredentials */.Ve),
  formatPlatform: () => (/* reexport */ platforms/* formatPlatform */.Bq),
  formatReference: () => (/* reexport */ reference/* formatReference */.FH),
  formatRepository: () => (/* reexport */ reference/* formatRepository */.Sh),
  githubTokenCredentials: () => (/* reexport */ credentials/* githubTokenCredentials */.ZZ),
  isAwsRegion: () => (/* reexport */ ecr_host/* isAwsRegion */.EK),
  isConnectionRefused: () => (/* reexport */ errors/* isConnectionRefused */.Xg),
  isDigest: () => (/* reexport */ digest/* isDigest */.Bc),
  isEcrHost: () => (/* reexport */ ecr_host/* isEcrHost */.R5),
  isImageName: () => (/* reexport */ reference/* isImageName */.lS),
  isIndex: () => (/* reexport */ media_types/* isIndex */.nw),
  isLinkLocalHost: () => (/* reexport */ reference/* isLinkLocalHost */.Gp),
  isMalformedResponse: () => (/* reexport */ errors/* isMalformedResponse */.bx),
  isNetworkError: () => (/* reexport */ errors/* isNetworkError */.TX),
  isRegistryHost: () => (/* reexport */ reference/* isRegistryHost */.EV),
  isRepositoryComponent: () => (/* reexport */ reference/* isRepositoryComponent */.QP),
  isRetryable: () => (/* reexport */ errors/* isRetryable */.r3),
  isTag: () => (/* reexport */ reference/* isTag */.dz),
  leanV8ForBulkTransfer: () => (/* reexport */ bulk_transfer/* leanV8ForBulkTransfer */.D),
  messageOf: () => (/* reexport */ errors/* messageOf */.bD),
  orderTagWrites: () => (/* reexport */ tag_plan/* orderTagWrites */.hC),
  parseChallenge: () => (/* reexport */ auth/* parseChallenge */.xy),
  parseEcrHost: () => (/* reexport */ ecr_host/* parseEcrHost */.wl),
  parsePlatform: () => (/* reexport */ platforms/* parsePlatform */.FL),
  parseReference: () => (/* reexport */ reference/* parseReference */.F2),
  parseRetryAfter: () => (/* reexport */ retry/* parseRetryAfter */.mu),
  planRollback: () => (/* reexport */ tag_plan/* planRollback */.II),
  readDockerConfig: () => (/* reexport */ docker_config/* readDockerConfig */.TO),
  realSleep: () => (/* reexport */ retry/* realSleep */.uk),
  redactUrl: () => (/* reexport */ errors/* redactUrl */.BO),
  registryEndpoint: () => (/* reexport */ reference/* registryEndpoint */.Fh),
  repositoryScope: () => (/* reexport */ auth/* repositoryScope */.F7),
  runCredentialHelper: () => (/* reexport */ credentials/* runCredentialHelper */.Zz),
  sha256Digest: () => (/* reexport */ digest/* sha256Digest */.sI),
  tagName: () => (/* reexport */ tag_plan/* tagName */.wZ),
  withRetry: () => (/* reexport */ retry/* withRetry */.bD),
  writeTags: () => (/* reexport */ tag_plan/* writeTags */.p)
});

// EXTERNAL MODULE: ./packages/oci/src/auth.ts
var auth = __webpack_require__(939);
// EXTERNAL MODULE: ./packages/oci/src/bulk-transfer.ts
var bulk_transfer = __webpack_require__(877);
// EXTERNAL MODULE: ./packages/oci/src/client.ts + 4 modules
var client = __webpack_require__(43);
// EXTERNAL MODULE: ./packages/oci/src/copy.ts
var copy = __webpack_require__(160);
// EXTERNAL MODULE: ./packages/oci/src/credentials.ts + 3 modules
var credentials = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/oci/src/digest.ts
var digest = __webpack_require__(253);
// EXTERNAL MODULE: ./packages/oci/src/docker-config.ts
var docker_config = __webpack_require__(156);
// EXTERNAL MODULE: ./packages/oci/src/ecr-host.ts
var ecr_host = __webpack_require__(514);
// EXTERNAL MODULE: ./packages/oci/src/errors.ts
var errors = __webpack_require__(346);
// EXTERNAL MODULE: ./packages/oci/src/media-types.ts
var media_types = __webpack_require__(125);
;// CONCATENATED MODULE: ./packages/oci/src/index-builder.ts


/**
 * An OCI image index over per-platform manifests (what build-push-oidc pushes after its
 * per-platform builds). The bytes are returned so the caller puts exactly what it hashed.
 */
function buildIndex(manifests, options = {}) {
    const mediaType = options.mediaType ?? media_types/* MediaType */.zu.OciIndex;
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
    return { bytes, digest: (0,digest/* sha256Digest */.sI)(bytes), mediaType, size: bytes.length };
}

// EXTERNAL MODULE: ./packages/oci/src/limiter.ts
var limiter = __webpack_require__(405);
// EXTERNAL MODULE: ./packages/oci/src/platforms.ts
var platforms = __webpack_require__(333);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var reference = __webpack_require__(768);
// EXTERNAL MODULE: ./packages/oci/src/retry.ts
var retry = __webpack_require__(367);
// EXTERNAL MODULE: ./packages/oci/src/tag-plan.ts
var tag_plan = __webpack_require__(541);
;// CONCATENATED MODULE: ./packages/oci/src/index.ts


















/***/ })

};
