import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { CopyError, tagName } from "@platform/oci";
import { type Fault, type FaultProxy, startFaultProxy } from "../../../test/harness/fault-proxy.ts";
import { pushTestImage, type TestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw, listTags } from "../../../test/harness/skopeo.ts";
import { clientFor, copy } from "./helpers.ts";

/**
 * Several targets in different registries, the second behind the fault proxy: its failure,
 * in the content or on a tag, leaves the first target's tag where it was before the run.
 */
describe("a failed run leaves no target tag changed (two targets, two registries)", () => {
  let source: TestRegistry;
  let first: TestRegistry;
  let second: TestRegistry;
  let proxy: FaultProxy;
  let counter = 0;

  beforeAll(async () => {
    [source, first, second] = await Promise.all([
      startRegistry({ auth: "anonymous" }),
      startRegistry({ auth: "basic" }),
      startRegistry({ auth: "anonymous" }),
    ]);
    proxy = await startFaultProxy(second.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([source, first, second].map((r) => r?.stop()));
  });

  /** An old image promoted to both targets' `live` tag, and a new one to promote over it. */
  async function scene() {
    const repo = `rollback/case${++counter}`;
    const old = await pushTestImage(source, `${repo}:v1`, { layers: 1 });
    const fresh = await pushTestImage(source, `${repo}:v2`, { layers: 2, signature: true });
    const targets = [`${first.host}/prod/${repo}:live`, `${proxy.host}/prod/${repo}:live`];
    const client = clientFor([first]);
    await copy(client, old.reference, targets, { referrers: false });
    return { repo, old, fresh, targets, client };
  }

  async function expectAt(ref: string, image: TestImage): Promise<void> {
    expect(JSON.parse(await inspectRaw(ref))).toEqual(JSON.parse(await inspectRaw(image.reference)));
  }

  const tagRefusals: { name: string; fault: (repo: string) => Fault }[] = [
    {
      name: "refuses (403 DENIED)",
      fault: (repo) => ({ kind: "status", status: 403, match: new RegExp(`^PUT /v2/prod/${repo}/manifests/live$`) }),
    },
    {
      name: "keeps failing (503 on every try)",
      fault: (repo) => ({
        kind: "status",
        status: 503,
        match: new RegExp(`^PUT /v2/prod/${repo}/manifests/live$`),
        times: Number.POSITIVE_INFINITY,
      }),
    },
  ];

  it.each(tagRefusals)("the second registry $name the tag: the first target's tag is put back", async ({ fault }) => {
    const { repo, old, fresh, targets, client } = await scene();
    proxy.inject(fault(repo));
    const failure = await copy(client, fresh.reference, targets, { overwrite: true }).catch((e: unknown) => e);
    proxy.clear();

    expect(failure).toBeInstanceOf(CopyError);
    if (!(failure instanceof CopyError)) return;
    expect(failure.reference.registry).toBe(proxy.host);
    expect(failure.tagPhase?.failedTag).toBe(`${proxy.host}/prod/${repo}:live`);
    const rollback = failure.tagPhase?.rollback;
    expect(rollback?.restored.map(tagName)).toEqual([`${first.host}/prod/${repo}:live`]);
    expect(rollback?.restored[0]?.previous?.digest).toBe(old.digest);
    expect(rollback?.failed).toEqual([]);
    // The new signature tags did not exist before: they stay, and are reported.
    expect(rollback?.left.map(tagName).sort()).toEqual(
      [
        `${first.host}/prod/${repo}:sha256-${fresh.digest.slice(7)}.sig`,
        `${proxy.host}/prod/${repo}:sha256-${fresh.digest.slice(7)}.sig`,
      ].sort(),
    );
    // skopeo, reading on its own, sees both live tags at the old image.
    await expectAt(`${first.host}/prod/${repo}:live`, old);
    await expectAt(`${second.host}/prod/${repo}:live`, old);
  });

  it("moves existing tags before creating new ones: a refused move leaves every tag as it was", async () => {
    const { repo, old, fresh, client } = await scene();
    // The first target's tag is new, the second's moves; the move is refused.
    const targets = [`${first.host}/prod/${repo}:next`, `${proxy.host}/prod/${repo}:live`];
    proxy.inject({ kind: "status", status: 403, match: new RegExp(`^PUT /v2/prod/${repo}/manifests/live$`) });
    const failure = await copy(client, fresh.reference, targets, { overwrite: true, referrers: false }).catch(
      (e: unknown) => e,
    );
    proxy.clear();

    expect(failure).toBeInstanceOf(CopyError);
    if (!(failure instanceof CopyError)) return;
    expect(failure.tagPhase?.rollback).toEqual({ restored: [], left: [], failed: [] });
    expect(await listTags(`${first.host}/prod/${repo}`)).toEqual(["live"]);
    await expectAt(`${second.host}/prod/${repo}:live`, old);
  });

  it("a content failure in the second target moves no tag at all", async () => {
    const { repo, old, fresh, targets, client } = await scene();
    const before = proxy.stats.log.length;
    proxy.inject({ kind: "status", status: 403, match: /^POST .*\/blobs\/uploads\//, times: Number.POSITIVE_INFINITY });
    const failure = await copy(client, fresh.reference, targets, { overwrite: true }).catch((e: unknown) => e);
    proxy.clear();

    expect(failure).toBeInstanceOf(CopyError);
    if (!(failure instanceof CopyError)) return;
    expect(failure.reference.registry).toBe(proxy.host);
    expect(failure.tagPhase).toBeUndefined();
    await expectAt(`${first.host}/prod/${repo}:live`, old);
    await expectAt(`${second.host}/prod/${repo}:live`, old);
    // Not even the first target's signature tag: every tag waits for every target's content.
    expect(await listTags(`${first.host}/prod/${repo}`)).toEqual(["live"]);
    // No tag write reached the second registry either (manifests by digest may have: content).
    const seen = proxy.stats.log.slice(before);
    expect(seen.some((l) => l.includes("[status 403]"))).toBe(true);
    expect(seen.filter((l) => /^PUT .*\/manifests\/(?!sha256:)/.test(l))).toEqual([]);
  });

  it("with every target healthy both tags move, attached tags first", async () => {
    const { repo, fresh, targets, client } = await scene();
    const before = proxy.stats.log.length;
    const result = await copy(client, fresh.reference, targets, { overwrite: true });
    expect(result.targets.map((t) => t.tagAction)).toEqual(["moved", "moved"]);
    await expectAt(`${first.host}/prod/${repo}:live`, fresh);
    await expectAt(`${second.host}/prod/${repo}:live`, fresh);
    const tagPuts = proxy.stats.log
      .slice(before)
      .filter((l) => /^PUT .*\/manifests\/(?!sha256:)/.test(l))
      .map((l) => l.replace(/ -> .*/, "").replace(/.*\/manifests\//, ""));
    expect(tagPuts).toEqual([`sha256-${fresh.digest.slice(7)}.sig`, "live"]);
  });
});
