export { ApiTransport } from "./api.ts";
export { unifiedDiff } from "./diff.ts";
export { type GitopsField, gitopsFieldError } from "./fields.ts";
export { createGit, type Git, GitTransport, spawnGitIn, unreadable } from "./git.ts";
export { gitAuthConfig, gitAuthSecret } from "./git-auth.ts";
export { applyImageEdit, applyReplicaEdit, KUSTOMIZATION_FILES } from "./kustomize.ts";
export { type LandResult, landEdits } from "./land.ts";
export { commitMessage, pullRequestBranch } from "./message.ts";
export { applyEdits, type FileChange, memorySnapshot } from "./plan.ts";
export { type AutoMerge, openOrUpdatePullRequest } from "./pull-request.ts";
export { isBranchName, isReplicaCount, isRepositoryName, isResourceName } from "./reference.ts";
export { buildEditRequest, type EditRequest } from "./request.ts";
export {
  type CommitOutcome,
  type CommitRequest,
  type CommitResult,
  commitWithRetry,
  type PreparedCommit,
  type RetryPolicy,
  type Transport,
} from "./retry.ts";
export { applySet } from "./set-path.ts";
export {
  formatPath,
  type ImageEdit,
  type PathSegment,
  PRESERVE,
  parseImageEdit,
  parsePath,
  parseReplicaEdit,
  parseSetEdit,
  type ReplicaEdit,
  repositoryPathProblem,
  type SetEdit,
  splitImage,
} from "./specs.ts";
export { isDirectory, isFile, PathEscapeError, resolveInTree, type Snapshot, type TreeEntry } from "./tree.ts";
export { openGitWorkspace } from "./workspace.ts";
export { isBlockScalar, type NewNode, renderScalar, type ValueType, YamlEditError, YamlText } from "./yaml-edit.ts";
