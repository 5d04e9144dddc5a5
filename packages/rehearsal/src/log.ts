export type Conclusion = "success" | "failure" | "cancelled" | "skipped";

/** Where live progress goes: the command prints it, tests and the sandbox may collect it. */
export interface Reporter {
  /**
   * Before a job's `if:` is evaluated: the jobs it needs, keyed as the reporter sees them (a
   * matrix job once, under its key without the leg's values). Optional: for a job graph.
   */
  jobPlanned?(job: string, needs: string[]): void;
  jobStarted(job: string): void;
  /** `outputs` as the job set them (masked, as GitHub keeps them); absent for a job that never ran. */
  jobFinished(job: string, conclusion: Conclusion, seconds: number, outputs?: Record<string, string>): void;
  stepStarted(job: string, step: string): void;
  stepFinished(job: string, step: string, conclusion: Conclusion, seconds: number): void;
  /** One log line, already masked; `depth` > 0 inside a ::group::. */
  line(job: string, text: string, depth: number): void;
  annotation(job: string, kind: "error" | "warning" | "notice", message: string): void;
}

const MARK: Record<Conclusion, string> = { success: "✓", failure: "✗", cancelled: "⊘", skipped: "-" };

/** Prints job and step lines with times and the steps' logs (indented, groups folded in). */
export function consoleReporter(write: (text: string) => void = (t) => process.stdout.write(t), logs = true): Reporter {
  return {
    jobStarted: (job) => write(`▶ ${job}\n`),
    jobFinished: (job, conclusion, seconds) =>
      write(`${MARK[conclusion]} ${job} ${conclusion} (${seconds.toFixed(1)}s)\n`),
    stepStarted: (job, step) => write(`  ▶ ${job} › ${step}\n`),
    stepFinished: (job, step, conclusion, seconds) =>
      write(`  ${MARK[conclusion]} ${job} › ${step} (${seconds.toFixed(2)}s)\n`),
    line: (job, text, depth) => {
      if (logs) write(`    ${"  ".repeat(depth)}${job} | ${text}\n`);
    },
    annotation: (job, kind, message) =>
      write(`    ${job} | ${kind === "error" ? "Error" : kind === "warning" ? "Warning" : "Notice"}: ${message}\n`),
  };
}

/** Every value masked so far; a run has one (GitHub masks in every later line of the run). */
export class Masker {
  private readonly values = new Set<string>();
  add(value: string): void {
    for (const part of [value, ...value.split(/\r?\n/)]) {
      const trimmed = part.trim();
      if (trimmed.length >= 1) this.values.add(trimmed);
    }
  }
  mask(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(value).join("***");
    return out;
  }
  contains(text: string): boolean {
    for (const value of this.values) if (text.includes(value)) return true;
    return false;
  }
}
