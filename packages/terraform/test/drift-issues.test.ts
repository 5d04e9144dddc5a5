import { describe, expect, it } from "@jest/globals";
import { memoryLogger, silentLogger } from "@platform/action-kit";
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
    port.seed({
      state: "open",
      title: "Drift in infra/prod",
      body: `${markerFor("workspace", "infra/prod2")}\n<!-- drift-report:fingerprint=f1 -->`,
      labels: ["drift"],
    });
    port.seed({ state: "open", title: "Drift in infra/prod", body: "no marker", labels: ["drift"] });
    // Quoted in a sentence, not on a line of its own: not an identity.
    port.seed({
      state: "open",
      title: "About the marker",
      body: `See ${markerFor("workspace", "infra/prod")} in the bodies.`,
      labels: ["drift"],
    });
    const outcome = await morning(port, subject("drifted", "f1"));
    expect(outcome.drift).toMatchObject({ action: "opened", number: 4 });
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

  it("reopens the newest closed issue when no open one exists", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    const body = `${markerFor("workspace", "infra/prod")}\n<!-- drift-report:fingerprint=f1 -->`;
    port.seed({ state: "closed", body, labels: ["drift"] });
    port.seed({ state: "closed", body, labels: ["drift"] });
    expect((await morning(port, subject("drifted", "f1"))).drift).toMatchObject({ action: "reopened", number: 2 });
    expect(port.issues.map((i) => i.state)).toEqual(["closed", "open"]);
  });

  it("creates missing labels before using them, once per run", async () => {
    const port = memoryPort();
    const sync = new DriftIssueSync(port, { ...options, labels: ["drift", "infra"] });
    await sync.syncAll([subject("drifted", "1", [], "a"), subject("drifted", "2", [], "b")]);
    expect(port.writes.filter((w) => w.startsWith("label"))).toEqual(["label drift", "label infra"]);
    expect(port.issues[1]?.labels).toEqual(["drift", "infra"]);
  });
});

const bodyWith = (key: string, fingerprint: string, kind: "workspace" | "error" = "workspace") =>
  `${markerFor(kind, key)}\n<!-- drift-report:fingerprint=${fingerprint} -->\n<!-- drift-report:items= -->\nreport`;

describe("DriftIssueSync finds its issues when labels are gone", () => {
  it("lists by each own label and looks no further when the markers are there", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: ["drift"] });
    port.seed({ state: "open", body: bodyWith("infra/prod", "e1", "error"), labels: ["drift", "drift-error"] });
    const outcome = await morning(port, subject("failed", "e1"));
    expect(outcome.error).toMatchObject({ action: "unchanged", number: 2 });
    expect(port.reads).toEqual(["list label drift", "list label drift-resolved", "list label drift-error"]);
    expect(port.writes).toEqual([]);
  });

  it.each([
    ["the same drift", "f1", "unchanged", ["labels #1 drift"]],
    ["different drift", "f2", "updated", ["labels #1 drift", "update #1", "comment #1"]],
  ])("a label removed by hand, %s: the same issue, labels put back, no duplicate", async (_, fp, action, writes) => {
    const port = memoryPort();
    port.labels.add("drift");
    port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: ["triaged"] });
    const outcome = await morning(port, subject("drifted", fp, ["update a"]));
    expect(outcome.drift).toMatchObject({ action, number: 1 });
    expect(port.issues).toHaveLength(1);
    expect(port.issues[0]?.labels).toEqual(["triaged", "drift"]);
    expect(port.writes).toEqual(writes);
    expect(port.reads).toContain("viewer");
    expect(port.reads).toContain("list creator github-actions[bot] all");

    // Found by its label again the next morning: no more looking around.
    port.reads.length = 0;
    port.writes.length = 0;
    expect((await morning(port, subject("drifted", fp, ["update a"]))).drift.action).toBe("unchanged");
    expect(port.writes).toEqual([]);
    expect(port.reads.filter((r) => r.startsWith("list creator"))).toEqual(["list creator github-actions[bot] open"]);
  });

  it("a changed labels input still finds the issue and adds the new label", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: ["drift"] });
    const outcome = await morning(port, subject("drifted", "f1"), { ...options, labels: ["terraform-drift"] });
    expect(outcome.drift).toMatchObject({ action: "unchanged", number: 1 });
    expect(port.issues).toHaveLength(1);
    expect(port.issues[0]?.labels).toEqual(["drift", "terraform-drift"]);
  });

  it("a closed issue without labels is reopened when the drift comes back, with its labels", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    port.seed({ state: "closed", body: bodyWith("infra/prod", "f1"), labels: [] });
    const outcome = await morning(port, subject("drifted", "f1"));
    expect(outcome.drift).toMatchObject({ action: "reopened", number: 1 });
    expect(port.issues).toHaveLength(1);
    expect(port.issues[0]).toMatchObject({ state: "open", labels: ["drift"] });
  });

  it("an open issue without labels is closed when the drift is gone, labels put back", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: [] });
    port.seed({ state: "open", body: bodyWith("infra/prod", "e1", "error"), labels: ["drift"] });
    const outcome = await morning(port, subject("clean", "c"));
    expect(outcome.drift).toMatchObject({ action: "closed", number: 1 });
    expect(outcome.error).toMatchObject({ action: "closed", number: 2 });
    expect(port.issues.map((i) => [i.state, i.labels])).toEqual([
      ["closed", ["drift", "drift-resolved"]],
      ["closed", ["drift", "drift-error"]],
    ]);
  });

  it("looks at issues of whoever opened the labelled ones too (a token changed), once per run", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    port.seed({ state: "open", body: bodyWith("infra/a", "fa"), labels: ["drift"], author: "ops-bot" });
    port.seed({ state: "open", body: bodyWith("infra/b", "fb"), labels: [], author: "ops-bot" });
    const outcomes = await new DriftIssueSync(port, options).syncAll([
      subject("drifted", "fa", [], "infra/a"),
      subject("drifted", "fb", [], "infra/b"),
      subject("clean", "c", [], "infra/c"),
    ]);
    expect(outcomes.map((o) => [o.drift.action, o.drift.number])).toEqual([
      ["unchanged", 1],
      ["unchanged", 2],
      ["none", undefined],
    ]);
    expect(port.reads.filter((r) => !r.startsWith("list label"))).toEqual([
      "viewer",
      "list creator github-actions[bot] open",
      "list creator ops-bot open",
    ]);
  });

  it("when GitHub does not name the token's owner, looks at github-actions[bot]'s issues and says so", async () => {
    const port = memoryPort({ actor: null });
    port.labels.add("drift");
    port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: [] });
    const logger = memoryLogger();
    const outcome = await morning(port, subject("drifted", "f1"), { ...options, logger });
    expect(outcome.drift).toMatchObject({ action: "unchanged", number: 1 });
    expect(port.reads).toContain("list creator github-actions[bot] all");
    expect(logger.lines).toContain(
      "GitHub did not name the token's owner; looking for issues opened by github-actions[bot].",
    );
  });

  it("an unlabelled issue someone else opened is not taken for ours", async () => {
    const port = memoryPort();
    port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: [], author: "alice" });
    expect((await morning(port, subject("drifted", "f1"))).drift).toMatchObject({ action: "opened", number: 2 });
  });
});

