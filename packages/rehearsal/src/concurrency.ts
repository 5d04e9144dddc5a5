/**
 * Concurrency groups as GitHub runs them: one run or job in a group at a time, at most one
 * waiting; a newcomer replaces (cancels) the waiting one, and with cancel-in-progress also
 * cancels the running one. Shared by every rehearsal of a process (the default instance).
 */
interface Holder {
  cancel(reason: string): void;
  admit?: () => void;
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, { running?: Holder; pending?: Holder }>();

  /** Resolves with a release function once admitted, or undefined when cancelled while waiting. */
  async enter(
    group: string,
    cancelInProgress: boolean,
    onCancel: (reason: string) => void,
  ): Promise<(() => void) | undefined> {
    const state = this.groups.get(group) ?? {};
    this.groups.set(group, state);
    const me: Holder = { cancel: onCancel };
    const release = (): void => {
      if (state.running !== me) return;
      state.running = undefined;
      const next = state.pending;
      state.pending = undefined;
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
    const reason = `Canceling since a higher priority waiting request for '${group}' exists`;
    if (cancelInProgress) state.running.cancel(reason);
    if (state.pending) {
      const replaced = state.pending;
      state.pending = undefined;
      replaced.cancel(reason);
      replaced.admit?.();
    }
    state.pending = me;
    const admitted = await new Promise<boolean>((resolve) => {
      me.admit = () => resolve(state.running === me);
    });
    return admitted ? release : undefined;
  }
}

export const defaultConcurrency = new ConcurrencyGroups();
