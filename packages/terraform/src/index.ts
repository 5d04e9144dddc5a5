export { findPlanFiles, findWorkspaces } from "./discover.ts";
export {
  DRIFT_BODY_BUDGET,
  type DriftIssue,
  type DriftIssuePort,
  DriftIssueSync,
  type DriftSubject,
  type IssueUpdate,
  type SubjectOutcome,
} from "./drift-issues.ts";
export { terraformEnvironment } from "./environment.ts";
export { type Exec, type ExecOptions, type ExecResult, mapLimit, nodeExec, splitArguments } from "./exec.ts";
export {
  analysePlan,
  type PlanAnalysis,
  RESOURCE_ACTIONS,
  type ResourceEntry,
  SENSITIVE,
  UNKNOWN,
} from "./model.ts";
export {
  type Json,
  type PlanChange,
  type PlanJson,
  type PlanResourceChange,
  type PlanStateModule,
  parsePlanJson,
} from "./plan-json.ts";
export { errorLines, runPlan, type TerraformField } from "./plan-runner.ts";
export { countByAction, GITHUB_BODY_LIMIT, renderSummaryTable, renderWorkspace } from "./render.ts";
export { collectSecrets, SecretSet } from "./sensitive.ts";
export {
  analysedWorkspace,
  driftFingerprint,
  driftItems,
  failedWorkspace,
  REPORT_OUTPUT_LIMIT,
  reportJson,
  reportWorkspace,
  type WorkspaceResult,
} from "./workspace.ts";
