// Stand-in for @actions/core in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { getIDToken } = await (await sharedBundle()).actionsCore();
