/*
 * report.json: what one sandbox run did, the input of report.html and the terminal table.
 * The issue's shape (release, environments, gitops, drift, jobs) with optional additions the
 * picture needs: which run a job belonged to and what it needed (the graph's edges), the
 * approvals, and a note per job (why a refusal was the expected outcome).
 */

export type Conclusion = "success" | "failure" | "cancelled" | "skipped";
export const CONCLUSIONS: readonly Conclusion[] = ["success", "failure", "cancelled", "skipped"];

export interface ReportJob {
  /** As GitHub shows it: "<caller job> / <called job>" inside a called workflow. */
  name: string;
  conclusion: Conclusion;
  seconds: number;
  /** The workflow run this job was part of, e.g. "push main: pipeline". */
  run?: string;
  /** Names of the jobs of the same run this one needed. */
  needs?: string[];
  /** One line shown under the job, e.g. "refused: no reason given". */
  note?: string;
  /** The story wants this outcome (a refusal it plays on purpose): it does not fail the run. */
  expected?: boolean;
}

export interface ReportEnvironment {
  version: string;
  digest: string;
  /** The repository the environment pulls from, e.g. 127.0.0.1:5002/hello. */
  image: string;
  /** The GitOps commit that pinned it. */
  commit: string;
}

export interface ReportApproval {
  environment: string;
  run: string;
  requestedBy: string;
  reviewer: string;
  state: "approved" | "rejected";
  /** Why the promotion was asked for (the dispatch's `reason` input). */
  reason?: string;
}

export interface ReportDriftIssue {
  number: number;
  title: string;
  url: string;
  workspace?: string;
}

/** The run's conclusion when the report does not say: a failure the story did not expect fails it. */
export function conclusionOf(report: SandboxReport): "success" | "failure" {
  return (
    report.conclusion ??
    (report.jobs.some((job) => job.conclusion === "failure" && !job.expected) ? "failure" : "success")
  );
}

export interface SandboxReport {
  scenario?: string;
  conclusion?: "success" | "failure";
  seconds?: number;
  release: { version: string; tag: string };
  environments: Record<string, ReportEnvironment>;
  gitops: { repository: string };
  drift: { issues: ReportDriftIssue[] };
  jobs: ReportJob[];
  approvals?: ReportApproval[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Checks a parsed report.json; a wrong field is one line naming it. */
export function parseReport(value: unknown, source = "report.json"): SandboxReport {
  const fail = (field: string, want: string): never => {
    throw new Error(`${source}: ${field} must be ${want}`);
  };
  const string = (object: Json, key: string, field: string): string =>
    typeof object[key] === "string" ? (object[key] as string) : fail(`${field}.${key}`, "a string");
  if (!isObject(value)) return fail("the document", "an object");
  const release = isObject(value.release) ? value.release : fail("release", "an object");
  string(release, "version", "release");
  string(release, "tag", "release");
  const environments = isObject(value.environments) ? value.environments : fail("environments", "an object");
  for (const [name, environment] of Object.entries(environments)) {
    if (!isObject(environment)) fail(`environments.${name}`, "an object");
    for (const key of ["version", "digest", "image", "commit"])
      string(environment as Json, key, `environments.${name}`);
  }
  const gitops = isObject(value.gitops) ? value.gitops : fail("gitops", "an object");
  string(gitops, "repository", "gitops");
  const drift = isObject(value.drift) ? value.drift : fail("drift", "an object");
  if (!Array.isArray(drift.issues)) fail("drift.issues", "an array");
  if (!Array.isArray(value.jobs)) fail("jobs", "an array");
  for (const [index, job] of (value.jobs as unknown[]).entries()) {
    if (!isObject(job)) return fail(`jobs[${index}]`, "an object");
    string(job, "name", `jobs[${index}]`);
    if (!CONCLUSIONS.includes(job.conclusion as Conclusion)) fail(`jobs[${index}].conclusion`, CONCLUSIONS.join(", "));
    if (typeof job.seconds !== "number" || !(job.seconds >= 0)) fail(`jobs[${index}].seconds`, "a number >= 0");
  }
  return value as unknown as SandboxReport;
}
