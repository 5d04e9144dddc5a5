import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import {
  chainResolvers,
  dockerConfigCredentials,
  ecrCredentials,
  explicitCredentials,
  githubTokenCredentials,
  parseChallenge,
} from "@platform/oci";

function configDir(config: unknown): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "docker-config-"));
  writeFileSync(path.join(dir, "config.json"), JSON.stringify(config));
  return dir;
}

describe("credential resolvers", () => {
  it("reads docker config auths (user:password, identity token, Docker Hub's legacy key)", async () => {
    const masked: string[] = [];
    const resolve = dockerConfigCredentials({
      env: {
        DOCKER_CONFIG: configDir({
          auths: {
            "registry.example.com": { auth: Buffer.from("me:s3cret").toString("base64") },
            "https://index.docker.io/v1/": { auth: Buffer.from("hubuser:hubtoken").toString("base64") },
            "id.example.com": { identitytoken: "refresh-me" },
          },
        }),
      },
      mask: (s) => masked.push(s),
    });
    expect(await resolve("registry.example.com")).toEqual({ kind: "basic", username: "me", password: "s3cret" });
    expect(await resolve("docker.io")).toEqual({ kind: "basic", username: "hubuser", password: "hubtoken" });
    expect(await resolve("id.example.com")).toEqual({ kind: "identity-token", identityToken: "refresh-me" });
    expect(await resolve("other.example.com")).toBeUndefined();
    expect(masked).toEqual(expect.arrayContaining(["s3cret", "hubtoken", "refresh-me"]));
  });

  it("asks credHelpers first, then auths, then credsStore", async () => {
    const asked: string[] = [];
    const resolve = dockerConfigCredentials({
      env: {
        DOCKER_CONFIG: configDir({
          credHelpers: { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" },
          credsStore: "pass",
          auths: { "plain.example.com": { auth: Buffer.from("u:p").toString("base64") } },
        }),
      },
      helper: async (helper, registry) => {
        asked.push(`${helper} ${registry}`);
        if (helper === "ecr-login") return { Username: "AWS", Secret: "ecr-pass" };
        if (helper === "pass" && registry === "store.example.com") return { Username: "<token>", Secret: "tok" };
        return undefined;
      },
    });
    expect(await resolve("123456789012.dkr.ecr.eu-west-1.amazonaws.com")).toEqual({
      kind: "basic",
      username: "AWS",
      password: "ecr-pass",
    });
    expect(await resolve("plain.example.com")).toEqual({ kind: "basic", username: "u", password: "p" });
    expect(await resolve("store.example.com")).toEqual({ kind: "identity-token", identityToken: "tok" });
    expect(asked).toEqual(["ecr-login 123456789012.dkr.ecr.eu-west-1.amazonaws.com", "pass store.example.com"]);
  });

  it("has no credentials without a docker config", async () => {
    const resolve = dockerConfigCredentials({ env: { DOCKER_CONFIG: mkdtempSync(path.join(os.tmpdir(), "none-")) } });
    expect(await resolve("ghcr.io")).toBeUndefined();
  });

  it("chains explicit, ECR, ghcr in order; first match wins; one GetAuthorizationToken per region and account", async () => {
    const calls: string[] = [];
    const ecr = ecrCredentials(async ({ region, registryIds }) => {
      calls.push(`${region} ${registryIds.join(",")}`);
      return [
        { registry: `${registryIds[0]}.dkr.ecr.${region}.amazonaws.com`, username: "AWS", password: `pw-${region}` },
      ];
    });
    const resolve = chainResolvers(
      explicitCredentials("hub", "hubpass", ["docker.io"]),
      ecr,
      githubTokenCredentials("ghs_token"),
    );
    expect(await resolve("docker.io")).toEqual({ kind: "basic", username: "hub", password: "hubpass" });
    expect(await resolve("123456789012.dkr.ecr.eu-central-1.amazonaws.com")).toEqual({
      kind: "basic",
      username: "AWS",
      password: "pw-eu-central-1",
    });
    await resolve("123456789012.dkr.ecr.eu-central-1.amazonaws.com");
    expect(await resolve("ghcr.io")).toEqual({ kind: "basic", username: "x-access-token", password: "ghs_token" });
    expect(await resolve("quay.io")).toBeUndefined();
    expect(calls).toEqual(["eu-central-1 123456789012"]);
  });
});

describe("parseChallenge", () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
      { scheme: "bearer", realm: "https://auth.docker.io/token", service: "registry.docker.io" },
    ],
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/app:pull"',
      { scheme: "bearer", realm: "https://ghcr.io/token", service: "ghcr.io" },
    ],
    ['Basic realm="Registry Realm"', { scheme: "basic" }],
    ["bearer realm=https://r/token", { scheme: "bearer", realm: "https://r/token" }],
    ["Negotiate", undefined],
    [null, undefined],
  ])("%s", (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });
});
