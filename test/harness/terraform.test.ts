import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { requireTerraform, runTerraform, TERRAFORM_MISSING, terraformEnv } from "./terraform.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "terraform-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("requireTerraform", () => {
  it("finds the binary on PATH", () => {
    expect(requireTerraform()).toMatch(/\/(terraform|tofu)$/);
  });

  it("throws exactly one line naming terraform when it is missing", () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(root, "empty-bin");
    try {
      expect(() => requireTerraform()).toThrow(
        new Error("terraform is not on PATH: install Terraform 1.x (or OpenTofu) to run this test"),
      );
    } finally {
      process.env.PATH = saved;
    }
    expect(TERRAFORM_MISSING).not.toContain("\n");
  });
});

describe("terraformEnv", () => {
  it("turns off checkpoint and prompts and sets a plugin cache", () => {
    const env = terraformEnv(path.join(root, "data-env"));
    expect(env).toMatchObject({ CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_INPUT: "0" });
    expect(env.TF_PLUGIN_CACHE_DIR).toBe(path.join(root, "data-env", "plugin-cache"));
  });
});

describe("a terraform_data workspace with the local backend", () => {
  it("inits, plans a change, applies, then plans no change", async () => {
    const dataDir = path.join(root, "data");
    const workspace = mkdtempSync(path.join(root, "ws-"));
    writeFileSync(
      path.join(workspace, "main.tf"),
      `terraform {
  backend "local" {}
}
variable "replicas" {
  type    = number
  default = 2
}
resource "terraform_data" "app" {
  input = { replicas = var.replicas }
}
output "replicas" {
  value = terraform_data.app.output.replicas
}
`,
    );
    await runTerraform(workspace, ["init", "-no-color"], { dataDir });
    const first = await runTerraform(workspace, ["plan", "-no-color", "-detailed-exitcode", "-out=tfplan"], {
      dataDir,
      okExitCodes: [0, 2],
    });
    expect(first.exitCode).toBe(2);
    expect(first.stdout).toContain("terraform_data.app will be created");
    const show = await runTerraform(workspace, ["show", "-json", "tfplan"], { dataDir });
    const plan = JSON.parse(show.stdout) as { resource_changes: { address: string; change: { actions: string[] } }[] };
    expect(plan.resource_changes.map((c) => [c.address, c.change.actions])).toEqual([
      ["terraform_data.app", ["create"]],
    ]);

    await runTerraform(workspace, ["apply", "-no-color", "tfplan"], { dataDir });
    const again = await runTerraform(workspace, ["plan", "-no-color", "-detailed-exitcode"], { dataDir });
    expect(again.exitCode).toBe(0);
    const drift = await runTerraform(workspace, ["plan", "-no-color", "-detailed-exitcode", "-var", "replicas=3"], {
      dataDir,
      okExitCodes: [0, 2],
    });
    expect(drift.exitCode).toBe(2);
    expect(drift.stdout).toContain("terraform_data.app will be updated in-place");
  });

  it("throws one line with terraform's error on a broken configuration", async () => {
    const workspace = mkdtempSync(path.join(root, "broken-"));
    writeFileSync(path.join(workspace, "main.tf"), 'resource "terraform_data" {\n');
    await expect(
      runTerraform(workspace, ["validate", "-no-color"], { dataDir: path.join(root, "data") }),
    ).rejects.toThrow(/^\S*terraform validate -no-color exited with code 1: .*Error/);
  });
});
