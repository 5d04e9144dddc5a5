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
export { createNodeExec, type Exec, type ExecOptions, type ExecResult, nodeExec } from "./exec.ts";
export {
  createGitRunner,
  type GitConfigEntry,
  type GitCredentials,
  type GitRunner,
  gitConfigVariables,
  gitEnvironments,
  type RepositoryGit,
  talksToRemote,
} from "./git.ts";
export { mapLimit } from "./map-limit.ts";
