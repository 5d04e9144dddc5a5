/*
 * One run's jobs as the report draws them: only the jobs that ran steps (a reusable workflow's
 * call is not drawn; its jobs are), each with the drawn jobs it waited for. A called job that
 * needs nothing inside its workflow waits for what its calling job needed; needing a call means
 * waiting for the call's last jobs (those nothing else in it needed).
 *
 * Keys are the rehearsal's: "<caller job> / <called job>", a matrix leg "<job> (<values>)".
 */

export interface FinishedJob {
  conclusion: "success" | "failure" | "cancelled" | "skipped";
  seconds: number;
}

export interface DrawnJob extends FinishedJob {
  name: string;
  needs: string[];
}

const SEPARATOR = " / ";

/** The key a job's needs were planned under: a matrix leg's without its values. */
function plannedKey(key: string): string {
  const cut = key.lastIndexOf(SEPARATOR);
  const head = cut < 0 ? "" : key.slice(0, cut + SEPARATOR.length);
  return head + key.slice(head.length).replace(/ \([^()]*\)$/, "");
}

function parentOf(key: string): string | undefined {
  const cut = key.lastIndexOf(SEPARATOR);
  return cut < 0 ? undefined : key.slice(0, cut);
}

/** Whether `key` is `of` itself, one of its matrix legs, or inside either. */
function within(key: string, of: string): boolean {
  return key === of || key.startsWith(`${of}${SEPARATOR}`) || key.startsWith(`${of} (`);
}

/**
 * The drawn jobs in the order they finished. `planned` holds each job's needs as the rehearsal
 * announced them; `finished` every job and call that ended, in order. Skipped jobs are left out.
 */
export function drawnJobs(planned: Map<string, string[]>, finished: Map<string, FinishedJob>): DrawnJob[] {
  const keys = [...finished.keys()];
  const isCall = (key: string): boolean =>
    keys.some((other) => other !== key && other.startsWith(`${key}${SEPARATOR}`));
  const leaves = keys.filter((key) => !isCall(key) && finished.get(key)?.conclusion !== "skipped");

  const entries = new Map<string, string[]>();
  /** The drawn jobs a drawn job waited for. */
  const entry = (leaf: string): string[] => {
    const known = entries.get(leaf);
    if (known) return known;
    entries.set(leaf, []);
    let at: string | undefined = leaf;
    let needs: string[] = [];
    // Up through the calls until some level needs something.
    while (at !== undefined && needs.length === 0) {
      needs = planned.get(plannedKey(at)) ?? [];
      if (needs.length === 0) at = parentOf(at);
    }
    const result = [...new Set(needs.flatMap(exits))];
    entries.set(leaf, result);
    return result;
  };
  /** The last drawn jobs of a job, a matrix job or a call: those nothing else inside it waited for. */
  const exits = (key: string): string[] => {
    const inside = leaves.filter((leaf) => within(leaf, key));
    const waitedFor = new Set(inside.flatMap((leaf) => entry(leaf)));
    return inside.filter((leaf) => !waitedFor.has(leaf));
  };
  return leaves.map((name) => {
    const job = finished.get(name) as FinishedJob;
    return { name, conclusion: job.conclusion, seconds: job.seconds, needs: entry(name) };
  });
}
