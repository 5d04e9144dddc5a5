import { ConfigurationError, FieldError, type Logger } from "@platform/action-kit";
import { type GitHubClient, httpStatus } from "@platform/github";
import { createGitRunner } from "@platform/process";
import type { Options } from "semantic-release";
import { type BranchSpec, isRecord, loadReleaseFile, type PluginOptions, selectPluginOptions } from "./config.ts";
import { releaseEnvironment } from "./environment.ts";
import { describeFailure, findConfigurationError } from "./errors.ts";
import { type ReleaseField, releaseFieldError } from "./fields.ts";
import {
  createGit,
  type Git,
  isShallow,
  isWorkTree,
  listTags,
  localTagCommit,
  moveTag,
  remoteTagCommit,
} from "./git.ts";
import { gitCredentials, withInheritedCredentials } from "./git-credentials.ts";
import { isPresetName, presetNames } from "./presets.ts";
import type { CommitLine } from "./summary.ts";
import { floatingTags, parseVersion, tagFor } from "./versions.ts";

export interface ReleaseInputs {
  /** The repository's work tree. */
  cwd: string;
  token: string;
  /** True when `token` is the job's own GITHUB_TOKEN (its pushes start no workflows). */
  defaultTokenInUse: boolean;
  branches: BranchSpec[];
  tagFormat: string;
  preset: string;
  dryRun: boolean;
  majorTag: boolean;
  minorTag: boolean;
}

