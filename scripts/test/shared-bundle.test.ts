// The shared bundle (actions/_shared): in the actions' bundles, a module it holds is replaced by a
// stand-in that exports a fixed list of names (scripts/tsconfig.bundle.json). tsc checks that the
// real module has them; this test checks the other direction, that the list covers every name the
// suite imports from the module. (A third-party importer's named import is checked by the bundler:
// ncc fails on an export the stand-in lacks.) A name missing from a stand-in would be undefined at
// run time, in the bundle only.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { listActions, repoRoot, sharedDir } from "../actions.ts";

const standInsDir = path.join(sharedDir, "src", "stand-ins");

/** module -> stand-in file, for the aliases that point into the shared bundle's stand-ins. */
function sharedAliases(): Map<string, string> {
  const text = readFileSync(path.join(repoRoot, "scripts", "tsconfig.bundle.json"), "utf8").replace(
    /^\s*\/\/.*$/gm,
    "",
  );
  const paths = (JSON.parse(text) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
  const aliases = new Map<string, string>();
  for (const [module, [target]] of Object.entries(paths)) {
    const file = path.resolve(repoRoot, "scripts", target ?? "");
    if (path.dirname(file) === standInsDir) aliases.set(module, file);
  }
  return aliases;
}

/** The names a stand-in exports: `export const { a, b } = ...`. */
function exportedNames(standIn: string): string[] {
  const match = /export const \{([^}]*)\}/.exec(readFileSync(standIn, "utf8"));
  return (match?.[1] ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The bundled sources: every action's and every package's but the rehearsal's (a test tool). */
function bundledSources(): string[] {
  const dirs = [
    ...readdirSync(path.join(repoRoot, "packages"))
      .filter((name) => name !== "rehearsal")
      .map((name) => path.join(repoRoot, "packages", name, "src")),
    ...listActions().map((name) => path.join(repoRoot, "actions", name, "src")),
  ];
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
        .map((entry) => path.join(entry.parentPath, entry.name)),
    );
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const namesIn = (list: string): string[] =>
  list
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !part.startsWith("type "))
    .map((part) => part.split(/\s+as\s+/)[0]?.trim() ?? "");

/**
 * The value names a source takes from `module`: named imports (types left out), and for
 * import(): `const { a } = await import("m")`, or a loader `const load = () => import("m")` and
 * `const { a } = await load()`. A use this cannot read (a default or namespace import, an
 * import() used another way) is reported as `?<what>`, so the test fails and says where.
 */
function importedNames(source: string, module: string): string[] {
  const quoted = `["']${escapeRegExp(module)}["']`;
  const names: string[] = [];
  for (const match of source.matchAll(new RegExp(`import\\s+(type\\s+)?([^;]*?)\\s+from\\s+${quoted}`, "g"))) {
    if (match[1]) continue;
    const clause = match[2] ?? "";
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (named) names.push(...namesIn(named[1] ?? ""));
    else names.push(`?${clause.trim()}`);
  }
  const dynamic = [...source.matchAll(new RegExp(`import\\(${quoted}\\)`, "g"))].length;
  const direct = [...source.matchAll(new RegExp(`const \\{([^}]*)\\} = await import\\(${quoted}\\)`, "g"))];
  const loaders = [...source.matchAll(new RegExp(`const (\\w+) = \\(\\) => import\\(${quoted}\\)`, "g"))];
  for (const match of direct) names.push(...namesIn(match[1] ?? ""));
  for (const [, loader] of loaders) {
    for (const match of source.matchAll(new RegExp(`const \\{([^}]*)\\} = await ${loader}\\(\\)`, "g"))) {
      names.push(...namesIn(match[1] ?? ""));
    }
  }
  if (dynamic > direct.length + loaders.length) names.push("?import() used another way");
  return names;
}

describe("the shared bundle's stand-ins", () => {
  const aliases = sharedAliases();
  const sources = bundledSources().map((file) => ({ file, text: readFileSync(file, "utf8") }));

  it("finds the aliases, and every stand-in has one", () => {
    expect(aliases.size).toBeGreaterThan(0);
    const files = readdirSync(standInsDir).map((name) => path.join(standInsDir, name));
    expect(files.sort()).toEqual([...new Set(aliases.values())].sort());
  });

  it.each([...aliases])("%s: the stand-in exports every name the suite imports", (module, standIn) => {
    const exported = new Set(exportedNames(standIn));
    const missing = sources.flatMap(({ file, text }) =>
      importedNames(text, module)
        .filter((name) => !exported.has(name))
        .map((name) => `${path.relative(repoRoot, file)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("reads the import forms the suite uses (and says when it cannot)", () => {
    const source = [
      'import { a, type T, b as c } from "m";',
      'import type { U } from "m";',
      'const load = () => import("m");',
      "const { d } = await load();",
      'const { e, f } = await import("m");',
      'import * as all from "m";',
    ].join("\n");
    expect(importedNames(source, "m")).toEqual(["a", "b", "?* as all", "e", "f", "d"]);
    expect(importedNames('void import("m").then((x) => x);', "m")).toEqual(["?import() used another way"]);
  });

  it("holds third-party code only: the suite's own modules stay in each action's bundle", () => {
    const entry = readFileSync(path.join(sharedDir, "src", "index.ts"), "utf8");
    const specifiers = [...entry.matchAll(/import\(["']([^"']+)["']\)/g)].map((match) => match[1] ?? "");
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((specifier) => specifier.startsWith(".") || specifier.startsWith("@platform/"))).toEqual(
      [],
    );
  });
});
