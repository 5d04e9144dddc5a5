import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { sha256Digest } from "@platform/oci";
import { buildWithoutBuildx, indexFor, labelDockerfile, legacyBuildArgs, OCI_INDEX } from "../src/legacy.ts";
import type { BuildPlan } from "../src/plan.ts";

describe("labelDockerfile", () => {
  it("puts every label in one quoted LABEL instruction, with no variable expansion", () => {
    expect(
      labelDockerfile("r/app:t", { "org.opencontainers.image.title": "app", note: 'a "quoted" $HOME \\ value' }),
    ).toBe(`FROM r/app:t
LABEL "org.opencontainers.image.title"="app" \\
      "note"="a \\"quoted\\" \\$HOME \\\\ value"
`);
  });
  it("is a plain FROM without labels", () => {
    expect(labelDockerfile("r/app:t", {})).toBe("FROM r/app:t\n");
  });
});

describe("legacyBuildArgs", () => {
  const plan = {
    file: "/w/Dockerfile",
    context: "/w",
    buildArgs: [["A", "1"]],
    target: "runtime",
  } as unknown as BuildPlan;
  it("builds one platform, without labels (they come in one step after), without --pull at first", () => {
    expect(legacyBuildArgs(plan, { os: "linux", architecture: "amd64" }, "r/app:t", false)).not.toContain("--pull");
  });
  it("sets BuildKit's TARGET* platform arguments, which the legacy builder leaves empty; the user's win", () => {
    const args = legacyBuildArgs(
      { ...plan, buildArgs: [["TARGETOS", "custom"]] } as unknown as BuildPlan,
      { os: "linux", architecture: "arm", variant: "v7" },
      "r/app:t",
      false,
    );
    const buildArgs = args.flatMap((arg, index) => (args[index - 1] === "--build-arg" ? [arg] : []));
    expect(buildArgs).toEqual(["TARGETPLATFORM=linux/arm/v7", "TARGETARCH=arm", "TARGETVARIANT=v7", "TARGETOS=custom"]);
  });
  it("pulls the bases again, uncached, when retrying", () => {
    expect(legacyBuildArgs(plan, { os: "linux", architecture: "arm64" }, "r/app:t-linux-arm64", true)).toEqual([
      "build",
      "--platform",
      "linux/arm64",
      "--file",
      "/w/Dockerfile",
      "--tag",
      "r/app:t-linux-arm64",
      "--no-cache",
      "--pull",
      "--target",
      "runtime",
      "--build-arg",
      "TARGETPLATFORM=linux/arm64",
      "--build-arg",
      "TARGETOS=linux",
      "--build-arg",
      "TARGETARCH=arm64",
      "--build-arg",
      "TARGETVARIANT=",
      "--build-arg",
      "A=1",
      "/w",
    ]);
  });
});

