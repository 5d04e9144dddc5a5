import { describe, expect, test } from "@jest/globals";
import { isEcrHost, parseEcrHost } from "../src/ecr-host.ts";

/** One table for the one rule that build-push-oidc, promote-image and the ECR login share. */
describe("parseEcrHost", () => {
  test.each([
    [
      "123456789012.dkr.ecr.eu-central-1.amazonaws.com",
      { accountId: "123456789012", region: "eu-central-1", fips: false },
    ],
    [
      "123456789012.dkr.ecr.us-east-1.amazonaws.com:443",
      { accountId: "123456789012", region: "us-east-1", fips: false },
    ],
    ["123456789012.DKR.ECR.EU-WEST-1.AMAZONAWS.COM", { accountId: "123456789012", region: "eu-west-1", fips: false }],
    [
      "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com",
      { accountId: "123456789012", region: "us-gov-west-1", fips: true },
    ],
    [
      "123456789012.dkr.ecr-fips.us-east-2.amazonaws.com",
      { accountId: "123456789012", region: "us-east-2", fips: true },
    ],
    [
      "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn",
      { accountId: "123456789012", region: "cn-north-1", fips: false },
    ],
    [
      "123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn",
      { accountId: "123456789012", region: "cn-northwest-1", fips: false },
    ],
    ["123456789012.dkr-ecr.eu-central-1.on.aws", { accountId: "123456789012", region: "eu-central-1", fips: false }],
    ["123456789012.dkr-ecr-fips.us-east-1.on.aws", { accountId: "123456789012", region: "us-east-1", fips: true }],
    [
      "123456789012.dkr-ecr.cn-north-1.on.amazonwebservices.com.cn",
      { accountId: "123456789012", region: "cn-north-1", fips: false },
    ],
    ["ghcr.io", undefined],
    ["docker.io", undefined],
    ["public.ecr.aws", undefined],
    ["127.0.0.1:5000", undefined],
    ["12345678901.dkr.ecr.eu-central-1.amazonaws.com", undefined],
    ["1234567890123.dkr.ecr.eu-central-1.amazonaws.com", undefined],
    ["123456789012.dkr.ecr.eu-central-1.amazonaws.com.evil.example", undefined],
    ["evil.example/123456789012.dkr.ecr.eu-central-1.amazonaws.com", undefined],
    ["123456789012.dkr.ecr.not-a-region.amazonaws.com", undefined],
    ["123456789012.dkr.ecr.eu-central.amazonaws.com", undefined],
    ["123456789012.dkr.ecr.eu-central-1.amazonaws.com.cn", undefined],
    ["123456789012.dkr.ecr.cn-north-1.amazonaws.com", undefined],
    ["123456789012.dkr.ecr.eu-central-1.aws", undefined],
    ["123456789012.dkrxecr.eu-central-1.amazonaws.com", undefined],
  ])("%s -> %j", (host, expected) => {
    expect(parseEcrHost(host)).toEqual(expected);
    expect(isEcrHost(host)).toBe(expected !== undefined);
  });
});
