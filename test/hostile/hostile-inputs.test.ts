import { readdirSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { runBundledAction } from "../harness/run-action.ts";
import { expectOneLineFailure, injectedCommands } from "./expect.ts";

/**
 * The hostile-input table: every action, every input class, through the bundles
 * (`npm run build -- <action>`). Each row fails the step with one line naming the input, writes
 * nothing (no output, no summary, no exported variable, no file in the workspace) and lets no
 * workflow command through. Every service URL points at a closed loopback port, so a row that
 * slipped past validation could not reach anything either.
 */
const HUGE = "a".repeat(100 * 1024);
const DEAD = "http://127.0.0.1:9";

type Class = "option" | "line break" | "control" | "separator" | "100 KB" | "path escape" | "link-local" | "event";

interface Row {
  action: string;
  input: string;
  kind: Class;
  value: string;
  /** The other inputs, valid, so that only the hostile one is at fault. */
  base?: Record<string, string>;
  env?: Record<string, string>;
  /** What the line names instead of `Input "<input>"` (an event is not an input). */
  names?: RegExp;
}

const build = { registry: "127.0.0.1:5000", image: "app", push: "false" };
const promote = { source: "127.0.0.1:5000/app:1.0.0", targets: "127.0.0.1:5001/app" };
const overlay = { repository: "octo/gitops", "github-token": "t0ken", set: "deploy/values.yaml:image.tag=1.2.3" };

const rows: Row[] = [
  // build-push-oidc
  { action: "build-push-oidc", input: "registry", kind: "option", value: "--config=/tmp", base: build },
  {
    action: "build-push-oidc",
    input: "registry",
    kind: "line break",
    value: "127.0.0.1:5000\nevil.example",
    base: build,
  },
  { action: "build-push-oidc", input: "registry", kind: "separator", value: "127.0.0.1:5000\u2028x", base: build },
  { action: "build-push-oidc", input: "registry", kind: "100 KB", value: HUGE, base: build },
  { action: "build-push-oidc", input: "registry", kind: "link-local", value: "169.254.169.254", base: build },
  { action: "build-push-oidc", input: "registry", kind: "link-local", value: "[fd00:ec2::254]:443", base: build },
  { action: "build-push-oidc", input: "image", kind: "option", value: "-oapp", base: build },
  { action: "build-push-oidc", input: "image", kind: "line break", value: "app\r::warning::injected", base: build },
  { action: "build-push-oidc", input: "image", kind: "control", value: "app\u001b[2K", base: build },
  { action: "build-push-oidc", input: "image", kind: "separator", value: "app\u0085x", base: build },
  { action: "build-push-oidc", input: "image", kind: "100 KB", value: `team/${HUGE}`, base: build },
  { action: "build-push-oidc", input: "image", kind: "link-local", value: "169.254.169.254/app", base: build },
  { action: "build-push-oidc", input: "context", kind: "path escape", value: "../../etc", base: build },
  { action: "build-push-oidc", input: "file", kind: "path escape", value: "/etc/passwd", base: build },
  {
    action: "build-push-oidc",
    input: "role-duration-seconds",
    kind: "100 KB",
    value: "9".repeat(100 * 1024),
    base: build,
  },
  // promote-image
  { action: "promote-image", input: "source", kind: "option", value: "--src-creds=x", base: promote },
  {
    action: "promote-image",
    input: "source",
    kind: "line break",
    value: "127.0.0.1:5000/app:1\n::add-mask::injected",
    base: promote,
  },
  { action: "promote-image", input: "source", kind: "control", value: "127.0.0.1:5000/app:1\u0007", base: promote },
  { action: "promote-image", input: "source", kind: "separator", value: "127.0.0.1:5000/a\u2029pp:1", base: promote },
  { action: "promote-image", input: "source", kind: "100 KB", value: HUGE, base: promote },
  { action: "promote-image", input: "source", kind: "link-local", value: "169.254.169.254/app:1", base: promote },
  { action: "promote-image", input: "targets", kind: "option", value: "-t", base: promote },
  { action: "promote-image", input: "targets", kind: "link-local", value: "[fd00:ec2::254]/app:1", base: promote },
  { action: "promote-image", input: "targets", kind: "path escape", value: "127.0.0.1:5001/../app:1", base: promote },
  { action: "promote-image", input: "concurrency", kind: "100 KB", value: "1".repeat(100 * 1024), base: promote },
  // update-overlay
  { action: "update-overlay", input: "repository", kind: "path escape", value: "../x", base: overlay },
  { action: "update-overlay", input: "repository", kind: "option", value: "-x/--upload-pack=touch", base: overlay },
  { action: "update-overlay", input: "repository", kind: "separator", value: "octo/git\u2028ops", base: overlay },
  { action: "update-overlay", input: "repository", kind: "100 KB", value: `octo/${HUGE}`, base: overlay },
  { action: "update-overlay", input: "branch", kind: "option", value: "--upload-pack=touch /tmp/x", base: overlay },
  {
    action: "update-overlay",
    input: "branch",
    kind: "line break",
    value: "main\n::stop-commands::injected",
    base: overlay,
  },
  { action: "update-overlay", input: "branch", kind: "control", value: "main\u001b", base: overlay },
  { action: "update-overlay", input: "path", kind: "path escape", value: "../../outside", base: overlay },
  { action: "update-overlay", input: "set", kind: "path escape", value: "../outside.yaml:a=b", base: overlay },
  { action: "update-overlay", input: "set", kind: "control", value: "deploy/values.yaml:a=b\u0007", base: overlay },
  { action: "update-overlay", input: "branch", kind: "100 KB", value: HUGE, base: overlay },
  {
    action: "update-overlay",
    input: "overlay",
    kind: "path escape",
    value: "/etc/kustomization.yaml",
    base: { repository: "octo/gitops", "github-token": "t0ken", images: "app=registry.example.com/app:1.2.3" },
  },
  { action: "update-overlay", input: "mode", kind: "line break", value: "push\npull-request", base: overlay },
  // release
  { action: "release", input: "working-directory", kind: "path escape", value: "../..", base: {} },
  { action: "release", input: "dry-run", kind: "line break", value: "true\r::warning::injected", base: {} },
  { action: "release", input: "dry-run", kind: "100 KB", value: HUGE, base: {} },
  { action: "release", input: "major-tag", kind: "separator", value: "tr\u2028ue", base: {} },
  { action: "release", input: "branches", kind: "option", value: "--branches=x: [", base: {} },
  {
    action: "release",
    input: "GITHUB_EVENT_NAME",
    kind: "event",
    value: "",
    base: {},
    env: { GITHUB_EVENT_NAME: "pull_request" },
    names: /does not run on pull_request events/,
  },
  // drift-report
  { action: "drift-report", input: "workspaces", kind: "path escape", value: "../../etc", base: { issues: "none" } },
  { action: "drift-report", input: "plans", kind: "path escape", value: "/etc/passwd", base: { issues: "none" } },
  {
    action: "drift-report",
    input: "concurrency",
    kind: "option",
    value: "-1",
    base: { issues: "none", workspaces: "infra" },
  },
  {
    action: "drift-report",
    input: "concurrency",
    kind: "100 KB",
    value: "1".repeat(100 * 1024),
    base: { issues: "none", workspaces: "infra" },
  },
  {
    action: "drift-report",
    input: "issues",
    kind: "line break",
    value: "none\n::warning::injected",
    base: { workspaces: "infra" },
  },
  {
    action: "drift-report",
    input: "show-values",
    kind: "control",
    value: "true\u0008",
    base: { issues: "none", workspaces: "infra" },
  },
];

describe("hostile inputs (bundled actions)", () => {
  it("covers every action and every input class", () => {
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set(["build-push-oidc", "promote-image", "update-overlay", "release", "drift-report"]),
    );
    const classes = new Set(rows.map((r) => r.kind));
    for (const kind of ["option", "line break", "control", "separator", "100 KB", "path escape", "link-local"]) {
      expect(classes).toContain(kind);
    }
  });

  it.each(rows.map((row) => [row.action, row.input, row.kind, JSON.stringify(row.value).slice(0, 40), row] as const))(
    "%s %s (%s %s): one line, nothing written",
    async (action, input, _kind, _shown, row) => {
      const inputs = { ...row.base };
      if (row.kind !== "event") inputs[input] = row.value;
      const result = await runBundledAction(action, {
        inputs,
        env: {
          GITHUB_API_URL: DEAD,
          GITHUB_SERVER_URL: DEAD,
          GITHUB_GRAPHQL_URL: `${DEAD}/graphql`,
          GITHUB_REPOSITORY: "octo/app",
          GITHUB_EVENT_NAME: "push",
          ...row.env,
        },
        timeoutMs: 60_000,
      });
      expectOneLineFailure(result);
      const line = result.errors[0] ?? "";
      expect(line).toMatch(row.names ?? new RegExp(`Input "${input}"`));
      expect(line.length).toBeLessThan(1_000);
      // Refused while the inputs were read: nothing was contacted (every service is a closed port).
      expect(line).not.toMatch(/cannot be read|could not be reached|unable to access|Failed to connect|ECONNREFUSED/);
      expect(result.summary).toBe("");
      expect(result.exportedEnv).toEqual({});
      expect(readdirSync(result.workspace)).toEqual([]);
      expect(injectedCommands(result.log)).toEqual([]);
      expect(result.masked).not.toContain("injected");
    },
  );
});