describe("indexFor", () => {
  it("is an OCI index with a platform per manifest, in order", () => {
    const bytes = indexFor([
      { platform: { os: "linux", architecture: "amd64" }, digest: "sha256:a", size: 1, mediaType: "m", contentSize: 0 },
      {
        platform: { os: "linux", architecture: "arm", variant: "v7" },
        digest: "sha256:b",
        size: 2,
        mediaType: "m",
        contentSize: 0,
      },
    ]);
    const index = JSON.parse(Buffer.from(bytes).toString("utf8"));
    expect(index.mediaType).toBe(OCI_INDEX);
    expect(index.manifests.map((m: { platform: unknown }) => m.platform)).toEqual([
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm", variant: "v7" },
    ]);
    expect(sha256Digest(bytes)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe("buildWithoutBuildx: the platform check", () => {
  const plan = {
    file: "/w/Dockerfile",
    context: "/w",
    buildArgs: [],
    labels: { a: "b" },
    tags: ["v1"],
    platforms: [{ os: "linux", architecture: "arm64" }],
    push: false,
  } as unknown as BuildPlan;

  function scripted(answers: { inspect: string[]; failLabelOnce?: boolean }) {
    const calls: string[] = [];
    let labelFailures = answers.failLabelOnce ? 1 : 0;
    const exec = async (_: string, args: string[]) => {
      const noCache = `${args.includes("--no-cache") ? " --no-cache" : ""}${args.includes("--pull") ? " --pull" : ""}`;
      if (args[0] === "image") {
        calls.push("inspect");
        return { exitCode: 0, stdout: `${answers.inspect.shift() ?? "linux/arm64"}\n`, stderr: "" };
      }
      const step = args.includes("/w/Dockerfile") ? "build" : "labels";
      calls.push(`${step}${noCache}`);
      if (step === "labels" && labelFailures > 0) {
        labelFailures--;
        return { exitCode: 1, stdout: "", stderr: "image was found but does not match the specified platform\n" };
      }
      return { exitCode: 0, stdout: "", stderr: "" };
    };
    return { calls, exec };
  }

  it("checks once when the platform is right", async () => {
    const t = scripted({ inspect: ["linux/arm64"] });
    await buildWithoutBuildx(plan, "r/app", { exec: t.exec, env: {}, logger: memoryLogger() });
    expect(t.calls).toEqual(["build", "labels", "inspect"]);
  });

  it("rebuilds everything without cache when the image has another platform", async () => {
    const t = scripted({ inspect: ["linux/amd64", "linux/arm64"] });
    await buildWithoutBuildx(plan, "r/app", { exec: t.exec, env: {}, logger: memoryLogger() });
    expect(t.calls).toEqual(["build", "labels", "inspect", "build --no-cache --pull", "labels --no-cache", "inspect"]);
  });

  it("rebuilds without cache when a step refuses another platform's cached image", async () => {
    const t = scripted({ inspect: ["linux/arm64"], failLabelOnce: true });
    await buildWithoutBuildx(plan, "r/app", { exec: t.exec, env: {}, logger: memoryLogger() });
    expect(t.calls).toEqual(["build", "labels", "build --no-cache --pull", "labels --no-cache", "inspect"]);
  });

  it("fails loudly when even the uncached build has the wrong platform", async () => {
    const t = scripted({ inspect: ["linux/amd64", "linux/amd64"] });
    await expect(buildWithoutBuildx(plan, "r/app", { exec: t.exec, env: {}, logger: memoryLogger() })).rejects.toThrow(
      "docker build --platform linux/arm64 produced an image for linux/amd64",
    );
  });
});

describe("buildWithoutBuildx: pushing each platform", () => {
  const plan = {
    file: "/w/Dockerfile",
    context: "/w",
    buildArgs: [],
    labels: {},
    tags: ["v1"],
    platforms: [
      { os: "linux", architecture: "amd64" },
      { os: "linux", architecture: "arm64" },
    ],
    push: true,
  } as unknown as BuildPlan;
  const manifest = (architecture: string) => Buffer.from(JSON.stringify({ schemaVersion: 2, architecture }));
  const store = {
    getManifest: async (_: string, reference: string) => ({
      bytes: manifest(reference.split("-").pop() ?? ""),
      mediaType: "application/vnd.oci.image.manifest.v1+json",
    }),
    putManifest: async () => undefined,
  };

  /** docker answering every build, and each push with the next of `pushes` (exit codes with stderr). */
  function scripted(pushes: { exitCode: number; stderr: string }[]) {
    const calls: string[] = [];
    const exec = async (_: string, args: string[]) => {
      if (args[0] === "image") {
        const ref = args.at(-1) ?? "";
        return { exitCode: 0, stdout: `linux/${ref.endsWith("arm64") ? "arm64" : "amd64"}\n`, stderr: "" };
      }
      if (args[0] === "push") {
        calls.push(`push ${args[1]}`);
        const answer = pushes.shift() ?? { exitCode: 0, stderr: "" };
        return { ...answer, stdout: "" };
      }
      // The amd64 push fails while arm64 builds: the build waits a moment.
      if (args.includes("linux/arm64")) await new Promise((resolve) => setTimeout(resolve, 50));
      return { exitCode: 0, stdout: "", stderr: "" };
    };
    return { calls, exec };
  }

  it("pushes again after a registry's 503 (docker does not retry a manifest), then writes the index", async () => {
    const t = scripted([{ exitCode: 1, stderr: "received unexpected HTTP status: 503 Service Unavailable\n" }]);
    const logger = memoryLogger();
    const result = await buildWithoutBuildx(plan, "r/app", {
      exec: t.exec,
      env: {},
      store,
      logger,
      pushPauseMs: () => 1,
    });
    expect(t.calls).toEqual(["push r/app:v1-linux-amd64", "push r/app:v1-linux-amd64", "push r/app:v1-linux-arm64"]);
    expect(result.digest).toMatch(/^sha256:/);
    expect(logger.lines.join("\n")).toContain("pushing again (attempt 2 of 3)");
  });

  it("a push that keeps failing fails the build with one ServiceError", async () => {
    const down = { exitCode: 1, stderr: "received unexpected HTTP status: 502 Bad Gateway\n" };
    const t = scripted([down, down, down]);
    const failure = buildWithoutBuildx(plan, "r/app", {
      exec: t.exec,
      env: {},
      store,
      logger: memoryLogger(),
      pushPauseMs: () => 1,
    });
    await expect(failure).rejects.toThrow(
      "Pushing r/app:v1-linux-amd64 failed (docker push exited with 1): received unexpected HTTP status: 502 Bad Gateway; the registry kept failing after 3 attempts, try again later",
    );
    await expect(failure).rejects.toHaveProperty("name", "ServiceError");
  });

  it("a push failing while the next platform builds is no unhandled rejection (Node would kill the step)", async () => {
    // In a plain Node process: Jest's realm does not end the process on an unhandled rejection.
    const dir = mkdtempSync(path.join(os.tmpdir(), "legacy-push-"));
    try {
      const script = path.join(dir, "push.ts");
      writeFileSync(
        script,
        `import { buildWithoutBuildx } from ${JSON.stringify(path.resolve(import.meta.dirname, "../src/legacy.ts"))};
const plan = { file: "/w/Dockerfile", context: "/w", buildArgs: [], labels: {}, tags: ["v1"], push: true,
  platforms: [{ os: "linux", architecture: "amd64" }, { os: "linux", architecture: "arm64" }] };
const exec = async (_, args) => {
  if (args[0] === "image") return { exitCode: 0, stdout: args.at(-1).endsWith("arm64") ? "linux/arm64" : "linux/amd64", stderr: "" };
  if (args[0] === "push") return { exitCode: 1, stdout: "", stderr: "unauthorized: authentication required" };
  if (args.includes("linux/arm64")) await new Promise((resolve) => setTimeout(resolve, 200));
  return { exitCode: 0, stdout: "", stderr: "" };
};
const store = { getManifest: async () => ({ bytes: new Uint8Array(), mediaType: "m" }), putManifest: async () => {} };
const logger = { info() {}, warning() {}, debug() {} };
try {
  await buildWithoutBuildx(plan, "r/app", { exec, env: {}, store, logger });
} catch (error) {
  console.log("rejected once: " + error.message);
}
`,
      );
      const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: dir });
      expect(stdout.trim()).toBe(
        "rejected once: Pushing r/app:v1-linux-amd64 failed (docker push exited with 1): unauthorized: authentication required",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("does not push again after a refusal (credentials are not transient)", async () => {
    const t = scripted([{ exitCode: 1, stderr: "unauthorized: authentication required\n" }]);
    await expect(
      buildWithoutBuildx(plan, "r/app", { exec: t.exec, env: {}, store, logger: memoryLogger(), pushPauseMs: () => 1 }),
    ).rejects.toThrow("unauthorized: authentication required");
    expect(t.calls.filter((call) => call.includes("amd64"))).toHaveLength(1);
  });
});
