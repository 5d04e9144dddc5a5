// Stand-in for @octokit/core in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { Octokit } = await (await sharedBundle()).octokitCore();
