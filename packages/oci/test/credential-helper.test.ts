import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { runCredentialHelper } from "../src/credentials.ts";

describe("runCredentialHelper", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cred-helper-"));
  const savedPath = process.env.PATH;

  beforeAll(() => {
    // A real helper program: answers for one server URL read from stdin, like docker's helpers.
    const script = [
      "#!/bin/sh",
      'read -r url || [ -n "$url" ]',
      'if [ "$url" = "registry.example" ]; then echo \'{"ServerURL":"registry.example","Username":"u","Secret":"s3"}\'; exit 0; fi',
      "echo 'credentials not found in native keychain' >&2; exit 1",
    ].join("\n");
    writeFileSync(path.join(dir, "docker-credential-fake"), `${script}\n`);
    chmodSync(path.join(dir, "docker-credential-fake"), 0o755);
    writeFileSync(path.join(dir, "docker-credential-garbled"), "#!/bin/sh\necho not-json\n");
    chmodSync(path.join(dir, "docker-credential-garbled"), 0o755);
    process.env.PATH = `${dir}${path.delimiter}${savedPath ?? ""}`;
  });

  afterAll(() => {
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["fake", "registry.example", { Username: "u", Secret: "s3" }],
    ["fake", "other.example", undefined],
    ["garbled", "registry.example", undefined],
    ["not-installed", "registry.example", undefined],
  ])("%s for %s", async (helper, registry, expected) => {
    const answer = await runCredentialHelper(helper, registry);
    if (expected === undefined) expect(answer).toBeUndefined();
    else expect(answer).toMatchObject(expected);
  });
});
