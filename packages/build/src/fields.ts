import { type FieldError, type FieldText, fieldError } from "@platform/action-kit";
import type { BuildInputs } from "./plan.ts";

/**
 * What @platform/build may refuse, in its own terms (a FieldError's `field`): the fields of
 * BuildInputs. The action maps each to the input that gave it (`platformDigests` is
 * build-push-oidc's `platform-digests`).
 */
export type BuildField = keyof BuildInputs;

/** fieldError for this package's fields. */
export function buildFieldError(
  field: BuildField,
  value: string,
  problem: FieldText<BuildField>,
  fix: FieldText<BuildField>,
): FieldError<BuildField> {
  return fieldError(field, value, problem, fix);
}
