export * from "./actions.ts";
export * from "./errors.ts";
export * from "./exec.ts";
export * from "./inputs.ts";
export * from "./log-escape.ts";
export * from "./logger.ts";
export * from "./markdown.ts";
export * from "./runner.ts";
