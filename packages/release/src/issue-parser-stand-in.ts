/**
 * Stands in for `issue-parser` inside the release bundle (aliased in scripts/tsconfig.bundle.json).
 *
 * Only @semantic-release/github's `success` step uses it (to find the issues a release fixes and
 * comment on them), and the engine never hands semantic-release that step (see engine.ts). Its
 * module still loads with the plugin, and with it five lodash.* copies: 90 KB that every job
 * downloads for nothing. Should the step ever be wired, this says so instead of failing obscurely.
 */
export default function issueParser(): never {
  throw new Error(
    "issue-parser is not in the release bundle: the action does not run the GitHub plugin's success step",
  );
}
