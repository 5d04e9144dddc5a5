// Stand-in for diff in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { createTwoFilesPatch } = await (await sharedBundle()).diff();
