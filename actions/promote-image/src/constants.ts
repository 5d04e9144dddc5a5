/** Input and output names of promote-image, in one place (action.yml is the contract). */
export const Inputs = {
  Source: "source",
  Targets: "targets",
  Referrers: "referrers",
  Overwrite: "overwrite",
  DryRun: "dry-run",
  Concurrency: "concurrency",
  AwsRegion: "aws-region",
  RoleToAssume: "role-to-assume",
  GithubToken: "github-token",
  Username: "username",
  Password: "password",
} as const;

export const Outputs = {
  Digest: "digest",
  Images: "images",
  CopiedBlobs: "copied-blobs",
  MountedBlobs: "mounted-blobs",
  SkippedBlobs: "skipped-blobs",
  CopiedBytes: "copied-bytes",
} as const;
