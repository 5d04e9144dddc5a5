/** A counting semaphore: at most `limit` holders at once, first come first served. */
class Semaphore {
  private readonly limit: number;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(limit: number) {
    this.limit = Math.max(1, limit);
  }

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}

/** One semaphore per registry host; several hosts are taken in sorted order so no two tasks deadlock. */
export class HostLimiter {
  private readonly limit: number;
  private readonly semaphores = new Map<string, Semaphore>();

  constructor(limit: number) {
    this.limit = limit;
  }

  async run<T>(hosts: string[], task: () => Promise<T>): Promise<T> {
    const releases: (() => void)[] = [];
    try {
      for (const host of [...new Set(hosts)].sort()) {
        let semaphore = this.semaphores.get(host);
        if (!semaphore) {
          semaphore = new Semaphore(this.limit);
          this.semaphores.set(host, semaphore);
        }
        releases.push(await semaphore.acquire());
      }
      return await task();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }
}