describe("DriftIssueSync closes duplicates", () => {
  it("keeps the oldest open issue and closes the others as its duplicates", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    for (let i = 0; i < 3; i++) port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: ["drift"] });
    port.seed({ state: "open", body: bodyWith("infra/other", "f1"), labels: ["drift"] });
    const outcome = await morning(port, subject("drifted", "f1"));
    expect(outcome.drift).toMatchObject({ action: "unchanged", number: 1 });
    expect(outcome.duplicates).toEqual([
      { action: "closed", number: 2, url: port.issues[1]?.url },
      { action: "closed", number: 3, url: port.issues[2]?.url },
    ]);
    expect(port.issues.map((i) => [i.state, i.stateReason, i.duplicateOf])).toEqual([
      ["open", undefined, undefined],
      ["closed", "duplicate", 1001],
      ["closed", "duplicate", 1001],
      ["open", undefined, undefined],
    ]);
    expect(port.comments.map((c) => c.issue)).toEqual([2, 3]);
    expect(port.comments[0]?.body).toContain("Duplicate of #1");
    // The closed ones no longer answer to the marker: the drift coming back reopens #1 only.
    expect(port.issues[1]?.body).not.toContain(markerFor("workspace", "infra/prod"));
    expect(port.issues[1]?.body).toContain("<!-- drift-report:duplicate-of=1 workspace=infra/prod -->");
    await morning(port, subject("clean", "c"));
    expect(port.issues.map((i) => i.state)).toEqual(["closed", "closed", "closed", "open"]);
    port.writes.length = 0;
    const back = await morning(port, subject("drifted", "f3"));
    expect(back).toMatchObject({ drift: { action: "reopened", number: 1 }, duplicates: [] });
    expect(port.writes).toEqual(["update #1 open", "comment #1"]);
  });

  it("closes duplicate error issues, and duplicates of a drift that is gone", async () => {
    const port = memoryPort();
    port.labels.add("drift");
    for (let i = 0; i < 2; i++) port.seed({ state: "open", body: bodyWith("infra/prod", "f1"), labels: ["drift"] });
    for (let i = 0; i < 2; i++) {
      port.seed({ state: "open", body: bodyWith("infra/prod", "e1", "error"), labels: ["drift", "drift-error"] });
    }
    const outcome = await morning(port, subject("clean", "c"));
    expect(outcome.drift).toMatchObject({ action: "closed", number: 1 });
    expect(outcome.error).toMatchObject({ action: "closed", number: 3 });
    expect(outcome.duplicates.map((d) => d.number)).toEqual([2, 4]);
    expect(port.issues.map((i) => i.stateReason)).toEqual(["completed", "duplicate", "completed", "duplicate"]);
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
