import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type AwsFake, startAwsFake } from "../../../test/fakes/aws.ts";
import { type OidcFake, startOidcFake } from "../../../test/fakes/oidc.ts";
import { startFaultProxy } from "../../../test/harness/fault-proxy.ts";
import { pushTestImage } from "../../../test/harness/images.ts";
import { freePort, startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { type ActionResult, runBundledAction } from "../../../test/harness/run-action.ts";
import { expectNoSecret } from "../../../test/harness/secrets.ts";
import { inspectRaw, listTags } from "../../../test/harness/skopeo.ts";

const ROLE = "arn:aws:iam::123456789012:role/promoter";

let source: TestRegistry;
let target: TestRegistry;
let dockerConfig: string;

/**
 * Source credentials come from a docker config, as docker/login-action leaves it; step debug
 * is on, so the secrecy checks cover debug lines too.
 */
function env(): Record<string, string> {
  return { DOCKER_CONFIG: dockerConfig, ACTIONS_STEP_DEBUG: "true", RUNNER_DEBUG: "1" };
}

function promote(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionResult> {
  return runBundledAction("promote-image", {
    inputs: { username: target.username, password: target.password, ...inputs },
    env: { ...env(), ...extraEnv },
  });
}

function expectNoSecretIn(result: ActionResult, ...secrets: string[]): void {
  expectNoSecret(result, secrets);
}

beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry({ auth: "bearer" }), startRegistry({ auth: "basic" })]);
  dockerConfig = mkdtempSync(path.join(os.tmpdir(), "docker-config-"));
  const auth = Buffer.from(`${source.username}:${source.password}`).toString("base64");
  writeFileSync(path.join(dockerConfig, "config.json"), JSON.stringify({ auths: { [source.host]: { auth } } }));
});

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
});

