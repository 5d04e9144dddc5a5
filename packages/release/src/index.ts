export {
  type BranchSpec,
  type BundledPlugin,
  bundledPluginNames,
  isRecord,
  loadReleaseFile,
  type PluginOptions,
  type PluginSelection,
  parseBranches,
  type ReleaseFile,
  selectPluginOptions,
} from "./config.ts";
export { confineEnvironment, keptForRelease, releaseEnvironment } from "./environment.ts";
export { type ReleaseField, releaseFieldError } from "./fields.ts";
export { type ReleaseDeps, type ReleaseInputs, type ReleaseResult, runRelease } from "./release.ts";
export { type CommitLine, commitsByType, commitType, releaseSummary, type SummaryInput } from "./summary.ts";
export { refusePullRequestEvent } from "./trigger.ts";
export { floatingTags, parseVersion, tagFor, type Version, versionOfTag } from "./versions.ts";
