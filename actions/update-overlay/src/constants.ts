/** Input and output names of update-overlay, in one place (action.yml is the contract). */
export const Inputs = {
  Repository: "repository",
  Branch: "branch",
  GitHubToken: "github-token",
  CommitVia: "commit-via",
  Path: "path",
  Overlay: "overlay",
  Images: "images",
  Replicas: "replicas",
  Set: "set",
  AllowCreate: "allow-create",
  Message: "message",
  Mode: "mode",
  PrTitle: "pr-title",
  PrLabels: "pr-labels",
  PrReviewers: "pr-reviewers",
  AutoMerge: "auto-merge",
  DryRun: "dry-run",
} as const;

export const Outputs = {
  Changed: "changed",
  Commit: "commit",
  PullRequest: "pull-request",
  Files: "files",
  Diff: "diff",
} as const;
