// The drift issue logic, a subpath of its own so actions that only need the client do not bundle it.
export * from "./drift-issues.ts";
export * from "./drift-issues-octokit.ts";
