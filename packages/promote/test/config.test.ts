import { describe, expect, it } from "@jest/globals";
import { Ajv } from "ajv";
import schema from "../../../schema/platform.schema.json" with { type: "json" };
import { ConfigFileError, parseConfig } from "../src/index.ts";

const VALID = `# yaml-language-server: $schema=../schema/platform.schema.json
version: 1
gitops: { repository: acme/gitops, branch: main, commit-via: git }
images:
  hello: {}
environments:
  dev:        { overlay: apps/hello/overlays/dev, images: { hello: 111111111111.dkr.ecr.eu-central-1.amazonaws.com/hello } }
  staging:    { from: dev, overlay: apps/hello/overlays/staging, images: { hello: 111111111111.dkr.ecr.eu-central-1.amazonaws.com/hello } }
  production:
    from: staging
    values: { file: charts/hello/values-production.yaml, digest: image.digest, tag: image.tag }
    images: { hello: 222222222222.dkr.ecr.eu-central-1.amazonaws.com/hello }
    aws: { region: eu-central-1, role: "arn:aws:iam::222222222222:role/promote" }
    mode: pull-request
    require-reason: true
    min-soak: 30m
    platforms: [linux/amd64, linux/arm64]
freeze:
  - { environments: [production], from: 2026-12-20T00:00:00Z, to: 2027-01-04T00:00:00Z, reason: year-end }
  - { environments: [production], weekly: { from: "Fri 16:00", to: "Mon 08:00" }, timezone: Europe/Berlin }
`;

function errorOf(text: string): string {
  try {
    parseConfig(text, ".github/platform.yml");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

describe("platform.yml", () => {
  it("ships a schema that is valid JSON Schema (the action compiles it without this check)", () => {
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("parses the issue's example", () => {
    const config = parseConfig(VALID, ".github/platform.yml");
    expect(config.gitops).toEqual({ repository: "acme/gitops", branch: "main", commitVia: "git" });
    const production = config.environments.get("production");
    expect(production).toMatchObject({
      from: "staging",
      mode: "pull-request",
      requireReason: true,
      minSoakMs: 30 * 60_000,
      platforms: ["linux/amd64", "linux/arm64"],
      values: { file: "charts/hello/values-production.yaml", digest: "image.digest", tag: "image.tag" },
    });
    expect(config.environments.get("dev")).toMatchObject({ mode: "push", requireReason: false, minSoakMs: 0 });
    expect(config.freeze.map((w) => w.kind)).toEqual(["range", "weekly"]);
  });

  it.each([
    [
      "a YAML syntax error",
      VALID.replace("images:\n  hello: {}", "images:\n  hello: {"),
      /^\.github\/platform\.yml:\d+:\d+: not valid YAML/,
    ],
    [
      "an unknown key, at its line",
      VALID.replace("    mode: pull-request", "    mdoe: pull-request"),
      /^\.github\/platform\.yml:14:5: environments\.production\.mdoe is not a known key/,
    ],
    [
      "a bad enum, at its line",
      VALID.replace("mode: pull-request", "mode: pr"),
      /^\.github\/platform\.yml:14:11: environments\.production\.mode is "pr"; use one of: push, pull-request$/,
    ],
    [
      "a bad duration",
      VALID.replace("min-soak: 30m", "min-soak: half an hour"),
      /:16:15: environments\.production\.min-soak is "half an hour", which is not a duration/,
    ],
    [
      "a missing key",
      VALID.replace("version: 1\n", ""),
      /^\.github\/platform\.yml:2:1: the file must have required property 'version'$/,
    ],
    ["a wrong version", VALID.replace("version: 1", "version: 2"), /:2:10: version is 2, which must be 1/],
    [
      "a bad role",
      VALID.replace("role/promote", "user/promote"),
      /environments\.production\.aws\.role is .* not an IAM role ARN/,
    ],
    [
      "an image repository with a tag",
      VALID.replace("amazonaws.com/hello } }\n  production", "amazonaws.com/hello:1 } }\n  production"),
      /:8:.* environments\.staging\.images\.hello is .* not an image repository/,
    ],
    [
      "from an unknown environment",
      VALID.replace("from: dev", "from: qa"),
      /:8:\d+: environments\.staging\.from names "qa", which is not an environment here$/,
    ],
    [
      "a from loop",
      VALID.replace("{ overlay: apps/hello/overlays/dev,", "{ from: production, overlay: apps/hello/overlays/dev,"),
      /environments\.dev\.from makes a loop: dev -> production -> staging -> dev$/,
    ],
    [
      "both overlay and values",
      VALID.replace("    from: staging\n", "    from: staging\n    overlay: apps/x\n"),
      /:9:3: environments\.production needs exactly one of overlay/,
    ],
    [
      "an image the top does not list",
      VALID.replace("{ hello: 222222222222", "{ world: 222222222222"),
      /environments\.production\.images\.world is not one of the images listed at the top \(hello\)$/,
    ],
    [
      "a weekly time malformed",
      VALID.replace('"Fri 16:00"', '"Friday 4pm"'),
      /:20:\d+: freeze\[1\]\.weekly\.from is "Friday 4pm"/,
    ],
    [
      "an unknown time zone",
      VALID.replace("Europe/Berlin", "Mars/Olympus"),
      /freeze\[1\]\.timezone is "Mars\/Olympus", not an IANA time zone/,
    ],
    [
      "a window ending before it starts",
      VALID.replace("to: 2027-01-04T00:00:00Z", "to: 2026-01-04T00:00:00Z"),
      /:19:\d+: freeze\[0\]\.to is not after from$/,
    ],
    [
      "a freeze naming an unknown environment",
      VALID.replace("[production], from", "[prod], from"),
      /freeze\[0\]\.environments\[0\] is not an environment here$/,
    ],
  ])("refuses %s with file, line and what is wrong", (_, text, expected) => {
    expect(errorOf(text)).toMatch(expected);
  });
});
