import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { chainResolvers, explicitCredentials } from "@platform/oci";
import { type FaultProxy, startFaultProxy } from "../../../test/harness/fault-proxy.ts";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspectRaw, listTags } from "../../../test/harness/skopeo.ts";
import { promoteImage } from "../src/promote.ts";

/** Fast backoff so the refused tag fails quickly (the copy engine's retries are @platform/oci's own tests). */
const FAST_RETRY = { attempts: 6, baseDelayMs: 20, maxDelayMs: 200, maxTotalDelayMs: 10_000 };

/**
 * promote-image's one line for a copy that failed while tags were written: two targets in two
 * registries, the second behind the fault proxy refusing its tag.
 */
describe("promote-image's failure line (two targets, two registries)", () => {
  let source: TestRegistry;
  let first: TestRegistry;
  let second: TestRegistry;
  let proxy: FaultProxy;

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

  it("names the failed tag and the new tag it could not take back", async () => {
    const repo = "rollback/line";
    const fresh = await pushTestImage(source, `${repo}:v2`, { layers: 2, signature: true });
    const targets = [`${first.host}/prod/${repo}:live`, `${proxy.host}/prod/${repo}:live`];
    proxy.inject({ kind: "status", status: 403, match: new RegExp(`^PUT /v2/prod/${repo}/manifests/live$`) });
    const failure = await promoteImage(
      { source: fresh.reference, targets, referrers: false, overwrite: true, dryRun: false, concurrency: 4 },
      {
        credentials: () => chainResolvers(explicitCredentials(first.username, first.password, [first.host])),
        logger: memoryLogger(),
        mask: () => undefined,
        retry: FAST_RETRY,
      },
    ).catch((e: unknown) => e);
    proxy.clear();

    expect(failure).toBeInstanceOf(Error);
    const line = failure instanceof Error ? failure.message : "";
    expect(line).not.toContain("\n");
    expect(line).toContain(
      `Input "targets": ${JSON.stringify(targets[1])} was denied by ${proxy.host} (HTTP 403 DENIED)`,
    );
    expect(line).toContain(`when ${proxy.host}/prod/${repo}:live was written, after all content was in place`);
    // The first target had no `live` tag: it cannot be deleted, so the line says where it points.
    expect(line).toContain(`${first.host}/prod/${repo}:live left pointing at ${fresh.digest}`);
    expect(JSON.parse(await inspectRaw(`${first.host}/prod/${repo}:live`))).toEqual(
      JSON.parse(await inspectRaw(fresh.reference)),
    );
    expect(await listTags(`${second.host}/prod/${repo}`)).toEqual([]);
  });
});
