import { spawn } from "node:child_process";
import path from "node:path";
import { actionsDir, repoRoot, sharedDir } from "./actions.ts";

const ncc = path.join(repoRoot, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

/**
 * Bundles one action with @vercel/ncc into outDir. Not minified and without source maps:
 * reviewers read dist diffs, and check-dist compares them byte for byte. Transpile only:
 * `npm run typecheck` checks types once for the whole tree. Module aliases that apply to the
 * bundles only are in tsconfig.bundle.json (ncc's resolver reads TS_NODE_PROJECT); some of them
 * load third-party code from the shared bundle (bundleShared) at run time.
 */
export function bundleAction(name: string, outDir: string, extraArgs: string[] = []): Promise<void> {
  const entry = path.join(actionsDir, name, "src", "main.ts");
  return runNcc(name, entry, outDir, path.join(repoRoot, "scripts", "tsconfig.bundle.json"), extraArgs);
}

/**
 * Bundles the third-party code several actions share (actions/_shared/src/index.ts) into outDir,
 * normally actions/_shared/dist, once for all of them. Without the actions' aliases: this is
 * where the modules they stand in for really are.
 */
export function bundleShared(outDir: string, extraArgs: string[] = []): Promise<void> {
  const entry = path.join(sharedDir, "src", "index.ts");
  return runNcc("the shared bundle", entry, outDir, path.join(repoRoot, "tsconfig.json"), extraArgs);
}

function runNcc(name: string, entry: string, outDir: string, tsconfig: string, extraArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, "build", entry, "-o", outDir, "--quiet", "--target", "es2023", "--transpile-only", ...extraArgs],
      { cwd: repoRoot, env: { ...process.env, TS_NODE_PROJECT: tsconfig }, stdio: ["ignore", "inherit", "inherit"] },
    );
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${name} (exit ${code})`))));
  });
}

/** Runs jobs with at most `limit` in flight (these machines have two cores). */
export async function inParallel<T>(items: T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await job(item);
  });
  await Promise.all(workers);
}
