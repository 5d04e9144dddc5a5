// The engine: semantic-release, its plugins and the presets. release.ts imports this module
// with import() once the inputs are read, so the action starts without parsing any of it (in
// the bundle it is a chunk of its own).
// Side-effect import first: it must run before semantic-release's modules load (see the file).
import "./bundle-shims.ts";
import * as commitAnalyzer from "@semantic-release/commit-analyzer";
import * as github from "@semantic-release/github";
import * as notesGenerator from "@semantic-release/release-notes-generator";
import angular from "conventional-changelog-angular";
import conventionalcommits from "conventional-changelog-conventionalcommits";
import semanticRelease from "semantic-release";
import getCommits from "semantic-release/lib/get-commits.js";
import getLastRelease from "semantic-release/lib/get-last-release.js";
import type { PresetName } from "./presets.ts";

export { getCommits, getLastRelease, semanticRelease };

/**
 * The plugins as plain objects of step functions. semantic-release accepts `[object, config]`
 * in `plugins`, so nothing is resolved by name (a dynamic import a bundle cannot satisfy).
 * The GitHub plugin's `success` and `fail` steps are left out on purpose: they comment on
 * issues through the search API and open failure issues, which this action does not do.
 */
export const bundledPlugins = {
  commitAnalyzer: named("@semantic-release/commit-analyzer", { analyzeCommits: commitAnalyzer.analyzeCommits }),
  notesGenerator: named("@semantic-release/release-notes-generator", { generateNotes: notesGenerator.generateNotes }),
  github: named("@semantic-release/github", {
    verifyConditions: github.verifyConditions,
    publish: github.publish,
    addChannel: github.addChannel,
  }),
};

/**
 * Steps handed over as objects are all logged as "Inline plugin"; semantic-release keeps a
 * `pluginName` already set on the step function, so each step is a wrapper carrying its name.
 */
export function named<T extends Record<string, SemanticReleasePluginStep>>(name: string, steps: T): T {
  const wrapped: Record<string, SemanticReleasePluginStep> = {};
  for (const [type, step] of Object.entries(steps)) {
    const wrapper: SemanticReleasePluginStep = (config, context) => step(config, context);
    Object.defineProperty(wrapper, "pluginName", { value: name, enumerable: true });
    wrapped[type] = wrapper;
  }
  return wrapped as T;
}

/** The conventional-changelog presets bundled; the plugins load others by name, which cannot work here. */
export const presets: Record<PresetName, (config: Record<string, unknown>) => Promise<ConventionalChangelogPreset>> = {
  conventionalcommits: (config) => conventionalcommits(config),
  angular: () => angular(),
};
