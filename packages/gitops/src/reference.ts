/**
 * Validation of the values an edit may write. Everything that reaches a YAML file passes one
 * of these checks first, so no input can smuggle YAML syntax (or a second image) into a file.
 * Image names, tags and digests follow @platform/oci's grammar (isImageName, isTag, isDigest).
 */

/** A Kubernetes object name (DNS-1123 subdomain), as kustomize's `replicas[].name` matches. */
export function isResourceName(value: string): boolean {
  return value.length <= 253 && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(value);
}

/** Replica counts a Deployment accepts (int32, not negative), written without sign or leading zeros. */
export function isReplicaCount(value: string): boolean {
  return /^(0|[1-9][0-9]{0,9})$/.test(value) && Number(value) <= 2_147_483_647;
}

/**
 * A branch name git accepts (git check-ref-format, a little stricter): it ends up in
 * refspecs and GraphQL inputs, so `:`, spaces, `..`, a leading `-` and the like are refused.
 */
export function isBranchName(value: string): boolean {
  return (
    value.length <= 255 &&
    /^[A-Za-z0-9._/+-]+$/.test(value) &&
    !value.startsWith("-") &&
    !value.startsWith("/") &&
    !value.endsWith("/") &&
    !value.endsWith(".") &&
    !value.endsWith(".lock") &&
    !value.includes("..") &&
    !value.includes("//") &&
    !value.split("/").some((part) => part.startsWith("."))
  );
}

/**
 * `owner/name` as GitHub allows them: an owner of letters, digits, `-` and `_` (up to 39,
 * not starting with `-`), a name of letters, digits, `.`, `_` and `-` (up to 100) that is not
 * `.` or `..`. Both end up in API paths and clone URLs, where `..` would climb out
 * (`../x` sent `GET /x` with the token to the API host).
 */
export function isRepositoryName(value: string): boolean {
  const match = /^([A-Za-z0-9_][A-Za-z0-9_-]{0,38})\/([A-Za-z0-9_.-]{1,100})$/.exec(value);
  return match !== null && match[2] !== "." && match[2] !== "..";
}
