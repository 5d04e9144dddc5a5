import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Octokit } from "@octokit/rest";
import { git } from "../../../test/harness/git.ts";
import type { TestImage } from "../../../test/harness/images.ts";
import { runBundledAction } from "../../../test/harness/run-action.ts";
import { expectNoSecret } from "../../../test/harness/secrets.ts";
import { copyAll, inspectRaw, listTags } from "../../../test/harness/skopeo.ts";
import { configText, createWorld, type Shared, startShared, stopShared, trailersOf, writableState } from "./world.ts";

let shared: Shared;

beforeAll(async () => {
  shared = await startShared();
});

afterAll(async () => {
  await stopShared(shared);
});

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
    // The step summary: the plan, the diff and the link to the GitOps commit.
    expect(staging.summary).toContain(`+    digest: ${v1.digest}`);
    expect(staging.summary).toContain(`${shared.github.serverUrl}/${world.gitops.fullName}/commit/${head}`);

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
    expectNoSecret(production, [shared.github.token, shared.prod.password]);

    // Idempotent: the target pins it already.
    const before = await writableState(world);
    const again = await world.promote({ environment: "production", reason: "again" });
    expect(again.errors).toEqual([]);
    expect(again.outputs).toMatchObject({ changed: "false", commit });
    expect(JSON.parse(again.outputs.images ?? "")[0].changed).toBe(false);
    expect(await writableState(world)).toBe(before);
  });
});

const hour = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString().replace(/\.\d+Z$/, "Z");

