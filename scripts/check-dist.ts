// npm run check-dist: rebuilds every action (and the bundle they share, actions/_shared) into a
// temporary folder and fails when the committed dist/ differs, so the bundle GitHub runs is
// always the one the source produces.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { actionsDir, selectActions, sharedDir } from "./actions.ts";
import { bundleAction, bundleShared, inParallel } from "./bundle.ts";

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "check-dist-"));
const stale: string[] = [];
try {
  const compare = (fresh: string, committed: string): void => {
    const names = new Set([...filesIn(fresh), ...filesIn(committed)]);
    for (const file of names) {
      const a = path.join(fresh, file);
      const b = path.join(committed, file);
      if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) {
        stale.push(path.relative(path.dirname(actionsDir), b));
      }
    }
  };
  const shared = path.join(scratch, "_shared");
  await bundleShared(shared);
  compare(shared, path.join(sharedDir, "dist"));
  await inParallel(selectActions(process.argv.slice(2)), 2, async (name) => {
    const fresh = path.join(scratch, name);
    await bundleAction(name, fresh);
    compare(fresh, path.join(actionsDir, name, "dist"));
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(`dist is out of date: ${stale.join(", ")}. Run "npm run build" and commit the result.`);
  process.exit(1);
}
console.log("dist is up to date");
