import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { createNodeExec, type Exec } from "@platform/process";
import { removePrivateDockerConfig } from "../src/cleanup.ts";
import { listCredentialStore, mergeDockerConfig, writePrivateDockerConfig } from "../src/docker-config.ts";

const login = { key: "127.0.0.1:5000", username: "AWS", password: "s3cret-token" };
const b64 = (text: string): string => Buffer.from(text).toString("base64");

function temp(): string {
  return mkdtempSync(path.join(os.tmpdir(), "build-config-test-"));
}

/** A real `docker-credential-<name>` executable answering `list` with `servers` (or failing). */
function credentialStore(name: string, answer: { servers?: Record<string, string>; fail?: string }): Exec {
  const bin = temp();
  const script =
    answer.fail !== undefined
      ? `#!/bin/sh\necho '${answer.fail}' >&2\nexit 1\n`
      : `#!/bin/sh\n[ "$1" = list ] || exit 2\nprintf '%s' '${JSON.stringify(answer.servers ?? {})}'\n`;
  writeFileSync(path.join(bin, `docker-credential-${name}`), script);
  chmodSync(path.join(bin, `docker-credential-${name}`), 0o755);
  const exec = createNodeExec();
  return (command, args, options = {}) =>
    exec(command, args, { ...options, env: { ...options.env, PATH: `${bin}:${process.env.PATH ?? ""}` } });
}

describe("mergeDockerConfig", () => {
  const user = {
    auths: {
      "base.example": { auth: b64("puller:base-pass") },
      "https://127.0.0.1:5000/v1/": { auth: b64("old:stale-pass") },
      "127.0.0.1:5000": { auth: b64("old:stale-pass") },
      "token.example": { identitytoken: "id-token-value" },
      "empty.example": {},
    },
    credHelpers: { "127.0.0.1:5000": "ecr-login", "gcr.io": "gcloud" },
    credsStore: "desktop",
    proxies: { default: { httpProxy: "http://proxy:3128" } },
    currentContext: "ci",
  };

  it.each<[string, unknown, string[], Record<string, unknown>]>([
    [
      "no user config: our login only",
      undefined,
      [],
      { auths: { "127.0.0.1:5000": { auth: b64("AWS:s3cret-token") } } },
    ],
    [
      "a config that is not an object is ignored",
      ["not", "a", "config"],
      [],
      { auths: { "127.0.0.1:5000": { auth: b64("AWS:s3cret-token") } } },
    ],
    [
      "other hosts' auths, helpers and settings carried; every entry for our host replaced; the store's servers become helpers",
      user,
      ["https://index.docker.io/v1/", "127.0.0.1:5000", "gcr.io", "store.example"],
      {
        auths: {
          "base.example": { auth: b64("puller:base-pass") },
          "token.example": { identitytoken: "id-token-value" },
          "empty.example": {},
          "127.0.0.1:5000": { auth: b64("AWS:s3cret-token") },
        },
        // gcr.io keeps its own helper (it wins over the store in docker too); our host gets none.
        credHelpers: { "gcr.io": "gcloud", "https://index.docker.io/v1/": "desktop", "store.example": "desktop" },
        proxies: { default: { httpProxy: "http://proxy:3128" } },
        currentContext: "ci",
      },
    ],
    [
      "a store that listed nothing leaves no trace",
      { credsStore: "desktop" },
      [],
      { auths: { "127.0.0.1:5000": { auth: b64("AWS:s3cret-token") } } },
    ],
  ])("%s", (_, userConfig, storeServers, expected) => {
    const { config } = mergeDockerConfig(userConfig, [login], storeServers);
    expect(config).toEqual(expected);
    expect(config.credsStore).toBeUndefined();
  });

  it("returns every copied secret (auth, the password in it, tokens) and the base64 auth of ours", () => {
    const { secrets } = mergeDockerConfig(user, [login]);
    expect(secrets.sort()).toEqual(
      [b64("puller:base-pass"), "base-pass", "id-token-value", b64(`${login.username}:${login.password}`)].sort(),
    );
  });

  it("replaces Docker Hub's entries under any of its names with ours", () => {
    const { config } = mergeDockerConfig(
      { auths: { "index.docker.io": { auth: b64("me:old") }, "https://index.docker.io/v1/": { auth: b64("me:old") } } },
      [{ key: "https://index.docker.io/v1/", username: "octocat", password: "hub-token" }],
      ["docker.io"],
    );
    expect(config).toEqual({ auths: { "https://index.docker.io/v1/": { auth: b64("octocat:hub-token") } } });
  });

  it("never changes the object it was given", () => {
    const original = JSON.parse(JSON.stringify(user));
    mergeDockerConfig(user, [login], ["store.example"]);
    expect(user).toEqual(original);
  });
});