describe("promote (bundled): every refusal is one line, before anything is written", () => {
  it("names a missing environment before any request", async () => {
    const requests = shared.github.requests.length;
    const result = await runBundledAction("promote", { inputs: {}, env: { GITHUB_API_URL: shared.github.apiUrl } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      'Input "environment": "" is required; set "environment" in the step\'s "with:" block.',
    ]);
    expect(shared.github.requests.length).toBe(requests);
    const malformed = await runBundledAction("promote", {
      inputs: { environment: "staging", digest: "latest", "github-token": shared.github.token },
      env: { GITHUB_API_URL: shared.github.apiUrl, GITHUB_REPOSITORY: "octo-org/app" },
    });
    expect(malformed.exitCode).toBe(1);
    expect(malformed.errors).toEqual([
      'Input "digest": "latest" is not a sha256 digest; write sha256: and 64 lower-case hex digits.',
    ]);
    expect(shared.github.requests.length).toBe(requests);
  });

  it("refuses at each gate and on each bad input; registry and GitOps repository stay as they were", async () => {
    const world = await createWorld(shared);
    const v1 = await world.push("hello", "1.0.0");
    const stray = await world.push("hello", "0.9.9");
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0", date: iso(-2 * hour) });
    await world.pin("dev", "worker", "", { tag: "2.0.0" });

    // dry-run first: every gate passes, the plan is out, nothing is written.
    let before = await writableState(world);
    const requestsBefore = shared.github.requests.length;
    const dry = await world.promote({ environment: "staging", images: "hello", "dry-run": "true" });
    expect(dry.errors).toEqual([]);
    // The plan runs before any approval and records nothing: it does not ask for the approvals
    // (promote.yml's plan job has no actions: read).
    const asked = shared.github.requests.slice(requestsBefore).map((request) => request.path);
    expect(asked.filter((path) => path.endsWith("/approvals"))).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
    expect(dry.exitCode).toBe(0);
    expect(JSON.parse(dry.outputs.plan ?? "{}")).toMatchObject({
      environment: "staging",
      from: "dev",
      dryRun: true,
      images: [{ name: "hello", digest: v1.digest, version: "1.0.0", lineage: "current", changed: true }],
    });
    expect(dry.outputs.commit).toBe("");
    expect(dry.summary).toContain("dry run");
    expect(await writableState(world)).toBe(before);

    const base = configText(world);
    const cases: [string, string, Record<string, string>, RegExp][] = [
      [
        "a freeze window",
        configText(world, {
          freeze: `freeze:\n  - { environments: [staging], from: ${iso(-hour)}, to: ${iso(hour)}, reason: incident }`,
        }),
        {},
        /^staging is frozen by freeze\[0\] \S+ to \S+ \(incident\) until \S+; promote after it ends/,
      ],
      [
        "a missing reason",
        configText(world, { staging: "    require-reason: true" }),
        {},
        /^staging requires a reason/,
      ],
      [
        "a tag-only source",
        base,
        { images: "worker" },
        /^dev pins worker by tag only \(.*worker:2\.0\.0\), and digests are the unit of promotion/,
      ],
      [
        "a digest that never ran",
        base,
        { images: "hello", digest: stray.digest },
        /^digest sha256:\S+ of hello was never pinned in dev or staging; .* allow-unverified: true/,
      ],
      [
        "too short a soak",
        configText(world, { staging: "    min-soak: 3h" }),
        { images: "hello" },
        /^hello was pinned in dev by \w{12} 2h\b.* ago, less than min-soak 3h; promote after /,
      ],
      [
        "a missing platform",
        configText(world, { staging: "    platforms: [linux/amd64, linux/s390x]" }),
        { images: "hello" },
        /lacks platform linux\/s390x \(it has linux\/amd64, linux\/arm64\)/,
      ],
      [
        "an unknown environment",
        base,
        { environment: "qa" },
        /^Input "environment": "qa" is not an environment of \.github\/platform\.yml@main; use one of: dev, staging, production\.$/,
      ],
      [
        "one digest for several images",
        base,
        { images: "hello\nworker", digest: v1.digest },
        /^Input "digest": "sha256:\S+" is one digest for 2 images/,
      ],
      [
        "an image the environment does not list",
        base,
        { images: "nope" },
        /^Input "images": "nope" is not an image of staging/,
      ],
      [
        "a from loop in the configuration",
        base.replace("  dev:\n    overlay", "  dev:\n    from: staging\n    overlay"),
        {},
        /^\.github\/platform\.yml@main:\d+:\d+: environments\.dev\.from makes a loop: dev -> staging -> dev$/,
      ],
      [
        "a configuration the schema refuses",
        base.replace("require-reason: true", "require-reason: yes please"),
        {},
        /^\.github\/platform\.yml@main:\d+:\d+: environments\.production\.require-reason must be boolean$/,
      ],
    ];
    before = await writableState(world);
    for (const [what, config, inputs, expected] of cases) {
      await world.setConfig(config);
      const result = await world.promote({ environment: "staging", ...inputs });
      expect({ what, exitCode: result.exitCode, errors: result.errors }).toEqual({
        what,
        exitCode: 1,
        errors: [expect.stringMatching(expected)],
      });
      expect(result.log).not.toMatch(/^\s+at /m);
      expect({ what, state: await writableState(world) }).toEqual({ what, state: before });
    }

    // The source's digest is gone from its registry: the existence gate refuses.
    await world.setConfig(base);
    await world.pin("dev", "hello", `sha256:${"0".repeat(64)}`, { tag: "1.0.0", date: iso(-2 * hour) });
    before = await writableState(world);
    const gone = await world.promote({ environment: "staging", images: "hello" });
    expect(gone.errors).toEqual([
      expect.stringMatching(/w\d+\/dev\/hello@sha256:0{64} does not exist in its registry/),
    ]);
    expect(await writableState(world)).toBe(before);
  });

  it("reads the configuration from the default branch: a branch cannot lift its own freeze", async () => {
    const world = await createWorld(shared);
    const v1 = await world.push("hello", "1.0.0");
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0" });
    await world.setConfig(
      configText(world, {
        freeze: `freeze:\n  - { environments: [staging], weekly: { from: "Mon 00:00", to: "Sun 23:59" }, timezone: Europe/Berlin, reason: always }`,
      }),
    );
    await world.app.createBranch("lift-freeze");
    await world.app.commitFiles({
      branch: "lift-freeze",
      message: "chore: no freeze",
      changes: [{ path: ".github/platform.yml", content: Buffer.from(configText(world)), mode: "100644" }],
    });
    const before = await writableState(world);
    const dispatched = await world.promote(
      { environment: "staging", images: "hello" },
      {
        GITHUB_REF: "refs/heads/lift-freeze",
        GITHUB_REF_NAME: "lift-freeze",
        GITHUB_SHA: (await world.app.branchHead("lift-freeze")) ?? "",
      },
    );
    expect(dispatched.exitCode).toBe(1);
    expect(dispatched.errors).toEqual([
      expect.stringMatching(
        /^staging is frozen by freeze\[0\] weekly Mon 00:00 to Sun 23:59 Europe\/Berlin \(always\) until /,
      ),
    ]);
    expect(await writableState(world)).toBe(before);
    // config-ref is the explicit, reviewed override (the workflow's author sets it, not the branch).
    const overridden = await world.promote({
      environment: "staging",
      images: "hello",
      "config-ref": "lift-freeze",
      "dry-run": "true",
    });
    expect(overridden.errors).toEqual([]);
    expect(JSON.parse(overridden.outputs.plan ?? "{}").config).toBe(".github/platform.yml@lift-freeze");
  });
});

