// npm run sandbox -- [--workdir DIR] [--scenario happy|faults|race] [--verbose]
// The whole pipeline rehearsed on loopback (issue 16): starts the world, plays the scenario's
// story through the real caller workflows (packages/rehearsal runs them, with this suite's
// reusable workflows and actions), prints the final table and writes report.json and report.html.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../test/harness/run-action.ts";
import { type Pipeline, rehearsalPipeline } from "../test/sandbox/pipeline.ts";
import { renderReportText } from "../test/sandbox/report/terminal.ts";
import { writeReport } from "../test/sandbox/report/write.ts";
import { messageOf, playStory, SCENARIOS, type ScenarioName, StoryFailure } from "../test/sandbox/story.ts";
import { startWorld, type World } from "../test/sandbox/world.ts";

export const EXIT = { success: 0, failure: 1, usage: 2, interrupted: 130 } as const;

const USAGE = "usage: npm run sandbox -- [--workdir DIR] [--scenario happy|faults|race] [--verbose]";

interface Arguments {
  workdir?: string;
  scenario: ScenarioName;
  verbose: boolean;
}

function parse(argv: string[]): Arguments | string {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
  const OPTIONS = {
    workdir: { type: "string" },
    scenario: { type: "string", default: "happy" },
    verbose: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  } as const;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false });
  } catch (error) {
    return `sandbox: ${messageOf(error)}\n${USAGE}`;
  }
  if (parsed.values.help) return USAGE;
  const scenario = parsed.values.scenario;
  if (!(scenario in SCENARIOS)) {
    return `sandbox: --scenario ${JSON.stringify(scenario)} is not a scenario; use one of ${Object.keys(SCENARIOS).join(", ")}`;
  }
  return {
    ...(parsed.values.workdir ? { workdir: path.resolve(parsed.values.workdir) } : {}),
    scenario: scenario as ScenarioName,
    verbose: parsed.values.verbose,
  };
}

export interface Dependencies {
  /** The pipeline that runs the workflows in the world; tests pass a scripted one. */
  pipeline: (world: World) => Pipeline;
}

export async function main(
  argv: string[],
  out: (line: string) => void = console.log,
  deps: Dependencies = { pipeline: rehearsalPipeline },
): Promise<number> {
  const args = parse(argv);
  if (typeof args === "string") {
    out(args);
    return args === USAGE ? EXIT.success : EXIT.usage;
  }
  const began = Date.now();
  const clock = (): string => `[${((Date.now() - began) / 1000).toFixed(1).padStart(6)}s]`;
  const line = (text: string): void => out(`${clock()} ${text}`);
  line(`sandbox: scenario ${args.scenario}: ${SCENARIOS[args.scenario].description}`);

  let world: World | undefined;
  // Ctrl-C (or SIGTERM) aborts whatever runs, then every part is stopped below; a second one exits at once.
  const abort = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (abort.signal.aborted) process.exit(EXIT.interrupted);
    line(`sandbox: ${signal}: stopping every part (again to exit at once)`);
    abort.abort(new Error(`interrupted by ${signal}`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    world = await startWorld({
      ...(args.workdir ? { workdir: args.workdir } : {}),
      faultProxies: SCENARIOS[args.scenario].faultProxies,
      log: (text) => line(text),
      signal: abort.signal,
    });
    line(
      `sandbox: up: GitHub ${world.github.serverUrl}, dev registry ${world.devRegistry.host} (ECR via OIDC), production registry ${world.productionRegistry.host}, Docker ${world.docker.host}`,
    );
    const pipeline = deps.pipeline(world);
    const report = await playStory(world, pipeline, args.scenario, {
      line,
      verbose: args.verbose,
      signal: abort.signal,
    });
    const reportDir = world.kept ? world.workdir : path.join(repoRoot, "artifacts", "sandbox", "last-run");
    mkdirSync(reportDir, { recursive: true });
    const written = writeReport(reportDir, report);
    out("");
    out(renderReportText(report));
    out(`report: ${written.html}`);
    return EXIT.success;
  } catch (error) {
    if (abort.signal.aborted) return EXIT.interrupted;
    world?.keep();
    const why = messageOf(error);
    out(`sandbox: FAILED ${error instanceof StoryFailure ? "at " : ""}${why}`);
    if (world) out(`sandbox: the workdir is kept for a look: ${world.workdir}`);
    return EXIT.failure;
  } finally {
    await world?.stop();
    line("sandbox: every part stopped");
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
