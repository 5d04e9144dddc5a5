// npm run build [-- <action> ...]: bundles actions into actions/<name>/dist.
import { rmSync } from "node:fs";
import path from "node:path";
import { actionsDir, selectActions } from "./actions.ts";
import { bundleAction, inParallel } from "./bundle.ts";

const names = selectActions(process.argv.slice(2));
await inParallel(names, 2, async (name) => {
  const dist = path.join(actionsDir, name, "dist");
  rmSync(dist, { recursive: true, force: true });
  await bundleAction(name, dist);
  console.log(`built actions/${name}/dist`);
});
