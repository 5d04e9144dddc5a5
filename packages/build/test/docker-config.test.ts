import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { removePrivateDockerConfig, writePrivateDockerConfig } from "../src/docker-config.ts";

const login = { key: "127.0.0.1:5000", username: "AWS", password: "s3cret-token" };

function temp(): string {
  return mkdtempSync(path.join(os.tmpdir(), "build-config-test-"));
}

describe("private docker config", () => {
  it("writes the login as an auths entry, readable by the owner only", () => {
    const runnerTemp = temp();
    const dir = writePrivateDockerConfig({ runnerTemp, logins: [login] });
    expect(path.dirname(dir)).toBe(runnerTemp);
    const file = path.join(dir, "config.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const config = JSON.parse(readFileSync(file, "utf8"));
    expect(config.auths["127.0.0.1:5000"].auth).toBe(Buffer.from("AWS:s3cret-token").toString("base64"));
  });

  it("carries the user's config over, without its credsStore or a helper for our host, and links the builder", () => {
    const runnerTemp = temp();
    const user = temp();
    mkdirSync(path.join(user, "buildx"));
    mkdirSync(path.join(user, "cli-plugins"));
    writeFileSync(
      path.join(user, "config.json"),
      JSON.stringify({
        auths: { "other.example": { auth: "b3RoZXI=" } },
        credsStore: "desktop",
        credHelpers: { "127.0.0.1:5000": "ecr-login", "gcr.io": "gcloud" },
        proxies: { default: { httpProxy: "http://proxy:3128" } },
      }),
    );
    const dir = writePrivateDockerConfig({ runnerTemp, userConfigDir: user, logins: [login] });
    const config = JSON.parse(readFileSync(path.join(dir, "config.json"), "utf8"));
    expect(config.credsStore).toBeUndefined();
    expect(config.credHelpers).toEqual({ "gcr.io": "gcloud" });
    expect(Object.keys(config.auths).sort()).toEqual(["127.0.0.1:5000", "other.example"]);
    expect(config.proxies.default.httpProxy).toBe("http://proxy:3128");
    expect(lstatSync(path.join(dir, "buildx")).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, "cli-plugins")).isSymbolicLink()).toBe(true);
    // The user's own config is untouched.
    expect(JSON.parse(readFileSync(path.join(user, "config.json"), "utf8")).auths["127.0.0.1:5000"]).toBeUndefined();

    expect(removePrivateDockerConfig(dir, runnerTemp)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    // Removing unlinks the shared entries; their targets stay.
    expect(existsSync(path.join(user, "buildx"))).toBe(true);
    expect(existsSync(path.join(user, "cli-plugins"))).toBe(true);
    expect(removePrivateDockerConfig(dir, runnerTemp)).toBe(false);
  });

  it("refuses to delete anything but its own directory under RUNNER_TEMP", () => {
    const runnerTemp = temp();
    expect(() => removePrivateDockerConfig(runnerTemp, runnerTemp)).toThrow(/refusing/);
    expect(() => removePrivateDockerConfig(path.join(os.homedir(), ".docker"), runnerTemp)).toThrow(/refusing/);
    expect(() => removePrivateDockerConfig(path.join(runnerTemp, "other"), runnerTemp)).toThrow(/refusing/);
    expect(existsSync(runnerTemp)).toBe(true);
  });
});
