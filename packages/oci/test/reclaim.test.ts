import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { blobBufferCollector, FULL_COLLECTION_EVERY, RECLAIM_EVERY, RegistryClient } from "@platform/oci";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspect } from "../../../test/harness/skopeo.ts";
import { copy, FAST_RETRY } from "./helpers.ts";

describe("reclaiming socket buffers while blobs stream", () => {
  let source: TestRegistry;
  let target: TestRegistry;

  beforeAll(async () => {
    [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([source, target].map((r) => r?.stop()));
  });

  it("calls reclaim once per RECLAIM_EVERY bytes read, and the copy stays byte for byte", async () => {
    const layerSize = RECLAIM_EVERY + 1024 * 1024;
    const image = await pushTestImage(source, "dev/big:v1", { platforms: ["linux/amd64"], layers: 2, layerSize });
    let calls = 0;
    const client = new RegistryClient({ logger: memoryLogger(), retry: FAST_RETRY, reclaim: () => calls++ });
    const result = await copy(client, `${source.host}/dev/big:v1`, [`${target.host}/prod/big:v1`]);
    expect(result.digest).toBe(image.digest);
    const read = result.targets[0]?.copiedBytes ?? 0;
    // Two random layers of RECLAIM_EVERY + 1 MiB and a config: more than two windows read.
    expect(read).toBeGreaterThan(2 * RECLAIM_EVERY);
    expect(calls).toBe(Math.floor(read / RECLAIM_EVERY));
    expect((await inspect(`${target.host}/prod/big:v1`)).Digest).toBe(image.digest);
  });

  it("blobBufferCollector runs collections without exposing gc globally", () => {
    const collect = blobBufferCollector();
    // Enough calls for young collections and one full collection.
    expect(() => {
      for (let call = 0; call <= FULL_COLLECTION_EVERY / RECLAIM_EVERY; call++) collect();
    }).not.toThrow();
    expect("gc" in globalThis).toBe(false);
  });

  // In a child process: the flags are the process's own, and the natives below need
  // --allow-natives-syntax. Optimization is forced on the next call rather than waited for (a
  // loaded machine may finish a hot loop before a concurrent compile does): TurboFan, then
  // Maglev. Bits of V8's OptimizationStatus: 32 Maglev code, 64 TurboFan code.
  const reclaimModule = fileURLToPath(new URL("../src/reclaim.ts", import.meta.url));
  const probe = (options: string): { v8BeforeFirstCall: boolean; turbofan: boolean; maglev: boolean } =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          "--allow-natives-syntax",
          "--input-type=module",
          "-e",
          `const { blobBufferCollector } = await import(${JSON.stringify(reclaimModule)});
           const collect = blobBufferCollector(${options});
           const v8BeforeFirstCall = process.moduleLoadList.includes("NativeModule v8");
           collect();
           const optimized = (tier) => {
             const hot = new Function("x", "return x * 2 + 1;");
             eval("%PrepareFunctionForOptimization(hot)");
             hot(1);
             hot(2);
             eval(tier === "turbofan" ? "%OptimizeFunctionOnNextCall(hot)" : "%OptimizeMaglevOnNextCall(hot)");
             hot(3);
             return eval("%GetOptimizationStatus(hot)");
           };
           const turbofan = (optimized("turbofan") & 64) !== 0;
           const maglev = (optimized("maglev") & 32) !== 0;
           console.log(JSON.stringify({ v8BeforeFirstCall, turbofan, maglev }));`,
        ],
        { encoding: "utf8" },
      ),
    );

  it("leanStreaming turns TurboFan off (Maglev kept) at the first call, and nothing loads node:v8 before it", () => {
    expect(probe("{ leanStreaming: true }")).toEqual({ v8BeforeFirstCall: false, turbofan: false, maglev: true });
    // The control: without it the same function is compiled by TurboFan.
    expect(probe("")).toEqual({ v8BeforeFirstCall: false, turbofan: true, maglev: true });
  });
});
