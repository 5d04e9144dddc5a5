import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { configKeyHost, dockerConfigDir, dockerConfigKey, readDockerConfig } from "../src/docker-config.ts";

describe("configKeyHost", () => {
  it.each([
    ["127.0.0.1:5000", "127.0.0.1:5000"],
    ["https://Registry.Example.com/v1/", "registry.example.com"],
    ["http://registry.example.com:5000", "registry.example.com:5000"],
    ["https://index.docker.io/v1/", "docker.io"],
    ["registry-1.docker.io", "docker.io"],
    ["docker.io", "docker.io"],
  ])("%s -> %s", (key, host) => {
    expect(configKeyHost(key)).toBe(host);
  });
});

describe("dockerConfigKey", () => {
  it("maps Docker Hub to docker's config key", () => {
    expect(dockerConfigKey("docker.io")).toBe("https://index.docker.io/v1/");
    expect(dockerConfigKey("ghcr.io")).toBe("ghcr.io");
  });
});

describe("dockerConfigDir and readDockerConfig", () => {
  it("reads $DOCKER_CONFIG, else ~/.docker; a missing or unreadable file is an empty config", () => {
    expect(dockerConfigDir({ DOCKER_CONFIG: "/x" }, "/home/u")).toBe("/x");
    expect(dockerConfigDir({}, "/home/u")).toBe(path.join("/home/u", ".docker"));
    const dir = mkdtempSync(path.join(os.tmpdir(), "docker-config-keys-"));
    expect(readDockerConfig(dir)).toEqual({});
    expect(readDockerConfig(undefined)).toEqual({});
    writeFileSync(path.join(dir, "config.json"), "{not json");
    expect(readDockerConfig(dir)).toEqual({});
    writeFileSync(path.join(dir, "config.json"), '{"auths":{"ghcr.io":{}}}');
    expect(readDockerConfig(dir)).toEqual({ auths: { "ghcr.io": {} } });
  });
});
