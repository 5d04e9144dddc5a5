import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { repoRoot } from "../actions.ts";

/** The README's hand-written parts that must follow the code: dependency reasons and what setup installs. */
const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** `a{b,c}` -> ab, ac (the table shortens package families that way). */
function expand(name: string): string[] {
  const brace = /^(.*)\{([^}]*)\}(.*)$/.exec(name);
  if (!brace) return [name];
  const [, head = "", alternatives = "", tail = ""] = brace;
  return alternatives.split(",").flatMap((alternative) => expand(`${head}${alternative.trim()}${tail}`));
}

/** Package names in the first column of the "Why these dependencies" table; `node@24` is `node`. */
function namesWithReasons(text: string): string[] {
  const start = text.indexOf("### Why these dependencies");
  if (start < 0) return [];
  const names: string[] = [];
  for (const line of text.slice(start).split("\n").slice(1)) {
    if (line.startsWith("#")) break;
    if (!line.startsWith("| ") || line.startsWith("| dependency") || line.startsWith("| ---")) continue;
    const firstCell = line.split(" | ")[0] ?? "";
    for (const [, quoted = ""] of firstCell.matchAll(/`([^`]+)`/g)) {
      names.push(...expand(quoted).map((name) => name.replace(/^(.+?)@[\w.^~-]+$/, "$1")));
    }
  }
  return names;
}

describe("README", () => {
  it("reads the table, with package families and versions", () => {
    const table =
      "### Why these dependencies\n\n| dependency | why |\n| --- | --- |\n| `node@24` (dev), `@a/{b,c}` | x |\n\n## Next\n| `nope` | y |";
    expect(namesWithReasons(table)).toEqual(["node", "@a/b", "@a/c"]);
  });

  it("gives a reason for every dependency in package.json, and none for a removed one", () => {
    const declared = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].sort();
    const explained = namesWithReasons(readme);
    expect(declared.filter((name) => !explained.includes(name))).toEqual([]);
    expect(explained.filter((name) => !declared.includes(name))).toEqual([]);
  });

  it("names every Debian package scripts/setup.sh installs", () => {
    const setup = readFileSync(path.join(repoRoot, "scripts", "setup.sh"), "utf8");
    const needs = /declare -A needs=\(([^)]*)\)/.exec(setup)?.[1] ?? "";
    const packages = [...needs.matchAll(/\]=([\w.-]+)/g)].map(([, name]) => name ?? "");
    packages.push(...[...setup.matchAll(/missing\+=\(([\w.-]+)\)/g)].map(([, name]) => name ?? ""));
    expect(packages).toEqual(expect.arrayContaining(["docker-registry", "skopeo", "docker.io", "time"]));
    const section = readme.slice(readme.indexOf("## Two commands"), readme.indexOf("## Layout"));
    expect(packages.filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
  });
});