describe("promote-image (bundled, real registries)", () => {
  it("goes through the proxy Node is told to use (NODE_USE_ENV_PROXY), blob bytes included", async () => {
    // A forward proxy for plain http: requests arrive in absolute form and are passed on.
    const seen: string[] = [];
    const proxy = http.createServer((req, res) => {
      seen.push(`${req.method} ${new URL(req.url ?? "").pathname}`);
      const upstream = http.request(req.url ?? "", { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    try {
      const image = await pushTestImage(source, "dev/proxied:v1", { layers: 2, layerSize: 128 * 1024 });
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const result = await promote(
        { source: image.reference, targets: `${target.host}/prod/proxied` },
        { NODE_USE_ENV_PROXY: "1", HTTP_PROXY: proxyUrl, NO_PROXY: "" },
      );
      expect(result.errors).toEqual([]);
      expect(result.outputs.digest).toBe(image.digest);
      expect(await inspectRaw(`${target.host}/prod/proxied:v1`)).toBe(await inspectRaw(image.reference));
      // Every blob read went through it (two configs, two layers each), as did the uploads.
      expect(seen.filter((line) => /^GET \/v2\/dev\/proxied\/blobs\/sha256:/.test(line)).length).toBe(6);
      expect(seen.some((line) => line.startsWith("PUT /v2/prod/proxied/blobs/uploads/"))).toBe(true);
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it("promotes a signed multi-platform image with its SBOM, byte for byte; a re-run copies nothing", async () => {
    const image = await pushTestImage(source, "dev/backend:v1.2.3", {
      layers: 3,
      layerSize: 32 * 1024,
      signature: true,
      sbomReferrer: true,
    });
    const result = await promote({ source: image.reference, targets: `${target.host}/prod/backend\n` });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toBe(image.digest);
    expect(JSON.parse(result.outputs.images ?? "")).toEqual([`${target.host}/prod/backend:v1.2.3@${image.digest}`]);
    expect(result.outputs["copied-blobs"]).toBe("12");
    expect(result.outputs["mounted-blobs"]).toBe("0");
    expect(Number(result.outputs["copied-bytes"])).toBeGreaterThan(6 * 32 * 1024);
    expect(await inspectRaw(`${target.host}/prod/backend:v1.2.3`)).toBe(await inspectRaw(image.reference));
    // The storage layout the bad-input tests rely on to show that nothing was written.
    expect(existsSync(path.join(target.dataDir, "docker/registry/v2/repositories/prod/backend"))).toBe(true);
    const hex = image.digest.slice(7);
    expect((await listTags(`${target.host}/prod/backend`)).sort()).toEqual([
      `sha256-${hex}`,
      `sha256-${hex}.sig`,
      "v1.2.3",
    ]);
    expect(result.summary).toContain(
      "| reference | digest | platforms | tag | blobs copied | blobs mounted | blobs skipped | bytes | time |",
    );
    expect(result.summary).toMatch(
      new RegExp(
        `\\| ${target.host}/prod/backend:v1\\.2\\.3 \\| \`${image.digest}\` \\| linux/amd64, linux/arm64 \\| created \\| 12 \\| 0 \\| 0 \\| \\d+\\.\\d KiB \\| \\d+(?: ms|\\.\\d s) \\|`,
      ),
    );
    expect(result.masked).toContain(target.password);
    expectNoSecretIn(result, target.password, source.password);

    const again = await promote({ source: image.reference, targets: `${target.host}/prod/backend` });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({
      digest: image.digest,
      "copied-blobs": "0",
      "mounted-blobs": "0",
      "skipped-blobs": "12",
    });
    expect(again.summary).toContain(
      `| ${target.host}/prod/backend:v1.2.3 | \`${image.digest}\` | linux/amd64, linux/arm64 | unchanged | 0 | 0 | 12 | 0 B |`,
    );
  });

  it("mounts within one registry", async () => {
    const image = await pushTestImage(target, "dev/mount:v1", { layers: 2 });
    const result = await promote({ source: image.reference, targets: `${target.host}/staging/mount:v1` });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ "copied-blobs": "0", "mounted-blobs": "6", "copied-bytes": "0" });
    expect(await inspectRaw(`${target.host}/staging/mount:v1`)).toBe(await inspectRaw(image.reference));
  });

  it("dry-run reports what would be copied and writes nothing", async () => {
    const image = await pushTestImage(source, "dev/dry:v1", { layers: 1 });
    const result = await promote({ source: image.reference, targets: `${target.host}/prod/dry`, "dry-run": "true" });
    expect(result.exitCode).toBe(0);
    expect(result.outputs["copied-blobs"]).toBe("4");
    expect(result.summary).toContain("dry run");
    expect(await listTags(`${target.host}/prod/dry`)).toEqual([]);
  });

  it("refuses to move a tag that holds another digest, naming both; overwrite moves it", async () => {
    const first = await pushTestImage(source, "dev/ow:v1", { layers: 1 });
    const second = await pushTestImage(source, "dev/ow:v2", { layers: 1 });
    expect((await promote({ source: first.reference, targets: `${target.host}/prod/ow:live` })).exitCode).toBe(0);
    const refused = await promote({ source: second.reference, targets: `${target.host}/prod/ow:live` });
    expect(refused.exitCode).not.toBe(0);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toContain('Input "targets"');
    expect(refused.errors[0]).toContain(first.digest);
    expect(refused.errors[0]).toContain(second.digest);
    expect(JSON.parse(await inspectRaw(`${target.host}/prod/ow:live`))).toEqual(
      JSON.parse(await inspectRaw(first.reference)),
    );
    const moved = await promote({
      source: second.reference,
      targets: `${target.host}/prod/ow:live`,
      overwrite: "true",
    });
    expect(moved.exitCode).toBe(0);
    expect(JSON.parse(await inspectRaw(`${target.host}/prod/ow:live`))).toEqual(
      JSON.parse(await inspectRaw(second.reference)),
    );
  });

  it("puts the first target's tag back when the second registry refuses its tag, and says so in one line", async () => {
    const second = await startRegistry({ auth: "anonymous" });
    const proxy = await startFaultProxy(second.url);
    try {
      const old = await pushTestImage(source, "dev/two:v1", { layers: 1 });
      const fresh = await pushTestImage(source, "dev/two:v2", { layers: 2 });
      const targets = [`${target.host}/prod/two:live`, `${proxy.host}/prod/two:live`];
      expect((await promote({ source: old.reference, targets: targets.join("\n") })).exitCode).toBe(0);
      proxy.inject({ kind: "status", status: 403, match: /^PUT \/v2\/prod\/two\/manifests\/live$/ });

      const result = await promote({ source: fresh.reference, targets: targets.join("\n"), overwrite: "true" });

      expect(result.exitCode).not.toBe(0);
      expect(proxy.stats.fired.status).toBe(1);
      expect(result.errors).toHaveLength(1);
      const [line = ""] = result.errors;
      expect(line).toContain(`Input "targets": ${JSON.stringify(targets[1])} was denied by ${proxy.host} (HTTP 403`);
      expect(line).toContain(`tags written before the failure: ${target.host}/prod/two:live restored to ${old.digest}`);
      expect(result.outputs).toEqual({});
      for (const host of [target.host, second.host]) {
        expect(JSON.parse(await inspectRaw(`${host}/prod/two:live`))).toEqual(
          JSON.parse(await inspectRaw(old.reference)),
        );
      }
    } finally {
      await proxy.stop();
      await second.stop();
    }
  });

  it("a registry that answers 503 on every retry fails in one line, no stack, and no tag is written", async () => {
    const failing = await startRegistry({ auth: "anonymous" });
    const proxy = await startFaultProxy(failing.url);
    try {
      const image = await pushTestImage(source, "dev/down:v1", { layers: 1 });
      const targetRef = `${proxy.host}/prod/down:v1`;
      proxy.inject({ kind: "status", status: 503, times: 1000, match: /^PUT \/v2\/prod\/down\/manifests\// });

      const result = await promote({ source: image.reference, targets: targetRef });

      expect(result.exitCode).not.toBe(0);
      expect(proxy.stats.fired.status).toBeGreaterThan(1);
      expect(result.errors).toHaveLength(1);
      const [line = ""] = result.errors;
      const prefix = `${proxy.host} kept failing for targets ${JSON.stringify(targetRef)}: PUT `;
      const suffix = "; try again later, or check that registry's status.";
      expect(line.slice(0, prefix.length)).toBe(prefix);
      expect(line).toContain("HTTP 503");
      expect(line.slice(-suffix.length)).toBe(suffix);
      expect(result.log).not.toMatch(/^\s+at /m);
      expect(result.outputs).toEqual({});
      expect(await listTags(`${failing.host}/prod/down`)).toEqual([]);
    } finally {
      await proxy.stop();
      await failing.stop();
    }
  });

  it("authenticates to the ECR stand-in through GitHub OIDC -> STS -> GetAuthorizationToken", async () => {
    let oidc: OidcFake | undefined;
    let aws: AwsFake | undefined;
    const ecr = await startRegistry({ auth: "basic", username: "AWS" });
    try {
      oidc = await startOidcFake();
      aws = await startAwsFake({
        oidc,
        roles: [{ arn: ROLE, trust: { audience: "sts.amazonaws.com", subject: "repo:octo-org/app:ref:refs/heads/*" } }],
        registry: { endpoint: ecr.url, username: ecr.username, password: ecr.password },
      });
      const image = await pushTestImage(source, "dev/ecr:v9", { layers: 1 });
      const result = await runBundledAction("promote-image", {
        inputs: {
          source: image.reference,
          targets: `${ecr.host}/prod-backend`,
          "aws-region": "eu-central-1",
          "role-to-assume": ROLE,
        },
        env: {
          ...env(),
          ...aws.env(),
          ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        },
      });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(aws.calls.map((c) => c.operation)).toEqual(
        expect.arrayContaining(["AssumeRoleWithWebIdentity", "GetAuthorizationToken"]),
      );
      expect(result.masked).toContain(ecr.password);
      expectNoSecretIn(result, ecr.password, ...oidc.issuedTokens);
      expect(await inspectRaw(`${ecr.host}/prod-backend:v9`)).toBe(await inspectRaw(image.reference));
    } finally {
      await aws?.stop();
      await oidc?.stop();
      await ecr.stop();
    }
  });
});

describe("promote-image bad input: one line naming the input and the reference; nothing written", () => {
  let image: { reference: string; digest: string };
  let closedPort: number;
  /** A registry where `reader` may pull but not push. */
  let readOnly: TestRegistry;
  /** A docker config with a wrong password for the source. */
  let wrongConfig: string;
  beforeAll(async () => {
    readOnly = await startRegistry({
      auth: "bearer",
      users: { reader: { password: "reader-pass", actions: ["pull"] } },
    });
    image = await pushTestImage(source, "dev/bad:v1", { layers: 1 });
    closedPort = await freePort();
    wrongConfig = mkdtempSync(path.join(os.tmpdir(), "docker-config-"));
    const auth = Buffer.from(`${source.username}:not-the-password`).toString("base64");
    writeFileSync(path.join(wrongConfig, "config.json"), JSON.stringify({ auths: { [source.host]: { auth } } }));
  });
  afterAll(async () => {
    await readOnly?.stop();
    if (wrongConfig) rmSync(wrongConfig, { recursive: true, force: true });
  });

  const cases: {
    name: string;
    inputs: () => Record<string, string>;
    env?: () => Record<string, string>;
    input: string;
    value: () => string;
    says: RegExp;
  }[] = [
    {
      name: "a malformed source",
      inputs: () => ({ source: "Not A/Reference!", targets: `${target.host}/prod/bad1` }),
      input: "source",
      value: () => "Not A/Reference!",
      says: /not a valid image reference/,
    },
    {
      name: "a malformed target",
      inputs: () => ({ source: image.reference, targets: `${target.host}/prod/bad2:bad tag` }),
      input: "targets",
      value: () => `${target.host}/prod/bad2:bad tag`,
      says: /not a valid image reference/,
    },
    {
      name: "an unknown source tag",
      inputs: () => ({ source: `${source.host}/dev/bad:nope`, targets: `${target.host}/prod/bad3` }),
      input: "source",
      value: () => `${source.host}/dev/bad:nope`,
      says: /was not found .*MANIFEST_UNKNOWN/,
    },
    {
      name: "a target equal to the source",
      inputs: () => ({ source: image.reference, targets: `${source.host}/dev/bad` }),
      input: "targets",
      value: () => `${source.host}/dev/bad`,
      says: /is the source itself/,
    },
    {
      name: "an unreachable target registry",
      inputs: () => ({ source: image.reference, targets: `127.0.0.1:${closedPort}/prod/bad5` }),
      input: "targets",
      value: () => `127.0.0.1:${closedPort}/prod/bad5`,
      says: /could not be reached/,
    },
    {
      name: "denied target credentials",
      inputs: () => ({ source: image.reference, targets: `${target.host}/prod/bad6`, password: "wrong-password" }),
      input: "targets",
      value: () => `${target.host}/prod/bad6`,
      says: /was denied by .*401/,
    },
    {
      name: "an unreachable source registry",
      inputs: () => ({ source: `127.0.0.1:${closedPort}/dev/app:v1`, targets: `${target.host}/prod/bad7` }),
      input: "source",
      value: () => `127.0.0.1:${closedPort}/dev/app:v1`,
      says: /could not be reached/,
    },
    {
      name: "denied source credentials (a docker config with a wrong password)",
      inputs: () => ({ source: image.reference, targets: `${target.host}/prod/bad8` }),
      env: () => ({ DOCKER_CONFIG: wrongConfig }),
      input: "source",
      value: () => image.reference,
      says: /was denied by .*401/,
    },
    {
      name: "a denied push (credentials that may pull but not push)",
      inputs: () => ({
        source: image.reference,
        targets: `${readOnly.host}/prod/bad9`,
        username: "reader",
        password: "reader-pass",
      }),
      input: "targets",
      value: () => `${readOnly.host}/prod/bad9`,
      says: /was denied by .*(401|403)/,
    },
    {
      name: "a target naming a digest other than the source's",
      inputs: () => ({ source: image.reference, targets: `${target.host}/prod/bad10@sha256:${"0".repeat(64)}` }),
      input: "targets",
      value: () => `${target.host}/prod/bad10@sha256:${"0".repeat(64)}`,
      says: /names digest sha256:0{64} but the source is sha256:[a-f0-9]{64}/,
    },
  ];

  it.each(cases)("$name", async ({ inputs, env: caseEnv, input, value, says }) => {
    const result = await promote(inputs(), caseEnv?.() ?? {});
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    const [line = ""] = result.errors;
    expect(line).toContain(`Input "${input}"`);
    expect(line).toContain(JSON.stringify(value()));
    expect(line).toMatch(says);
    expect(line).not.toContain("\n");
    expect(result.outputs).toEqual({});
    expect(result.log).not.toMatch(/^\s+at /m);
    for (const repo of ["bad1", "bad2", "bad3", "bad5", "bad6", "bad7", "bad8", "bad10"]) {
      expect(await listTags(`${target.host}/prod/${repo}`)).toEqual([]);
    }
    expect(await listTags(`${readOnly.host}/prod/bad9`)).toEqual([]);
    // Not even content: the registry creates a repository's directory on its first write (an upload, a link).
    for (const [registry, repo] of [
      ...["bad1", "bad2", "bad3", "bad5", "bad6", "bad7", "bad8", "bad10"].map((r) => [target, r] as const),
      [readOnly, "bad9"] as const,
    ]) {
      expect(existsSync(path.join(registry.dataDir, "docker/registry/v2/repositories/prod", repo))).toBe(false);
    }
  });
});
