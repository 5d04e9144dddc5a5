// Stand-in for undici in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { Agent, ProxyAgent, fetch } = await (await sharedBundle()).undici();
