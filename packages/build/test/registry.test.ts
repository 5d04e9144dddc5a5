import { describe, expect, it } from "@jest/globals";
import { parseImage, parseRegistry, type RegistrySpec, repositoryFor } from "../src/registry.ts";

describe("parseRegistry", () => {
  it.each([
    ["ecr", { kind: "ecr" }],
    ["ghcr", { kind: "ghcr", host: "ghcr.io" }],
    ["dockerhub", { kind: "dockerhub", host: "docker.io" }],
    ["registry.example.com", { kind: "host", host: "registry.example.com" }],
    ["127.0.0.1:5000", { kind: "host", host: "127.0.0.1:5000" }],
    ["localhost:5000", { kind: "host", host: "localhost:5000" }],
    ["Registry.Example.com:443", { kind: "host", host: "registry.example.com:443" }],
  ])("%s", (value, spec) => {
    expect(parseRegistry(value)).toEqual(spec);
  });

  it.each(["gcr", "quay", "https://registry.example.com", "registry.example.com/path", "ECR", "host name"])(
    "refuses %s as an unknown registry kind",
    (value) => {
      expect(() => parseRegistry(value)).toThrow(/^registry: .* is not a known registry kind or a registry host/);
    },
  );
});

describe("parseImage", () => {
  it.each([
    ["dev-backend", { path: "dev-backend" }],
    ["team/app", { path: "team/app" }],
    ["registry.example.com/team/app", { host: "registry.example.com", path: "team/app" }],
    ["127.0.0.1:5000/app", { host: "127.0.0.1:5000", path: "app" }],
    ["localhost/app", { host: "localhost", path: "app" }],
  ])("%s", (value, image) => {
    expect(parseImage(value)).toEqual(image);
  });

  it.each([
    ["app:v1", /carries a tag or digest/],
    ["app@sha256:abc", /carries a tag or digest/],
    ["127.0.0.1:5000/app:v1", /carries a tag or digest/],
    ["App", /not a valid repository name/],
    ["team//app", /not a valid repository name/],
    ["-app", /not a valid repository name/],
  ])("refuses %s", (value, message) => {
    expect(() => parseImage(value)).toThrow(message);
    expect(() => parseImage(value)).toThrow(/^image: /);
  });
});

describe("repositoryFor", () => {
  const owner = { owner: "Octo-Org", username: "Octocat" };
  it.each<[RegistrySpec, string, string, string]>([
    [
      { kind: "ecr" },
      "123456789012.dkr.ecr.eu-central-1.amazonaws.com",
      "dev-backend",
      "123456789012.dkr.ecr.eu-central-1.amazonaws.com/dev-backend",
    ],
    [{ kind: "ghcr", host: "ghcr.io" }, "ghcr.io", "app", "ghcr.io/octo-org/app"],
    [{ kind: "ghcr", host: "ghcr.io" }, "ghcr.io", "other/app", "ghcr.io/other/app"],
    [{ kind: "ghcr", host: "ghcr.io" }, "ghcr.io", "ghcr.io/other/app", "ghcr.io/other/app"],
    [{ kind: "dockerhub", host: "docker.io" }, "docker.io", "app", "docker.io/octocat/app"],
    [{ kind: "dockerhub", host: "docker.io" }, "docker.io", "team/app", "docker.io/team/app"],
    [{ kind: "host", host: "127.0.0.1:5000" }, "127.0.0.1:5000", "app", "127.0.0.1:5000/app"],
  ])("%j + %s + %s", (spec, host, image, repository) => {
    expect(repositoryFor(spec, host, parseImage(image), owner)).toBe(repository);
  });

  it("refuses an image naming another host than the registry's", () => {
    expect(() =>
      repositoryFor({ kind: "ghcr", host: "ghcr.io" }, "ghcr.io", parseImage("quay.io/team/app"), owner),
    ).toThrow(/^image: "quay.io\/team\/app" names the host quay.io but registry "ghcr" logs in to ghcr.io/);
  });
});

describe("hosts and names that are refused", () => {
  it.each(["169.254.169.254", "169.254.169.254:80", "[fd00:ec2::254]", "[fe80::1]:5000"])(
    "registry %s (link-local/metadata)",
    (value) => {
      expect(() => parseRegistry(value)).toThrow(/link-local and metadata addresses are refused/);
    },
  );

  it("an image in the link-local range", () => {
    expect(() => parseImage("169.254.169.254/app")).toThrow(/starts with an invalid host/);
  });

  it("an image longer than 255 characters, with the value cut in the line", () => {
    const value = `team/${"a".repeat(100 * 1024)}`;
    expect(() => parseImage(value)).toThrow(/is 102405 characters long/);
    let message = "";
    try {
      parseImage(value);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeLessThan(600);
  });
});
