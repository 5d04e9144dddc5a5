/**
 * Memory of a process that streams blobs (promote-image's own process; the library only calls
 * the `reclaim` it is given). Measured on 2 platforms x 4 layers x 32 MiB between two loopback
 * registries, concurrency 4 (bench/README.md, "peak RSS between registries (issue 18)").
 *
 * Every socket read is a new 64 KiB Buffer outside V8's heap, and node:http copies each body
 * slice into another one: a copied byte costs two allocations, freed only when V8 collects their
 * small JS owners. The heap itself stays near 8 MB, so V8 alone collects them only after tens of
 * MB, and malloc keeps that high-water mark resident.
 */

/**
 * Blob bytes read between two young collections: the garbage left meanwhile is about twice this.
 * 1 MiB (a full collection every 16 MiB, Maglev off too) kept a copy under 64 MB, but cost 60% more CPU on a
 * 1 GiB copy (bench/README.md): 4 MiB is what costs no speed.
 */
export const RECLAIM_EVERY = 4 * 1024 * 1024;

/**
 * A full collection every this many blob bytes: a buffer still in flight at two young
 * collections in a row (a stream the target keeps waiting) is promoted to the old generation,
 * and only a full collection frees it.
 */
export const FULL_COLLECTION_EVERY = 64 * 1024 * 1024;

type Collect = (options: { type: "minor" | "major" }) => void;

/**
 * V8 settings for a process whose work is I/O: no TurboFan, and a young generation that does not
 * grow. The copy's JavaScript is a few calls per 64 KiB chunk (hashing and sockets are native)
 * and Maglev optimizes it as well for this: TurboFan's code paged in 5.5 MB more of the node
 * binary for no measurable CPU (turning Maglev off too saved 2 MB more but cost 20% more CPU on a
 * 1 GiB copy). The young generation, which the collections below otherwise grow from 1 to 8 MB,
 * stays small at no measurable cost.
 */
const LEAN_STREAMING_FLAGS = "--no-opt --semi-space-growth-factor=1";

export interface BlobBufferCollectorOptions {
  /**
   * Also set LEAN_STREAMING_FLAGS at the first call, for a process whose main work is the copy
   * (promote-image). Set then rather than at start: the first call comes after the first 4 MiB
   * of blob bytes, before any of the copy's code is hot enough for TurboFan, and a run that
   * streams nothing (a mount, a re-run) neither loads node:v8 nor starts with a young
   * generation held at 1 MB (one more scavenge while the bundle loads: ~5 ms of a 0.16 s run).
   */
  leanStreaming?: boolean;
}

/**
 * The `reclaim` callback for RegistryClient: a young-generation collection per call (one per
 * RECLAIM_EVERY bytes read, about 1 ms; frees the buffers already passed on), and a full one
 * every FULL_COLLECTION_EVERY bytes (5-15 ms; frees those promoted meanwhile, which otherwise
 * pile up with layer size: 95-99 MB with 128 MiB layers against 80-84 MB with 32 MiB ones). It
 * turns on V8's `--expose-gc` at the first call, without putting `gc` on the global object.
 */
export function blobBufferCollector(options: BlobBufferCollectorOptions = {}): () => void {
  let collect: Collect | undefined;
  let calls = 0;
  const fullEvery = Math.max(1, Math.round(FULL_COLLECTION_EVERY / RECLAIM_EVERY));
  return () => {
    if (!collect) {
      // Loaded at the first call: a promotion that streams nothing never pays for node:v8.
      const flags = options.leanStreaming ? `${LEAN_STREAMING_FLAGS} --expose-gc` : "--expose-gc";
      process.getBuiltinModule("node:v8").setFlagsFromString(flags);
      collect = process.getBuiltinModule("node:vm").runInNewContext("gc") as Collect;
    }
    calls++;
    collect({ type: calls % fullEvery === 0 ? "major" : "minor" });
  };
}
