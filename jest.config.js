import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Jest runs TypeScript ESM through @swc/jest (fast, no type check: `tsc --noEmit` does that).
 * Real servers are started by the tests themselves, so a long default timeout.
 *
 * Two projects:
 * - `unit`: plain logic, real git and loopback fakes at most; no Docker, no registry, no
 *   terraform, no bundle: seconds. The quick loop: `npm run jest -- --selectProjects unit`.
 * - `integration`: the bundled actions (actions/*\/test), the harness and fakes' own tests
 *   (test/), and every test that starts a real registry, Docker Engine, skopeo or terraform,
 *   or builds a bundle. `scripts/test.sh` (`npm test`) runs both.
 * @type {import('jest').Config}
 */
const root = path.dirname(fileURLToPath(import.meta.url));

/** An import of a harness part that starts a real registry, Docker Engine, skopeo or terraform, or runs a bundle. */
const HEAVY_IMPORT = /from "[^"]*test\/harness\/(registry|docker|skopeo|images|terraform|run-action|fault-proxy)\.ts"/;
/** Slow for another reason: it builds a bundle. */
const SLOW = new Set(["scripts/test/new-action.test.ts"]);

/** A test is heavy when it, or a helper of its own folder it imports, imports a heavy part. */
function isHeavy(file) {
  if (SLOW.has(file)) return true;
  const text = readFileSync(path.join(root, file), "utf8");
  if (HEAVY_IMPORT.test(text)) return true;
  return [...text.matchAll(/from "\.\/([\w.-]+\.ts)"/g)].some((match) => {
    try {
      return HEAVY_IMPORT.test(readFileSync(path.join(root, path.dirname(file), match[1]), "utf8"));
    } catch {
      return false;
    }
  });
}

function testFiles(dir) {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts") && !entry.parentPath.includes("node_modules"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

const candidates = [...testFiles("packages"), ...testFiles("scripts")];
const heavy = new Set(candidates.filter(isHeavy));
const escapeRegExp = (file) => file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const common = {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript" }, target: "es2023" },
        module: { type: "es6" },
      },
    ],
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  testTimeout: 120000,
};

export default {
  testTimeout: 120000,
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/{packages,scripts}/**/*.test.ts"],
      testPathIgnorePatterns: [
        ...common.testPathIgnorePatterns,
        ...[...heavy].map((file) => `<rootDir>/${escapeRegExp(file)}$`),
      ],
    },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/{actions,test}/**/*.test.ts", ...[...heavy].map((file) => `<rootDir>/${file}`)],
    },
  ],
};
