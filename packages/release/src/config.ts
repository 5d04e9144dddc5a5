import { pathToFileURL } from "node:url";
import { ConfigurationError } from "@platform/action-kit";
import type { Loader } from "cosmiconfig";
import { parse as parseYaml } from "yaml";
import { releaseFieldError } from "./fields.ts";

export type PluginOptions = Record<string, unknown>;

/** What the release file (`.releaserc`, `release.config.*`, package.json "release") contains. */
interface ReleaseFile {
  filepath: string;
  config: Record<string, unknown>;
}

/** Plugin names whose options a release file may set; every other plugin is not bundled. */
const bundledPluginNames = {
  commitAnalyzer: "@semantic-release/commit-analyzer",
  notesGenerator: "@semantic-release/release-notes-generator",
  github: "@semantic-release/github",
} as const;
type BundledPlugin = keyof typeof bundledPluginNames;

/**
 * JavaScript and TypeScript configs are loaded with Node's own import (Node 24 strips types),
 * kept out of the bundler's reach: a bundled import() of a run-time path cannot resolve.
 */
const importLoader: Loader = async (filepath) => {
  const module = (await import(/* webpackIgnore: true */ pathToFileURL(filepath).href)) as { default?: unknown };
  return module.default ?? module;
};

/** Finds the release configuration in `directory` the way semantic-release does (cosmiconfig "release"). */
export async function loadReleaseFile(directory: string): Promise<ReleaseFile | undefined> {
  // Loaded here, after the inputs: cosmiconfig brings its YAML and JSON parsers (~200 KB).
  const { cosmiconfig, defaultLoaders } = await import("cosmiconfig");
  const explorer = cosmiconfig("release", {
    loaders: {
      ...defaultLoaders,
      ".js": importLoader,
      ".mjs": importLoader,
      ".cjs": importLoader,
      ".ts": importLoader,
      ".mts": importLoader,
      ".cts": importLoader,
    },
  });
  let found: { filepath: string; config: unknown; isEmpty?: boolean } | null;
  try {
    found = await explorer.search(directory);
  } catch (error) {
    throw new ConfigurationError(
      `The release configuration in ${directory} cannot be read: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}; fix the file.`,
    );
  }
  if (!found || found.isEmpty) return undefined;
  if (!isRecord(found.config)) {
    throw new ConfigurationError(
      `${found.filepath} does not hold an object of semantic-release options; fix the file.`,
    );
  }
  return { filepath: found.filepath, config: found.config };
}

/** A branch as semantic-release takes it: a name/glob or an object with name, channel, range, prerelease. */
export type BranchSpec =
  | string
  | { name: string; channel?: string | false; range?: string; prerelease?: string | boolean };

/** The branches: YAML, one branch or a list of them. */
export function parseBranches(value: string): BranchSpec[] {
  const fix = "give a YAML list of branch names or {name, channel, prerelease, range} objects";
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch {
    throw releaseFieldError("branches", value, "is not valid YAML", fix);
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const valid = (entry: unknown): entry is BranchSpec =>
    (typeof entry === "string" && entry !== "") || (isRecord(entry) && typeof entry.name === "string");
  if (list.length === 0 || !list.every(valid)) throw releaseFieldError("branches", value, "is not a branch list", fix);
  return list;
}

interface PluginSelection {
  options: Record<BundledPlugin, PluginOptions>;
  /** Plugins named in the release file that are not bundled, so not run. */
  ignored: string[];
}

/** The options a release file gives each bundled plugin; the plugins themselves are always the bundled ones. */
export function selectPluginOptions(file: Record<string, unknown> | undefined): PluginSelection {
  const options: Record<BundledPlugin, PluginOptions> = { commitAnalyzer: {}, notesGenerator: {}, github: {} };
  const ignored: string[] = [];
  const entries = file?.plugins;
  if (entries === undefined) return { options, ignored };
  for (const entry of Array.isArray(entries) ? entries : [entries]) {
    const [name, config] = Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined];
    const key = (Object.keys(bundledPluginNames) as BundledPlugin[]).find((k) => bundledPluginNames[k] === name);
    if (key) options[key] = isRecord(config) ? config : {};
    else ignored.push(typeof name === "string" ? name : "(an inline plugin)");
  }
  return { options, ignored };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
