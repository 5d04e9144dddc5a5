import { describe, expect, it } from "@jest/globals";
import { floatingTags, parseVersion, tagFor, versionOfTag } from "../src/versions.ts";

describe("versions", () => {
  it.each([
    ["1.2.3", { major: 1, minor: 2, patch: 3, prerelease: "" }],
    ["2.1.0-next.1", { major: 2, minor: 1, patch: 0, prerelease: "next.1" }],
    ["1.0.0+build.5", { major: 1, minor: 0, patch: 0, prerelease: "" }],
    ["1.2", undefined],
    ["01.2.3", undefined],
  ])("parses %s", (version, expected) => {
    expect(parseVersion(version)).toEqual(expected);
  });

  it.each([
    ["v${version}", "v1.2.3", "1.2.3"],
    ["app@${version}", "app@2.0.0-next.1", "2.0.0-next.1"],
    ["v${version}", "v1", undefined],
    ["v${version}", "release-1.2.3", undefined],
  ])("reads the version of a tag under %s: %s", (format, tag, version) => {
    expect(versionOfTag(format, tag)).toBe(version);
  });

  it("formats tags", () => {
    expect(tagFor("v${version}", "3")).toBe("v3");
    expect(tagFor("pkg-${version}-final", "1.0.0")).toBe("pkg-1.0.0-final");
  });

  const tags = ["v1.0.0", "v1.1.0", "v1.1.1", "v1.2.0", "v2.0.0", "v2.1.0-next.1", "v1", "v2"];
  it.each([
    ["2.0.0", false, ["v2"], []],
    ["2.0.0", true, ["v2", "v2.0"], []],
    ["1.2.0", true, ["v1", "v1.2"], []],
    // a patch on an old maintenance line: v1 must not move back from 1.2.0, v1.1 may move
    ["1.1.2", true, ["v1.1"], ["v1"]],
    ["2.1.0-next.1", true, [], []],
  ])("floating tags for %s (minor %s)", (version, minor, moves, skipped) => {
    expect(floatingTags(version, [...tags, `v${version}`], { tagFormat: "v${version}", minor })).toEqual({
      moves,
      skipped,
    });
  });
});
