import { type FieldError, type FieldText, fieldError } from "@platform/action-kit";

/**
 * What @platform/aws may refuse, in its own terms (a FieldError's `field`): each action maps
 * them to the inputs that gave the values (build-push-oidc's `role-to-assume` is `role` here).
 */
export type AwsField = "region" | "role" | "sessionName" | "durationSeconds" | "repository" | "createRepository";

/** fieldError for this package's fields. */
export function awsFieldError(
  field: AwsField,
  value: string,
  problem: FieldText<AwsField>,
  fix: FieldText<AwsField>,
): FieldError<AwsField> {
  return fieldError(field, value, problem, fix);
}
