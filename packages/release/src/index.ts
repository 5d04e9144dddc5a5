export {
  type BranchSpec,
  isRecord,
  loadReleaseFile,
  type PluginOptions,
  parseBranches,
  selectPluginOptions,
} from "./config.ts";
export { confineEnvironment, keptForRelease, releaseEnvironment } from "./environment.ts";
export { type ReleaseField, releaseFieldError } from "./fields.ts";
export { type ReleaseDeps, type ReleaseInputs, type ReleaseResult, runRelease } from "./release.ts";
export { type CommitLine, commitsByType, commitType, releaseSummary } from "./summary.ts";
export { refusePullRequestEvent } from "./trigger.ts";
export { floatingTags, parseVersion, tagFor, versionOfTag } from "./versions.ts";
