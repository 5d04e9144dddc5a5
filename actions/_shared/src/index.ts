// The third-party code that several actions load on demand, bundled once (`npm run build`) into
// actions/_shared/dist instead of into every action's dist. A job that uses any action of the
// suite downloads the whole repository at the action's ref, so each of these used to be paid
// for two to four times (the AWS SDK and undici alone ~0.45 MB gzipped a copy).
//
// Actions reach it only through the stand-ins in ./stand-ins, which scripts/tsconfig.bundle.json
// puts in place of these modules when an action is bundled (tsc, Jest and Node running the
// sources see the real ones). A stand-in imports this bundle by relative path (shared.ts: every
// file of an action's bundle sits in actions/<name>/dist; GitHub downloads the whole repository)
// when the module it stands for is first loaded, so nothing here is parsed at an action's start,
// and exports the names the suite imports (scripts/test/shared-bundle.test.ts holds them to the
// imports). Only third-party modules belong here: the suite's own code, whose error classes the
// kit tells apart with instanceof, stays in each action's bundle.
export const awsEcr = () => import("@aws-sdk/client-ecr");
export const awsSts = () => import("@aws-sdk/client-sts");
export const smithyRetry = () => import("@smithy/core/retry");
export const actionsCore = () => import("@actions/core");
export const actionsExec = () => import("@actions/exec");
export const undici = () => import("undici");
export const octokitCore = () => import("@octokit/core");
export const octokitRest = () => import("@octokit/rest");
export const octokitRetry = () => import("@octokit/plugin-retry");
export const octokitThrottling = () => import("@octokit/plugin-throttling");
export const octokitRequestError = () => import("@octokit/request-error");
export const yaml = () => import("yaml");
/** One function of diff's 100 KB: a namespace would keep the rest too. */
export async function diff() {
  const { createTwoFilesPatch } = await import("diff");
  return { createTwoFilesPatch };
}
