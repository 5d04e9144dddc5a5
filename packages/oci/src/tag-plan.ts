import { messageOf } from "./errors.ts";
import { formatRepository, type Repository } from "./reference.ts";

/**
 * The last phase of a copy: every tag of every target, written only once all their content
 * is in place, and put back as it was when one of them fails. The planning is pure; the
 * writes go through the functions the caller passes in.
 */
export interface TagContent {
  digest: string;
  bytes: Buffer;
  mediaType: string;
}

export interface TagWrite {
  /** Index of the target (in the request) this tag is written for. */
  target: number;
  repo: Repository;
  tag: string;
  /** `attached`: a referrer fallback index or a cosign tag; `target`: the promoted tag itself. */
  kind: "attached" | "target";
  content: TagContent;
  /** What the tag held before this run; undefined when the tag did not exist. */
  previous: TagContent | undefined;
}

interface TagWriteOps {
  put: (write: TagWrite) => Promise<void>;
  /** Puts `write.previous` back under the tag. */
  restore: (write: TagWrite) => Promise<void>;
  /** The digest the tag holds now (undefined when absent): did a failed put land anyway? */
  probe?: (write: TagWrite) => Promise<string | undefined>;
}

export interface RollbackOutcome {
  restored: TagWrite[];
  /** Tags this run created: the distribution API cannot delete a tag without its manifest. */
  left: TagWrite[];
  failed: { write: TagWrite; error: unknown }[];
}

/** A tag write failed; the tags already written were rolled back as `rollback` says. */
export class TagWriteError extends Error {
  override readonly name = "TagWriteError";
  readonly write: TagWrite;
  readonly rollback: RollbackOutcome;

  constructor(write: TagWrite, cause: unknown, rollback: RollbackOutcome) {
    super(`${tagName(write)}: ${messageOf(cause)}`, { cause });
    this.write = write;
    this.rollback = rollback;
  }
}

export function tagName(write: Pick<TagWrite, "repo" | "tag">): string {
  return `${formatRepository(write.repo)}:${write.tag}`;
}

/**
 * The order of the writes: attached tags (signatures, referrer indexes) of every target first,
 * so a verifier finds them as soon as the image tag appears, then the targets' own tags. Among
 * the targets' tags, those that move (and can be put back) go before those that are new (which
 * cannot be deleted again): a refusal among the moves then leaves no target tag changed at all.
 * Otherwise target order. A tag named twice (two targets sharing a repository and its fallback
 * index) is written once. Writes that change nothing are dropped.
 */
export function orderTagWrites(writes: TagWrite[]): TagWrite[] {
  const seen = new Set<string>();
  const ordered: TagWrite[] = [];
  const isNew = (write: TagWrite): number => (write.kind === "target" && !write.previous ? 1 : 0);
  for (const kind of ["attached", "target"] as const) {
    const group = writes
      .map((write, at) => ({ write, at }))
      .filter(({ write }) => write.kind === kind)
      .sort((a, b) => isNew(a.write) - isNew(b.write) || a.write.target - b.write.target || a.at - b.at);
    for (const { write } of group) {
      const key = tagName(write);
      if (seen.has(key) || write.previous?.digest === write.content.digest) continue;
      seen.add(key);
      ordered.push(write);
    }
  }
  return ordered;
}

/** Undo in reverse order: a tag that existed gets its old manifest back; a new one is left. */
export function planRollback(applied: TagWrite[]): { restore: TagWrite[]; left: TagWrite[] } {
  const reversed = [...applied].reverse();
  return {
    restore: reversed.filter((write) => write.previous !== undefined),
    left: reversed.filter((write) => write.previous === undefined),
  };
}

/** Writes in order; on the first failure, rolls back what was written and throws TagWriteError. */
export async function writeTags(writes: TagWrite[], ops: TagWriteOps): Promise<void> {
  const applied: TagWrite[] = [];
  for (const write of writes) {
    try {
      await ops.put(write);
      applied.push(write);
    } catch (error) {
      // An answer lost after the registry took the put (a reset, a 5xx from a proxy) moved the tag all the same.
      if (ops.probe && (await ops.probe(write).catch(() => undefined)) === write.content.digest) applied.push(write);
      throw new TagWriteError(write, error, await rollBack(applied, ops));
    }
  }
}

async function rollBack(applied: TagWrite[], ops: TagWriteOps): Promise<RollbackOutcome> {
  const plan = planRollback(applied);
  const outcome: RollbackOutcome = { restored: [], left: plan.left, failed: [] };
  for (const write of plan.restore) {
    try {
      await ops.restore(write);
      outcome.restored.push(write);
    } catch (error) {
      outcome.failed.push({ write, error });
    }
  }
  return outcome;
}

/** One clause for the error line: what the rollback did, or that no tag had been written. */
export function describeRollback(outcome: RollbackOutcome): string {
  const parts = [
    ...outcome.restored.map((w) => `${tagName(w)} restored to ${w.previous?.digest}`),
    ...outcome.failed.map(
      ({ write, error }) => `${tagName(write)} NOT restored to ${write.previous?.digest} (${messageOf(error)})`,
    ),
    ...outcome.left.map((w) => `${tagName(w)} left pointing at ${w.content.digest}`),
  ];
  if (parts.length === 0) return "no tag was changed";
  const note = outcome.left.length
    ? " (a tag that did not exist before cannot be deleted without deleting its manifest)"
    : "";
  return `tags written before the failure: ${parts.join(", ")}${note}`;
}
