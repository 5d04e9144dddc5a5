/**
 * Concurrency groups as GitHub runs them: one run or job in a group at a time (group names
 * compared without case). With `queue: single` (the default) at most one waits: a newcomer
 * replaces (cancels) the waiting one. With `queue: max` up to 100 wait and are admitted in
 * order; a newcomer beyond that is cancelled. `cancel-in-progress` also cancels the running
 * one (GitHub refuses it together with `queue: max`). Shared by every rehearsal of a process
 * (the default instance).
 */
interface Holder {
  cancel(reason: string): void;
  admit?: () => void;
}

export type QueueMode = "single" | "max";

/** GitHub's longest queue with `queue: max`. */
export const MAX_QUEUE = 100;

export interface ConcurrencyRequest {
  cancelInProgress: boolean;
  queue?: QueueMode;
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, { running?: Holder; pending: Holder[] }>();

  /** Resolves with a release function once admitted, or undefined when cancelled while waiting. */
  async enter(
    name: string,
    request: ConcurrencyRequest,
    onCancel: (reason: string) => void,
  ): Promise<(() => void) | undefined> {
    const group = name.toLowerCase();
    const state = this.groups.get(group) ?? { pending: [] };
    this.groups.set(group, state);
    const me: Holder = { cancel: onCancel };
    const release = (): void => {
      if (state.running !== me) return;
      state.running = undefined;
      const next = state.pending.shift();
      if (next) {
        state.running = next;
        next.admit?.();
      } else {
        this.groups.delete(group);
      }
    };
    if (!state.running) {
      state.running = me;
      return release;
    }
    const reason = `Canceling since a higher priority waiting request for '${name}' exists`;
    if (request.cancelInProgress) state.running.cancel(reason);
    if (request.queue === "max") {
      if (state.pending.length >= MAX_QUEUE) {
        onCancel(`Canceling since the queue of concurrency group '${name}' is full (${MAX_QUEUE} waiting)`);
        return undefined;
      }
    } else {
      for (const replaced of state.pending.splice(0)) {
        replaced.cancel(reason);
        replaced.admit?.();
      }
    }
    state.pending.push(me);
    const admitted = await new Promise<boolean>((resolve) => {
      me.admit = () => resolve(state.running === me);
    });
    return admitted ? release : undefined;
  }

  /** How many wait in a group (for tests and the live lines). */
  waiting(name: string): number {
    return this.groups.get(name.toLowerCase())?.pending.length ?? 0;
  }
}

export const defaultConcurrency = new ConcurrencyGroups();
