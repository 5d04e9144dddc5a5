import { describe, expect, it } from "@jest/globals";
import {
  type EnvironmentConfig,
  existenceGate,
  type FreezeWindow,
  freezeGate,
  type LineageFacts,
  lineageGate,
  parseWeeklyTime,
  reasonGate,
  type SoakFacts,
  soakGate,
} from "../src/index.ts";

const D = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

const WINDOWS: FreezeWindow[] = [
  {
    kind: "range",
    index: 0,
    environments: ["production"],
    from: new Date("2026-12-20T00:00:00Z"),
    to: new Date("2027-01-04T00:00:00Z"),
    reason: "year-end",
  },
  {
    kind: "weekly",
    index: 1,
    environments: ["production"],
    from: parseWeeklyTime("Fri 16:00"),
    to: parseWeeklyTime("Mon 08:00"),
    timezone: "Europe/Berlin",
  },
  {
    kind: "weekly",
    index: 2,
    environments: ["staging"],
    from: parseWeeklyTime("Wed 12:00"),
    to: parseWeeklyTime("Wed 13:00"),
    timezone: "America/New_York",
  },
];

describe("freeze gate", () => {
  it.each([
    // [now (UTC), environment, refused?, end]
    [
      "2026-12-24T10:00:00Z",
      "production",
      "freeze[0] 2026-12-20T00:00:00.000Z to 2027-01-04T00:00:00.000Z (year-end) until 2027-01-04T00:00:00.000Z",
    ],
    ["2026-12-24T10:00:00Z", "staging", undefined],
    ["2027-01-04T00:00:00Z", "production", "weekly Fri 16:00 to Mon 08:00"], // the range has ended (`to` is exclusive), the weekend window still holds (Mon 01:00 Berlin)
    ["2027-01-04T07:00:00Z", "production", undefined],
    // Friday 4 Dec 2026 15:00 UTC is 16:00 in Berlin (CET, UTC+1): frozen until Monday 08:00 Berlin = 07:00 UTC.
    [
      "2026-12-04T15:00:00Z",
      "production",
      "freeze[1] weekly Fri 16:00 to Mon 08:00 Europe/Berlin until 2026-12-07T07:00:00.000Z",
    ],
    ["2026-12-04T14:59:00Z", "production", undefined],
    ["2026-12-06T23:30:00Z", "production", "until 2026-12-07T07:00:00.000Z"], // Sunday night, wrapped window
    ["2026-12-07T07:00:00Z", "production", undefined], // Monday 08:00 Berlin: open again
    // Summer time: Friday 3 July 2026 14:00 UTC is 16:00 in Berlin (CEST, UTC+2).
    ["2026-07-03T14:00:00Z", "production", "until 2026-07-06T06:00:00.000Z"],
    // New York, EST (UTC-5): Wednesday 9 Dec 2026 17:30 UTC is 12:30.
    [
      "2026-12-09T17:30:00Z",
      "staging",
      "weekly Wed 12:00 to Wed 13:00 America/New_York until 2026-12-09T18:00:00.000Z",
    ],
    ["2026-12-09T18:00:00Z", "staging", undefined],
  ])("at %s for %s: %s", (now, environment, expected) => {
    const result = freezeGate(WINDOWS, environment, new Date(now));
    if (expected === undefined) {
      expect(result.outcome).toBe("pass");
    } else {
      expect(result.outcome).toBe("refuse");
      expect(result.detail).toContain(expected);
      expect(result.detail).toMatch(new RegExp(`^${environment} is frozen by freeze\\[\\d\\]`));
    }
  });
});

const env = (overrides: Partial<EnvironmentConfig> = {}): EnvironmentConfig => ({
  name: "production",
  from: "staging",
  overlay: "o",
  values: undefined,
  images: new Map([["hello", "r/hello"]]),
  aws: undefined,
  mode: "push",
  requireReason: false,
  minSoakMs: 0,
  minSoak: undefined,
  platforms: [],
  ...overrides,
});

describe("reason gate", () => {
  it.each([
    [false, undefined, "pass"],
    [false, "fix", "pass"],
    [true, "fix", "pass"],
    [true, undefined, "refuse"],
  ] as const)("require-reason %s, reason %s: %s", (requireReason, reason, outcome) => {
    expect(reasonGate(env({ requireReason }), reason).outcome).toBe(outcome);
  });
});

