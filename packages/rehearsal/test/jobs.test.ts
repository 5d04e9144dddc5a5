import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { single } from "./helpers.ts";

// Expected results from GitHub's documentation: "Using jobs in a workflow", "Evaluate expressions
// in workflows and actions" (status check functions) and "Workflow syntax for GitHub Actions".
describe("jobs", () => {
  it("needs: a job reads another's outputs (jobs.<job_id>.outputs)", async () => {
    const { result } = await single(`
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.v.outputs.version }}
    steps:
      - id: v
        run: echo "version=1.2.3" >> "$GITHUB_OUTPUT"
  deploy:
    needs: build
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        env:
          VERSION: \${{ needs.build.outputs.version }}
        run: echo "seen=deploying $VERSION" >> "$GITHUB_OUTPUT"
`);
    expect(result.conclusion).toBe("success");
    expect(result.jobs.deploy?.outputs.seen).toBe("deploying 1.2.3");
  });

  it("a failed job skips its dependents unless their if: uses always() or failure()", async () => {
    const { result } = await single(`
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps: [{ run: exit 1 }]
  b:
    needs: a
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
  c:
    needs: b
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
  cleanup:
    needs: c
    if: always()
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
  report:
    needs: [a]
    if: failure()
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
`);
    expect(result.conclusion).toBe("failure");
    expect(result.jobs.b?.conclusion).toBe("skipped");
    expect(result.jobs.c?.conclusion).toBe("skipped");
    expect(result.jobs.cleanup?.conclusion).toBe("success");
    expect(result.jobs.report?.conclusion).toBe("success");
  });

  it("independent jobs run in parallel (each waits for the other to have started)", async () => {
    // A rendezvous, not a clock: each job marks that it started and waits for the other's mark.
    // Run one after the other, the first would wait for a job that has not started and fail.
    const dir = await mkdtemp(join(tmpdir(), "rehearsal-parallel-"));
    const meet = (self: string, other: string): string =>
      `touch ${dir}/${self}; for i in $(seq 300); do [ -e ${dir}/${other} ] && exit 0; sleep 0.1; done; exit 1`;
    try {
      const { result } = await single(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps: [{ run: '${meet("one", "two")}' }]
  two:
    runs-on: ubuntu-latest
    steps: [{ run: '${meet("two", "one")}' }]
`);
      expect(result.jobs.one?.conclusion).toBe("success");
      expect(result.jobs.two?.conclusion).toBe("success");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("job continue-on-error: a failing job does not fail the run", async () => {
    const { result } = await single(`
on: push
jobs:
  flaky:
    runs-on: ubuntu-latest
    continue-on-error: true
    steps: [{ run: exit 1 }]
  next:
    needs: flaky
    runs-on: ubuntu-latest
    steps: [{ run: "true" }]
`);
    expect(result.conclusion).toBe("success");
    expect(result.jobs.next?.conclusion).toBe("success");
  });

  it("timeout-minutes: a job over its limit is stopped and fails", async () => {
    const { result, log } = await single(`
on: push
jobs:
  slow:
    runs-on: ubuntu-latest
    timeout-minutes: 0.02
    steps:
      - run: sleep 30; echo slept $((30))
      - if: always()
        run: echo after
`);
    expect(result.jobs.slow?.conclusion).toBe("failure");
    // Stopped in the middle of its step, not failed after it.
    expect(log.text("slow")).not.toContain("slept 30");
    expect(log.errors()).toContain("exceeded the maximum execution time of 0.02 minutes");
    // An always() step still runs after the timeout (with GitHub's cancel timeout).
    expect(log.text("slow")).toContain("after");
  });

  it("signal: aborting cancels the run as Cancel workflow does (the running step is killed, always() steps run)", async () => {
    const { result, log } = await single(
      `
on: push
jobs:
  slow:
    runs-on: ubuntu-latest
    steps:
      - name: sleeps
        run: echo started; sleep 30; echo slept
      - if: always()
        run: echo after
`,
      { signal: AbortSignal.timeout(1500) },
    );
    expect(result.conclusion).toBe("cancelled");
    expect(result.jobs.slow?.conclusion).toBe("cancelled");
    expect(log.text("slow")).toContain("started");
    expect(log.text("slow")).not.toContain("slept");
    expect(log.text("slow")).toContain("after");
  });

  it("matrix: include adds to matching legs and new legs, exclude removes (Using a matrix for your jobs)", async () => {
    const { result } = await single(`
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        fruit: [apple, pear]
        animal: [cat, dog]
        exclude:
          - fruit: pear
            animal: dog
        include:
          - color: green
          - color: pink
            animal: cat
          - fruit: apple
            shape: circle
          - fruit: banana
    steps:
      - run: echo "\${{ toJSON(matrix) }}"
`);
    const legs = Object.keys(result.jobs)
      .filter((k) => k.startsWith("test ("))
      .sort();
    expect(legs).toEqual([
      "test (apple, cat, pink, circle)",
      "test (apple, dog, green, circle)",
      "test (banana)",
      "test (pear, cat, pink)",
    ]);
  });

  it("matrix fail-fast: a failing leg cancels the legs not yet finished; max-parallel bounds them", async () => {
    const { result } = await single(`
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      max-parallel: 1
      matrix:
        n: [1, 2, 3]
    steps:
      - run: test "\${{ matrix.n }}" != 1
`);
    expect(result.jobs["test (1)"]?.conclusion).toBe("failure");
    expect(result.jobs["test (2)"]?.conclusion).toBe("cancelled");
    expect(result.jobs["test (3)"]?.conclusion).toBe("cancelled");
    expect(result.conclusion).toBe("failure");
  });

  it("matrix fail-fast: false lets every leg run", async () => {
    const { result } = await single(`
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      max-parallel: 1
      matrix:
        n: [1, 2]
    steps:
      - run: test "\${{ matrix.n }}" != 1
`);
    expect(result.jobs["test (2)"]?.conclusion).toBe("success");
  });

  it("a matrix job's output is the last successful leg's non-empty value", async () => {
    const { result } = await single(`
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      max-parallel: 1
      matrix:
        n: [1, 2, 3]
    outputs:
      value: \${{ steps.o.outputs.value }}
    steps:
      - id: o
        run: if [ "\${{ matrix.n }}" != 3 ]; then echo "value=leg\${{ matrix.n }}" >> "$GITHUB_OUTPUT"; fi
`);
    expect(result.jobs.test?.outputs.value).toBe("leg2");
  });

  it("matrix from fromJSON of a needed job's output", async () => {
    const { result } = await single(`
on: push
jobs:
  plan:
    runs-on: ubuntu-latest
    outputs:
      list: \${{ steps.l.outputs.list }}
    steps:
      - id: l
        run: echo 'list=["x","y"]' >> "$GITHUB_OUTPUT"
  fan:
    needs: plan
    runs-on: ubuntu-latest
    strategy:
      matrix:
        item: \${{ fromJSON(needs.plan.outputs.list) }}
    steps:
      - run: echo \${{ matrix.item }}
`);
    expect(Object.keys(result.jobs).filter((k) => k.startsWith("fan ("))).toEqual(
      expect.arrayContaining(["fan (x)", "fan (y)"]),
    );
    expect(result.conclusion).toBe("success");
  });
});

describe("what the rehearsal cannot run fails in one line", () => {
  it("a job container", async () => {
    const { result, log } = await single(`
on: push
jobs:
  boxed:
    runs-on: ubuntu-latest
    container: node:24
    steps: [{ run: echo inside }]
`);
    expect(result.jobs.boxed?.conclusion).toBe("failure");
    expect(log.errors()).toContain("The rehearsal does not run job container (jobs.boxed.container)");
    expect(log.text()).not.toContain("inside");
  });
});
