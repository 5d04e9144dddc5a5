import { describe, expect, it } from "@jest/globals";
import { single } from "./helpers.ts";

// Expected results from "Workflow syntax for GitHub Actions" (steps, shell, defaults, env),
// "Workflow commands for GitHub Actions" (environment files, masking, groups) and "Contexts".
describe("steps", () => {
  it("env precedence: workflow < job < GITHUB_ENV < step", async () => {
    const { result } = await single(`
on: push
env: { A: workflow, B: workflow, C: workflow, D: workflow }
jobs:
  j:
    runs-on: ubuntu-latest
    env: { B: job, C: job, D: job }
    outputs: { seen: "\${{ steps.s.outputs.seen }}" }
    steps:
      - run: echo "C=from-env-file" >> "$GITHUB_ENV"
      - id: s
        env: { D: step }
        run: echo "seen=$A $B $C $D" >> "$GITHUB_OUTPUT"
`);
    expect(result.jobs.j?.outputs.seen).toBe("workflow job from-env-file step");
  });

  it("the default shell is bash -e (no pipefail); shell: bash adds -o pipefail", async () => {
    const { result } = await single(`
on: push
jobs:
  plain:
    runs-on: ubuntu-latest
    steps: [{ run: "false | true" }]
  strict:
    runs-on: ubuntu-latest
    steps: [{ run: "false | true", shell: bash }]
`);
    expect(result.jobs.plain?.conclusion).toBe("success");
    expect(result.jobs.strict?.conclusion).toBe("failure");
  });

  it("defaults.run (workflow, then job) sets shell and working-directory; a step's own wins", async () => {
    const { result } = await single(`
on: push
defaults:
  run:
    shell: sh
jobs:
  j:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: sub
    outputs: { where: "\${{ steps.a.outputs.where }}", own: "\${{ steps.b.outputs.where }}" }
    steps:
      - run: mkdir -p "$GITHUB_WORKSPACE/sub/deeper"
        working-directory: .
      - id: a
        run: echo "where=$(basename "$PWD") \${BASH_VERSION:-sh}" >> "$GITHUB_OUTPUT"
      - id: b
        working-directory: sub/deeper
        run: echo "where=$(basename "$PWD")" >> "$GITHUB_OUTPUT"
`);
    expect(result.jobs.j?.outputs.where).toMatch(/^sub sh$/);
    expect(result.jobs.j?.outputs.own).toBe("deeper");
  });

  it("a custom shell template runs the script file in {0}", async () => {
    const { result } = await single(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs: { v: "\${{ steps.n.outputs.v }}" }
    steps:
      - id: n
        shell: node {0}
        run: require("fs").appendFileSync(process.env.GITHUB_OUTPUT, "v=" + (6 * 7) + "\\n")
`);
    expect(result.jobs.j?.outputs.v).toBe("42");
  });

  it("${{ }} is substituted into the script text before it runs", async () => {
    const { log } = await single(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo "event=\${{ github.event_name }} ref=\${{ github.ref }} repo=\${{ github.repository }} os=\${{ runner.os }}"
`);
    expect(log.text("j")).toContain("event=push ref=refs/heads/main repo=octo-org/app os=Linux");
  });

  it("GITHUB_OUTPUT multi-line values, GITHUB_PATH, GITHUB_STEP_SUMMARY", async () => {
    const { result, log } = await single(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs: { notes: "\${{ steps.o.outputs.notes }}", tool: "\${{ steps.p.outputs.tool }}" }
    steps:
      - id: o
        run: |
          {
            echo "notes<<EOF"
            echo "line one"
            echo "line two"
            echo "EOF"
          } >> "$GITHUB_OUTPUT"
          echo "### summary here" >> "$GITHUB_STEP_SUMMARY"
      - run: |
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\\necho mytool-ran\\n' > "$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - id: p
        run: echo "tool=$(mytool)" >> "$GITHUB_OUTPUT"
`);
    expect(result.jobs.j?.outputs.notes).toBe("line one\nline two");
    expect(result.jobs.j?.outputs.tool).toBe("mytool-ran");
    expect(log.text("j")).toContain("### summary here");
  });

  it("::add-mask:: masks the value in every later line; secrets are masked; ::group:: and ::error:: are read", async () => {
    const { log } = await single(
      `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "before s3cr3t-value"
          echo "::add-mask::s3cr3t-value"
          echo "after s3cr3t-value"
          echo "::group::Details"
          echo "in the group"
          echo "::endgroup::"
          echo "::warning::careful"
      - env:
          PASSWORD: \${{ secrets.PASSWORD }}
        run: |
          echo "again s3cr3t-value and $PASSWORD"
          echo "::error file=a.txt,line=3::broken \${{ secrets.PASSWORD }}"
`,
      { secrets: { PASSWORD: "hunter22" } },
    );
    const text = log.text("j");
    expect(text).toContain("before s3cr3t-value");
    expect(text).toContain("after ***");
    expect(text).toContain("again *** and ***");
    expect(text).not.toContain("hunter22");
    expect(text).toContain("▾ Details");
    expect(log.annotations).toEqual(
      expect.arrayContaining([
        { job: "j", kind: "warning", message: "careful" },
        { job: "j", kind: "error", message: "broken *** (file=a.txt,line=3)" },
      ]),
    );
  });

  it("continue-on-error: outcome failure, conclusion success; later steps see success()", async () => {
    const { result } = await single(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.after.outputs.seen }}
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - id: after
        run: echo "seen=\${{ steps.flaky.outcome }}/\${{ steps.flaky.conclusion }}" >> "$GITHUB_OUTPUT"
`);
    expect(result.jobs.j?.conclusion).toBe("success");
    expect(result.jobs.j?.outputs.seen).toBe("failure/success");
  });

  it("step if: success() skips after a failure, failure() and always() run, cancelled() does not", async () => {
    const { log, result } = await single(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: exit 2
      - name: skipped
        run: echo no
      - name: on failure
        if: failure()
        run: echo yes
      - name: always
        if: always()
        run: echo yes
      - name: on cancel
        if: cancelled()
        run: echo no
`);
    const byName = Object.fromEntries(log.steps.map((s) => [s.step, s.conclusion]));
    expect(byName).toMatchObject({
      skipped: "skipped",
      "on failure": "success",
      always: "success",
      "on cancel": "skipped",
    });
    expect(result.jobs.j?.conclusion).toBe("failure");
  });

  it("expression functions: format, join, contains, startsWith, endsWith, toJSON, fromJSON, hashFiles", async () => {
    const { result } = await single(
      `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      f: \${{ format('{0}-{1}', 'a', 2) }}
      j: \${{ join(fromJSON('["x","y"]'), '+') }}
      c: \${{ contains('platform', 'form') && startsWith('platform', 'plat') && endsWith('platform', 'orm') }}
      t: \${{ toJSON(fromJSON('{"k":1}')) }}
      h: \${{ steps.h.outputs.h }}
      none: \${{ steps.h.outputs.none }}
    steps:
      - uses: actions/checkout@v4
      - id: h
        run: |
          echo "h=\${{ hashFiles('data/*.txt') }}" >> "$GITHUB_OUTPUT"
          echo "none=\${{ hashFiles('nothing/**') }}" >> "$GITHUB_OUTPUT"
`,
      {},
      { "data/a.txt": "a\n", "data/b.txt": "b\n" },
    );
    const outputs = result.jobs.j?.outputs ?? {};
    expect(outputs.f).toBe("a-2");
    expect(outputs.j).toBe("x+y");
    expect(outputs.c).toBe("true");
    expect(outputs.t).toBe('{\n  "k": 1\n}');
    expect(outputs.h).toMatch(/^[0-9a-f]{64}$/);
    expect(outputs.none).toBe("");
  });

  it("a job output holding a secret is skipped, as GitHub does", async () => {
    const { result, log } = await single(
      `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      leak: \${{ steps.s.outputs.leak }}
    steps:
      - id: s
        run: echo "leak=\${{ secrets.TOKEN }}" >> "$GITHUB_OUTPUT"
`,
      { secrets: { TOKEN: "abc123secret" } },
    );
    expect(result.jobs.j?.outputs.leak).toBeUndefined();
    expect(log.annotations.map((a) => a.message)).toContain("Skip output 'leak' since it may contain secret.");
  });

  it("step timeout-minutes stops the step; the job fails unless the step continues on error", async () => {
    const { result, log } = await single(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - timeout-minutes: 0.02
        continue-on-error: true
        run: sleep 30
      - run: echo went-on
      - timeout-minutes: 0.02
        run: sleep 30
`);
    expect(log.text("j")).toContain("went-on");
    expect(log.errors()).toContain("has timed out after 0.02 minutes");
    expect(result.jobs.j?.conclusion).toBe("failure");
  });
});
