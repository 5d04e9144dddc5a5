// npm run new-action -- <name> ["description"]: creates actions/<name> from action-templates/action.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { actionsDir, repoRoot } from "./actions.ts";

const name = process.argv[2] ?? "";
const description = process.argv[3] ?? `The ${name} action.`;
if (!/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('usage: npm run new-action -- <name> ["description"]  (name: lower-case letters, digits and dashes)');
  process.exit(2);
}
const target = path.join(actionsDir, name);
if (existsSync(target)) {
  console.error(`actions/${name} exists already`);
  process.exit(2);
}
cpSync(path.join(repoRoot, "action-templates", "action"), target, { recursive: true });

function fill(dir: string): void {
  for (const entry of readdirSync(dir)) {
    let file = path.join(dir, entry);
    if (entry.includes("__NAME__")) {
      const renamed = path.join(dir, entry.replaceAll("__NAME__", name));
      renameSync(file, renamed);
      file = renamed;
    }
    if (statSync(file).isDirectory()) {
      fill(file);
    } else {
      const text = readFileSync(file, "utf8").replaceAll("__NAME__", name).replaceAll("__DESCRIPTION__", description);
      writeFileSync(file, text);
    }
  }
}
fill(target);
// The usage tables in the action's README and the top-level one come from action.yml; write
// them now so `npm test`'s docs check passes with no other step.
const docs = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "docs.ts")], {
  cwd: repoRoot,
  stdio: "inherit",
});
if (docs.status !== 0) process.exit(docs.status ?? 1);
console.log(`created actions/${name}: edit action.yml and src/, then "npm run build -- ${name}"`);
