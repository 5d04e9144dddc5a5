import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Masker, Reporter } from "./log.ts";

/** One step's output: workflow commands acted on, the rest masked and reported. */
export class StepOutput {
  private depth = 0;
  readonly errors: string[] = [];
  /** Outputs set with the deprecated ::set-output:: (still honoured, with GitHub's warning). */
  readonly legacyOutputs: Record<string, string> = {};
  readonly legacyState: Record<string, string> = {};
  private readonly job: string;
  private readonly reporter: Reporter;
  private readonly masker: Masker;
  constructor(job: string, reporter: Reporter, masker: Masker) {
    this.job = job;
    this.reporter = reporter;
    this.masker = masker;
  }

  write(text: string): void {
    this.reporter.line(this.job, this.masker.mask(text), this.depth);
  }

  annotate(kind: "error" | "warning" | "notice", message: string): void {
    const masked = this.masker.mask(message);
    if (kind === "error") this.errors.push(masked);
    this.reporter.annotation(this.job, kind, masked);
  }

  /** A line from the step's process: a workflow command, or a log line. */
  line(raw: string): void {
    const command = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw);
    if (!command) {
      this.write(raw);
      return;
    }
    const [, name = "", properties = "", encoded = ""] = command;
    const value = unescapeData(encoded);
    switch (name) {
      case "add-mask":
        this.masker.add(value);
        return;
      case "error":
      case "warning":
      case "notice":
        this.annotate(name, properties ? `${value} (${unescapeProperty(properties)})` : value);
        return;
      case "group":
        this.write(`▾ ${value}`);
        this.depth = 1;
        return;
      case "endgroup":
        this.depth = 0;
        return;
      case "debug":
        return;
      case "set-output": {
        const key = /name=([^,]+)/.exec(properties)?.[1];
        if (key) this.legacyOutputs[key] = value;
        this.annotate("warning", "The `set-output` command is deprecated and will be disabled soon.");
        return;
      }
      case "save-state": {
        const key = /name=([^,]+)/.exec(properties)?.[1];
        if (key) this.legacyState[key] = value;
        return;
      }
      default:
        this.write(raw);
    }
  }
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ":").replace(/%2C/g, ",");
}

export interface ProcessRequest {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  output: StepOutput;
  signal: AbortSignal;
}

/** Runs one step's process in its own process group (a timeout or cancel kills the whole tree). */
export function runStepProcess(request: ProcessRequest): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(request.command, request.args, {
      cwd: request.cwd,
      env: request.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const kill = (): void => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    };
    if (request.signal.aborted) kill();
    request.signal.addEventListener("abort", kill, { once: true });
    let open = 2;
    let code: number | null = null;
    const finish = (): void => {
      if (open === 0 && code !== null) {
        request.signal.removeEventListener("abort", kill);
        resolve(code);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
      lines.on("line", (line) => request.output.line(line));
      lines.on("close", () => {
        open -= 1;
        finish();
      });
    }
    child.on("error", (error) => {
      request.output.annotate("error", `${request.command}: ${error.message}`);
      code = 127;
      open = 0;
      finish();
    });
    child.on("close", (exit, signal) => {
      code = exit ?? (signal ? 128 : 1);
      finish();
    });
  });
}