describe("promote (bundled): history", () => {
  it("rolls back to a digest the target ran before, and promotes a hotfix from the source's history", async () => {
    const world = await createWorld(shared);
    const [v1, v2, v3, v4] = (await Promise.all(
      ["1.0.0", "2.0.0", "3.0.0", "4.0.0"].map((v) => world.push("hello", v)),
    )) as [TestImage, TestImage, TestImage, TestImage];
    const through = async (image: { digest: string }, version: string, toProduction: boolean) => {
      await world.pin("dev", "hello", image.digest, { tag: version });
      expect((await world.promote({ environment: "staging", images: "hello" })).errors).toEqual([]);
      if (toProduction)
        expect((await world.promote({ environment: "production", reason: `ship ${version}` })).errors).toEqual([]);
    };
    await through(v1, "1.0.0", true);
    await through(v2, "2.0.0", true);

    const rollback = await world.promote({
      environment: "production",
      digest: v1.digest,
      reason: "2.0.0 leaks memory",
    });
    expect(rollback.errors).toEqual([]);
    expect(JSON.parse(rollback.outputs.images ?? "")).toEqual([
      {
        name: "hello",
        from: world.repo("production"),
        to: world.repo("production"),
        digest: v1.digest,
        version: "1.0.0",
        changed: true,
      },
    ]);
    expect(await world.gitops.readFile("charts/hello/values-production.yaml")).toContain(`digest: "${v1.digest}"`);
    const rolledBack = await trailersOf(world, rollback.outputs.commit ?? "");
    expect(rolledBack).toMatchObject({
      Rollback: ["true"],
      Reason: ["2.0.0 leaks memory"],
      Image: [`hello=${world.repo("production")}@${v1.digest}`],
    });
    expect(rolledBack.Unverified).toBeUndefined();
    expect((await world.gitops.commitMessages())[0]).toMatch(/^chore\(production\): roll back hello to 1\.0\.0\n/);

    await through(v3, "3.0.0", false);
    await through(v4, "4.0.0", false);
    const hotfix = await world.promote({ environment: "production", digest: v3.digest, reason: "3.0.0 only" });
    expect(hotfix.errors).toEqual([]);
    expect(JSON.parse(hotfix.outputs.plan ?? "{}").images[0]).toMatchObject({
      lineage: "hotfix",
      from: world.repo("staging"),
    });
    const hotfixed = await trailersOf(world, hotfix.outputs.commit ?? "");
    expect(hotfixed.Rollback).toBeUndefined();
    expect(hotfixed.Image).toEqual([`hello=${world.repo("production")}@${v3.digest}`]);
    expect(await inspectRaw(`${world.repo("production")}:3.0.0`)).toBe(
      await inspectRaw(`${world.repo("dev")}@${v3.digest}`),
    );

    // allow-unverified lets a digest from nowhere through, and the record says so.
    const stray = await world.push("hello", "9.9.9");
    const unverified = await world.promote({
      environment: "staging",
      images: "hello",
      digest: stray.digest,
      "allow-unverified": "true",
    });
    expect(unverified.errors).toEqual([]);
    expect(await trailersOf(world, unverified.outputs.commit ?? "")).toMatchObject({ Unverified: ["true"] });
  });
});

