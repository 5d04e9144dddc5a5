import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { configText, createWorld, type Shared, startShared, stopShared, trailersOf } from "./world.ts";

let shared: Shared;

beforeAll(async () => {
  shared = await startShared();
});

afterAll(async () => {
  await stopShared(shared);
});

describe("promote (bundled): commit-via api", () => {
  it("lands through GraphQL createCommitOnBranch (a commit GitHub signs) with the same trailers", async () => {
    const world = await createWorld(shared);
    await world.setConfig(
      configText(world).replace(
        `gitops: { repository: ${world.gitops.fullName}, branch: main }`,
        `gitops: { repository: ${world.gitops.fullName}, branch: main, commit-via: api }`,
      ),
    );
    const v1 = await world.push("hello", "1.0.0");
    await world.pin("dev", "hello", v1.digest, { tag: "1.0.0" });
    const apiCommits = world.gitops.counters.apiCommits;
    const result = await world.promote({ environment: "staging", images: "hello" });
    expect(result.errors).toEqual([]);
    expect(world.gitops.counters.apiCommits).toBe(apiCommits + 1);
    expect(result.outputs.commit).toBe(await world.gitops.branchHead("main"));
    expect(
      shared.github.requests.some((r) => r.path === "/graphql" && /createCommitOnBranch/.test(JSON.stringify(r.body))),
    ).toBe(true);
    expect(await trailersOf(world, result.outputs.commit ?? "")).toMatchObject({
      Environment: ["staging"],
      Image: [`hello=${world.repo("staging")}@${v1.digest}`],
    });
    expect(await world.gitops.readFile("apps/hello/overlays/staging/kustomization.yaml")).toContain(v1.digest);
  });
});
