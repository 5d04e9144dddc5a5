export {
  childEnvironment,
  confineEnvironment,
  gitBaseEnvironment,
  keptForRelease,
  OIDC_REQUEST_VARIABLES,
  releaseEnvironment,
  terraformEnvironment,
  withOverrides,
} from "./environment.ts";
export { createNodeExec, type Exec, type ExecOptions, type ExecResult, nodeExec, startError } from "./exec.ts";
export {
  createGitRunner,
  type GitConfigEntry,
  type GitCredentials,
  type GitEnvironments,
  type GitRunner,
  type GitRunnerOptions,
  type GitRunOptions,
  gitConfigVariables,
  gitEnvironments,
  gitSafetyEntries,
  type RepositoryGit,
  talksToRemote,
} from "./git.ts";
export { mapLimit } from "./map-limit.ts";
