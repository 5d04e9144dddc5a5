import { describe, expect, it } from "@jest/globals";
import { rehearseFiles, single } from "./helpers.ts";

// "Metadata syntax for GitHub Actions" (runs.pre/main/post, post-if, composite outputs) and
// "Workflow syntax" (jobs.<job_id>.steps[*].uses).
const nodeAction = {
  "actions/hello/action.yml": `
name: hello
description: says hello
inputs:
  who:
    description: who
    required: true
  greeting:
    description: greeting
    default: Hello
outputs:
  said:
    description: what it said
runs:
  using: node24
  pre: pre.js
  main: main.js
  post: post.js
`,
  "actions/hello/pre.js": `console.log("pre of hello");\n`,
  "actions/hello/main.js": `
const fs = require("node:fs");
const said = process.env.INPUT_GREETING + ", " + process.env.INPUT_WHO;
console.log(said);
fs.appendFileSync(process.env.GITHUB_OUTPUT, "said=" + said + "\\n");
fs.appendFileSync(process.env.GITHUB_STATE, "who=" + process.env.INPUT_WHO + "\\n");
if (process.env.INPUT_WHO === "fail") process.exit(1);
`,
  "actions/hello/post.js": `console.log("post for " + process.env.STATE_who);\n`,
  "actions/twice/action.yml": `
name: twice
description: composite
inputs:
  word: { description: w, required: true }
outputs:
  result:
    description: r
    value: \${{ steps.join.outputs.result }}
runs:
  using: composite
  steps:
    - id: join
      shell: bash
      env:
        WORD: \${{ inputs.word }}
      run: echo "result=$WORD$WORD" >> "$GITHUB_OUTPUT"
    - shell: bash
      run: echo "ACTION_PATH=$GITHUB_ACTION_PATH" >> "$GITHUB_ENV"
`,
};

