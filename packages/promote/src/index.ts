export {
  ConfigFileError,
  type EnvironmentConfig,
  type PlatformConfig,
  parseConfig,
  type ValuesTarget,
} from "./config.ts";
export { formatDuration, parseDuration } from "./duration.ts";
export { targetEdits } from "./edits.ts";
export { type ActiveFreeze, activeFreeze, type FreezeWindow, minuteOfWeek, parseWeeklyTime } from "./freeze.ts";
export {
  type ExistenceFacts,
  existenceGate,
  freezeGate,
  type GateName,
  GateRefusal,
  type GateResult,
  type Lineage,
  type LineageFacts,
  lineageGate,
  reasonGate,
  type SoakFacts,
  soakGate,
} from "./gates.ts";
export { approversOf, type ConfigFileField, findOpenDeployment, readConfigFile, reportDeployment } from "./github.ts";
export {
  createScratchRepository,
  type GitopsRepository,
  openGitopsRepository,
  reusingSnapshot,
} from "./gitops-repository.ts";
export { describePin, digestHistory, type HistoryEntry, type Pin, readPins } from "./pins.ts";
export { type PromotionPlan, renderSummary } from "./plan.ts";
export { type PlannedImage, promotionMessage, type Record as PromotionRecord } from "./record.ts";
export {
  type AwsLogin,
  copyToTarget,
  type ImageFacts,
  promotionCredentials,
  ReadDenied,
  readImageFacts,
  repositoryOf,
  tagState,
  warmRegistries,
} from "./registry.ts";
