// Stand-in for @actions/exec in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { getExecOutput } = await (await sharedBundle()).actionsExec();
