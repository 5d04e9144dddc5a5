import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { DOCKERFILE, helloAppFiles } from "../sandbox/fixtures/hello-app.ts";
import { type AppRepository, callerTemplate, E2E_TIMEOUT, startWorld, type World } from "./world.ts";

/*
 * workflows/pr.yml as acme/hello runs it on every pull request (issue 15, "Tests"): the
 * repository's own test command and a build of the image that pushes nothing, on a real
 * Docker Engine. A failing command fails the checks; so does a broken Dockerfile.
 */

let world: World;
let app: AppRepository;

beforeAll(async () => {
  world = await startWorld({ docker: true });
  app = await world.createApp("acme/hello", {
    ...(await helloAppFiles({ fixed: false })),
    ".github/workflows/pr.yml": callerTemplate("pr", { "test-commands": "./test.sh" }),
  });
}, 300_000);

afterAll(async () => {
  await world?.stop();
});

const conclusions = (jobs: Record<string, { conclusion: string }>): Record<string, string> =>
  Object.fromEntries(Object.entries(jobs).map(([key, job]) => [key, job.conclusion]));

describe("a pull request (workflows/pr.yml)", () => {
  it(
    "passes: the test command and the image build, with a read-only token and no OIDC token",
    async () => {
      const run = await app.run("pr", { event: "pull_request" });
      expect({ conclusion: run.result.conclusion, errors: run.log.errors() }).toEqual({
        conclusion: "success",
        errors: "",
      });
      expect(conclusions(run.result.jobs)).toEqual({
        "checks / test": "success",
        "checks / build": "success",
        checks: "success",
      });
      expect(run.log.text("checks / test")).toContain("test.sh: the greeting is right");
      for (const minted of run.services.minted)
        expect(minted.permissions).toEqual({ contents: "read", metadata: "read" });
      expect(run.services.oidcJobs).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    "fails on a failing test command; the build still runs",
    async () => {
      await app.commit(
        { "test.sh": "#!/usr/bin/env bash\necho 'the greeting is wrong' >&2\nexit 3\n" },
        "test: a check that fails",
      );
      const run = await app.run("pr", { event: "pull_request" });
      expect(run.result.conclusion).toBe("failure");
      expect(conclusions(run.result.jobs)).toEqual({
        "checks / test": "failure",
        "checks / build": "success",
        checks: "failure",
      });
      expect(run.log.errors()).toBe("checks / test: Process completed with exit code 3.");
    },
    E2E_TIMEOUT,
  );

  it(
    "fails on a broken Dockerfile, which would otherwise fail the release",
    async () => {
      await app.commit(
        {
          "test.sh": (await helloAppFiles({ fixed: false }))["test.sh"] ?? "",
          Dockerfile: DOCKERFILE.replace("COPY bin/hello-linux-amd64 /hello", "COPY bin/hello-linux-x86 /hello"),
        },
        "build: a Dockerfile that copies a file that is not there",
      );
      const run = await app.run("pr", { event: "pull_request" });
      expect(run.result.conclusion).toBe("failure");
      expect(conclusions(run.result.jobs)).toEqual({
        "checks / test": "success",
        "checks / build": "failure",
        checks: "failure",
      });
      expect(run.log.errors()).toContain("checks / build:");
      expect(run.log.errors()).toContain("hello-linux-x86");
    },
    E2E_TIMEOUT,
  );
});
