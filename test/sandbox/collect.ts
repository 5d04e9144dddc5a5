import { parse } from "yaml";
import { git } from "../harness/git.ts";
import { OVERLAYS, PRODUCTION_VALUES } from "./fixtures/gitops.ts";
import { IMAGE_NAME } from "./fixtures/hello-app.ts";
import type { ReportApproval, ReportDriftIssue, ReportEnvironment } from "./report/model.ts";
import type { World } from "./world.ts";

/*
 * The report's facts read back from the world after a run, never from what the run said it
 * did: what each environment pins in the GitOps repository (and the commit that pinned it),
 * the release tags of acme/hello, the reviews GitHub recorded and the drift issues it holds.
 */

interface KustomizeImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** `1.0.1` from `1.0.1` or `v1.0.1`; the tag itself otherwise. */
function versionOf(tag: string): string {
  return tag.replace(/^v(?=\d)/, "");
}

async function lastCommitOf(bareDir: string, file: string): Promise<string> {
  return (await git(bareDir, ["log", "-1", "--format=%H", "main", "--", file])).trim();
}

export async function readEnvironments(world: World): Promise<Record<string, ReportEnvironment>> {
  const gitops = world.repositories.gitops;
  const environments: Record<string, ReportEnvironment> = {};
  for (const [name, dir] of Object.entries(OVERLAYS)) {
    const file = `${dir}/kustomization.yaml`;
    const overlay = parse((await gitops.readFile(file)) ?? "") as { images?: KustomizeImage[] };
    const image = overlay.images?.find((entry) => entry.name === IMAGE_NAME);
    environments[name] = {
      version: versionOf(image?.newTag ?? ""),
      digest: image?.digest ?? "",
      image: image?.newName ?? IMAGE_NAME,
      commit: await lastCommitOf(gitops.bareDir, file),
    };
  }
  const values = parse((await gitops.readFile(PRODUCTION_VALUES)) ?? "") as {
    image?: { repository?: string; tag?: string; digest?: string };
  };
  environments.production = {
    version: versionOf(values.image?.tag ?? ""),
    digest: values.image?.digest ?? "",
    image: values.image?.repository ?? "",
    commit: await lastCommitOf(gitops.bareDir, PRODUCTION_VALUES),
  };
  return environments;
}

/** The newest semantic-version tag of acme/hello, or none before the first release. */
export async function readRelease(world: World): Promise<{ version: string; tag: string }> {
  const tags = (await world.repositories.app.tags()).filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag));
  const key = (tag: string): number[] => tag.slice(1).split(".").map(Number);
  tags.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0) || (x[2] ?? 0) - (y[2] ?? 0);
  });
  const tag = tags.at(-1);
  return tag ? { version: versionOf(tag), tag } : { version: "", tag: "(none)" };
}

/** Reviews GitHub recorded on acme/hello's waiting runs, with who asked and why (the run's dispatch). */
export function readApprovals(
  world: World,
  runs: Map<number, { name: string; actor: string; reason?: string }>,
): ReportApproval[] {
  return world.repositories.app.pendingDeployments
    .filter((pending) => pending.review !== undefined)
    .map((pending) => {
      const run = runs.get(pending.runId);
      return {
        environment: pending.environment,
        run: run?.name ?? `run ${pending.runId}`,
        requestedBy: run?.actor ?? "",
        reviewer: pending.review?.user.login ?? "",
        state: pending.review?.state ?? "rejected",
        ...(run?.reason ? { reason: run.reason } : {}),
      };
    });
}

/** The open issues of acme/infra that drift-report opened (label `drift`). */
export function readDriftIssues(world: World): ReportDriftIssue[] {
  return world.repositories.infra.issues
    .filter((issue) => issue.pull_request === undefined && issue.state === "open")
    .filter((issue) => issue.labels.some((label) => label.name === "drift"))
    .map((issue) => {
      const workspace = /workspaces\/[\w.-]+/.exec(`${issue.title}\n${issue.body ?? ""}`)?.[0];
      return { number: issue.number, title: issue.title, url: issue.html_url, ...(workspace ? { workspace } : {}) };
    });
}
