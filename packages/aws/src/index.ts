export type { AwsCredentials, Mask } from "./credentials.ts";
export { type EcrAuthorization, ensureEcrRepository, getEcrAuthorization } from "./ecr.ts";
export {
  createEcrLogin,
  type EcrLogin,
  type EcrLoginApi,
  ecrLoginPerRole,
  ROLE_SESSION_SECONDS,
  STS_AUDIENCE,
} from "./ecr-login.ts";
export { type AwsField, awsFieldError } from "./fields.ts";
export { describeTokenSubject } from "./jwt.ts";
export {
  defaultSessionName,
  resolveRoleArn,
  validateDurationSeconds,
  validateRegion,
  validateSessionName,
} from "./role.ts";
export { type AssumeRoleWithOidcOptions, assumeRoleWithOidc } from "./sts.ts";
