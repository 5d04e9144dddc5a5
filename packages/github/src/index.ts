export * from "./drift-issues-octokit.ts";
export * from "./octokit.ts";
