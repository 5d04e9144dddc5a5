export { Authenticator, checkRealm, parseChallenge, repositoryScope } from "./auth.ts";
export { BULK_TRANSFER_BYTES, leanV8ForBulkTransfer } from "./bulk-transfer.ts";
export { type Manifest, RegistryClient } from "./client.ts";
export {
  CopyError,
  type CopyPlanRequest,
  type CopyResult,
  copyImage,
  ImmutableTagError,
  TagConflictError,
  type TagPhaseFailure,
  type TargetReport,
  UnusableReferenceError,
} from "./copy.ts";
export {
  type Credential,
  type CredentialResolver,
  chainResolvers,
  dockerConfigCredentials,
  type EcrAuthorization,
  ecrCredentials,
  explicitCredentials,
  githubTokenCredentials,
  runCredentialHelper,
} from "./credentials.ts";
export { digestTag, isDigest, sha256Digest } from "./digest.ts";
export {
  configKeyHost,
  DOCKER_HUB_CONFIG_KEYS,
  dockerConfigDir,
  dockerConfigKey,
  readDockerConfig,
} from "./docker-config.ts";
export { isAwsRegion, isEcrHost, parseEcrHost } from "./ecr-host.ts";
export {
  IntegrityError,
  isConnectionRefused,
  isMalformedResponse,
  isNetworkError,
  isRetryable,
  messageOf,
  RegistryError,
  redactUrl,
  UntrustedEndpointError,
} from "./errors.ts";
export { buildIndex } from "./index-builder.ts";
export { HostLimiter } from "./limiter.ts";
export { type Descriptor, isIndex, MANIFEST_ACCEPT, type ManifestJson, MediaType } from "./media-types.ts";
export { formatPlatform, InvalidPlatformError, PLATFORM_FIX, type Platform, parsePlatform } from "./platforms.ts";
export {
  DOCKER_HUB,
  DOCKER_HUB_ALIASES,
  formatReference,
  formatRepository,
  GHCR,
  type ImageReference,
  InvalidReferenceError,
  isImageName,
  isLinkLocalHost,
  isRegistryHost,
  isRepositoryComponent,
  isTag,
  MAX_NAME_LENGTH,
  parseReference,
  type Repository,
  registryEndpoint,
} from "./reference.ts";
export {
  backoffDelay,
  DEFAULT_RETRY,
  parseRetryAfter,
  RetryBudget,
  type RetryPolicy,
  realSleep,
  type Sleep,
  withRetry,
} from "./retry.ts";
export {
  describeRollback,
  orderTagWrites,
  planRollback,
  type RollbackOutcome,
  type TagContent,
  type TagWrite,
  TagWriteError,
  tagName,
  writeTags,
} from "./tag-plan.ts";
