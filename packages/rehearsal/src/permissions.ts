import { RehearsalError } from "./errors.ts";
import type { Json } from "./expressions.ts";

export type PermissionLevel = "none" | "read" | "write";
/** Scope to level, e.g. `{ contents: "read", issues: "write" }`; a scope left out is `none`. */
export type Permissions = Record<string, PermissionLevel>;

/** The GITHUB_TOKEN scopes GitHub documents for `permissions:`. */
export const PERMISSION_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
] as const;

/** GitHub's "restricted" default for a workflow or job with no `permissions:` (what new repositories get). */
export const RESTRICTED_DEFAULT: Permissions = { contents: "read", packages: "read", metadata: "read" };

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/** `read-all`, `write-all`, `{}` or a mapping, as written under `permissions:`. */
export function parsePermissions(value: Json | undefined): Permissions | undefined {
  if (value === undefined) return undefined;
  if (value === "read-all" || value === "write-all") {
    const level = value === "read-all" ? "read" : "write";
    const all: Permissions = { metadata: "read" };
    for (const scope of PERMISSION_SCOPES) all[scope] = scope === "id-token" && level === "read" ? "none" : level;
    return all;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new RehearsalError(`permissions must be read-all, write-all or a mapping, got ${JSON.stringify(value)}`);
  }
  const out: Permissions = {};
  for (const [scope, level] of Object.entries(value)) {
    if (level !== "read" && level !== "write" && level !== "none") {
      throw new RehearsalError(`permissions.${scope} must be read, write or none, got ${JSON.stringify(level)}`);
    }
    out[scope] = level;
  }
  // Any explicit scope grants metadata read, as GitHub does; `{}` grants nothing.
  if (Object.keys(out).length > 0 && out.metadata === undefined) out.metadata = "read";
  return out;
}

export function level(permissions: Permissions, scope: string): PermissionLevel {
  return permissions[scope] ?? "none";
}

/**
 * A job's effective token permissions: its own, else its workflow's, else (in a called workflow)
 * the caller's, else GitHub's default. A called workflow's jobs are capped by the caller's: a job
 * that asks for more is refused before the run with GitHub's message.
 */
export function effectivePermissions(options: {
  job?: Permissions;
  workflow?: Permissions;
  ceiling?: Permissions;
  defaults?: Permissions;
  jobName: string;
}): Permissions {
  const asked = options.job ?? options.workflow;
  if (options.ceiling === undefined) return { ...(asked ?? options.defaults ?? RESTRICTED_DEFAULT) };
  if (asked === undefined) return { ...options.ceiling };
  for (const [scope, wanted] of Object.entries(asked)) {
    const allowed = level(options.ceiling, scope);
    if (RANK[wanted] > RANK[allowed]) {
      throw new RehearsalError(
        `The nested job '${options.jobName}' is requesting '${scope}: ${wanted}', but is only allowed '${scope}: ${allowed}'.`,
      );
    }
  }
  return { ...asked };
}
