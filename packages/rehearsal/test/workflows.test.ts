import { describe, expect, it } from "@jest/globals";
import { ConcurrencyGroups, RESTRICTED_DEFAULT } from "../src/index.ts";
import { rehearseFiles, single } from "./helpers.ts";

// "Reusing workflows" (inputs, secrets, outputs, nesting, permissions), "Events that trigger
// workflows" (workflow_dispatch inputs), "Control the concurrency of workflows and jobs" and
// "Controlling permissions for GITHUB_TOKEN".
const called = `
on:
  workflow_call:
    inputs:
      name: { type: string, required: true }
      count: { type: number, default: 2 }
      loud: { type: boolean, default: false }
    secrets:
      api-key: { required: true }
    outputs:
      greeting:
        value: \${{ jobs.greet.outputs.greeting }}
      nested:
        value: \${{ jobs.inner.outputs.deep }}
jobs:
  greet:
    runs-on: ubuntu-latest
    outputs:
      greeting: \${{ steps.g.outputs.greeting }}
    steps:
      - id: g
        env:
          NAME: \${{ inputs.name }}
          KEY: \${{ secrets.api-key }}
        run: |
          echo "key is $KEY"
          echo "greeting=hi $NAME x\${{ inputs.count }} loud=\${{ inputs.loud }} \${{ inputs.count == 3 && 'typed' || 'untyped' }}" >> "$GITHUB_OUTPUT"
  inner:
    uses: ./.github/workflows/inner.yml
`;
const inner = `
on:
  workflow_call:
    outputs:
      deep: { value: "\${{ jobs.leaf.outputs.deep }}" }
jobs:
  leaf:
    runs-on: ubuntu-latest
    outputs: { deep: "\${{ steps.d.outputs.deep }}" }
    steps:
      - id: d
        run: echo "deep=from leaf" >> "$GITHUB_OUTPUT"
`;

