import { describe, expect, test } from "@jest/globals";
import { ConfigurationError } from "@platform/action-kit";
import { defaultSessionName, resolveRoleArn, validateSessionName } from "../src/index.ts";

describe("resolveRoleArn", () => {
  test.each([
    ["arn:aws:iam::123456789012:role/ci", undefined, "arn:aws:iam::123456789012:role/ci"],
    ["arn:aws:iam::123456789012:role/team/deploy/ci", undefined, "arn:aws:iam::123456789012:role/team/deploy/ci"],
    ["arn:aws-cn:iam::123456789012:role/ci", undefined, "arn:aws-cn:iam::123456789012:role/ci"],
    ["arn:aws-us-gov:iam::123456789012:role/ci", undefined, "arn:aws-us-gov:iam::123456789012:role/ci"],
    ["  ci-push  ", "123456789012", "arn:aws:iam::123456789012:role/ci-push"],
    ["gh+actions=push,x.y@z_1", "123456789012", "arn:aws:iam::123456789012:role/gh+actions=push,x.y@z_1"],
  ])("%s in account %s -> %s", (input, account, expected) => {
    expect(resolveRoleArn(input, account)).toBe(expected);
  });

  test.each([
    ["arn:aws:iam::12345678901:role/ci", undefined],
    ["arn:aws:iam::123456789012:user/ci", undefined],
    ["arn:aws:sts::123456789012:role/ci", undefined],
    ["arn:aws-eu:iam::123456789012:role/ci", undefined],
    ["arn:aws:iam::123456789012:role/", undefined],
    ["ci push", "123456789012"],
    ["ci", undefined],
    ["ci", "12345"],
    ["", "123456789012"],
  ])("%s in account %s is a ConfigurationError naming the role", (input, account) => {
    expect(() => resolveRoleArn(input, account)).toThrow(ConfigurationError);
    expect(() => resolveRoleArn(input, account)).toThrow(/^role: /);
  });
});

describe("session names", () => {
  test.each([
    ["octo-org/app", "4242", "GitHubActions-octo-org-app-4242"],
    ["a/b", "1", "GitHubActions-a-b-1"],
  ])("%s run %s -> %s", (repository, runId, expected) => {
    expect(defaultSessionName(repository, runId)).toBe(expected);
  });

  test("a long repository is cut, the run id kept, and the result is valid", () => {
    const name = defaultSessionName(`octo-org/${"x".repeat(200)}`, "987654321012");
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name.endsWith("-987654321012")).toBe(true);
    expect(() => validateSessionName(name)).not.toThrow();
  });

  test.each(["a", "x".repeat(65), "has space", "slash/not", "ünïcode", ""])("%j is refused", (name) => {
    expect(() => validateSessionName(name)).toThrow(/^sessionName: /);
  });

  test.each(["ab", "x".repeat(64), "a+b=c,d.e@f_g-h"])("%j is accepted", (name) => {
    expect(() => validateSessionName(name)).not.toThrow();
  });
});
