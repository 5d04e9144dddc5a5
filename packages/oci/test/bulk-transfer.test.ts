import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { BULK_TRANSFER_BYTES, RegistryClient } from "@platform/oci";
import { pushTestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { inspect } from "../../../test/harness/skopeo.ts";
import { copy, FAST_RETRY } from "./helpers.ts";

describe("a copy that moves bytes turns V8 lean for it", () => {
  let source: TestRegistry;
  let target: TestRegistry;

  beforeAll(async () => {
    [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  });
  afterAll(async () => {
    await Promise.all([source, target].map((r) => r?.stop()));
  });

  it("calls onBulkTransfer once, after BULK_TRANSFER_BYTES read, and the copy stays byte for byte", async () => {
    const layerSize = BULK_TRANSFER_BYTES + 1024 * 1024;
    const image = await pushTestImage(source, "dev/big:v1", { platforms: ["linux/amd64"], layers: 2, layerSize });
    let calls = 0;
    const client = new RegistryClient({ logger: memoryLogger(), retry: FAST_RETRY, onBulkTransfer: () => calls++ });
    const result = await copy(client, `${source.host}/dev/big:v1`, [`${target.host}/prod/big:v1`]);
    expect(result.digest).toBe(image.digest);
    // Two layers of BULK_TRANSFER_BYTES + 1 MiB: the threshold is passed, twice over, once.
    expect(result.targets[0]?.copiedBytes ?? 0).toBeGreaterThan(2 * BULK_TRANSFER_BYTES);
    expect(calls).toBe(1);
    expect((await inspect(`${target.host}/prod/big:v1`)).Digest).toBe(image.digest);
  });

  it("does not call it for a copy of fewer bytes", async () => {
    await pushTestImage(source, "dev/small:v1", { platforms: ["linux/amd64"], layers: 2, layerSize: 64 * 1024 });
    let calls = 0;
    const client = new RegistryClient({ logger: memoryLogger(), retry: FAST_RETRY, onBulkTransfer: () => calls++ });
    await copy(client, `${source.host}/dev/small:v1`, [`${target.host}/prod/small:v1`]);
    expect(calls).toBe(0);
  });

  // In a child process: the flags are the process's own, and the natives below need
  // --allow-natives-syntax. Optimization is forced on the next call rather than waited for (a
  // loaded machine may finish a hot loop before a concurrent compile does): TurboFan, then
  // Maglev. Bits of V8's OptimizationStatus: 32 Maglev code, 64 TurboFan code.
  const bulkTransferModule = fileURLToPath(new URL("../src/bulk-transfer.ts", import.meta.url));
  const probe = (call: boolean): { v8BeforeFirstCall: boolean; turbofan: boolean; maglev: boolean } =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          "--allow-natives-syntax",
          "--input-type=module",
          "-e",
          `const { leanV8ForBulkTransfer } = await import(${JSON.stringify(bulkTransferModule)});
           const lean = leanV8ForBulkTransfer();
           const v8BeforeFirstCall = process.moduleLoadList.includes("NativeModule v8");
           if (${call}) { lean(); lean(); }
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

  it("turns TurboFan and Maglev off at the first call, and nothing loads node:v8 before it", () => {
    expect(probe(true)).toEqual({ v8BeforeFirstCall: false, turbofan: false, maglev: false });
    // The control: without the call the same function is compiled by both.
    expect(probe(false)).toEqual({ v8BeforeFirstCall: false, turbofan: true, maglev: true });
  });
});
