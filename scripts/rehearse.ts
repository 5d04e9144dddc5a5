// npm run rehearse -- <workflow file> [options]: runs a workflow of this repository (or of
// --repo DIR) as GitHub Actions would, against the GitHub and OIDC fakes on loopback, prints
// it live and writes the result (--json FILE). Exit 0 success, 1 failure or cancelled, 2 refused.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  consoleReporter,
  RehearsalError,
  type RehearsalEvent,
  readPayload,
  rehearse,
  SUITE_DIR,
} from "../packages/rehearsal/src/index.ts";
import { startGitHubFake } from "../test/fakes/github/index.ts";
import { startOidcFake } from "../test/fakes/oidc.ts";
import { createFakeServices } from "../test/rehearsal/fake-services.ts";

const USAGE = `usage: npm run rehearse -- <workflow file> [--event push|pull_request|workflow_dispatch|schedule|workflow_call]
  [--input name=value]... [--secret NAME=value]... [--var NAME=value]... [--repo DIR] [--repository owner/name]
  [--json FILE] [--approve REVIEWER | --reject REVIEWER] [--payload FILE] [--suite-owner OWNER]... [--suite-refs checkout|git] [--quiet]`;

const EVENTS = ["push", "pull_request", "workflow_dispatch", "schedule", "workflow_call"];

function pairs(values: string[] | undefined, option: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf("=");
    if (at <= 0) throw new RehearsalError(`--${option} ${JSON.stringify(value)}: expected NAME=value`);
    out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      event: { type: "string", default: "push" },
      input: { type: "string", multiple: true },
      secret: { type: "string", multiple: true },
      var: { type: "string", multiple: true },
      repo: { type: "string", default: SUITE_DIR },
      repository: { type: "string" },
      json: { type: "string" },
      approve: { type: "string" },
      reject: { type: "string" },
      payload: { type: "string" },
      "suite-owner": { type: "string", multiple: true },
      "suite-refs": { type: "string", default: "checkout" },
      quiet: { type: "boolean", default: false },
    },
  });
  const [workflow] = positionals;
  if (!workflow || positionals.length > 1) throw new RehearsalError(USAGE);
  if (!EVENTS.includes(values.event))
    throw new RehearsalError(`--event ${values.event}: expected one of ${EVENTS.join(", ")}`);
  if (values["suite-refs"] !== "checkout" && values["suite-refs"] !== "git") {
    throw new RehearsalError(`--suite-refs ${values["suite-refs"]}: expected checkout or git`);
  }
  if (values.approve && values.reject) throw new RehearsalError("--approve and --reject exclude each other");
  // npm runs scripts from the package root; paths on the command line are the caller's.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const repoDir = path.resolve(cwd, values.repo);
  const repository = values.repository ?? `org/${path.basename(repoDir)}`;
  const github = await startGitHubFake();
  const oidc = await startOidcFake();
  try {
    const services = await createFakeServices({
      github,
      oidc,
      repositories: { [repository]: repoDir },
      approve: values.approve,
      reject: values.reject,
      protectEnvironments: Boolean(values.approve ?? values.reject),
      onPendingReview: ({ environment, job }) =>
        process.stdout.write(
          `⏸ ${job.job} waits for a review of environment ${environment}: ${values.approve ? `approving as ${values.approve}` : values.reject ? `rejecting as ${values.reject}` : `POST ${github.apiUrl}/repos/${job.repository}/actions/runs/${job.runId}/pending_deployments (or pass --approve/--reject)`}\n`,
        ),
    });
    const result = await rehearse({
      workflow: path.resolve(cwd, workflow),
      repoDir,
      repository,
      event: values.event as RehearsalEvent,
      payload: values.payload ? readPayload(path.resolve(cwd, values.payload)) : undefined,
      inputs: pairs(values.input, "input"),
      secrets: pairs(values.secret, "secret"),
      vars: pairs(values.var, "var"),
      services,
      suite: {
        name: "platform",
        dir: SUITE_DIR,
        refs: values["suite-refs"] === "git" ? "git" : "checkout",
        ...(values["suite-owner"] ? { owners: values["suite-owner"] } : {}),
      },
      reporter: consoleReporter(undefined, !values.quiet),
    });
    const summary = { conclusion: result.conclusion, jobs: result.jobs, outputs: result.outputs };
    if (values.json) writeFileSync(path.resolve(cwd, values.json), `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(`\n${result.conclusion} (run ${result.runId}, scratch ${result.workDir})\n`);
    return result.conclusion === "success" ? 0 : 1;
  } finally {
    await oidc.stop();
    await github.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof RehearsalError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
