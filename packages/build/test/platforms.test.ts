import { describe, expect, it } from "@jest/globals";
import { formatPlatform, parsePlatform, parsePlatforms } from "../src/platforms.ts";

describe("platforms", () => {
  it.each([
    ["linux/amd64", { os: "linux", architecture: "amd64" }],
    ["linux/arm64", { os: "linux", architecture: "arm64" }],
    ["linux/arm/v7", { os: "linux", architecture: "arm", variant: "v7" }],
    ["linux/arm64/v8", { os: "linux", architecture: "arm64", variant: "v8" }],
    ["windows/amd64", { os: "windows", architecture: "amd64" }],
  ])("parses %s", (value, platform) => {
    expect(parsePlatform(value)).toEqual(platform);
    expect(formatPlatform(parsePlatform(value))).toBe(value);
  });

  it.each([
    ["linux/amd65", /"linux\/amd65" has an unknown architecture "amd65"/],
    ["linux", /is not a known platform/],
    ["amd64", /is not a known platform/],
    ["Linux/amd64", /is not a known platform/],
    ["linux/arm/v9", /unknown variant "v9"/],
    ["linux/amd64/v7", /unknown variant "v7"/],
    ["linux/amd64/v2/x", /is not a known platform/],
  ])("refuses %s", (value, message) => {
    expect(() => parsePlatform(value)).toThrow(message);
    expect(() => parsePlatform(value)).toThrow(/^platforms: /);
  });

  it("de-duplicates and keeps order", () => {
    expect(parsePlatforms(["linux/arm64", "linux/amd64", "linux/arm64"]).map(formatPlatform)).toEqual([
      "linux/arm64",
      "linux/amd64",
    ]);
  });

  it("refuses an empty list", () => {
    expect(() => parsePlatforms([])).toThrow(/^platforms: /);
  });
});