describe("reusable workflows", () => {
  it("typed inputs with defaults, named secrets (masked), outputs from called jobs, nesting, job keys 'caller / called'", async () => {
    const { result, log } = await rehearseFiles(
      {
        ".github/workflows/called.yml": called,
        ".github/workflows/inner.yml": inner,
        ".github/workflows/caller.yml": `
on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
    with:
      name: octo
      count: 3
    secrets:
      api-key: \${{ secrets.KEY }}
  after:
    needs: call
    runs-on: ubuntu-latest
    outputs: { got: "\${{ steps.o.outputs.got }}" }
    steps:
      - id: o
        env:
          G: \${{ needs.call.outputs.greeting }}
          N: \${{ needs.call.outputs.nested }}
        run: echo "got=$G / $N" >> "$GITHUB_OUTPUT"
`,
      },
      "caller.yml",
      { secrets: { KEY: "the-api-key-value" } },
    );
    expect(result.conclusion).toBe("success");
    expect(Object.keys(result.jobs)).toEqual(
      expect.arrayContaining(["call", "call / greet", "call / inner", "call / inner / leaf", "after"]),
    );
    expect(result.jobs.after?.outputs.got).toBe("hi octo x3 loud=false typed / from leaf");
    expect(log.text()).toContain("key is ***");
  });

  it("the reporter hears each job's needs (called jobs keyed 'caller / called') and its outputs", async () => {
    const { log } = await rehearseFiles(
      {
        ".github/workflows/called.yml": called,
        ".github/workflows/inner.yml": inner,
        ".github/workflows/caller.yml": `
on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
    with: { name: octo }
    secrets: { api-key: a-key-in-no-output }
  after:
    needs: call
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
`,
      },
      "caller.yml",
    );
    expect(log.planned).toEqual(
      expect.arrayContaining([
        { job: "call", needs: [] },
        { job: "after", needs: ["call"] },
        { job: "call / greet", needs: [] },
        { job: "call / inner / leaf", needs: [] },
      ]),
    );
    expect(log.finished).toEqual(
      expect.arrayContaining([
        { job: "call / inner / leaf", conclusion: "success", outputs: { deep: "from leaf" } },
        {
          job: "call",
          conclusion: "success",
          outputs: { greeting: "hi octo x2 loud=false untyped", nested: "from leaf" },
        },
      ]),
    );
  });

  it("secrets: inherit passes every secret", async () => {
    const { result } = await rehearseFiles(
      {
        ".github/workflows/called.yml": `
on:
  workflow_call:
    outputs:
      len: { value: "\${{ jobs.j.outputs.len }}" }
jobs:
  j:
    runs-on: ubuntu-latest
    outputs: { len: "\${{ steps.s.outputs.len }}" }
    steps:
      - id: s
        env: { S: "\${{ secrets.DEEP }}" }
        run: echo "len=\${#S}" >> "$GITHUB_OUTPUT"
`,
        ".github/workflows/caller.yml":
          "on: push\njobs:\n  c:\n    uses: ./.github/workflows/called.yml\n    secrets: inherit\n",
      },
      "caller.yml",
      { secrets: { DEEP: "12345" } },
    );
    expect(result.jobs.c?.outputs.len).toBe("5");
  });

  it("a file run as workflow_call: --input typed, top-level outputs are on.workflow_call.outputs", async () => {
    const { result } = await rehearseFiles(
      { ".github/workflows/called.yml": called, ".github/workflows/inner.yml": inner },
      "called.yml",
      { event: "workflow_call", inputs: { name: "cli", loud: "true" }, secrets: { "api-key": "k" } },
    );
    expect(result.outputs).toEqual({ greeting: "hi cli x2 loud=true untyped", nested: "from leaf" });
  });

  it("refuses a missing required input with GitHub's message", async () => {
    await expect(
      rehearseFiles(
        {
          ".github/workflows/called.yml": called,
          ".github/workflows/inner.yml": inner,
          ".github/workflows/caller.yml":
            "on: push\njobs:\n  c:\n    uses: ./.github/workflows/called.yml\n    secrets:\n      api-key: x\n",
        },
        "caller.yml",
      ),
    ).rejects.toThrow("Input name is required, but not provided while calling.");
  });

  it("a wrong input type fails the calling job: a string where a number is declared", async () => {
    const { result, log } = await rehearseFiles(
      {
        ".github/workflows/called.yml": called,
        ".github/workflows/inner.yml": inner,
        ".github/workflows/caller.yml":
          "on: push\njobs:\n  c:\n    uses: ./.github/workflows/called.yml\n    with:\n      name: n\n      count: many\n    secrets:\n      api-key: x\n",
      },
      "caller.yml",
    );
    expect(result.jobs.c?.conclusion).toBe("failure");
    expect(result.jobs["c / greet"]).toBeUndefined();
    expect(log.errors()).toContain(`Unexpected type of value "many" for input 'count', expected type: Number.`);
  });

  it("refuses an undefined output reference before anything runs", async () => {
    await expect(
      single(`
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs: { digest: "\${{ steps.x.outputs.digest }}" }
    steps: [{ id: x, run: "true" }]
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.a.outputs.digets }}"
`),
    ).rejects.toThrow("Job 'b' reads needs.a.outputs.digets, but job 'a' declares no output 'digets'");
  });

  it("refuses a workflow GitHub would refuse, with GitHub's message and line", async () => {
    await expect(single("on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n")).rejects.toThrow(
      /The workflow is not valid\. \.github\/workflows\/w\.yml \(Line: 5, Col: 5\): Unexpected value 'stepz'/,
    );
  });

  it("refuses an event the workflow does not run on", async () => {
    await expect(
      single("on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: 'true' }]\n", { event: "pull_request" }),
    ).rejects.toThrow("does not run on pull_request");
  });
});

