import type { ConcurrencyGroups } from "./concurrency.ts";
import type { JsonObject } from "./expressions.ts";
import type { SuiteLocation } from "./load.ts";
import type { Conclusion, Masker, Reporter } from "./log.ts";
import type { JobIdentity, RehearsalServices } from "./services.ts";

/** What every job of one run shares. */
export interface RunContext {
  services: RehearsalServices;
  reporter: Reporter;
  masker: Masker;
  suite: SuiteLocation;
  /** Scratch space of the run: one directory per job, the artifact store, the event file. */
  workDir: string;
  artifactsDir: string;
  eventPath: string;
  /** The `github` context shared by every job (job and token are added per job). */
  github: JsonObject;
  vars: Record<string, string>;
  identity: Omit<JobIdentity, "job" | "jobWorkflowRef" | "jobWorkflowSha" | "environment">;
  /** Environment variables of this machine a step sees (PATH, HOME, ...). */
  hostEnv: Record<string, string>;
  runner: JsonObject;
  /** Bounds the jobs running at once (each takes one "runner"). */
  runners: Semaphore;
  concurrency: ConcurrencyGroups;
  /** Aborted when the run is cancelled (concurrency cancel-in-progress). */
  cancel: AbortController;
  /** Every job's result by the key GitHub shows (`caller / called`, matrix legs as `job (a, b)`). */
  results: Record<string, JobResult>;
}

export interface JobResult {
  conclusion: Conclusion;
  outputs: Record<string, string>;
  seconds: number;
  name: string;
}

export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
  async acquire(): Promise<() => void> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.waiting.shift()?.();
    };
  }
}
