import { FieldError, shownValue } from "@platform/action-kit";
import { isAwsRegion } from "@platform/oci";
import { type AwsField, awsFieldError } from "./fields.ts";

const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/(?:[\u0021-\u007e]{0,510}\/)?[\w+=,.@-]{1,64}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ACCOUNT_ID = /^\d{12}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

/**
 * An IAM role ARN from a role the user gave: a full ARN as is, or a bare role name in
 * `accountId` (the account of the ECR registry at hand), like configure-aws-credentials.
 */
export function resolveRoleArn(roleOrName: string, accountId?: string, partition = "aws"): string {
  const value = roleOrName.trim();
  if (value.startsWith("arn:")) {
    if (!ROLE_ARN.test(value)) {
      throw awsFieldError(
        "role",
        value,
        "is not an IAM role ARN",
        "use arn:aws:iam::<12-digit account>:role/<name> or a bare role name",
      );
    }
    return value;
  }
  if (!ROLE_NAME.test(value)) {
    throw awsFieldError(
      "role",
      value,
      "is neither an IAM role ARN nor a role name",
      "use arn:aws:iam::<12-digit account>:role/<name> or a role name of letters, digits and +=,.@_-",
    );
  }
  if (accountId === undefined || !ACCOUNT_ID.test(accountId)) {
    throw new FieldError<AwsField>(
      "role",
      `${shownValue(value)} is a bare role name and the AWS account is unknown; use the full role ARN (arn:aws:iam::<account>:role/<name>).`,
    );
  }
  return `arn:${partition}:iam::${accountId}:role/${value}`;
}

/**
 * A RoleSessionName that shows in CloudTrail who assumed the role: the repository and the
 * run, sanitised to STS's alphabet and cut to 64 characters keeping the run id whole.
 */
export function defaultSessionName(repository: string, runId: string): string {
  const clean = (text: string): string => text.replace(/[^\w+=,.@-]/g, "-");
  const suffix = `-${clean(runId)}`.slice(0, 40);
  const prefix = `GitHubActions-${clean(repository)}`.slice(0, 64 - suffix.length);
  return `${prefix}${suffix}`;
}

export function validateSessionName(name: string): void {
  if (!SESSION_NAME.test(name)) {
    throw awsFieldError(
      "sessionName",
      name,
      "is not a valid role session name",
      "use 2 to 64 characters of letters, digits and +=,.@_-",
    );
  }
}

export function validateDurationSeconds(seconds: number): void {
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200) {
    throw awsFieldError(
      "durationSeconds",
      String(seconds),
      "is outside what STS accepts",
      "use a whole number of seconds from 900 to 43200 (and at most the role's maximum session duration)",
    );
  }
}

export function validateRegion(region: string): void {
  if (!isAwsRegion(region)) {
    throw awsFieldError("region", region, "is not an AWS region", "use a region code such as eu-central-1");
  }
}