describe("uses", () => {
  it("a local node action after checkout: INPUT_*, defaults, outputs, GITHUB_STATE to its post step", async () => {
    const { result, log } = await rehearseFiles(
      {
        ...nodeAction,
        ".github/workflows/w.yml": `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs: { said: "\${{ steps.hi.outputs.said }}" }
    steps:
      - uses: actions/checkout@v4
      - id: hi
        uses: ./actions/hello
        with:
          who: world
`,
      },
      "w.yml",
    );
    expect(result.jobs.j?.conclusion).toBe("success");
    expect(result.jobs.j?.outputs.said).toBe("Hello, world");
    expect(log.text("j")).toContain("post for world");
  });

  it("post steps run in reverse order, also after a failure", async () => {
    const { result, log } = await rehearseFiles(
      {
        ...nodeAction,
        ".github/workflows/w.yml": `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./actions/hello
        with: { who: first }
      - uses: ./actions/hello
        with: { who: second }
      - uses: ./actions/hello
        with: { who: fail }
      - run: echo never
`,
      },
      "w.yml",
    );
    expect(result.jobs.j?.conclusion).toBe("failure");
    const posts = log.lines.filter((l) => l.text.startsWith("post for")).map((l) => l.text);
    expect(posts).toEqual(["post for fail", "post for second", "post for first"]);
    expect(log.text("j")).not.toContain("never");
  });

  it("pre: runs at the job's start for this suite's actions (owner/platform/actions/<name>@ref)", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const suiteDir = mkdtempSync(path.join(os.tmpdir(), "suite-"));
    for (const [name, content] of Object.entries(nodeAction)) {
      mkdirSync(path.dirname(path.join(suiteDir, name)), { recursive: true });
      writeFileSync(path.join(suiteDir, name), content);
    }
    const { result, log } = await single(
      `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo first step
      - uses: acme-corp/platform/actions/hello@v1
        with: { who: suite }
`,
      { suite: { name: "platform", dir: suiteDir } },
    );
    expect(result.jobs.j?.conclusion).toBe("success");
    const lines = log.lines.map((l) => l.text);
    expect(lines.indexOf("pre of hello")).toBeLessThan(lines.indexOf("first step"));
    expect(lines).toContain("Hello, suite");
    const { rmSync } = await import("node:fs");
    rmSync(suiteDir, { recursive: true, force: true });
  });

  it("a composite action: its own inputs and steps contexts, outputs mapped, GITHUB_ENV reaching the job", async () => {
    const { result } = await rehearseFiles(
      {
        ...nodeAction,
        ".github/workflows/w.yml": `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      result: \${{ steps.t.outputs.result }}
      path: \${{ steps.p.outputs.path }}
    steps:
      - uses: actions/checkout@v4
      - id: t
        uses: ./actions/twice
        with: { word: ab }
      - id: p
        run: echo "path=$(basename "$ACTION_PATH")" >> "$GITHUB_OUTPUT"
`,
      },
      "w.yml",
    );
    expect(result.jobs.j?.outputs).toEqual({ result: "abab", path: "twice" });
  });

  it("a local action before checkout fails with GitHub's message", async () => {
    const { result, log } = await rehearseFiles(
      {
        ...nodeAction,
        ".github/workflows/w.yml": "on: push\njobs:\n  j:\n    runs-on: x\n    steps:\n      - uses: ./actions/hello\n",
      },
      "w.yml",
    );
    expect(result.jobs.j?.conclusion).toBe("failure");
    expect(log.errors()).toContain("Did you forget to run actions/checkout before running your local action?");
  });

  it("an unknown uses: fails the step with one line naming it; nothing is skipped silently", async () => {
    const { result, log } = await single(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: some-org/some-action@0123456789abcdef0123456789abcdef01234567
      - run: echo not reached
`);
    expect(result.jobs.j?.conclusion).toBe("failure");
    expect(log.errors()).toMatch(
      /Unable to resolve action 'some-org\/some-action@0123456789abcdef0123456789abcdef01234567'/,
    );
    expect(log.text("j")).not.toContain("not reached");
  });

  it("setup-node stand-in: the machine's major passes, another major fails naming both", async () => {
    const major = process.versions.node.split(".")[0];
    const { result, log } = await single(`
on: push
jobs:
  ok:
    runs-on: ubuntu-latest
    steps: [{ uses: actions/setup-node@v4, with: { node-version: "${major}.x" } }]
  old:
    runs-on: ubuntu-latest
    steps: [{ uses: actions/setup-node@v4, with: { node-version: "18" } }]
`);
    expect(result.jobs.ok?.conclusion).toBe("success");
    expect(result.jobs.old?.conclusion).toBe("failure");
    expect(log.errors()).toContain(`Node 18 was asked for, this machine has ${process.versions.node}`);
  });

  it("artifacts: upload in one job, download in another; a missing one fails", async () => {
    const { result } = await single(`
on: push
jobs:
  make:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p out/sub && echo one > out/a.txt && echo two > out/sub/b.txt
      - uses: actions/upload-artifact@v4
        with: { name: bundle, path: out/ }
  use:
    needs: make
    runs-on: ubuntu-latest
    outputs: { content: "\${{ steps.r.outputs.content }}" }
    steps:
      - uses: actions/download-artifact@v4
        with: { name: bundle, path: got }
      - id: r
        run: echo "content=$(cat got/a.txt)+$(cat got/sub/b.txt)" >> "$GITHUB_OUTPUT"
  missing:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: nope }
`);
    expect(result.jobs.use?.outputs.content).toBe("one+two");
    expect(result.jobs.missing?.conclusion).toBe("failure");
  });
});

describe("the suite by its public name, pinned", () => {
  it("with refs: git, @v1 runs the tagged release's action and @main the branch's; with the default, the checkout", async () => {
    const { execFileSync } = await import("node:child_process");
    const { writeFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { makeRepo } = await import("./helpers.ts");
    const action =
      "name: say\ndescription: d\noutputs:\n  said: { description: s }\nruns:\n  using: node24\n  main: main.js\n";
    const main = (word: string) => `require("fs").appendFileSync(process.env.GITHUB_OUTPUT, "said=${word}\\n");\n`;
    const suiteDir = makeRepo({ "actions/say/action.yml": action, "actions/say/main.js": main("release one") });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: suiteDir, stdio: "ignore" });
    git("tag", "v1");
    writeFileSync(path.join(suiteDir, "actions/say/main.js"), main("release two"));
    git("commit", "-qam", "two");
    writeFileSync(path.join(suiteDir, "actions/say/main.js"), main("uncommitted three"));
    const workflow = `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      pinned: \${{ steps.a.outputs.said }}
      branch: \${{ steps.b.outputs.said }}
    steps:
      - { id: a, uses: acme/platform/actions/say@v1 }
      - { id: b, uses: acme/platform/actions/say@main }
`;
    const git_ = await single(workflow, { suite: { name: "platform", dir: suiteDir, refs: "git" } });
    expect(git_.result.jobs.j?.outputs).toEqual({ pinned: "release one", branch: "release two" });
    const checkout = await single(workflow, { suite: { name: "platform", dir: suiteDir } });
    expect(checkout.result.jobs.j?.outputs).toEqual({ pinned: "uncommitted three", branch: "uncommitted three" });
    const unknown = await single(workflow.replace("@v1", "@v9"), {
      suite: { name: "platform", dir: suiteDir, refs: "git" },
    });
    expect(unknown.log.errors()).toContain("Unable to resolve 'v9' in platform");
    const { rmSync } = await import("node:fs");
    const os = await import("node:os");
    for (const ref of ["v1", "main"]) {
      const commit = execFileSync("git", ["rev-parse", `${ref}^{commit}`], { cwd: suiteDir, encoding: "utf8" }).trim();
      rmSync(path.join(os.tmpdir(), `rehearsal-suite-${commit}`), { recursive: true, force: true });
    }
    rmSync(suiteDir, { recursive: true, force: true });
  });
});
