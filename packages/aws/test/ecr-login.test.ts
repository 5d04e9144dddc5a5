import { describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { createEcrLogin, type EcrLoginApi } from "../src/index.ts";

/** The login's own logic: what is asked of STS and ECR, how often. The calls themselves are tested on the fakes (ecr.test.ts, sts.test.ts). */
function recordingApi() {
  const calls: string[] = [];
  const api: EcrLoginApi = {
    assumeRoleWithOidc: async (o) => {
      calls.push(`sts ${o.region} ${o.roleArn} ${o.sessionName}`);
      return { accessKeyId: `AKIA-${o.region}`, secretAccessKey: "s", sessionToken: "t" };
    },
    getEcrAuthorization: async (o) => {
      calls.push(`ecr ${o.region} ${o.registryIds?.join(",") ?? "-"} ${o.credentials?.accessKeyId ?? "default-chain"}`);
      const registry = `${o.registryIds?.[0] ?? "111111111111"}.dkr.ecr.${o.region}.amazonaws.com`;
      return [{ registry, endpoint: `https://${registry}`, username: "AWS", password: `pw-${o.region}` }];
    },
  };
  return { api, calls };
}

const common = {
  sessionName: "GitHubActions-octo-org-app-1",
  durationSeconds: 3600,
  audience: "sts.amazonaws.com",
  getIdToken: async () => "jwt",
  mask: () => undefined,
  logger: memoryLogger(),
};

describe("createEcrLogin", () => {
  it("assumes the role once per region and asks ECR once per region and registry", async () => {
    const { api, calls } = recordingApi();
    const login = createEcrLogin({ ...common, role: "push", api });
    const answers = await Promise.all([
      login.authorize({ region: "eu-central-1", registryIds: ["123456789012"] }),
      login.authorize({ region: "eu-central-1", registryIds: ["123456789012"] }),
      login.authorize({ region: "eu-central-1", registryIds: ["210987654321"] }),
      login.authorize({ region: "us-east-1", registryIds: ["123456789012"] }),
    ]);
    expect(answers.map((a) => a[0]?.password)).toEqual([
      "pw-eu-central-1",
      "pw-eu-central-1",
      "pw-eu-central-1",
      "pw-us-east-1",
    ]);
    expect(calls.filter((c) => c.startsWith("sts"))).toEqual([
      "sts eu-central-1 arn:aws:iam::123456789012:role/push GitHubActions-octo-org-app-1",
      "sts us-east-1 arn:aws:iam::123456789012:role/push GitHubActions-octo-org-app-1",
    ]);
    expect(calls.filter((c) => c.startsWith("ecr"))).toEqual([
      "ecr eu-central-1 123456789012 AKIA-eu-central-1",
      "ecr eu-central-1 210987654321 AKIA-eu-central-1",
      "ecr us-east-1 123456789012 AKIA-us-east-1",
    ]);
  });

  it("assumes the role in aws-region when one is given", async () => {
    const { api, calls } = recordingApi();
    const login = createEcrLogin({
      ...common,
      role: "arn:aws:iam::123456789012:role/push",
      stsRegion: "eu-west-1",
      api,
    });
    await login.authorize({ region: "eu-central-1" });
    await login.authorize({ region: "us-east-1" });
    expect(calls.filter((c) => c.startsWith("sts"))).toHaveLength(1);
    expect(calls[0]).toMatch(/^sts eu-west-1 /);
  });

  it("without a role: the SDK's default credentials, no STS call", async () => {
    const { api, calls } = recordingApi();
    const login = createEcrLogin({ ...common, api });
    expect(await login.credentials("eu-central-1")).toBeUndefined();
    await login.authorize({ region: "eu-central-1" });
    expect(calls).toEqual(["ecr eu-central-1 - default-chain"]);
  });

  it("a bare role name with no account known is the user's to fix, in one line", async () => {
    const { api } = recordingApi();
    const login = createEcrLogin({ ...common, role: "push", api });
    await expect(login.authorize({ region: "eu-central-1" })).rejects.toThrow(/^role: "push" is a bare role name/);
  });
});
