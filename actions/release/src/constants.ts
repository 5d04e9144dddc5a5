/** Input and output names of release, in one place (action.yml is the contract). */
export const Inputs = {
  GitHubToken: "github-token",
  JobToken: "job-token",
  Branches: "branches",
  TagFormat: "tag-format",
  Preset: "preset",
  DryRun: "dry-run",
  MajorTag: "major-tag",
  MinorTag: "minor-tag",
  WorkingDirectory: "working-directory",
} as const;

export const Outputs = {
  Released: "released",
  Version: "version",
  Major: "major",
  Minor: "minor",
  Patch: "patch",
  Prerelease: "prerelease",
  Tag: "tag",
  PreviousVersion: "previous-version",
  PreviousTag: "previous-tag",
  Notes: "notes",
  Sha: "sha",
} as const;

export const defaultBranches = "- main\n- name: next\n  prerelease: true\n";
