// Stand-in for @octokit/plugin-retry in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { retry } = await (await sharedBundle()).octokitRetry();
