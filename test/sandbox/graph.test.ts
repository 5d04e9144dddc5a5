import { describe, expect, it } from "@jest/globals";
import { drawnJobs, type FinishedJob } from "./graph.ts";

const ok = (seconds = 1): FinishedJob => ({ conclusion: "success", seconds });

describe("the drawn jobs of a run", () => {
  it("draws the jobs of the called workflows, each waiting for the last jobs of what its call needed", () => {
    // The release caller: pipeline.yml calls release.yml, build.yml, and promote.yml per environment (a matrix).
    const planned = new Map<string, string[]>([
      ["pipeline", []],
      ["pipeline / release", []],
      ["pipeline / release / release", []],
      ["pipeline / build", ["pipeline / release"]],
      ["pipeline / build / build", []],
      ["pipeline / build / platforms", []],
      ["pipeline / dev", ["pipeline / release", "pipeline / build"]],
      ["pipeline / environments", ["pipeline / dev"]],
      ["pipeline / promote", ["pipeline / build", "pipeline / environments"]],
      ["pipeline / promote (staging) / plan", []],
      ["pipeline / promote (staging) / promote", ["pipeline / promote (staging) / plan"]],
    ]);
    const finished = new Map<string, FinishedJob>([
      ["pipeline / release / release", ok(6)],
      ["pipeline / release", ok(6)],
      ["pipeline / build / platforms", { conclusion: "skipped", seconds: 0 }],
      ["pipeline / build / build", ok(20)],
      ["pipeline / build", ok(20)],
      ["pipeline / dev", ok(3)],
      ["pipeline / environments", ok(1)],
      ["pipeline / promote (staging) / plan", ok(2)],
      ["pipeline / promote (staging) / promote", ok(3)],
      ["pipeline / promote (staging)", ok(5)],
      ["pipeline", ok(40)],
    ]);
    expect(drawnJobs(planned, finished)).toEqual([
      { name: "pipeline / release / release", conclusion: "success", seconds: 6, needs: [] },
      { name: "pipeline / build / build", conclusion: "success", seconds: 20, needs: ["pipeline / release / release"] },
      {
        name: "pipeline / dev",
        conclusion: "success",
        seconds: 3,
        needs: ["pipeline / release / release", "pipeline / build / build"],
      },
      { name: "pipeline / environments", conclusion: "success", seconds: 1, needs: ["pipeline / dev"] },
      {
        name: "pipeline / promote (staging) / plan",
        conclusion: "success",
        seconds: 2,
        needs: ["pipeline / build / build", "pipeline / environments"],
      },
      {
        name: "pipeline / promote (staging) / promote",
        conclusion: "success",
        seconds: 3,
        needs: ["pipeline / promote (staging) / plan"],
      },
    ]);
  });

  it("leaves out skipped jobs and a call whose jobs never ran, keeps a failed job", () => {
    const planned = new Map<string, string[]>([
      ["promote", []],
      ["promote / plan", []],
      ["promote / promote", ["promote / plan"]],
    ]);
    const finished = new Map<string, FinishedJob>([
      ["promote / plan", { conclusion: "failure", seconds: 2 }],
      ["promote / promote", { conclusion: "skipped", seconds: 0 }],
      ["promote", { conclusion: "failure", seconds: 2 }],
    ]);
    expect(drawnJobs(planned, finished)).toEqual([
      { name: "promote / plan", conclusion: "failure", seconds: 2, needs: [] },
    ]);
  });
});
