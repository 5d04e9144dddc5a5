// Stand-in for @octokit/request-error in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { RequestError } = await (await sharedBundle()).octokitRequestError();
