// "Each job asks for exactly what it uses" (issue 15), computed: the token scopes each step
// of this repository's workflows needs, from what the step uses, and for a job that calls a
// workflow the union of the called jobs' scopes. A job asking for more (or less) than that is
// reported. Unknown third-party actions are reported too: their needs must be added here.
import { parse } from "yaml";

export type Scopes = Record<string, "read" | "write">;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  permissions?: Scopes | string;
  steps?: Step[];
}

/** What a step of each kind needs from the job's token. */
function stepNeeds(step: Step): Scopes | undefined {
  const uses = step.uses ?? "";
  const inputs = step.with ?? {};
  if (step.run !== undefined)
    return /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(step.run) ? { "id-token": "write" } : {};
  if (/^actions\/checkout@/.test(uses)) return { contents: "read" };
  if (
    /^(actions\/(upload|download)-artifact|docker\/setup-(qemu|buildx)-action|hashicorp\/setup-terraform|actions\/setup-node)@/.test(
      uses,
    )
  )
    return {}; // the runtime's own token (artifacts), or nothing
  const suite = /^\.\/\.platform\/actions\/([a-z0-9-]+)$/.exec(uses)?.[1];
  switch (suite) {
    case "release":
      return { contents: "write" }; // the tag and the GitHub Release
    case "build-push-oidc": {
      // ECR through OIDC, unless the registry is a literal host that is not ECR.
      const registry = String(inputs.registry ?? "");
      const literalHost = registry !== "" && !registry.includes("${{") && registry !== "ecr";
      return literalHost ? {} : { "id-token": "write" };
    }
    case "promote":
      return String(inputs["dry-run"]) === "true"
        ? { contents: "read", "id-token": "write" }
        : { contents: "read", "id-token": "write", actions: "read", deployments: "write" };
    case "update-overlay":
      return {}; // writes with the GitOps token, not the job's
    case "drift-report":
      return { issues: "write" };
    default:
      return undefined;
  }
}

function merge(into: Scopes, more: Scopes): Scopes {
  for (const [scope, level] of Object.entries(more)) if (into[scope] !== "write") into[scope] = level;
  return into;
}

export interface PermissionFinding {
  job: string;
  message: string;
}

/**
 * Every job of `text` against what it uses. `calledWorkflow` gives the text of a workflow a
 * job calls (this repository's), whose jobs' scopes are the ceiling the caller must grant.
 */
export function checkLeastPrivilege(
  text: string,
  calledWorkflow: (uses: string) => string | undefined,
): PermissionFinding[] {
  const workflow = parse(text) as { jobs?: Record<string, Job> };
  const findings: PermissionFinding[] = [];
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const needs: Scopes = {};
    if (job.uses !== undefined) {
      const called = calledWorkflow(job.uses);
      if (called === undefined) {
        findings.push({ job: name, message: `calls ${job.uses}, which is not readable here` });
        continue;
      }
      const calledJobs = (parse(called) as { jobs?: Record<string, Job> }).jobs ?? {};
      for (const calledJob of Object.values(calledJobs))
        if (typeof calledJob.permissions === "object") merge(needs, calledJob.permissions);
    }
    for (const step of job.steps ?? []) {
      const scopes = stepNeeds(step);
      if (scopes === undefined)
        findings.push({ job: name, message: `uses ${step.uses}, whose token needs are unknown here` });
      else merge(needs, scopes);
    }
    const asked = typeof job.permissions === "object" && job.permissions !== null ? job.permissions : {};
    for (const scope of new Set([...Object.keys(asked), ...Object.keys(needs)])) {
      if (asked[scope] === needs[scope]) continue;
      if (needs[scope] === undefined)
        findings.push({ job: name, message: `asks for ${scope}: ${asked[scope]}, which nothing uses` });
      else
        findings.push({ job: name, message: `needs ${scope}: ${needs[scope]} but asks for ${asked[scope] ?? "none"}` });
    }
  }
  return findings;
}
