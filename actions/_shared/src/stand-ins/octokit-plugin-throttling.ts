// Stand-in for @octokit/plugin-throttling in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { throttling } = await (await sharedBundle()).octokitThrottling();
