export * from "./discover.ts";
export * from "./exec.ts";
export * from "./model.ts";
export * from "./plan-json.ts";
export * from "./plan-runner.ts";
export * from "./render.ts";
export * from "./sensitive.ts";
export * from "./workspace.ts";