describe("listCredentialStore", () => {
  it("lists the servers a real helper knows", async () => {
    const exec = credentialStore("fake-list", { servers: { "store.example": "bob", "https://other/v1/": "eve" } });
    expect(await listCredentialStore("fake-list", exec)).toEqual(["store.example", "https://other/v1/"]);
  });

  it("throws with the helper's words when it fails, or when it is missing", async () => {
    const exec = credentialStore("fake-broken", { fail: "keychain locked" });
    await expect(listCredentialStore("fake-broken", exec)).rejects.toThrow(/exited with 1: keychain locked/);
    await expect(listCredentialStore("fake-missing-store")).rejects.toThrow(/not installed or not on PATH/);
  });

  it("refuses a store name that is not a plain word", async () => {
    await expect(listCredentialStore("../../bin/sh")).rejects.toThrow(/not a credential helper name/);
  });
});

describe("private docker config", () => {
  it("writes the login as an auths entry, readable by the owner only", async () => {
    const runnerTemp = temp();
    const masked: string[] = [];
    const dir = await writePrivateDockerConfig({
      runnerTemp,
      logins: [login],
      mask: (s) => masked.push(s),
      logger: memoryLogger(),
    });
    expect(path.dirname(dir)).toBe(runnerTemp);
    const file = path.join(dir, "config.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const config = JSON.parse(readFileSync(file, "utf8"));
    expect(config.auths["127.0.0.1:5000"].auth).toBe(b64("AWS:s3cret-token"));
    // The base64 `auth` is a secret of its own: a log that prints it must show ***.
    expect(masked).toEqual([b64("AWS:s3cret-token")]);
  });

  it("carries the user's config over, masks what it copies, turns the store into helpers, links the builder", async () => {
    const runnerTemp = temp();
    const user = temp();
    mkdirSync(path.join(user, "buildx"));
    mkdirSync(path.join(user, "cli-plugins"));
    const userConfig = {
      auths: { "other.example": { auth: b64("other:other-pass") }, "127.0.0.1:5000": {} },
      credsStore: "fake-desk",
      credHelpers: { "127.0.0.1:5000": "ecr-login", "gcr.io": "gcloud" },
    };
    writeFileSync(path.join(user, "config.json"), JSON.stringify(userConfig));
    const masked: string[] = [];
    const dir = await writePrivateDockerConfig({
      runnerTemp,
      userConfigDir: user,
      logins: [login],
      mask: (s) => masked.push(s),
      logger: memoryLogger(),
      helperExec: credentialStore("fake-desk", { servers: { "private.example": "me", "127.0.0.1:5000": "AWS" } }),
    });
    const config = JSON.parse(readFileSync(path.join(dir, "config.json"), "utf8"));
    expect(config).toEqual({
      auths: {
        "other.example": { auth: b64("other:other-pass") },
        "127.0.0.1:5000": { auth: b64("AWS:s3cret-token") },
      },
      credHelpers: { "gcr.io": "gcloud", "private.example": "fake-desk" },
    });
    expect(masked.sort()).toEqual([b64("other:other-pass"), "other-pass", b64("AWS:s3cret-token")].sort());
    expect(lstatSync(path.join(dir, "buildx")).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, "cli-plugins")).isSymbolicLink()).toBe(true);
    // The user's own config is untouched.
    expect(JSON.parse(readFileSync(path.join(user, "config.json"), "utf8"))).toEqual(userConfig);

    expect(removePrivateDockerConfig(dir, runnerTemp)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    // Removing unlinks the shared entries; their targets stay.
    expect(existsSync(path.join(user, "buildx"))).toBe(true);
    expect(existsSync(path.join(user, "cli-plugins"))).toBe(true);
    expect(removePrivateDockerConfig(dir, runnerTemp)).toBe(false);
  });

  it("warns and carries nothing of a store that cannot list, keeping the rest", async () => {
    const runnerTemp = temp();
    const user = temp();
    writeFileSync(
      path.join(user, "config.json"),
      JSON.stringify({ credsStore: "fake-locked", auths: { "other.example": { auth: b64("o:p-other") } } }),
    );
    const logger = memoryLogger();
    const dir = await writePrivateDockerConfig({
      runnerTemp,
      userConfigDir: user,
      logins: [login],
      mask: () => undefined,
      logger,
      helperExec: credentialStore("fake-locked", { fail: "keychain locked" }),
    });
    const config = JSON.parse(readFileSync(path.join(dir, "config.json"), "utf8"));
    expect(config.credsStore).toBeUndefined();
    expect(config.credHelpers).toBeUndefined();
    expect(Object.keys(config.auths).sort()).toEqual(["127.0.0.1:5000", "other.example"]);
    expect(logger.lines).toEqual([expect.stringMatching(/^warning: .*credsStore "fake-locked".*keychain locked/)]);
  });

  it("refuses to delete anything but its own directory under RUNNER_TEMP", () => {
    const runnerTemp = temp();
    expect(() => removePrivateDockerConfig(runnerTemp, runnerTemp)).toThrow(/refusing/);
    expect(() => removePrivateDockerConfig(path.join(os.homedir(), ".docker"), runnerTemp)).toThrow(/refusing/);
    expect(() => removePrivateDockerConfig(path.join(runnerTemp, "other"), runnerTemp)).toThrow(/refusing/);
    expect(existsSync(runnerTemp)).toBe(true);
  });
});
