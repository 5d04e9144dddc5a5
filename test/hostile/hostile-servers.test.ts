import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type FaultProxy, startFaultProxy } from "../harness/fault-proxy.ts";
import { createBareRepo } from "../harness/git.ts";
import { pushTestImage } from "../harness/images.ts";
import { startRegistry, type TestRegistry } from "../harness/registry.ts";
import { type ActionResult, runBundledAction } from "../harness/run-action.ts";
import { expectOneLineFailure, injectedCommands } from "./expect.ts";

/**
 * Hostile servers on loopback, through the bundled promote-image (`npm run build -- promote-image`):
 * a registry that points our credentials at another origin, that writes workflow commands into
 * its error bodies and headers, that answers headers no client should buffer.
 */
let source: TestRegistry;
let target: TestRegistry;
let proxy: FaultProxy;
let catcher: { url: string; authorizations: (string | undefined)[]; stop(): Promise<void> };

beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry({ auth: "anonymous" }), startRegistry({ auth: "basic" })]);
  await pushTestImage(source, "app:1.0.0", { platforms: ["linux/amd64"] });
  proxy = await startFaultProxy(target.url);
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    req.resume();
    req.on("end", () => {
      res.writeHead(401, { "www-authenticate": `Basic realm="elsewhere"`, "content-length": "0" });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  catcher = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorizations,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
});

afterAll(async () => {
  await Promise.all([proxy?.stop(), catcher?.stop(), source?.stop(), target?.stop()]);
});

function promote(): Promise<ActionResult> {
  return runBundledAction("promote-image", {
    inputs: {
      source: `${source.host}/app:1.0.0`,
      targets: `${proxy.host}/app:1.0.0`,
      username: target.username,
      password: target.password,
    },
    env: { ACTIONS_STEP_DEBUG: "true", RUNNER_DEBUG: "1" },
  });
}

describe("a hostile registry (bundled promote-image)", () => {
  it("gets no credentials sent to the other origin its upload Location names", async () => {
    proxy.clear();
    proxy.inject({
      kind: "headers",
      set: { location: `${catcher.url}/v2/app/blobs/uploads/elsewhere` },
      match: /^POST .*\/blobs\/uploads\//,
      times: Number.POSITIVE_INFINITY,
    });
    const result = await promote();
    expectOneLineFailure(result);
    expect(catcher.authorizations.length).toBeGreaterThan(0);
    expect(catcher.authorizations.filter(Boolean)).toEqual([]);
  });

  it("cannot run workflow commands from its error bodies and headers", async () => {
    proxy.clear();
    const message =
      "busy\n::warning::injected-by-registry\r::add-mask::injected\n  ::stop-commands::injected\n##[error]injected";
    proxy.inject({
      kind: "answer",
      status: 503,
      headers: {
        "content-type": "application/json",
        "www-authenticate": 'Basic realm="##[add-mask]injected"',
      },
      body: JSON.stringify({ errors: [{ code: "UNAVAILABLE", message }] }),
      match: /^PUT .*\/manifests\//,
      times: 2,
    });
    const result = await promote();
    expect(result.log).toContain("injected-by-registry");
    expect(injectedCommands(result.log)).toEqual([]);
    expect(result.masked).not.toContain("injected");
  });

  it("answering oversized headers is one line, not a stack", async () => {
    proxy.clear();
    proxy.inject({
      kind: "headers",
      set: { "x-filler": "a".repeat(64 * 1024) },
      match: /^(HEAD|GET|PUT) .*\/manifests\//,
      times: Number.POSITIVE_INFINITY,
    });
    const result = await promote();
    expectOneLineFailure(result);
    expect(result.errors[0]).toMatch(/not readable HTTP \(.*Header overflow\)/);
  });
});

describe("hostile repository content (bundled update-overlay)", () => {
  it("cannot run workflow commands or break the summary's code block from a file's lines", async () => {
    const repo = await createBareRepo({
      files: {
        "config/cm.yaml": [
          "apiVersion: v1",
          "kind: ConfigMap",
          "metadata:",
          "  name: web",
          "data:",
          "  script: |",
          "    ````",
          "    ::warning::injected-by-file",
          "    ##[add-mask]injected @octo-org/everyone <img src=x>",
          '  VERSION: "1"',
          "",
        ].join("\n"),
      },
    });
    try {
      const result = await runBundledAction("update-overlay", {
        workspace: await repo.workDir(),
        inputs: { set: 'config/cm.yaml:data.VERSION="2"', branch: "main" },
      });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.log).toContain("injected-by-file");
      expect(injectedCommands(result.log)).toEqual([]);
      expect(result.masked).not.toContain("injected");
      // The diff's ```` line sits inside a longer fence: the mention and the image stay code.
      const fence = /^(`{3,})diff$/m.exec(result.summary)?.[1] ?? "";
      expect(fence.length).toBeGreaterThan(4);
      const inside = result.summary.split(`${fence}diff\n`)[1]?.split(`\n${fence}`)[0] ?? "";
      expect(inside).toContain("@octo-org/everyone <img src=x>");
    } finally {
      await repo.cleanup();
    }
  });
});
