export {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions,
  httpStatus,
} from "./octokit.ts";
