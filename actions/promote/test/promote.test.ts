import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Octokit } from "@octokit/rest";
import { inspectRaw, listTags } from "../../../test/harness/skopeo.ts";
import { configText, createWorld, type Shared, startShared, stopShared, trailersOf, writableState } from "./world.ts";

let shared: Shared;

beforeAll(async () => {
  shared = await startShared();
});

afterAll(async () => {
  await stopShared(shared);
});

function expectNoSecret(
  result: { log: string; summary: string; outputs: Record<string, string> },
  ...secrets: string[]
) {
  const log = result.log.replace(/^::add-mask::.*$/gm, "");
  for (const secret of secrets) {
    expect(log).not.toContain(secret);
    expect(result.summary).not.toContain(secret);
    expect(JSON.stringify(result.outputs)).not.toContain(secret);
  }
}

describe("promote (bundled): dev -> staging -> production", () => {
  it("promotes through a kustomize overlay and Helm values, records who and why, and re-runs as a no-op", async () => {
    const world = await createWorld(shared);
    const v1 = await world.push("hello", "1.0.0");
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0" });

    const staging = await world.promote({ environment: "staging", images: "hello" });
    expect(staging.errors).toEqual([]);
    expect(staging.exitCode).toBe(0);
    const head = await world.gitops.branchHead("main");
    expect(staging.outputs).toMatchObject({ digest: v1.digest, changed: "true", commit: head, "pull-request": "" });
    expect(JSON.parse(staging.outputs.images ?? "")).toEqual([
      {
        name: "hello",
        from: world.repo("dev"),
        to: world.repo("staging"),
        digest: v1.digest,
        version: "1.0.0",
        changed: true,
      },
    ]);
    const overlay = await world.gitops.readFile("apps/hello/overlays/staging/kustomization.yaml");
    expect(overlay).toContain(
      `  - name: hello\n    newName: ${world.repo("staging")}\n    newTag: 1.0.0\n    digest: ${v1.digest}\n`,
    );
    expect(overlay).toMatch(/ {2}- name: worker\n$/);
    // Byte for byte, and the version tag added in the target.
    expect(await inspectRaw(`${world.repo("staging")}@${v1.digest}`)).toBe(
      await inspectRaw(`${world.repo("dev")}@${v1.digest}`),
    );
    expect(await listTags(world.repo("staging"))).toContain("1.0.0");
    const plan = JSON.parse(staging.outputs.plan ?? "{}");
    expect(plan.gates.map((g: { gate: string; outcome: string }) => `${g.gate}:${g.outcome}`)).toEqual([
      "freeze:pass",
      "reason:pass",
      "lineage:pass",
      "soak:skip",
      "existence:pass",
    ]);
    expect(staging.summary).toContain("### promote: dev -> staging");

    // Production: a reviewer approved this run's environment; the job runs in it (its deployment gets the status).
    world.app.addPendingDeployment(4242, "production");
    const alice = new Octokit({ auth: "ghs_alice_approver", baseUrl: shared.github.apiUrl });
    const envId = world.app.environments.get("production")?.id ?? 0;
    await alice.rest.actions.reviewPendingDeploymentsForRun({
      owner: "octo-org",
      repo: world.app.name,
      run_id: 4242,
      environment_ids: [envId],
      state: "approved",
      comment: "ship it",
    });
    const appHead = (await world.app.branchHead("main")) ?? "";
    const refused = await world.promote({ environment: "production" }, { GITHUB_SHA: appHead });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors).toEqual(["production requires a reason (require-reason: true); set the reason input"]);

    const production = await world.promote(
      { environment: "production", reason: "CVE-2026-1234 fix" },
      { GITHUB_SHA: appHead },
    );
    expect(production.errors).toEqual([]);
    expect(production.exitCode).toBe(0);
    const values = await world.gitops.readFile("charts/hello/values-production.yaml");
    expect(values).toBe(
      `# production values\nreplicaCount: 3\nimage:\n  repository: ${world.repo("production")}\n  tag: "1.0.0"\n  digest: "${v1.digest}"\n`,
    );
    const commit = production.outputs.commit ?? "";
    expect(commit).toBe(await world.gitops.branchHead("main"));
    const trailers = await trailersOf(world, commit);
    expect(trailers).toEqual({
      Environment: ["production"],
      "Promoted-From": [`staging@${head}`],
      Image: [`hello=${world.repo("production")}@${v1.digest}`],
      "Requested-By": ["octocat"],
      "Approved-By": ["alice"],
      Reason: ["CVE-2026-1234 fix"],
      Run: [`${shared.github.serverUrl}/${world.app.fullName}/actions/runs/4242`],
    });
    const deployment = world.app.deployments.find((d) => d.environment === "production");
    const statuses = world.app.deploymentStatuses.get(deployment?.id ?? -1) ?? [];
    expect(statuses.at(-1)?.state).toBe("success");
    expect(statuses.at(-1)?.description).toContain(v1.digest.slice(0, 19));
    expect(statuses.at(-1)?.description).toContain(commit.slice(0, 12));
    expectNoSecret(production, shared.github.token, shared.prod.password);

    // Idempotent: the target pins it already.
    const before = await writableState(world);
    const again = await world.promote({ environment: "production", reason: "again" });
    expect(again.errors).toEqual([]);
    expect(again.outputs).toMatchObject({ changed: "false", commit });
    expect(JSON.parse(again.outputs.images ?? "")[0].changed).toBe(false);
    expect(await writableState(world)).toBe(before);
  });
});
