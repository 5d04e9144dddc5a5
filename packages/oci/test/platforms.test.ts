import { describe, expect, it } from "@jest/globals";
import { formatPlatform, InvalidPlatformError, parsePlatform } from "../src/platforms.ts";

describe("parsePlatform (the package's own terms: no input names)", () => {
  it("parses and formats", () => {
    expect(parsePlatform("linux/arm/v7")).toEqual({ os: "linux", architecture: "arm", variant: "v7" });
    expect(formatPlatform({ os: "linux", architecture: "amd64" })).toBe("linux/amd64");
    expect(formatPlatform(undefined)).toBe("");
  });

  it("says what is wrong, without naming an input", () => {
    expect(() => parsePlatform("linux/amd65")).toThrow(InvalidPlatformError);
    expect(() => parsePlatform("linux/amd65")).toThrow(
      /^"linux\/amd65" has an unknown architecture "amd65"; use os\/arch/,
    );
  });
});
