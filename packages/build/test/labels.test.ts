import { describe, expect, it } from "@jest/globals";
import { ociLabels, parseKeyValueLines } from "../src/labels.ts";

describe("labels", () => {
  const context = {
    serverUrl: "https://github.com/",
    repository: "octo-org/app",
    sha: "0123456789abcdef0123456789abcdef01234567",
    version: "v1.2.3",
    created: new Date("2026-01-02T03:04:05Z"),
    title: "dev-backend",
  };

  it("fills in the OCI labels and lets the user's win", () => {
    expect(
      ociLabels(context, [
        ["org.opencontainers.image.title", "Backend"],
        ["team", "core"],
      ]),
    ).toEqual({
      "org.opencontainers.image.source": "https://github.com/octo-org/app",
      "org.opencontainers.image.revision": "0123456789abcdef0123456789abcdef01234567",
      "org.opencontainers.image.version": "v1.2.3",
      "org.opencontainers.image.created": "2026-01-02T03:04:05.000Z",
      "org.opencontainers.image.title": "Backend",
      team: "core",
    });
  });

  it.each([
    ["a=b", ["a", "b"]],
    ["a=", ["a", ""]],
    ["a=b=c", ["a", "b=c"]],
    ["com.example/x-y_z=1", ["com.example/x-y_z", "1"]],
  ])("parses %s", (line, pair) => {
    expect(parseKeyValueLines("labels", [line])).toEqual([pair]);
  });

  it.each(["novalue", "=v", "a b=c"])("refuses %s naming the field", (line) => {
    expect(() => parseKeyValueLines("buildArgs", [line])).toThrow(/^buildArgs: .* is not KEY=value/);
  });
});
