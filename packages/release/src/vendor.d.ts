// The semantic-release plugins and conventional-changelog presets ship no type declarations;
// these are the parts the release package calls.

type SemanticReleasePluginStep = (pluginConfig: Record<string, unknown>, context: object) => Promise<unknown>;

declare module "@semantic-release/commit-analyzer" {
  export const analyzeCommits: SemanticReleasePluginStep;
}

declare module "@semantic-release/release-notes-generator" {
  export const generateNotes: SemanticReleasePluginStep;
}

declare module "@semantic-release/github" {
  export const verifyConditions: SemanticReleasePluginStep;
  export const publish: SemanticReleasePluginStep;
  export const addChannel: SemanticReleasePluginStep;
}

interface ConventionalChangelogPreset {
  parser: Record<string, unknown>;
  writer: Record<string, unknown>;
}

declare module "conventional-changelog-conventionalcommits" {
  export default function preset(config?: Record<string, unknown>): Promise<ConventionalChangelogPreset>;
}

declare module "conventional-changelog-angular" {
  export default function preset(): Promise<ConventionalChangelogPreset>;
}

interface SemanticReleaseTag {
  version: string;
  gitTag: string;
  channels: Array<string | null>;
  gitHead?: string;
}

declare module "semantic-release/lib/get-last-release.js" {
  /** The highest release on the context's branch (below `before` when given), or {} . */
  export default function getLastRelease(
    context: {
      branch: {
        type: string;
        name: string;
        channel?: string | null;
        prerelease?: string | boolean;
        tags: SemanticReleaseTag[];
      };
      options: { tagFormat: string };
    },
    options?: { before?: string },
  ): { version?: string; gitTag?: string; gitHead?: string; channels?: Array<string | null>; name?: string };
}

declare module "semantic-release/lib/get-commits.js" {
  export default function getCommits(context: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    lastRelease: { gitHead?: string };
    nextRelease: { gitHead: string };
    logger: { log(message: string): void };
  }): Promise<Array<{ hash: string; message: string }>>;
}
