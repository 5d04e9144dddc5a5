/** Input and output names of drift-report, in one place (action.yml is the contract). */
export const Inputs = {
  Workspaces: "workspaces",
  Plans: "plans",
  Terraform: "terraform",
  Init: "init",
  PlanArgs: "plan-args",
  Concurrency: "concurrency",
  Issues: "issues",
  Labels: "labels",
  MaxNewIssues: "max-new-issues",
  GitHubToken: "github-token",
  ShowValues: "show-values",
  FailOnDrift: "fail-on-drift",
} as const;

export const Outputs = {
  Drifted: "drifted",
  Failed: "failed",
  Report: "report",
  Issues: "issues",
} as const;

export const ISSUE_MODES = ["per-workspace", "rollup", "none"] as const;
export type IssueMode = (typeof ISSUE_MODES)[number];
