export * from "./config.ts";
export * from "./environment.ts";
export * from "./release.ts";
export * from "./summary.ts";
export * from "./trigger.ts";
export * from "./versions.ts";
