import { type FieldError, type FieldText, fieldError } from "@platform/action-kit";

/**
 * What @platform/release may refuse, in its own terms (a FieldError's `field`, fields of
 * ReleaseInputs): the release action maps them to its inputs.
 */
export type ReleaseField = "cwd" | "token" | "branches" | "preset";

/** fieldError for this package's fields. */
export function releaseFieldError(
  field: ReleaseField,
  value: string,
  problem: FieldText<ReleaseField>,
  fix: FieldText<ReleaseField>,
): FieldError<ReleaseField> {
  return fieldError(field, value, problem, fix);
}
