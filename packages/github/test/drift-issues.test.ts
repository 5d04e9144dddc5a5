import { describe, expect, it } from "@jest/globals";
import { silentLogger } from "@platform/action-kit";
import {
  changeComment,
  DriftIssueSync,
  type DriftSubject,
  ISSUE_BODY_LIMIT,
  issueBody,
  markerFor,
} from "../src/drift-issues.ts";
import { memoryPort } from "./memory-port.ts";

function subject(
  status: DriftSubject["status"],
  fingerprint: string,
  items: string[] = [],
  key = "infra/prod",
): DriftSubject {
  return {
    kind: "workspace",
    key,
    status,
    fingerprint,
    title: `Drift in ${key}`,
    body: `report ${fingerprint}`,
    items,
    errorBody: status === "failed" ? `error ${fingerprint}` : undefined,
  };
}

const options = { labels: ["drift"], maxNewIssues: 10, logger: silentLogger };
const morning = (port: ReturnType<typeof memoryPort>, s: DriftSubject, opts = options) =>
  new DriftIssueSync(port, opts).sync(s);

describe("DriftIssueSync", () => {
  it("opens, leaves alone, updates, closes and reopens the same issue", async () => {
    const port = memoryPort();
    const first = await morning(port, subject("drifted", "f1", ["update a"]));
    expect(first.drift.action).toBe("opened");
    expect(port.issues).toHaveLength(1);
    expect(port.issues[0]?.body).toContain(markerFor("workspace", "infra/prod"));
    expect([...port.labels]).toEqual(["drift"]);

    port.writes.length = 0;
    expect((await morning(port, subject("drifted", "f1", ["update a"]))).drift.action).toBe("unchanged");
    expect(port.writes).toEqual([]);

    const changed = await morning(port, subject("drifted", "f2", ["update a", "delete b"]));
    expect(changed.drift.action).toBe("updated");
    expect(port.writes).toEqual(["update #1", "comment #1"]);
    expect(port.comments[0]?.body).toContain("`delete b`");
    expect(port.issues[0]?.body).toContain("report f2");

    port.writes.length = 0;
    const closed = await morning(port, subject("clean", "c"));
    expect(closed.drift).toMatchObject({ action: "closed", number: 1 });
    expect(port.issues[0]?.state).toBe("closed");
    expect(port.issues[0]?.labels).toEqual(["drift", "drift-resolved"]);
    expect(port.writes).toEqual(["label drift-resolved", "comment #1", "update #1 closed"]);

    port.writes.length = 0;
    expect((await morning(port, subject("clean", "c"))).drift.action).toBe("none");
    expect(port.writes).toEqual([]);

    const back = await morning(port, subject("drifted", "f1", ["update a"]));
    expect(back.drift).toMatchObject({ action: "reopened", number: 1 });
    expect(port.issues).toHaveLength(1);
    expect(port.issues[0]?.state).toBe("open");
    expect(port.issues[0]?.labels).toEqual(["drift"]);
  });

  it("finds issues by the marker, never by title, and exactly (a prefix is another workspace)", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    port.issues.push({
      number: 1,
      state: "open",
      title: "Drift in infra/prod",
      body: `${markerFor("workspace", "infra/prod2")}\n<!-- drift-report:fingerprint=f1 -->`,
      labels: ["drift"],
      url: "u1",
    });
    port.issues.push({
      number: 2,
      state: "open",
      title: "Drift in infra/prod",
      body: "no marker",
      labels: ["drift"],
      url: "u2",
    });
    const outcome = await morning(port, subject("drifted", "f1"));
    expect(outcome.drift).toMatchObject({ action: "opened", number: 3 });
  });

  it("keeps a failed plan apart: drift issue untouched, a drift-error issue, closed once the plan works", async () => {
    const port = memoryPort();
    await morning(port, subject("drifted", "f1", ["update a"]));
    port.writes.length = 0;
    const failed = await morning(port, subject("failed", "e1"));
    expect(failed.drift).toMatchObject({ action: "none", number: 1 });
    expect(failed.error).toMatchObject({ action: "opened", number: 2 });
    expect(port.issues[0]?.state).toBe("open");
    expect(port.issues[1]?.labels).toEqual(["drift", "drift-error"]);
    expect(port.issues[1]?.body).toContain(markerFor("error", "infra/prod"));
    expect(port.issues[1]?.body).toContain("error e1");

    port.writes.length = 0;
    expect((await morning(port, subject("failed", "e1"))).error.action).toBe("unchanged");
    expect(port.writes).toEqual([]);

    const ok = await morning(port, subject("drifted", "f1", ["update a"]));
    expect(ok.drift.action).toBe("unchanged");
    expect(ok.error).toMatchObject({ action: "closed", number: 2 });
    expect(port.issues[1]?.state).toBe("closed");
  });

  it("opens no more than max-new-issues in one run", async () => {
    const port = memoryPort();
    const sync = new DriftIssueSync(port, { ...options, maxNewIssues: 2 });
    const outcomes = await sync.syncAll(
      ["a", "b", "c", "d"].map((key) => subject(key === "d" ? "failed" : "drifted", key, [], key)),
    );
    expect(outcomes.map((o) => (o.drift.action === "none" ? o.error.action : o.drift.action))).toEqual([
      "opened",
      "opened",
      "capped",
      "capped",
    ]);
    expect(port.issues).toHaveLength(2);
  });

  it("prefers the open issue when duplicates exist, else the newest closed one", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    const body = `${markerFor("workspace", "infra/prod")}\n<!-- drift-report:fingerprint=f1 -->`;
    for (const [number, state] of [
      [1, "closed"],
      [2, "closed"],
    ] as const) {
      port.issues.push({ number, state, title: "t", body, labels: ["drift"], url: `u${number}` });
    }
    expect((await morning(port, subject("drifted", "f1"))).drift).toMatchObject({ action: "reopened", number: 2 });
    port.issues.push({ number: 3, state: "open", title: "t", body, labels: ["drift"], url: "u3" });
    expect((await morning(port, subject("drifted", "f1"))).drift).toMatchObject({ action: "unchanged", number: 2 });
  });

  it("creates missing labels before using them, once per run", async () => {
    const port = memoryPort();
    const sync = new DriftIssueSync(port, { ...options, labels: ["drift", "infra"] });
    await sync.syncAll([subject("drifted", "1", [], "a"), subject("drifted", "2", [], "b")]);
    expect(port.writes.filter((w) => w.startsWith("label"))).toEqual(["label drift", "label infra"]);
    expect(port.issues[1]?.labels).toEqual(["drift", "infra"]);
  });
});

describe("issueBody", () => {
  it("stays under GitHub's limit however long the report", () => {
    const items = Array.from({ length: 5000 }, (_, i) => `update aws_instance.server_${i}`);
    const body = issueBody(markerFor("workspace", "x"), "f", items, "| row |\n".repeat(20_000));
    expect(body.length).toBeLessThan(ISSUE_BODY_LIMIT);
    expect(body).toContain("the rest is cut");
    expect(body).toContain("<!-- drift-report:fingerprint=f -->");
  });

  it("encodes a workspace path so it cannot end the hidden comment", () => {
    expect(markerFor("workspace", "a b/-->x")).toBe("<!-- drift-report:workspace=a%20b/--%3Ex -->");
  });
});

describe("changeComment", () => {
  it.each([
    [
      ["a", "b"],
      ["b", "c"],
      ["**New:**\n- `c`", "**No longer drifted:**\n- `a`"],
    ],
    [["a"], ["a"], ["different attributes"]],
    [undefined, ["a", "b"], ["2 items now"]],
  ])("%j -> %j", (previous, current, expected) => {
    const text = changeComment(previous, current);
    for (const part of expected) expect(text).toContain(part);
  });
});
