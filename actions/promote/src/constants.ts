/** Input and output names of promote (action.yml is the contract). */
export const Inputs = {
  Environment: "environment",
  From: "from",
  Images: "images",
  Digest: "digest",
  Reason: "reason",
  Config: "config",
  ConfigRef: "config-ref",
  GithubToken: "github-token",
  GitopsToken: "gitops-token",
  Username: "username",
  Password: "password",
  AllowUnverified: "allow-unverified",
  DryRun: "dry-run",
} as const;

export const Outputs = {
  Digest: "digest",
  Images: "images",
  Changed: "changed",
  Commit: "commit",
  PullRequest: "pull-request",
  Plan: "plan",
} as const;