export interface ReleaseDeps {
  logger: Logger;
  /** The environment semantic-release and git see (process.env on a runner). */
  env: NodeJS.ProcessEnv;
  apiUrl: string;
  serverUrl: string;
  /** owner/name of the repository the Releases belong to. */
  repository: string;
  github: GitHubClient;
  /** Where semantic-release writes its log. */
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface ReleaseResult {
  released: boolean;
  dryRun: boolean;
  version: string;
  major: string;
  minor: string;
  patch: string;
  prerelease: string;
  tag: string;
  previousVersion: string;
  previousTag: string;
  notes: string;
  sha: string;
  branch: string;
  commits: CommitLine[];
  /** Floating tags moved to the release commit. */
  floatingTags: string[];
  /** What this run completed for a release an earlier run left unfinished. */
  completed: string[];
}

interface LastRelease {
  version?: string;
  gitTag?: string;
  gitHead?: string;
}

interface BranchContext {
  name: string;
  type: string;
  channel?: string | null;
  prerelease?: string | boolean;
  tags: Array<{ version: string; gitTag: string; channels: Array<string | null>; gitHead?: string }>;
}

/** What the action's own inline plugin sees of semantic-release's run. */
interface Captured {
  lastRelease?: LastRelease;
  branch?: BranchContext;
  repositoryUrl?: string;
  dryRun?: boolean;
  commits: CommitLine[];
  /** Set once every step before the tag push succeeded: a later failure leaves a pushed tag behind. */
  taggingTag?: string;
}

export async function runRelease(inputs: ReleaseInputs, deps: ReleaseDeps): Promise<ReleaseResult> {
  const { logger } = deps;
  const runner = createGitRunner({
    cwd: inputs.cwd,
    env: releaseEnv(deps),
    credentials: gitCredentials(deps.serverUrl, inputs.token),
  });
  // semantic-release runs all its git commands with one environment, so it gets the remote one
  // (its push needs the token); hooks are disabled there as in every other command.
  const env = runner.environments.remote;
  // Names only: which variables reach semantic-release is checkable from a debug log without a value in it.
  logger.debug(`semantic-release environment (names): ${Object.keys(env).sort().join(" ")}`);
  const git = createGit(runner);
  await checkPreconditions(inputs, git);

  // Loaded here, not at start-up: everything above can fail on a bad input without it.
  const engine = await import("./engine.ts");
  const { bundledPlugins, named, semanticRelease } = engine;
  const { top, analyzerOptions, notesOptions, githubOptions } = await pluginOptions(engine, inputs, deps);

  if (inputs.majorTag && (await hasRemote(git, "origin"))) {
    // Floating tags move on the remote; a plain `git fetch --tags` (semantic-release's) refuses
    // to update a moved tag, so bring them up to date first.
    await git(["fetch", "--quiet", "--force", "--tags", "origin"]);
  }

  const captured: Captured = { commits: [] };
  const capture = named("release action", captureSteps(captured, git));

  const options = {
    branches: top.branches ?? inputs.branches,
    tagFormat: typeof top.tagFormat === "string" ? top.tagFormat : inputs.tagFormat,
    dryRun: inputs.dryRun || top.dryRun === true,
    // Shareable configs and presets would be imported by name at run time: not in a bundle.
    extends: undefined,
    preset: undefined,
    config: undefined,
    plugins: [
      [capture, {}],
      [bundledPlugins.commitAnalyzer, analyzerOptions],
      [bundledPlugins.notesGenerator, notesOptions],
      [bundledPlugins.github, githubOptions],
    ],
  } as unknown as Options;
  const tagFormat = String(options.tagFormat);

  let result: Awaited<ReturnType<typeof semanticRelease>>;
  try {
    result = await withInheritedCredentials(env, () =>
      semanticRelease(options, {
        cwd: inputs.cwd,
        env,
        stdout: deps.stdout,
        stderr: deps.stderr,
      } as never),
    );
  } catch (error) {
    const configuration = findConfigurationError(error);
    if (configuration) throw configuration;
    if (captured.taggingTag && !captured.dryRun) {
      // The cause's stack stays reachable with step debug logging; the step fails with what to do.
      logger.debug(describeFailure(error).stack ?? "");
      throw await incompleteRelease(error, captured, git, deps, inputs);
    }
    throw describeFailure(error);
  }

  const dryRun = captured.dryRun ?? inputs.dryRun;
  const base = {
    dryRun,
    branch: captured.branch?.name ?? "",
    previousVersion: captured.lastRelease?.version ?? "",
    previousTag: captured.lastRelease?.gitTag ?? "",
    floatingTags: [] as string[],
    completed: [] as string[],
  };

  if (result !== false && result.nextRelease) {
    return releasedResult(result.nextRelease, result.commits, base, captured, git, inputs, deps, tagFormat);
  }

  const none = noRelease(base, captured);
  if (dryRun || !captured.lastRelease?.gitTag || !captured.branch) return none;
  return completeEarlierRelease(
    engine,
    none,
    captured,
    git,
    runner.environments.local,
    inputs,
    deps,
    notesOptions,
    tagFormat,
  );
}

/** The outputs of a run that released nothing (the version fields empty). */
function noRelease(
  base: Pick<ReleaseResult, "dryRun" | "branch" | "previousVersion" | "previousTag" | "floatingTags" | "completed">,
  captured: Captured,
): ReleaseResult {
  return {
    ...base,
    released: false,
    version: "",
    major: "",
    minor: "",
    patch: "",
    prerelease: "",
    tag: "",
    notes: "",
    sha: "",
    commits: captured.commits,
  };
}

/**
 * The suite's own plugin steps, run first: what semantic-release decided (the last release, the
 * branch, the commits) is captured for the outputs, and a tag already on another commit refuses.
 */
function captureSteps(captured: Captured, git: Git): Record<string, SemanticReleasePluginStep> {
  return {
    analyzeCommits: async (_config: unknown, context: CaptureContext) => {
      captured.lastRelease = context.lastRelease;
      captured.branch = context.branch;
      captured.repositoryUrl = context.options.repositoryUrl;
      captured.dryRun = context.options.dryRun === true;
      captured.commits = context.commits.map((c) => ({ hash: c.hash, message: c.message }));
      return null;
    },
    verifyRelease: async (
      _config: unknown,
      context: CaptureContext & { nextRelease: { gitTag: string; gitHead: string } },
    ) => {
      const { gitTag, gitHead } = context.nextRelease;
      const existing = await localTagCommit(git, gitTag);
      if (existing && existing !== gitHead) {
        throw new ConfigurationError(
          `Tag ${gitTag} already exists on commit ${existing.slice(0, 12)}, not on the release commit ${gitHead.slice(0, 12)}; delete that tag (git push origin :refs/tags/${gitTag}) or change the tag format, then re-run.`,
        );
      }
    },
    prepare: async (
      _config: unknown,
      context: CaptureContext & { nextRelease: { gitTag: string; gitHead: string } },
    ) => {
      captured.taggingTag = context.nextRelease.gitTag;
    },
  } as unknown as Record<string, SemanticReleasePluginStep>;
}

/** The repository must be a full (not shallow) work tree, the token given and the preset bundled: checked before anything runs. */
async function checkPreconditions(inputs: ReleaseInputs, git: Git): Promise<void> {
  if (!(await isWorkTree(git))) {
    throw new FieldError<ReleaseField>(
      "cwd",
      `${JSON.stringify(inputs.cwd)} is not a git work tree; check the repository out first (actions/checkout with fetch-depth: 0).`,
    );
  }
  if (await isShallow(git)) {
    throw new ConfigurationError(
      `The repository in ${inputs.cwd} is a shallow clone, so earlier tags and commits are missing; check it out with actions/checkout "fetch-depth: 0".`,
    );
  }
  if (!inputs.token) {
    throw releaseFieldError(
      "token",
      "",
      "is empty",
      "pass a token with contents: write (the default is ${{ github.token }}) to create the tag and the Release",
    );
  }
  if (!isPresetName(inputs.preset)) {
    throw releaseFieldError(
      "preset",
      inputs.preset,
      "is not a bundled preset",
      `use one of: ${presetNames.join(", ")}`,
    );
  }
}

/** The release file (if any) and the inputs, as the options of the bundled plugins. */
async function pluginOptions(engine: Engine, inputs: ReleaseInputs, deps: ReleaseDeps) {
  const { logger } = deps;
  const file = await loadReleaseFile(inputs.cwd);
  const top = file?.config ?? {};
  if (file) logger.info(`Using the release configuration in ${file.filepath} (its plugins are the bundled ones).`);
  const selection = selectPluginOptions(file?.config);
  for (const name of selection.ignored) {
    logger.warning(`${file?.filepath}: plugin ${name} is not bundled with the release action and does not run.`);
  }
  if (top.extends !== undefined) {
    logger.warning(
      `${file?.filepath}: "extends" is not supported by the release action (nothing is installed at run time) and is ignored.`,
    );
  }

  const where = file?.filepath ?? "inputs";
  const analyzerPreset = await loadPreset(engine, selection.options.commitAnalyzer, top, inputs.preset, where);
  const notesPreset = await loadPreset(engine, selection.options.notesGenerator, top, inputs.preset, where);
  const analyzerOptions = withPreset(selection.options.commitAnalyzer, top, analyzerPreset, false);
  const notesOptions = withPreset(selection.options.notesGenerator, top, notesPreset, true);
  const githubOptions: PluginOptions = {
    githubUrl: deps.serverUrl,
    githubApiUrl: deps.apiUrl,
    ...selection.options.github,
    successComment: false,
    failComment: false,
    releasedLabels: false,
  };
  return { top, analyzerOptions, notesOptions, githubOptions };
}

/** A release semantic-release made: the floating tags moved (stable releases), then the outputs. */
async function releasedResult(
  next: { version: string; gitTag: string; gitHead: string; notes?: string; channel?: string | null },
  commits: Array<{ hash: string; message: string }>,
  base: Pick<ReleaseResult, "dryRun" | "branch" | "previousVersion" | "previousTag" | "floatingTags" | "completed">,
  captured: Captured,
  git: Git,
  inputs: ReleaseInputs,
  deps: ReleaseDeps,
  tagFormat: string,
): Promise<ReleaseResult> {
  const { logger } = deps;
  const dryRun = base.dryRun;
  const version = parseVersion(next.version);
  const moved: string[] = [];
  if (!dryRun && inputs.majorTag && !next.channel && version?.prerelease === "") {
    const floating = await planFloatingTags(
      git,
      captured,
      next.version,
      next.gitHead,
      tagFormat,
      inputs.minorTag,
      logger,
    );
    try {
      await moveFloatingTags(git, captured, floating, next.version, next.gitHead, tagFormat, logger, moved);
    } catch (error) {
      logger.debug(describeFailure(error).stack ?? "");
      throw await floatingTagFailure(error, { tag: next.gitTag, floating, moved }, captured, git, deps);
    }
  }
  return {
    ...base,
    released: true,
    ...versionFields(next.version),
    tag: next.gitTag,
    notes: next.notes ?? "",
    sha: next.gitHead,
    commits: commits.map((c) => ({ hash: c.hash, message: c.message })),
    floatingTags: moved,
  };
}

/** The version outputs of a released version: the whole, its parts and its prerelease label. */
function versionFields(text: string): Pick<ReleaseResult, "version" | "major" | "minor" | "patch" | "prerelease"> {
  const version = parseVersion(text);
  return {
    version: text,
    major: String(version?.major ?? ""),
    minor: String(version?.minor ?? ""),
    patch: String(version?.patch ?? ""),
    prerelease: version?.prerelease ?? "",
  };
}

type Engine = typeof import("./engine.ts");

interface CaptureContext {
  lastRelease: LastRelease;
  branch: BranchContext;
  commits: Array<{ hash: string; message: string }>;
  options: { repositoryUrl: string; dryRun?: boolean };
}

/**
 * A re-run after a failure that came after the tag push: semantic-release sees the tag as the
 * last release and has nothing to do, so the missing Release and floating tags are made here,
 * and the outputs describe that release so the jobs chained on them run this time.
 * Only when the last tag is on HEAD, as it is when the job that pushed it is re-run: a later
 * run on newer commits must not publish a Release, or move floating tags back, for a tag that
 * someone deliberately left without them.
 */
async function completeEarlierRelease(
  { getCommits, getLastRelease, bundledPlugins }: Engine,
  none: ReleaseResult,
  captured: Captured,
  git: Git,
  env: NodeJS.ProcessEnv,
  inputs: ReleaseInputs,
  deps: ReleaseDeps,
  notesOptions: PluginOptions,
  tagFormat: string,
): Promise<ReleaseResult> {
  const last = captured.lastRelease;
  const branch = captured.branch;
  if (!last?.gitTag || !last.version || !branch) return none;
  const gitHead = (await git(["rev-list", "-1", last.gitTag])).trim();
  if (gitHead !== (await git(["rev-parse", "HEAD"])).trim()) return none;
  const [owner = "", repo = ""] = deps.repository.split("/");
  const existing = await findRelease(deps.github, owner, repo, last.gitTag);
  const version = parseVersion(last.version);
  const floating =
    inputs.majorTag && !branch.channel && version?.prerelease === ""
      ? await planFloatingTags(git, captured, last.version, gitHead, tagFormat, inputs.minorTag, deps.logger, true)
      : [];
  if (existing && floating.length === 0) return none;

  const previous = getLastRelease({ branch, options: { tagFormat } }, { before: last.version });
  const previousHead = previous.gitTag ? (await git(["rev-list", "-1", previous.gitTag])).trim() : undefined;
  const quiet = { log: () => {}, error: () => {}, warn: () => {}, success: () => {} };
  const commits = await getCommits({
    cwd: inputs.cwd,
    env,
    lastRelease: { gitHead: previousHead },
    nextRelease: { gitHead },
    logger: quiet,
  });
  const completed: string[] = [];
  let notes = existing?.body ?? "";
  if (!existing) {
    notes = String(
      await bundledPlugins.notesGenerator.generateNotes(notesOptions, {
        cwd: inputs.cwd,
        env,
        commits,
        lastRelease: previous.gitTag ? { ...previous, gitHead: previousHead } : {},
        nextRelease: {
          version: last.version,
          gitTag: last.gitTag,
          gitHead,
          name: last.gitTag,
          channel: branch.channel,
        },
        options: { repositoryUrl: captured.repositoryUrl ?? "" },
        logger: quiet,
      }),
    );
    await deps.github.rest.repos.createRelease({
      owner,
      repo,
      tag_name: last.gitTag,
      name: last.gitTag,
      body: notes,
      prerelease: version?.prerelease !== "",
    });
    const done = `Created the missing GitHub Release ${last.gitTag} (an earlier run pushed the tag and then failed).`;
    completed.push(done);
    deps.logger.info(done);
  }
  const moved: string[] = [];
  try {
    await moveFloatingTags(git, captured, floating, last.version, gitHead, tagFormat, deps.logger, moved);
  } catch (error) {
    deps.logger.debug(describeFailure(error).stack ?? "");
    throw await floatingTagFailure(error, { tag: last.gitTag, floating, moved }, captured, git, deps);
  }
  if (moved.length > 0) {
    completed.push(
      `Moved ${moved.join(", ")} to ${last.gitTag}, which an earlier run released without moving ${moved.length > 1 ? "them" : "it"}.`,
    );
  }
  return {
    ...none,
    released: true,
    ...versionFields(last.version),
    tag: last.gitTag,
    notes,
    sha: gitHead,
    previousVersion: previous.version ?? "",
    previousTag: previous.gitTag ?? "",
    commits: commits.map((c) => ({ hash: c.hash, message: c.message })),
    floatingTags: moved,
    completed,
  };
}

/** The Release for `tag`, or undefined when GitHub has none. */
async function findRelease(
  github: GitHubClient,
  owner: string,
  repo: string,
  tag: string,
): Promise<{ body: string } | undefined> {
  try {
    const { data } = await github.rest.repos.getReleaseByTag({ owner, repo, tag });
    return { body: data.body ?? "" };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/**
 * The floating tags to point at `sha`: v<major> (and v<major>.<minor>) unless a newer release
 * of that line exists; with `onlyIfStale`, without those already there on the remote.
 */
async function planFloatingTags(
  git: Git,
  captured: Captured,
  version: string,
  sha: string,
  tagFormat: string,
  minor: boolean,
  logger: Logger,
  onlyIfStale = false,
): Promise<string[]> {
  const remote = captured.repositoryUrl ?? "origin";
  const { moves, skipped } = floatingTags(version, await listTags(git), { tagFormat, minor });
  for (const tag of skipped) logger.info(`${tag} stays: a newer stable release of that line exists.`);
  const plan: string[] = [];
  for (const tag of moves) {
    if (!onlyIfStale || (await remoteTagCommit(git, remote, tag)) !== sha) plan.push(tag);
  }
  return plan;
}

/** Moves each tag of `plan` to `sha` in turn, adding it to `moved` once it is on the remote. */
async function moveFloatingTags(
  git: Git,
  captured: Captured,
  plan: string[],
  version: string,
  sha: string,
  tagFormat: string,
  logger: Logger,
  moved: string[],
): Promise<void> {
  const remote = captured.repositoryUrl ?? "origin";
  for (const tag of plan) {
    await moveTag(git, remote, tag, sha);
    logger.info(`Moved ${tag} to ${sha.slice(0, 12)} (${tagFor(tagFormat, version)}).`);
    moved.push(tag);
  }
}

/**
 * A floating tag that did not move, as one line with what exists (the release tag, the
 * Release, the floating tags that did move) and the re-run that moves the rest.
 */
async function floatingTagFailure(
  error: unknown,
  state: { tag: string; floating: string[]; moved: string[] },
  captured: Captured,
  git: Git,
  deps: ReleaseDeps,
): Promise<ConfigurationError> {
  const remote = captured.repositoryUrl ?? "origin";
  const [owner = "", repo = ""] = deps.repository.split("/");
  const tagSha = await remoteTagCommit(git, remote, state.tag).catch(() => undefined);
  const release = await findRelease(deps.github, owner, repo, state.tag).then(
    (found) => (found ? "created" : "missing"),
    () => "unknown",
  );
  const pending = state.floating.slice(state.moved.length);
  const failed = pending[0] ?? "";
  const moved = state.moved.length > 0 ? `, ${state.moved.join(", ")}: moved` : "";
  return new ConfigurationError(
    `Release ${state.tag} is published but ${failed} was not moved to it: tag ${state.tag} is on the remote at ${tagSha?.slice(0, 12) ?? "(not found)"}, GitHub Release: ${release}${moved}; moving ${failed} failed with: ${describeFailure(error).message}. Re-run the job: it moves ${pending.join(", ")}.`,
  );
}

/**
 * The failure after the tag was pushed, with what exists, as one line: what the engineer needs
 * is the state and the re-run, not this function's stack (the cause's goes to the debug log).
 */
async function incompleteRelease(
  error: unknown,
  captured: Captured,
  git: Git,
  deps: ReleaseDeps,
  inputs: ReleaseInputs,
): Promise<ConfigurationError> {
  const tag = captured.taggingTag ?? "";
  const remote = captured.repositoryUrl ?? "origin";
  const [owner = "", repo = ""] = deps.repository.split("/");
  const tagSha = await remoteTagCommit(git, remote, tag).catch(() => undefined);
  const release = await findRelease(deps.github, owner, repo, tag).then(
    (found) => (found ? "created" : "missing"),
    () => "unknown",
  );
  const cause = describeFailure(error).message;
  if (!tagSha) {
    return new ConfigurationError(
      `Release ${tag} failed before its tag reached the remote (${cause}); nothing was published, re-run the job.`,
    );
  }
  const rest = inputs.majorTag ? "creates what is missing and moves the floating tags" : "creates what is missing";
  return new ConfigurationError(
    `Release ${tag} is incomplete: tag ${tag} is on the remote at ${tagSha.slice(0, 12)}, GitHub Release: ${release}; it failed with: ${cause}. Re-run the job: it ${rest}.`,
  );
}

async function hasRemote(git: Git, name: string): Promise<boolean> {
  try {
    await git(["remote", "get-url", name]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The environment semantic-release and git run with, before the token: the step's without the
 * runner's secrets (see environment.ts) and without a GITHUB_TOKEN of the workflow's `env:`
 * (github-token is the one token, and it goes to the remote commands and the GitHub plugin only).
 */
function releaseEnv(deps: ReleaseDeps): NodeJS.ProcessEnv {
  const { GITHUB_TOKEN: _workflowToken, ...kept } = releaseEnvironment(deps.env);
  return {
    ...kept,
    GITHUB_API_URL: deps.apiUrl,
    GITHUB_URL: deps.serverUrl,
    // The GitHub plugin skips its push-permission probe inside Actions (installation tokens have no "permissions").
    GITHUB_ACTION: deps.env.GITHUB_ACTION ?? "release",
  };
}

/** Preset parser/writer options for one plugin: plugin options, then the file's top level, then the input. */
async function loadPreset(
  { presets }: Engine,
  plugin: PluginOptions,
  top: Record<string, unknown>,
  inputPreset: string,
  where: string,
): Promise<ConventionalChangelogPreset> {
  const custom = plugin.config ?? top.config;
  if (custom !== undefined) {
    throw new ConfigurationError(
      `${where}: "config": ${JSON.stringify(custom)} names a preset package, which the release action cannot load; use "preset" with one of: ${presetNames.join(", ")}.`,
    );
  }
  const name = String(plugin.preset ?? top.preset ?? inputPreset).toLowerCase();
  if (!isPresetName(name)) {
    throw new ConfigurationError(
      `${where}: preset ${JSON.stringify(name)} is not bundled with the release action; use one of: ${presetNames.join(", ")}.`,
    );
  }
  const factory = presets[name];
  const presetConfig = plugin.presetConfig ?? top.presetConfig ?? {};
  return factory(isRecord(presetConfig) ? presetConfig : {});
}

/**
 * The plugins load a preset by name; here the bundled preset's parser (and writer) options
 * are handed over instead, with the user's own parserOpts/writerOpts on top.
 */
function withPreset(
  plugin: PluginOptions,
  top: Record<string, unknown>,
  preset: ConventionalChangelogPreset,
  writer: boolean,
): PluginOptions {
  const userParser = plugin.parserOpts ?? top.parserOpts;
  const userWriter = plugin.writerOpts ?? top.writerOpts;
  return {
    ...plugin,
    preset: undefined,
    config: undefined,
    presetConfig: undefined,
    parserOpts: { ...preset.parser, ...(isRecord(userParser) ? userParser : {}) },
    ...(writer ? { writerOpts: { ...preset.writer, ...(isRecord(userWriter) ? userWriter : {}) } } : {}),
  };
}
