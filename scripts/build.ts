// npm run build [-- <action> ...]: bundles actions into actions/<name>/dist, and first the
// third-party code they share into actions/_shared/dist (every action's bundle loads from it).
import { rmSync } from "node:fs";
import path from "node:path";
import { actionsDir, selectActions, sharedDir } from "./actions.ts";
import { bundleAction, bundleShared, inParallel } from "./bundle.ts";

const names = selectActions(process.argv.slice(2));
const shared = path.join(sharedDir, "dist");
rmSync(shared, { recursive: true, force: true });
await bundleShared(shared);
console.log("built actions/_shared/dist");
await inParallel(names, 2, async (name) => {
  const dist = path.join(actionsDir, name, "dist");
  rmSync(dist, { recursive: true, force: true });
  await bundleAction(name, dist);
  console.log(`built actions/${name}/dist`);
});
