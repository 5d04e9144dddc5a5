import { spawn } from "node:child_process";
import path from "node:path";
import { actionsDir, repoRoot } from "./actions.ts";

/**
 * Bundles one action with @vercel/ncc into outDir. Not minified and without source maps:
 * reviewers read dist diffs, and check-dist compares them byte for byte. Transpile only:
 * `npm run typecheck` checks types once for the whole tree. Module aliases that apply to the
 * bundles only are in tsconfig.bundle.json (ncc's resolver reads TS_NODE_PROJECT).
 */
export function bundleAction(name: string, outDir: string, extraArgs: string[] = []): Promise<void> {
  const ncc = path.join(repoRoot, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
  const entry = path.join(actionsDir, name, "src", "main.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, "build", entry, "-o", outDir, "--quiet", "--target", "es2023", "--transpile-only", ...extraArgs],
      {
        cwd: repoRoot,
        env: { ...process.env, TS_NODE_PROJECT: path.join(repoRoot, "scripts", "tsconfig.bundle.json") },
        stdio: ["ignore", "inherit", "inherit"],
      },
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
