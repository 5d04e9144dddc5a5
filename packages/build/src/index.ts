export { assembleIndex, type PlatformDigest, parsePlatformDigests } from "./assemble.ts";
export { type BuildxOptions, buildxArgs, type CacheMode, digestFromMetadata } from "./buildx.ts";
export {
  cleanUpDockerConfig,
  DOCKER_CONFIG_STATE,
  PRIVATE_CONFIG_PREFIX,
  removePrivateDockerConfig,
} from "./cleanup.ts";
export {
  listCredentialStore,
  mergeDockerConfig,
  type RegistryLogin,
  writePrivateDockerConfig,
} from "./docker-config.ts";
export { childEnvironment, type Exec, type ExecOptions, type ExecResult, processExec } from "./exec.ts";
export { type BuildField, buildFieldError } from "./fields.ts";
export { ociLabels, parseKeyValueLines } from "./labels.ts";
export {
  buildWithoutBuildx,
  indexFor,
  labelDockerfile,
  legacyBuildArgs,
  type ManifestStore,
  OCI_INDEX,
} from "./legacy.ts";
export { ociManifestStore } from "./oci-store.ts";
export {
  type BuildInputs,
  type BuildPlan,
  planBuild,
  platformTag,
  type RunnerContext,
  runnerContext,
} from "./plan.ts";
export { formatPlatform, type Platform, parsePlatform, parsePlatforms } from "./platforms.ts";
export {
  type ImageName,
  parseImage,
  parseRegistry,
  type RegistrySpec,
  repositoryFor,
} from "./registry.ts";
export {
  type AwsApi,
  type BuildPushDeps,
  buildAndPush,
  summaryMarkdown,
} from "./run.ts";
export {
  branchFromEnvironment,
  defaultTagTemplates,
  renderTags,
  sanitizeBranch,
  type TagContext,
} from "./tags.ts";