describe("promote (bundled): soak", () => {
  it("times the soak from the commit that pinned the digest, under later commits to the same file", async () => {
    const world = await createWorld(shared);
    const v1 = await world.push("hello", "1.0.0");
    const pinned = await world.pin("dev", "hello", v1.digest, { tag: "1.0.0", date: iso(-2 * hour) });
    // Newer commits on top, one of them rewriting the same kustomization: only a fetched history
    // finds the commit two hours back (the branch tip alone would say "pinned just now").
    await world.pin("dev", "worker", "", { tag: "2.0.0" });
    await world.setConfig(configText(world, { staging: "    min-soak: 1h" }));
    const before = await writableState(world);
    const dry = await world.promote({ environment: "staging", images: "hello", "dry-run": "true" });
    expect(dry.errors).toEqual([]);
    const soak = JSON.parse(dry.outputs.plan ?? "{}").gates.find((g: { gate: string }) => g.gate === "soak");
    expect(soak).toMatchObject({
      outcome: "pass",
      detail: expect.stringMatching(new RegExp(`^pinned in dev by ${pinned.slice(0, 12)} 2h\\b`)),
    });
    expect(await writableState(world)).toBe(before);
  });
});

describe("promote (bundled): what travels, and no tag moves", () => {
  it("carries the signature and the SBOM referrer along, and pins by digest only when the version tag is taken", async () => {
    const world = await createWorld(shared);
    const v1 = await world.push("hello", "1.0.0", { signature: true, sbomReferrer: true });
    const squatter = await world.push("hello", "0.0.1");
    // staging:1.0.0 already names another image: the promotion must not move it.
    await copyAll(`${world.repo("dev")}@${squatter.digest}`, `${world.repo("staging")}:1.0.0`);
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0" });

    const result = await world.promote({ environment: "staging", images: "hello" });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.outputs.images ?? "")[0]).toMatchObject({ digest: v1.digest, version: "" });
    expect(result.log).toContain(`${world.repo("staging")}:1.0.0 holds another digest`);
    expect(await inspectRaw(`${world.repo("staging")}:1.0.0`)).toBe(
      await inspectRaw(`${world.repo("dev")}@${squatter.digest}`),
    );
    const overlay = await world.gitops.readFile("apps/hello/overlays/staging/kustomization.yaml");
    expect(overlay).toContain(`  - name: hello\n    newName: ${world.repo("staging")}\n    digest: ${v1.digest}\n`);
    expect(await inspectRaw(`${world.repo("staging")}@${v1.digest}`)).toBe(
      await inspectRaw(`${world.repo("dev")}@${v1.digest}`),
    );
    // The signature under its cosign tag, and the SBOM (an OCI 1.1 referrer) under its fallback tag.
    const tags = await listTags(world.repo("staging"));
    expect(tags).toEqual(expect.arrayContaining([v1.signatureTag, v1.digest.replace(":", "-")]));
    expect(await inspectRaw(`${world.repo("staging")}:${v1.signatureTag}`)).toBe(
      await inspectRaw(`${world.repo("dev")}:${v1.signatureTag}`),
    );
    expect(await inspectRaw(`${world.repo("staging")}@${v1.sbomDigest}`)).toBe(
      await inspectRaw(`${world.repo("dev")}@${v1.sbomDigest}`),
    );
  });
});

