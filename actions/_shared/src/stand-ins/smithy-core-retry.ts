// Stand-in for @smithy/core/retry in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { StandardRetryStrategy } = await (await sharedBundle()).smithyRetry();
