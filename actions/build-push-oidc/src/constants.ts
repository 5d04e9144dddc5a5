/** Input and output names of build-push-oidc, in one place (action.yml is the contract). */
export const Inputs = {
  Registry: "registry",
  AwsRegion: "aws-region",
  RoleToAssume: "role-to-assume",
  RoleSessionName: "role-session-name",
  Audience: "audience",
  RoleDurationSeconds: "role-duration-seconds",
  CreateRepository: "create-repository",
  GithubToken: "github-token",
  Username: "username",
  Password: "password",
  Image: "image",
  Context: "context",
  File: "file",
  Target: "target",
  BuildArgs: "build-args",
  Platforms: "platforms",
  Version: "version",
  Tags: "tags",
  Labels: "labels",
  Push: "push",
  Cache: "cache",
  Provenance: "provenance",
  Sbom: "sbom",
  PlatformDigests: "platform-digests",
} as const;

export const Outputs = {
  Digest: "digest",
  Image: "image",
  Tags: "tags",
  Platforms: "platforms",
} as const;

export const CACHE_MODES = ["none", "registry", "gha"] as const;
