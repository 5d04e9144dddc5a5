// npm run bench -- <name>: runs bench/<name>.ts.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith(".bench.ts"))
  .map((file) => file.replace(/\.bench\.ts$/, ""))
  .sort();
const name = process.argv[2];
if (!name || !existsSync(path.join(here, `${name}.bench.ts`))) {
  console.error(`usage: npm run bench -- <name>; available: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
}
process.argv.splice(2, 1);
await import(path.join(here, `${name}.bench.ts`));
