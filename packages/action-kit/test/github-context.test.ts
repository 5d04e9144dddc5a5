import { describe, expect, it } from "@jest/globals";
import { runUrl, type WorkflowRun, workflowRun } from "../src/github-context.ts";

const run: WorkflowRun = {
  owner: "acme",
  repo: "shop",
  repository: "acme/shop",
  runId: 42,
  runNumber: 7,
  sha: "abc",
  ref: "refs/heads/main",
  serverUrl: "https://ghe.example",
  apiUrl: "https://ghe.example/api/v3",
  graphqlUrl: "https://ghe.example/api/graphql",
  actor: "octocat",
  eventName: "push",
};

describe("runUrl", () => {
  it.each([
    [run, "https://ghe.example/acme/shop/actions/runs/42"],
    [{ ...run, repository: "" }, undefined],
    [{ ...run, runId: Number.NaN }, undefined],
  ])("%#", (given, expected) => {
    expect(runUrl(given)).toBe(expected);
  });
});

describe("workflowRun", () => {
  it("reads owner and name live from GITHUB_REPOSITORY", () => {
    const saved = process.env.GITHUB_REPOSITORY;
    try {
      process.env.GITHUB_REPOSITORY = "acme/shop";
      expect(workflowRun()).toMatchObject({ owner: "acme", repo: "shop", repository: "acme/shop" });
      delete process.env.GITHUB_REPOSITORY;
      expect(workflowRun()).toMatchObject({ owner: "", repo: "", repository: "" });
      expect(runUrl(workflowRun())).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.GITHUB_REPOSITORY;
      else process.env.GITHUB_REPOSITORY = saved;
    }
  });
});
