export * from "./octokit.ts";
