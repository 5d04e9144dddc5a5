import { describe, expect, it } from "@jest/globals";
import { analysePlan } from "../src/model.ts";
import { GITHUB_BODY_LIMIT, renderSummaryTable, renderWorkspace } from "../src/render.ts";
import {
  analysedWorkspace,
  driftFingerprint,
  failedWorkspace,
  REPORT_OUTPUT_LIMIT,
  reportJson,
  reportWorkspace,
} from "../src/workspace.ts";
import { bigPlan, plan, resource } from "./plans.ts";

describe("renderWorkspace", () => {
  it("lists drift outside Terraform apart from code and state differences", () => {
    const result = analysedWorkspace(
      "infra/prod",
      analysePlan(
        plan({
          resource_drift: [resource("a.b", ["update"], { before: { x: 1 }, after: { x: 2 } })],
          resource_changes: [resource("a.c", ["delete"]), resource("a|pipe.d", ["create"])],
        }),
      ),
    );
    const text = renderWorkspace(result);
    expect(text).toContain("**Changed outside Terraform**: 1 update");
    expect(text).toContain("| `a.b` | update | `x` |");
    expect(text).toContain("**Code and state differ (an apply would change)**: 1 create · 1 delete");
    expect(text).toContain("| `a\\|pipe.d` | create |  |");
    expect(text).not.toContain('"x"');
  });

  it("stays under GitHub's body limit with 20,000 resources and counts the rest", () => {
    const text = renderWorkspace(analysedWorkspace("big", analysePlan(bigPlan(20_000))));
    expect(text.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(text).toMatch(/…and \d+ resources \(\d+ create · \d+ update · \d+ replace · \d+ delete\) more/);
  });

  it("shows the error lines of a failed plan", () => {
    const text = renderWorkspace(failedWorkspace("w", ["Error: Invalid multi-line string", "  on main.tf line 6"]));
    expect(text).toContain("```text\nError: Invalid multi-line string\n  on main.tf line 6\n```");
  });

  it("scrubs sensitive values from the rendered text", () => {
    const analysis = analysePlan(
      plan({
        variables: { pw: { value: "hunter2-secret" } },
        configuration: { root_module: { variables: { pw: { sensitive: true } } } },
        resource_changes: [resource('a.b["hunter2-secret"]', ["create"])],
      }),
    );
    expect(renderWorkspace(analysedWorkspace("w", analysis))).toContain('`a.b["***"]`');
  });
});

describe("fingerprints and the report", () => {
  const drifted = (value: number, address = "a.b") =>
    analysedWorkspace(
      "w",
      analysePlan(
        plan({ resource_changes: [resource(address, ["update"], { before: { v: 0 }, after: { v: value } })] }),
      ),
    );

  it("equal reports give equal fingerprints; another resource or action gives another", () => {
    expect(drifted(1).fingerprint).toBe(drifted(1).fingerprint);
    // Values are not shown, so a new value of the same attribute is the same drift.
    expect(drifted(2).fingerprint).toBe(drifted(1).fingerprint);
    expect(drifted(1, "a.c").fingerprint).not.toBe(drifted(1).fingerprint);
  });

  it("with values shown, a new value is a new fingerprint", () => {
    const shown = (value: number) =>
      driftFingerprint(
        analysePlan(
          plan({ resource_changes: [resource("a.b", ["update"], { before: { v: 0 }, after: { v: value } })] }),
          {
            showValues: true,
          },
        ),
      );
    expect(shown(1)).not.toBe(shown(2));
  });

  it("the report names resources and actions and never a value", () => {
    const report = reportWorkspace(drifted(12345));
    expect(report).toEqual({
      path: "w",
      status: "drifted",
      fingerprint: expect.any(String),
      resources: [{ address: "a.b", action: "update", kind: "code", attributes: ["v"] }],
      outputs: [],
    });
    expect(JSON.stringify(report)).not.toContain("12345");
  });

  it("the summary is one table of all workspaces", () => {
    const table = renderSummaryTable(
      [drifted(1), failedWorkspace("broken", ["Error: x"]), analysedWorkspace("ok", analysePlan(plan()))],
      new Map([["w", "https://github.test/issues/1"]]),
    );
    expect(table.split("\n")).toEqual([
      "| workspace | status | changed outside Terraform | code and state differ | outputs | issue |",
      "| --- | --- | --- | --- | --- | --- |",
      "| `w` | ⚠️ drifted | - | 1 update | 0 | [issue](https://github.test/issues/1) |",
      "| `broken` | ❌ failed | - | - | - | - |",
      "| `ok` | ✅ clean | - | - | 0 | - |",
    ]);
  });
});

describe("reportJson", () => {
  it("is the whole report when it fits", () => {
    const report = reportWorkspace(analysedWorkspace("w", analysePlan(bigPlan(10))));
    expect(JSON.parse(reportJson([report]))).toEqual({ workspaces: [report] });
  });

  it("keeps under GitHub's output limit with 20,000 resources, saying how many it left out", () => {
    const report = reportWorkspace(analysedWorkspace("big", analysePlan(bigPlan(20_000))));
    const text = reportJson([report, reportWorkspace(failedWorkspace("broken", ["Error: x"]))]);
    expect(text.length).toBeLessThanOrEqual(REPORT_OUTPUT_LIMIT);
    const parsed = JSON.parse(text) as {
      truncated: boolean;
      workspaces: { path: string; status: string; resources: unknown[]; resourcesOmitted?: number }[];
    };
    expect(parsed.truncated).toBe(true);
    const [big, broken] = parsed.workspaces;
    expect((big?.resources.length ?? 0) + (big?.resourcesOmitted ?? 0)).toBe(20_000);
    expect(big?.resources.length).toBeGreaterThan(1_000);
    expect(broken).toMatchObject({ path: "broken", status: "failed", resources: [] });
  });
});