describe("workflow_dispatch inputs", () => {
  const dispatch = `
on:
  workflow_dispatch:
    inputs:
      environment: { type: choice, options: [staging, production], required: true }
      dry-run: { type: boolean, default: true }
      reason: { type: string }
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        run: echo "seen=\${{ inputs.environment }} \${{ inputs.dry-run == false }} [\${{ inputs.reason }}] \${{ github.event.inputs.dry-run }}" >> "$GITHUB_OUTPUT"
`;
  it("types inputs (boolean is a boolean in inputs, a string in github.event.inputs)", async () => {
    const { result } = await single(dispatch, {
      event: "workflow_dispatch",
      inputs: { environment: "production", "dry-run": "false" },
    });
    expect(result.jobs.j?.outputs.seen).toBe("production true [] false");
  });
  it("refuses a missing required input", async () => {
    await expect(single(dispatch, { event: "workflow_dispatch" })).rejects.toThrow(
      "Required input 'environment' not provided",
    );
  });
  it("refuses a choice outside its options and a boolean that is not one", async () => {
    await expect(single(dispatch, { event: "workflow_dispatch", inputs: { environment: "prod" } })).rejects.toThrow(
      "Provided value 'prod' for input 'environment' not in the list of allowed values",
    );
    await expect(
      single(dispatch, { event: "workflow_dispatch", inputs: { environment: "staging", "dry-run": "yes" } }),
    ).rejects.toThrow(`Unexpected type of value "yes" for input 'dry-run', expected type: Boolean.`);
  });
});

describe("permissions", () => {
  const tree = (callerPermissions: string) => ({
    ".github/workflows/called.yml": `
on: workflow_call
permissions:
  contents: read
jobs:
  reader:
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
  writer:
    runs-on: ubuntu-latest
    permissions:
      issues: write
    steps: [{ run: "true" }]
`,
    ".github/workflows/caller.yml": `
on: push
permissions: {}
jobs:
  defaults:
    runs-on: ubuntu-latest
    permissions: ${callerPermissions}
    steps: [{ run: "true" }]
  call:
    permissions: ${callerPermissions}
    uses: ./.github/workflows/called.yml
`,
  });

  it("each job's token gets the job's effective permissions; called jobs keep theirs under the caller's ceiling", async () => {
    const { services } = await rehearseFiles(tree("{ contents: read, issues: write }"), "caller.yml");
    const byJob = Object.fromEntries(services.minted.map((m) => [m.job, m.permissions]));
    expect(byJob.defaults).toEqual({ contents: "read", issues: "write", metadata: "read" });
    expect(byJob["call / reader"]).toEqual({ contents: "read", metadata: "read" });
    expect(byJob["call / writer"]).toEqual({ issues: "write", metadata: "read" });
  });

  it("refuses a called job asking for more than the caller grants (GitHub's message)", async () => {
    await expect(rehearseFiles(tree("{ contents: read }"), "caller.yml")).rejects.toThrow(
      "The nested job 'writer' is requesting 'issues: write', but is only allowed 'issues: none'.",
    );
  });

  it("no permissions anywhere: GitHub's restricted default; permissions: {} is nothing", async () => {
    const { services } = await single(`
on: push
jobs:
  plain:
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
  none:
    runs-on: ubuntu-latest
    permissions: {}
    steps: [{ run: "true" }]
`);
    const byJob = Object.fromEntries(services.minted.map((m) => [m.job, m.permissions]));
    expect(byJob.plain).toEqual(RESTRICTED_DEFAULT);
    expect(byJob.none).toEqual({});
  });
});

