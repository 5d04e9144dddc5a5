export * from "./drift-issues.ts";
export * from "./drift-issues-octokit.ts";
export * from "./octokit.ts";
