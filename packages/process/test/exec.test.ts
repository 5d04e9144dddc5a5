import { describe, expect, it } from "@jest/globals";
import {
  childEnvironment,
  createNodeExec,
  mapLimit,
  nodeExec,
  OIDC_REQUEST_VARIABLES,
  withOverrides,
} from "../src/index.ts";

describe("nodeExec", () => {
  it("collects output, feeds stdin and resolves with a failing exit code", async () => {
    const result = await nodeExec("sh", ["-c", 'read line; echo "got $line"; echo oops >&2; exit 3'], {
      stdin: "secret-from-stdin\n",
    });
    expect(result).toEqual({ exitCode: 3, stdout: "got secret-from-stdin\n", stderr: "oops\n" });
  });

  it("hands each line to the hooks, a last line without newline included", async () => {
    const out: string[] = [];
    const err: string[] = [];
    await nodeExec("sh", ["-c", "printf 'a\\nb\\nc'; printf 'e1\\n' >&2"], {
      onStdoutLine: (line) => out.push(line),
      onStderrLine: (line) => err.push(line),
    });
    expect(out).toEqual(["a", "b", "c"]);
    expect(err).toEqual(["e1"]);
  });

  it("keeps a large output whole", async () => {
    const result = await nodeExec("sh", ["-c", "head -c 20000000 /dev/zero | tr '\\0' x"]);
    expect(result.stdout.length).toBe(20_000_000);
  });

  it("runs in cwd", async () => {
    expect((await nodeExec("pwd", [], { cwd: "/" })).stdout).toBe("/\n");
  });

  it("adds and removes variables, and never hands the step's inputs to a child", async () => {
    process.env.INPUT_PASSWORD = "input-secret";
    try {
      const result = await nodeExec("sh", ["-c", "env"], { env: { EXTRA: "1", HOME: undefined } });
      expect(result.stdout).toContain("EXTRA=1");
      expect(result.stdout).not.toMatch(/^HOME=/m);
      expect(result.stdout).not.toContain("input-secret");
    } finally {
      delete process.env.INPUT_PASSWORD;
    }
  });

  it("uses the base environment it was created with", async () => {
    const exec = createNodeExec({ env: { PATH: process.env.PATH, ONLY: "this" } });
    const result = await exec("sh", ["-c", "env"], { env: { MORE: "2" } });
    expect(result.stdout).toMatch(/^ONLY=this$/m);
    expect(result.stdout).toMatch(/^MORE=2$/m);
    expect(result.stdout).not.toMatch(/^HOME=/m);
  });

  it("kills a command that outlives its timeout", async () => {
    const result = await createNodeExec({ timeoutMs: 200 })("sleep", ["30"]);
    expect(result.exitCode).toBe(128);
  });

  it("names a missing command", async () => {
    await expect(nodeExec("no-such-command-here", [])).rejects.toThrow(
      "no-such-command-here is not installed or not on PATH",
    );
  });

  it("leaves no timer behind when a command with a timeout cannot start", async () => {
    // In a process of its own, so jest's timers are not counted: after the rejection,
    // nothing may keep the event loop alive (spawn's own timeout option did, for 30 s).
    const script = `
      import { createNodeExec } from ${JSON.stringify(new URL("../src/index.ts", import.meta.url).href)};
      await createNodeExec({ timeoutMs: 600000 })("no-such-command-here", []).catch(() => {});
      console.log(JSON.stringify(process.getActiveResourcesInfo()));
      process.exit(0);`;
    const result = await nodeExec(process.execPath, ["--input-type=module", "-e", script]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).not.toContain("Timeout");
  });
});

describe("childEnvironment", () => {
  const env = {
    PATH: "/bin",
    INPUT_PASSWORD: "x",
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: "t",
    ACTIONS_ID_TOKEN_REQUEST_URL: "u",
    ACTIONS_RUNTIME_TOKEN: "r",
  };

  it.each([
    [undefined, { PATH: "/bin", ACTIONS_RUNTIME_TOKEN: "r" }],
    [
      { keep: OIDC_REQUEST_VARIABLES },
      {
        PATH: "/bin",
        ACTIONS_RUNTIME_TOKEN: "r",
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: "t",
        ACTIONS_ID_TOKEN_REQUEST_URL: "u",
      },
    ],
    [{ keep: ["INPUT_PASSWORD"] }, { PATH: "/bin", ACTIONS_RUNTIME_TOKEN: "r" }],
  ])("with %j", (options, expected) => {
    expect(childEnvironment(env, options)).toEqual(expected);
  });

  it("applies overrides", () => {
    expect(withOverrides({ A: "1", B: "2" }, { B: undefined, C: "3" })).toEqual({ A: "1", C: "3" });
  });
});

describe("mapLimit", () => {
  it("keeps order and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return n * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });

  it("answers an empty list", async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
