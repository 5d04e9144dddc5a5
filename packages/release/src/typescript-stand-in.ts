/**
 * Stands in for the `typescript` package inside the bundle (aliased in scripts/bundle.ts).
 *
 * cosmiconfig, which semantic-release uses to read a release.config.ts, compiles it with the
 * TypeScript compiler: 8.9 MB of the bundle, parsed at every start. Node 24 runs TypeScript by
 * stripping types, which is how config.ts loads these files already; this module gives
 * cosmiconfig's loader what it calls, hands the source through unchanged, and bundle-shims.ts
 * has Node strip the types of the file cosmiconfig then imports. So a release.config.ts means
 * the same to both readers, and what Node cannot strip (enums, namespaces) fails the same way.
 */
const fileExists = (_path: string): boolean => false;
const readFile = (_path: string): string | undefined => undefined;

export const ModuleKind = { ES2022: 7, NodeNext: 199 } as const;
export const ModuleResolutionKind = { Bundler: 100, NodeNext: 99 } as const;
export const ScriptTarget = { ES2022: 9 } as const;
export const sys = { fileExists, readFile };

/** No tsconfig.json is consulted: type stripping needs no compiler options. */
export function findConfigFile(_directory: string, _exists: (file: string) => boolean): string | undefined {
  return undefined;
}

export function readConfigFile(_file: string, _read: (file: string) => string | undefined): { config: object } {
  return { config: {} };
}

/** The source as it is: Node strips the types when the file is imported (see bundle-shims.ts). */
export function transpileModule(input: string, _options: object): { outputText: string } {
  return { outputText: input };
}

export default { ModuleKind, ModuleResolutionKind, ScriptTarget, sys, findConfigFile, readConfigFile, transpileModule };
