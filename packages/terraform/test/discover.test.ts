import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { findPlanFiles, findWorkspaces } from "../src/discover.ts";

// root/infra/{app,db} and root/..modules/net hold .tf files, root/infra/docs does not; root/infra/planted is a link
// (as a pull request could add) to a Terraform directory outside the root.
const base = mkdtempSync(path.join(os.tmpdir(), "discover-"));
const root = path.join(base, "repo");
const outside = path.join(base, "outside");
for (const dir of ["infra/app", "infra/db", "infra/docs", "..modules/net"]) {
  mkdirSync(path.join(root, dir), { recursive: true });
}
writeFileSync(path.join(root, "infra/app/main.tf"), "");
writeFileSync(path.join(root, "infra/db/main.tf.json"), "{}");
writeFileSync(path.join(root, "..modules/net/main.tf"), "");
writeFileSync(path.join(root, "infra/docs/README.md"), "");
writeFileSync(path.join(root, "infra/app/plan.json"), "{}");
mkdirSync(outside);
writeFileSync(path.join(outside, "main.tf"), "");
writeFileSync(path.join(outside, "plan.json"), "{}");
symlinkSync(outside, path.join(root, "infra/planted"));

describe("findWorkspaces", () => {
  it("keeps Terraform directories a glob finds, and skips a link leading outside the root", async () => {
    expect(await findWorkspaces("workspaces", ["infra/*"], root)).toEqual(["infra/app", "infra/db"]);
  });

  it("keeps a match whose name only starts with two dots", async () => {
    expect(await findWorkspaces("workspaces", ["..modules/*"], root)).toEqual(["..modules/net"]);
  });

  it("refuses a line that names a link leading outside, and a line that climbs out", async () => {
    await expect(findWorkspaces("workspaces", ["infra/planted"], root)).rejects.toThrow(/through a symbolic link/);
    await expect(findWorkspaces("workspaces", ["../outside"], root)).rejects.toThrow(/leads outside/);
  });

  it("names the line that matches nothing", async () => {
    await expect(findWorkspaces("workspaces", ["infra/docs*"], root)).rejects.toThrow(
      'Input "workspaces": "infra/docs*" matches no Terraform directory',
    );
  });
});

describe("findPlanFiles", () => {
  it("finds plan files inside the root only", async () => {
    expect(await findPlanFiles("plans", ["infra/*/plan.json"], root)).toEqual([
      { file: path.join(root, "infra/app/plan.json"), workspace: "infra/app" },
    ]);
  });
});
