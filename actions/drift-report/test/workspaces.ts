import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../../test/harness/run-action.ts";
import { runTerraform } from "../../../test/harness/terraform.ts";

const fixtures = path.join(repoRoot, "test", "fixtures", "terraform");

/** Copies a fixture to `<root>/<relative>` and, unless told not to, inits and applies it. */
export async function makeWorkspace(
  root: string,
  relative: string,
  options: { dataDir: string; fixture?: string; apply?: boolean },
): Promise<string> {
  const dir = path.join(root, relative);
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(path.join(fixtures, options.fixture ?? "workspace"), dir, { recursive: true });
  if (options.apply ?? true) {
    await runTerraform(dir, ["init", "-input=false", "-no-color"], { dataDir: options.dataDir });
    await runTerraform(dir, ["apply", "-auto-approve", "-input=false", "-no-color"], { dataDir: options.dataDir });
  }
  return dir;
}

/** Changes variables the way a code change does: terraform.tfvars is read automatically. */
export function writeVars(dir: string, vars: Record<string, string | number>): void {
  const lines = Object.entries(vars).map(([name, value]) => `${name} = ${JSON.stringify(value)}`);
  writeFileSync(path.join(dir, "terraform.tfvars"), `${lines.join("\n")}\n`);
}

interface StateFile {
  resources: { type: string; name: string; instances: { attributes: Record<string, unknown> }[] }[];
}

/** Edits an attribute in the local state, like a change made outside Terraform would leave it. */
export function editState(dir: string, name: string, attribute: string, value: unknown): string {
  const file = path.join(dir, "terraform.tfstate");
  const original = readFileSync(file, "utf8");
  const state = JSON.parse(original) as StateFile;
  const resource = state.resources.find((r) => r.type === "terraform_data" && r.name === name);
  const instance = resource?.instances[0];
  if (!instance) throw new Error(`no terraform_data.${name} in ${file}`);
  instance.attributes[attribute] = value;
  writeFileSync(file, JSON.stringify(state, null, 2));
  return original;
}

/** Renames terraform_data.app with a `moved` block: the plan only moves state. */
export function moveApp(dir: string): void {
  const file = path.join(dir, "main.tf");
  const text = readFileSync(file, "utf8")
    .replace('resource "terraform_data" "app"', 'resource "terraform_data" "application"')
    .replace("terraform_data.app.output", "terraform_data.application.output");
  writeFileSync(file, `${text}\nmoved {\n  from = terraform_data.app\n  to   = terraform_data.application\n}\n`);
}
