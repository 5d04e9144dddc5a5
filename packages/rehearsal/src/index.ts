export { ConcurrencyGroups, defaultConcurrency } from "./concurrency.ts";
export { RehearsalError } from "./errors.ts";
export type { Json, JsonObject } from "./expressions.ts";
export { MAX_WORKFLOW_DEPTH, type SuiteLocation } from "./load.ts";
export { type Conclusion, consoleReporter, Masker, type Reporter } from "./log.ts";
export {
  effectivePermissions,
  type PermissionLevel,
  type Permissions,
  parsePermissions,
  RESTRICTED_DEFAULT,
} from "./permissions.ts";
export {
  type RehearsalEvent,
  type RehearsalResult,
  type RehearseOptions,
  readPayload,
  rehearse,
  SUITE_DIR,
} from "./rehearse.ts";
export type { GateDecision, GateOutcome, JobGrants, JobIdentity, RehearsalServices } from "./services.ts";
export { STAND_INS } from "./stand-ins.ts";
