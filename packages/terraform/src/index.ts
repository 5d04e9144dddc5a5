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
  type AttributeValue,
  analysePlan,
  type OutputEntry,
  type PlanAnalysis,
  RESOURCE_ACTIONS,
  type ResourceAction,
  type ResourceEntry,
  renderValue,
  SENSITIVE,
  UNKNOWN,
} from "./model.ts";
export {
  checkPlan,
  type Json,
  type PlanChange,
  type PlanJson,
  type PlanResourceChange,
  type PlanStateModule,
  type PlanStateResource,
  type PlanStateValues,
  parsePlanJson,
  SUPPORTED_FORMAT_MAJOR,
} from "./plan-json.ts";
export { errorLines, type PlanRun, type PlanRunOptions, runPlan, type TerraformField } from "./plan-runner.ts";
export { countByAction, GITHUB_BODY_LIMIT, renderSummaryTable, renderWorkspace } from "./render.ts";
export { collectSecrets, SecretSet } from "./sensitive.ts";
export {
  analysedWorkspace,
  driftFingerprint,
  driftItems,
  errorFingerprint,
  failedWorkspace,
  REPORT_OUTPUT_LIMIT,
  type ReportResource,
  type ReportWorkspace,
  reportJson,
  reportWorkspace,
  type WorkspaceResult,
  type WorkspaceStatus,
} from "./workspace.ts";
