/** A workflow GitHub would refuse, or a rehearsal request that cannot run: one line, no stack. */
export class RehearsalError extends Error {
  override name = "RehearsalError";
}
