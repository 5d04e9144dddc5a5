import { describe, expect, it } from "@jest/globals";
import { runnerContext } from "../src/runner.ts";

describe("runnerContext", () => {
  it("reads the run from the runner's variables", () => {
    const runner = runnerContext({
      GITHUB_WORKSPACE: "/w",
      RUNNER_TEMP: "/t",
      GITHUB_REPOSITORY: "acme/shop",
      GITHUB_RUN_ID: "42",
      GITHUB_RUN_NUMBER: "7",
      GITHUB_SERVER_URL: "https://ghe.example/",
      GITHUB_API_URL: "https://ghe.example/api/v3",
      GITHUB_HEAD_REF: "feature/x",
    });
    expect(runner).toMatchObject({
      workspace: "/w",
      temp: "/t",
      repository: "acme/shop",
      owner: "acme",
      repo: "shop",
      runId: "42",
      runNumber: "7",
      headRef: "feature/x",
      serverUrl: "https://ghe.example",
      apiUrl: "https://ghe.example/api/v3",
      runUrl: "https://ghe.example/acme/shop/actions/runs/42",
    });
  });

  it("outside a run: github.com's URLs, empty names, no run link", () => {
    const runner = runnerContext({});
    expect(runner).toMatchObject({ repository: "", owner: "", serverUrl: "https://github.com", runUrl: undefined });
    expect(runner.apiUrl).toBe("https://api.github.com");
    expect(runner.workspace).toBe(process.cwd());
  });
});