describe("lineage gate", () => {
  const facts = (overrides: Partial<LineageFacts>): LineageFacts => ({
    image: "hello",
    source: "staging",
    target: "production",
    sourceDigest: D(1),
    sourcePin: `r/hello:1@${D(1)}`,
    requested: undefined,
    inSourceHistory: false,
    inTargetHistory: false,
    targetDigest: D(9),
    allowUnverified: false,
    ...overrides,
  });
  it.each([
    ["the source's current digest", {}, "pass", "current", D(1)],
    ["the current digest, asked by digest", { requested: D(1) }, "pass", "current", D(1)],
    [
      "a tag-only source",
      { sourceDigest: undefined, sourcePin: "r/hello:1" },
      "refuse",
      undefined,
      /by tag only \(r\/hello:1\)/,
    ],
    [
      "an unpinned source",
      { sourceDigest: undefined, sourcePin: undefined },
      "refuse",
      undefined,
      /not pinned in staging/,
    ],
    ["a hotfix from the source's history", { requested: D(2), inSourceHistory: true }, "pass", "hotfix", D(2)],
    ["a rollback from the target's history", { requested: D(3), inTargetHistory: true }, "pass", "rollback", D(3)],
    [
      "a rollback also in the source's history",
      { requested: D(3), inTargetHistory: true, inSourceHistory: true },
      "pass",
      "rollback",
      D(3),
    ],
    ["the target's own current digest", { requested: D(9), inTargetHistory: true }, "pass", "current", D(9)],
    ["a digest from nowhere", { requested: D(4) }, "refuse", undefined, /never pinned in staging or production/],
    [
      "a digest from nowhere, allowed unverified",
      { requested: D(4), allowUnverified: true },
      "pass",
      "unverified",
      D(4),
    ],
  ] as const)("%s", (_, overrides, outcome, lineage, expected) => {
    const result = lineageGate(facts(overrides as Partial<LineageFacts>));
    expect(result.outcome).toBe(outcome);
    expect(result.lineage).toBe(lineage);
    if (typeof expected === "string") expect(result.digest).toBe(expected);
    else expect(result.detail).toMatch(expected);
  });
});

describe("soak gate", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  const facts = (overrides: Partial<SoakFacts>): SoakFacts => ({
    image: "hello",
    source: "staging",
    lineage: "current",
    pinnedAt: new Date("2026-12-04T11:00:00Z"),
    pinnedBy: "a".repeat(40),
    minSoakMs: 30 * 60_000,
    minSoak: "30m",
    now,
    ...overrides,
  });
  it.each([
    ["soaked long enough", {}, "pass", /pinned in staging by aaaaaaaaaaaa 1h ago/],
    ["exactly min-soak", { pinnedAt: new Date("2026-12-04T11:30:00Z") }, "pass", /30m ago/],
    [
      "too fresh",
      { pinnedAt: new Date("2026-12-04T11:50:00Z") },
      "refuse",
      /10m ago, less than min-soak 30m; promote after 2026-12-04T12:20:00.000Z/,
    ],
    ["no min-soak", { minSoakMs: 0, minSoak: undefined, pinnedAt: now }, "skip", /no min-soak/],
    ["a rollback", { lineage: "rollback", pinnedAt: undefined }, "skip", /rollback/],
    ["no pinning commit", { pinnedAt: undefined }, "refuse", /cannot be measured/],
  ] as const)("%s", (_, overrides, outcome, detail) => {
    const result = soakGate(facts(overrides as Partial<SoakFacts>));
    expect(result.outcome).toBe(outcome);
    expect(result.detail).toMatch(detail);
  });
});

describe("existence gate", () => {
  it.each([
    [true, ["linux/amd64", "linux/arm64"], ["linux/amd64", "linux/arm64"], "pass"],
    [true, ["linux/amd64", "linux/arm64"], [], "pass"],
    [true, [], [], "pass"],
    [true, ["linux/amd64"], ["linux/amd64", "linux/arm64"], "refuse"],
    [true, [], ["linux/amd64"], "refuse"],
    [false, [], [], "refuse"],
  ])("found %s, platforms %j, required %j: %s", (found, platforms, required, outcome) => {
    const result = existenceGate({ image: "hello", reference: `r/hello@${D(1)}`, found, platforms, required });
    expect(result.outcome).toBe(outcome);
    if (outcome === "refuse" && found) expect(result.detail).toContain("lacks platform");
  });
});
