import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { repoRoot } from "../actions.ts";
import { calledWorkflowText } from "../workflow-files.ts";
import { checkLeastPrivilege } from "../workflow-permissions.ts";

const sha = "d23441a48e516b6c34aea4fa41551a30e30af803";

function job(permissions: string, steps: string): string {
  return `name: x\non: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:${permissions}\n    steps:\n${steps}`;
}
const checkout = `      - uses: actions/checkout@${sha} # v6.1.0\n`;
const release = "      - uses: ./.platform/actions/release\n";
const drift = "      - uses: ./.platform/actions/drift-report\n";
const none = () => undefined;
const messages = (text: string, called: (uses: string) => string | undefined = none) =>
  checkLeastPrivilege(text, called).map((finding) => `${finding.job}: ${finding.message}`);

describe("checkLeastPrivilege", () => {
  it("accepts a job asking for exactly what its steps use", () => {
    expect(messages(job("\n      contents: write\n      issues: write", `${checkout}${release}${drift}`))).toEqual([]);
  });

  it.each([
    [
      "a scope nothing uses",
      job("\n      contents: read\n      packages: write", checkout),
      "a: asks for packages: write, which nothing uses",
    ],
    ["write where read does", job("\n      contents: write", checkout), "a: needs contents: read but asks for write"],
    [
      "a scope left out",
      job("\n      contents: read", `${checkout}${drift}`),
      "a: needs issues: write but asks for none",
    ],
    [
      "id-token for a dry run of promote that also writes",
      job(
        "\n      contents: read\n      id-token: write",
        "      - uses: ./.platform/actions/promote\n        with:\n          environment: production\n",
      ),
      "a: needs deployments: write but asks for none",
    ],
    [
      "an action whose needs are unknown",
      job(" {}", "      - uses: someone/else@v1\n"),
      "a: uses someone/else@v1, whose token needs are unknown here",
    ],
  ])("flags %s", (_name, text, message) => {
    expect(messages(text)).toContain(message);
  });

  it("holds a caller to the union of the called workflow's jobs", () => {
    const caller =
      "name: x\non: push\npermissions: {}\njobs:\n  call:\n    permissions:\n      contents: write\n      id-token: write\n    uses: ./.github/workflows/b.yml\n";
    const called =
      "jobs:\n  one:\n    permissions:\n      contents: write\n  two:\n    permissions:\n      contents: read\n";
    expect(messages(caller, () => called)).toEqual(["call: asks for id-token: write, which nothing uses"]);
  });

  const files = [".github/workflows", "workflows"].flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .filter((file) => file.endsWith(".yml"))
      .map((file) => path.join(folder, file)),
  );

  it.each(files)("%s: every job asks for exactly what it uses", (file) => {
    const text = readFileSync(path.join(repoRoot, file), "utf8");
    expect(messages(text, (uses) => calledWorkflowText(repoRoot, uses))).toEqual([]);
  });
});
