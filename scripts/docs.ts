// npm run docs [-- --check]: writes each action's inputs and outputs, read from its
// action.yml, into its README and the top-level README, so the docs cannot drift; and the
// configuration file's validator compiled from its schema, which cannot drift either.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { actionsDir, listActions, repoRoot } from "./actions.ts";
import { validatorFile, validatorSource } from "./schema-validator.ts";

interface ActionYaml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string | number | boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: unknown): string =>
  String(text ?? "")
    .trim()
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");

function usage(name: string, action: ActionYaml): string {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = ["```yaml", `- uses: org/platform/actions/${name}@v1`];
  const required = inputs.filter(([, spec]) => spec.required);
  if (required.length > 0) {
    lines.push("  with:");
    for (const [input] of required) lines.push(`    ${input}: ...`);
  }
  lines.push("```", "", "| input | required | default | description |", "| --- | --- | --- | --- |");
  for (const [input, spec] of inputs) {
    const fallback = spec.default === undefined || spec.default === "" ? "" : `\`${cell(spec.default)}\``;
    lines.push(`| \`${input}\` | ${spec.required ? "yes" : "no"} | ${fallback} | ${cell(spec.description)} |`);
  }
  if (outputs.length > 0) {
    lines.push("", "| output | description |", "| --- | --- |");
    for (const [output, spec] of outputs) lines.push(`| \`${output}\` | ${cell(spec.description)} |`);
  }
  return lines.join("\n");
}

function replaceBetween(text: string, marker: string, body: string, file: string): string {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: markers ${start} ... ${end} are missing`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

const check = process.argv.includes("--check");
const stale: string[] = [];
function update(file: string, marker: string, body: string): void {
  const before = readFileSync(file, "utf8");
  const after = replaceBetween(before, marker, body, file);
  if (after === before) return;
  if (check) stale.push(path.relative(repoRoot, file));
  else writeFileSync(file, after);
}

const overview: string[] = [];
for (const name of listActions()) {
  const action = parse(readFileSync(path.join(actionsDir, name, "action.yml"), "utf8")) as ActionYaml;
  const body = usage(name, action);
  update(path.join(actionsDir, name, "README.md"), "usage", body);
  overview.push(`### [\`${name}\`](actions/${name}/README.md)`, "", cell(action.description), "", body, "");
}
update(path.join(repoRoot, "README.md"), "actions", overview.join("\n").trimEnd());

const validator = validatorSource();
if (!existsSync(validatorFile) || readFileSync(validatorFile, "utf8") !== validator) {
  if (check) stale.push(path.relative(repoRoot, validatorFile));
  else writeFileSync(validatorFile, validator);
}

if (stale.length > 0) {
  console.error(`docs are out of date: ${stale.join(", ")}. Run "npm run docs" and commit the result.`);
  process.exit(1);
}
console.log(check ? "docs are up to date" : "docs written");
