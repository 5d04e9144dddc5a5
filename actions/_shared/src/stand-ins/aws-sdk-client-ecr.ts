// Stand-in for @aws-sdk/client-ecr in the bundles: the copy in actions/_shared (see ../index.ts).
import { sharedBundle } from "../shared.ts";

export const { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient, GetAuthorizationTokenCommand } = await (
  await sharedBundle()
).awsEcr();
