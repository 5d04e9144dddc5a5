import { createHash } from "node:crypto";
import type { SandboxReport } from "./model.ts";

/*
 * A report shaped like the happy story's, for testing the renderers alone, in seconds: NOT the
 * result of a run (the digests are hashes of words). sandbox.test.ts renders a real run's.
 */

const digest = (word: string): string => `sha256:${createHash("sha256").update(word).digest("hex")}`;
const commit = (word: string): string => createHash("sha1").update(word).digest("hex");

export function sampleReport(): SandboxReport {
  const v101 = digest("hello 1.0.1");
  const v100 = digest("hello 1.0.0");
  return {
    scenario: "happy",
    seconds: 148.2,
    release: { version: "1.0.1", tag: "v1.0.1" },
    environments: {
      dev: { version: "1.0.1", digest: v101, image: "127.0.0.1:41001/hello", commit: commit("dev 1.0.1") },
      staging: { version: "1.0.1", digest: v101, image: "127.0.0.1:41001/hello", commit: commit("staging 1.0.1") },
      production: { version: "1.0.0", digest: v100, image: "127.0.0.1:41002/hello", commit: commit("rollback") },
    },
    gitops: { repository: "/tmp/sandbox-sample/github/acme/gitops.git" },
    drift: {
      issues: [
        {
          number: 1,
          title: "Drift in workspaces/production",
          url: "http://127.0.0.1:41003/acme/infra/issues/1",
          workspace: "workspaces/production",
        },
      ],
    },
    approvals: [
      {
        environment: "production",
        run: "promote #3",
        requestedBy: "dana",
        reviewer: "rita",
        state: "approved",
        reason: "first release",
      },
      {
        environment: "production",
        run: "promote #6",
        requestedBy: "dana",
        reviewer: "rita",
        state: "approved",
        reason: "roll back the fix",
      },
    ],
    jobs: [
      { run: "pull request #1", name: "checks / test", conclusion: "success", seconds: 3.1 },
      { run: "pull request #1", name: "checks / build", conclusion: "success", seconds: 9.4 },
      { run: "push main", name: "pipeline / release", conclusion: "success", seconds: 6.2 },
      {
        run: "push main",
        name: "pipeline / build",
        conclusion: "success",
        seconds: 21.7,
        needs: ["pipeline / release"],
      },
      {
        run: "push main",
        name: "pipeline / pin dev",
        conclusion: "success",
        seconds: 2.3,
        needs: ["pipeline / build"],
      },
      {
        run: "push main",
        name: "pipeline / promote staging",
        conclusion: "success",
        seconds: 4.8,
        needs: ["pipeline / pin dev"],
      },
      { run: "promote #3", name: "promote / plan", conclusion: "success", seconds: 2.9 },
      {
        run: "promote #3",
        name: "promote / promote",
        conclusion: "success",
        seconds: 11.5,
        needs: ["promote / plan"],
        note: "approved by rita",
      },
      { run: "push main (fix)", name: "pipeline / release", conclusion: "success", seconds: 5.9 },
      {
        run: "push main (fix)",
        name: "pipeline / build",
        conclusion: "success",
        seconds: 19.8,
        needs: ["pipeline / release"],
      },
      {
        run: "push main (fix)",
        name: "pipeline / pin dev",
        conclusion: "success",
        seconds: 2.2,
        needs: ["pipeline / build"],
      },
      {
        run: "push main (fix)",
        name: "pipeline / promote staging",
        conclusion: "success",
        seconds: 4.4,
        needs: ["pipeline / pin dev"],
      },
      {
        run: "promote #5",
        name: "promote / plan",
        conclusion: "failure",
        seconds: 1.6,
        note: "refused: no reason given",
        expected: true,
      },
      { run: "promote #5", name: "promote / promote", conclusion: "skipped", seconds: 0, needs: ["promote / plan"] },
      { run: "promote #6", name: "promote / plan", conclusion: "success", seconds: 2.7 },
      {
        run: "promote #6",
        name: "promote / promote",
        conclusion: "success",
        seconds: 8.1,
        needs: ["promote / plan"],
        note: "rollback, approved by rita",
      },
      { run: "nightly drift", name: "drift / plan", conclusion: "success", seconds: 7.5, note: "1 workspace drifted" },
    ],
  };
}
