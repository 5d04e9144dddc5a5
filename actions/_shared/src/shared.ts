import type * as Shared from "./index.ts";

// Relative to the bundle file that imports it at run time (see index.ts); every copy of this
// module in an action's chunks is bytes every job downloads, hence the short comment.
const SHARED_BUNDLE = "../../_shared/dist/index.js";

export function sharedBundle(): Promise<typeof Shared> {
  return import(/* webpackIgnore: true */ SHARED_BUNDLE);
}
