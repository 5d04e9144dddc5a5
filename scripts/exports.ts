/**
 * Where each package's exports are used, with the TypeScript language service over the whole
 * project (tsconfig.json: sources, tests, scripts, benchmarks):
 *
 *   node scripts/exports.ts [package ...]
 *
 * prints, per package, the exports used only in their own file (the `export` can go), those used
 * nowhere, and the names other code imports from `@platform/<package>` (what its index.ts must
 * export). It reads and changes nothing; takes about a minute for the whole tree.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { repoRoot } from "./actions.ts";

const packagesDir = path.join(repoRoot, "packages");

function languageService(): ts.LanguageService {
  const configPath = path.join(repoRoot, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const versions = new Map(parsed.fileNames.map((file) => [file, "1"]));
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => parsed.fileNames,
    getScriptVersion: (file) => versions.get(file) ?? "1",
    getScriptSnapshot: (file) => {
      const text = ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => repoRoot,
    getCompilationSettings: () => parsed.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    // The workspace packages are symbolic links in node_modules: one file, one set of references.
    realpath: (file) => ts.sys.realpath?.(file) ?? file,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/** The names a file exports by declaration (`export function f`, `export { a }`), with where each name is. */
function exportedNames(source: ts.SourceFile): { name: string; position: number }[] {
  const found: { name: string; position: number }[] = [];
  const exported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) {
          found.push({ name: declaration.name.text, position: declaration.name.getStart(source) });
        }
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      exported(statement) &&
      statement.name
    ) {
      found.push({ name: statement.name.text, position: statement.name.getStart(source) });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        found.push({ name: element.name.text, position: element.name.getStart(source) });
      }
    }
  }
  return found;
}

/** Every name imported (or re-exported) from `specifier` anywhere in the program. */
function importedFrom(program: ts.Program, specifier: string): Set<string> {
  const names = new Set<string>();
  for (const source of program.getSourceFiles()) {
    if (source.fileName.includes("/node_modules/")) continue;
    for (const statement of source.statements) {
      const from =
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
        statement.moduleSpecifier &&
        ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      if (from !== specifier) continue;
      if (ts.isImportDeclaration(statement)) {
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
        } else if (bindings) names.add("*");
      } else if (
        ts.isExportDeclaration(statement) &&
        statement.exportClause &&
        ts.isNamedExports(statement.exportClause)
      ) {
        for (const element of statement.exportClause.elements) names.add((element.propertyName ?? element.name).text);
      } else names.add("*");
    }
  }
  return names;
}

function report(service: ts.LanguageService, pkg: string): void {
  const program = service.getProgram();
  if (!program) throw new Error("no program");
  const src = path.join(packagesDir, pkg, "src");
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    // A stand-in replaces a module in a bundle (release's typescript-stand-in.ts): its exports are
    // that module's API, which the bundled library imports, not ours.
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && entry.name !== "index.ts")
    .filter((entry) => !entry.name.endsWith("-stand-in.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const ownOnly: string[] = [];
  const unused: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    for (const { name, position } of exportedNames(source)) {
      const references = (service.findReferences(file, position) ?? []).flatMap((symbol) => symbol.references);
      const elsewhere = references.filter(
        (reference) => reference.fileName !== file && !reference.fileName.endsWith(`${pkg}/src/index.ts`),
      );
      const inOwnFile = references.filter((reference) => reference.fileName === file && !reference.isDefinition);
      const where = `${path.relative(repoRoot, file)}: ${name}`;
      if (elsewhere.length === 0 && inOwnFile.length > 0) ownOnly.push(where);
      else if (elsewhere.length === 0) unused.push(where);
    }
  }
  const index = path.join(src, "index.ts");
  const wildcard = /export \*/.test(readFileSync(index, "utf8"));
  console.log(`\n@platform/${pkg}${wildcard ? " (index.ts: export *)" : ""}`);
  console.log(`  used only in their own file (${ownOnly.length}):${ownOnly.map((line) => `\n    ${line}`).join("")}`);
  console.log(`  used nowhere (${unused.length}):${unused.map((line) => `\n    ${line}`).join("")}`);
  const wanted = [...importedFrom(program, `@platform/${pkg}`)].sort();
  console.log(`  imported from @platform/${pkg} (${wanted.length}): ${wanted.join(" ")}`);
}

const all = readdirSync(packagesDir).filter((name) => !name.startsWith("."));
const chosen = process.argv.slice(2);
const service = languageService();
for (const pkg of chosen.length > 0 ? chosen : all) report(service, pkg);
