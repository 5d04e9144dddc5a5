export {
  type ActionResult,
  actionsLogger,
  exportVariable,
  getState,
  mask,
  runAction,
  saveState,
  setOutputs,
} from "./actions.ts";
export {
  ConfigurationError,
  errorMessage,
  FieldError,
  type FieldText,
  fieldError,
  type InputNames,
  inputError,
  isConfigurationError,
  isOneLineError,
  type NameOf,
  namedForInputs,
  ServiceError,
  SHOWN_VALUE_LIMIT,
  shownValue,
} from "./errors.ts";
export { actionsExec } from "./exec.ts";
export {
  environmentInputs,
  InputReader,
  isInside,
  requireBothOrNeither,
  resolveInside,
  staysInside,
} from "./inputs.ts";
export { escapedStream, escapeLog } from "./log-escape.ts";
export { type Logger, memoryLogger, silentLogger } from "./logger.ts";
export { codeBlock, escapeCell, formatBytes, inlineCode, table } from "./markdown.ts";
export { type RunnerContext, runnerContext } from "./runner.ts";