describe("promote (bundled): landing", () => {
  it("lands two promotions to one environment at once: both commits, in order, nothing lost", async () => {
    const world = await createWorld(shared);
    const [hello, worker] = await Promise.all([world.push("hello", "1.1.0"), world.push("worker", "7.0.0")]);
    await world.pin("dev", "hello", hello.digest, { tag: "1.1.0" });
    await world.pin("dev", "worker", worker.digest, { tag: "7.0.0" });
    const start = await world.gitops.branchHead("main");
    const [a, b] = await Promise.all([
      world.promote({ environment: "staging", images: "hello" }),
      world.promote({ environment: "staging", images: "worker" }),
    ]);
    expect([a.errors, b.errors]).toEqual([[], []]);
    const log = (await world.gitops.commitMessages()).slice(0, 3);
    expect(
      log
        .slice(0, 2)
        .map((m) => m.split("\n")[0])
        .sort(),
    ).toEqual(["chore(staging): promote hello@1.1.0 from dev", "chore(staging): promote worker@7.0.0 from dev"]);
    expect(log[2]).toMatch(/^chore\(dev\): pin worker/);
    const overlay = await world.gitops.readFile("apps/hello/overlays/staging/kustomization.yaml");
    expect(overlay).toContain(hello.digest);
    expect(overlay).toContain(worker.digest);
    // In order: one on top of the other on top of where both started, nothing forced over.
    const head = (await world.gitops.branchHead("main")) ?? "";
    const chain = (await git(world.gitops.bareDir, ["rev-list", "--first-parent", "--max-count=3", head]))
      .trim()
      .split("\n");
    expect(chain[2]).toBe(start);
    expect([a.outputs.commit, b.outputs.commit].sort()).toEqual(chain.slice(0, 2).sort());
    expect(await git(world.gitops.bareDir, ["rev-list", "--count", "--merges", head])).toBe("0\n");
  });

  it("a copy failing after every gate passed leaves the GitOps repository as it was (the built commit is never pushed)", async () => {
    const world = await createWorld(shared);
    const v1 = await world.push("hello", "1.0.0");
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0" });
    // The gates read the index, the first platform's manifest and its config; the last
    // platform's layer is gone from the source registry's storage, so only its copy fails.
    const last = v1.manifests.filter((manifest) => manifest.platform).at(-1);
    const manifest = JSON.parse(await inspectRaw(`${world.repo("dev")}@${last?.digest}`)) as {
      layers: { digest: string }[];
    };
    const hex = manifest.layers[0]?.digest.replace("sha256:", "") ?? "";
    rmSync(path.join(shared.dev.dataDir, "docker/registry/v2/blobs/sha256", hex.slice(0, 2), hex), { recursive: true });
    const refs = () => git(world.gitops.bareDir, ["for-each-ref", "--format=%(refname) %(objectname)"]);
    const before = await refs();

    const result = await world.promote({ environment: "staging", images: "hello" });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join("\n")).toMatch(/copying hello \(sha256:\S+\) from \S+ to \S+/);
    expect(result.log).toContain("gate existence (hello): pass");
    expect(await refs()).toBe(before);
    expect(world.gitops.pulls).toHaveLength(0);
    expect(world.app.counters.deploymentStatusesCreated).toBe(0);
  });

  it("pull-request mode opens one pull request per target and image set, and updates it", async () => {
    const world = await createWorld(shared);
    const [v1, v2] = await Promise.all([world.push("hello", "1.0.0"), world.push("hello", "1.0.1")]);
    await world.setConfig(configText(world, { staging: "    mode: pull-request" }));
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0" });
    const main = await world.gitops.branchHead("main");
    const first = await world.promote({ environment: "staging", images: "hello" });
    expect(first.errors).toEqual([]);
    expect(first.outputs["pull-request"]).toMatch(/\/pull\/\d+$/);
    expect(await world.gitops.branchHead("main")).toBe(main);
    await world.pin("dev", "hello", v2.digest, { tag: "1.0.1" });
    const second = await world.promote({ environment: "staging", images: "hello" });
    expect(second.errors).toEqual([]);
    expect(second.outputs["pull-request"]).toBe(first.outputs["pull-request"]);
    expect(world.gitops.pulls).toHaveLength(1);
    const branch = world.gitops.pulls[0]?.head.ref ?? "";
    expect(await world.gitops.readFile("apps/hello/overlays/staging/kustomization.yaml", branch)).toContain(v2.digest);
    expect((await trailersOf(world, second.outputs.commit ?? "")).Image).toEqual([
      `hello=${world.repo("staging")}@${v2.digest}`,
    ]);
  });
});
