import { type FieldError, type FieldText, fieldError } from "@platform/action-kit";

/**
 * What @platform/gitops may refuse, in its own terms (a FieldError's `field`): each caller maps
 * them to what gave the values (update-overlay's inputs; promote's configuration).
 */
export type GitopsField =
  | "overlay"
  | "images"
  | "replicas"
  | "set"
  | "repository"
  | "branch"
  | "checkout"
  | "mode"
  | "commitVia"
  | "allowCreate";

/** fieldError for this package's fields. */
export function gitopsFieldError(
  field: GitopsField,
  value: string,
  problem: FieldText<GitopsField>,
  fix: FieldText<GitopsField>,
): FieldError<GitopsField> {
  return fieldError(field, value, problem, fix);
}
