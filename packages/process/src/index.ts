export * from "./environment.ts";
export * from "./exec.ts";
export * from "./git.ts";
export * from "./map-limit.ts";
