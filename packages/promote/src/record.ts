import type { Lineage } from "./gates.ts";

/** One image of a promotion as decided by the gates. */
export interface PlannedImage {
  name: string;
  /** The repository the copy reads from (the source's, or the target's own for a rollback). */
  from: string;
  /** The target environment's repository. */
  to: string;
  digest: string;
  /** From the org.opencontainers.image.version label; undefined when none or its tag is taken. */
  version: string | undefined;
  lineage: Lineage;
  /** The target does not pin this digest and repository yet. */
  changed: boolean;
}

export interface Record {
  environment: string;
  from: string;
  /** The GitOps commit the source was read at. */
  gitopsCommit: string;
  images: PlannedImage[];
  requestedBy: string;
  approvedBy: string[];
  reason: string | undefined;
  runUrl: string | undefined;
}

/** A trailer value on one line: git ends a trailer at the line break. */
function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * The commit message: a subject saying what moved where, then the trailers the audit trail
 * reads back with `git interpret-trailers --parse` (one `Image:` and `Approved-By:` each).
 */
export function promotionMessage(record: Record): string {
  const version = (image: PlannedImage) => image.version ?? image.digest.slice(7, 19);
  const rollback = record.images.some((image) => image.lineage === "rollback");
  // A rollback returns to what the target ran before: it comes from no other environment.
  const subject = rollback
    ? `chore(${record.environment}): roll back ${record.images.map((image) => `${image.name} to ${version(image)}`).join(", ")}`
    : `chore(${record.environment}): promote ${record.images.map((image) => `${image.name}@${version(image)}`).join(", ")} from ${record.from}`;
  const trailers: string[] = [
    `Environment: ${record.environment}`,
    `Promoted-From: ${record.from}@${record.gitopsCommit}`,
    ...record.images.map((image) => `Image: ${image.name}=${image.to}@${image.digest}`),
    `Requested-By: ${oneLine(record.requestedBy)}`,
    ...record.approvedBy.map((login) => `Approved-By: ${oneLine(login)}`),
  ];
  if (record.reason) trailers.push(`Reason: ${oneLine(record.reason)}`);
  if (rollback) trailers.push("Rollback: true");
  if (record.images.some((image) => image.lineage === "unverified")) trailers.push("Unverified: true");
  if (record.runUrl) trailers.push(`Run: ${record.runUrl}`);
  return `${subject}\n\n${trailers.join("\n")}\n`;
}
