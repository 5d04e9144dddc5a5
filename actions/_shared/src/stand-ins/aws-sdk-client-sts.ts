// Stand-in for @aws-sdk/client-sts in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { AssumeRoleWithWebIdentityCommand, STSClient } = await (await sharedBundle()).awsSts();
