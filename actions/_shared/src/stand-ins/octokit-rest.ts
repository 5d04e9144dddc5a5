// Stand-in for @octokit/rest in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { Octokit } = await (await sharedBundle()).octokitRest();