describe("concurrency", () => {
  const workflow = (cancel: boolean, seconds = 1) => `
on: push
concurrency:
  group: deploy-\${{ github.repository }}
  cancel-in-progress: ${cancel}
jobs:
  j:
    runs-on: ubuntu-latest
    outputs: { span: "\${{ steps.s.outputs.span }}" }
    steps:
      - id: s
        run: |
          start=$(date +%s%N)
          sleep ${seconds}
          echo "slept $((${seconds})) s"
          echo "span=$start-$(date +%s%N)" >> "$GITHUB_OUTPUT"
`;
  const span = (text: string | undefined): [number, number] => {
    const [a = "0", b = "0"] = (text ?? "").split("-");
    return [Number(a) / 1e6, Number(b) / 1e6];
  };

  it("two runs in one group are serialised (the second waits for the first)", async () => {
    const groups = new ConcurrencyGroups();
    const [first, second] = await Promise.all([
      single(workflow(false), { concurrency: groups }),
      single(workflow(false), { concurrency: groups }),
    ]);
    expect(first.result.conclusion).toBe("success");
    expect(second.result.conclusion).toBe("success");
    const [a0, a1] = span(first.result.jobs.j?.outputs.span);
    const [b0, b1] = span(second.result.jobs.j?.outputs.span);
    expect(a1 <= b0 || b1 <= a0).toBe(true);
  });

  it("cancel-in-progress cancels the running one", async () => {
    const groups = new ConcurrencyGroups();
    const first = single(workflow(true, 20), { concurrency: groups });
    await new Promise((r) => setTimeout(r, 2000));
    const second = single(workflow(true), { concurrency: groups });
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.result.conclusion)).toEqual(["cancelled", "success"]);
    // The first was stopped in its step, not left to finish it.
    expect(results[0]?.log.text("j")).not.toContain("slept 20 s");
    expect(results[1]?.log.text("j")).toContain("slept 1 s");
  });
});

describe("nesting", () => {
  const chain = (levels: number): Record<string, string> => {
    const files: Record<string, string> = {};
    for (let i = 1; i < levels; i++) {
      files[`.github/workflows/w${i}.yml`] =
        `on: ${i === 1 ? "push" : "workflow_call"}\njobs:\n  next:\n    uses: ./.github/workflows/w${i + 1}.yml\n`;
    }
    files[`.github/workflows/w${levels}.yml`] =
      "on: workflow_call\njobs:\n  leaf:\n    runs-on: x\n    steps: [{ run: echo leaf }]\n";
    return files;
  };
  it("ten levels of workflows run (Reusing workflows: a caller and up to nine called)", async () => {
    const { result } = await rehearseFiles(chain(10), "w1.yml");
    expect(result.jobs[`${Array(9).fill("next").join(" / ")} / leaf`]?.conclusion).toBe("success");
  });
  it("an eleventh level is refused before the run", async () => {
    await expect(rehearseFiles(chain(11), "w1.yml")).rejects.toThrow("exceed the limit on called workflow depth of 10");
  });
});

describe("concurrency of a called workflow", () => {
  it("its top-level group queues two calls (promotions to one environment wait, not cancel)", async () => {
    const called = `
on:
  workflow_call:
    inputs:
      environment: { type: string, required: true }
    outputs:
      span: { value: "\${{ jobs.promote.outputs.span }}" }
concurrency:
  group: promote-\${{ inputs.environment }}
  cancel-in-progress: false
jobs:
  promote:
    runs-on: ubuntu-latest
    outputs: { span: "\${{ steps.s.outputs.span }}" }
    steps:
      - id: s
        run: |
          start=$(date +%s%N)
          sleep 1
          echo "span=$start-$(date +%s%N)" >> "$GITHUB_OUTPUT"
`;
    const caller = `
on: push
jobs:
  first:
    uses: ./.github/workflows/promote.yml
    with: { environment: production }
  second:
    uses: ./.github/workflows/promote.yml
    with: { environment: production }
  other:
    uses: ./.github/workflows/promote.yml
    with: { environment: staging }
`;
    const { result } = await rehearseFiles(
      { ".github/workflows/promote.yml": called, ".github/workflows/w.yml": caller },
      "w.yml",
    );
    expect(result.conclusion).toBe("success");
    const span = (key: string): [number, number] => {
      const [a = "0", b = "0"] = (result.jobs[key]?.outputs.span ?? "").split("-");
      return [Number(a) / 1e6, Number(b) / 1e6];
    };
    const [a0, a1] = span("first");
    const [b0, b1] = span("second");
    const [c0, c1] = span("other");
    expect(a1 <= b0 || b1 <= a0).toBe(true);
    // staging is another group: it overlaps one of the production calls
    expect((c0 < a1 && a0 < c1) || (c0 < b1 && b0 < c1)).toBe(true);
  });
});
