import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const actionsDir = path.join(repoRoot, "actions");
/** Third-party code several actions load from one bundle (not an action: no action.yml). */
export const sharedDir = path.join(actionsDir, "_shared");

/** Every folder under actions/ that has an action.yml and a src/main.ts. */
export function listActions(): string[] {
  if (!existsSync(actionsDir)) return [];
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(path.join(actionsDir, name, "action.yml")))
    .filter((name) => existsSync(path.join(actionsDir, name, "src", "main.ts")))
    .sort();
}

/** The actions named on the command line, or all of them; unknown names are an error. */
export function selectActions(names: string[]): string[] {
  const all = listActions();
  const unknown = names.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown action(s): ${unknown.join(", ")}; known: ${all.join(", ")}`);
  }
  return names.length > 0 ? names : all;
}
