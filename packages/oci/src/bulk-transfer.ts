/**
 * V8 settings for a process whose main work is moving blob bytes (promote-image's, promote's;
 * the library only calls the hook it is given). Measured on 2 platforms x 4 layers x 32 MiB
 * between two loopback registries, concurrency 4 (bench/README.md, "lent buffers").
 *
 * The bytes themselves make no garbage (lent-http.ts reads into reused buffers), so what is
 * left is V8's own footprint: the young generation, which the copy's short-lived promises and
 * views otherwise grow from 1 to 8 MB (16 MB with its two halves), and the compilers' code and
 * memory. The copy's JavaScript is a few calls per 64 KiB chunk (hashing and sockets are
 * native), so it gains nothing from being compiled: with every tier above the interpreter off,
 * a copy took no more CPU and 2-3 MB less memory than with Maglev and Sparkplug kept (and
 * TurboFan alone paged in 5.5 MB more of the node binary's code, in earlier rounds).
 */
const LEAN_FLAGS = "--no-opt --no-maglev --no-sparkplug --semi-space-growth-factor=1";

/** Blob bytes read (all streams together) before the hook is called: the copy is under way. */
export const BULK_TRANSFER_BYTES = 4 * 1024 * 1024;

/**
 * The `onBulkTransfer` hook for RegistryClient: sets LEAN_FLAGS at its first call. Not at
 * start: a run that streams nothing (a mount, a re-run) neither loads node:v8 nor starts with
 * a young generation held at 1 MB (one more scavenge while the bundle loads: ~5 ms of a 0.16 s
 * run), and the bundle's own start-up code is compiled as usual.
 */
export function leanV8ForBulkTransfer(): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    process.getBuiltinModule("node:v8").setFlagsFromString(LEAN_FLAGS);
  };
}
