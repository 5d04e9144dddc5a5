import {
  actionsLogger,
  escapedStream,
  InputReader,
  mask,
  runAction,
  setOutputs,
  writeSummary,
} from "@platform/action-kit";
import { workflowRun } from "@platform/action-kit/github-context";
import { createGitHubClient } from "@platform/github";
import {
  confineEnvironment,
  parseBranches,
  refusePullRequestEvent,
  releaseSummary,
  runRelease,
} from "@platform/release";
import { defaultBranches, Inputs, Outputs } from "./constants.ts";

void runAction(async () => {
  refusePullRequestEvent(process.env.GITHUB_EVENT_NAME ?? "");
  const input = new InputReader();
  const token = input.string(Inputs.GitHubToken);
  const jobToken = input.string(Inputs.JobToken);
  mask(token);
  mask(jobToken);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const inputs = {
    cwd: input.pathInside(Inputs.WorkingDirectory, workspace, { default: "." }),
    token,
    defaultTokenInUse: token !== "" && token === jobToken,
    branches: parseBranches(input.string(Inputs.Branches, { default: defaultBranches })),
    tagFormat: input.string(Inputs.TagFormat, { default: "v${version}" }),
    preset: input.string(Inputs.Preset, { default: "conventionalcommits" }),
    dryRun: input.boolean(Inputs.DryRun, false),
    majorTag: input.boolean(Inputs.MajorTag, false),
    minorTag: input.boolean(Inputs.MinorTag, false),
  };
  const github = workflowRun();
  // Inputs are read: the runner's secrets (inputs, OIDC request, runtime tokens) leave process.env,
  // which semantic-release's git children inherit whatever environment they are handed.
  confineEnvironment(process.env);
  const result = await runRelease(inputs, {
    logger: actionsLogger,
    env: { ...process.env },
    apiUrl: github.apiUrl,
    serverUrl: github.serverUrl,
    repository: github.repository,
    github: createGitHubClient({
      token,
      baseUrl: github.apiUrl,
      // "Is there a Release for this tag?" answers 404 by design: not worth a warning.
      log: {
        debug: actionsLogger.debug,
        warning: (message) => (/ - 404 with id /.test(message) ? actionsLogger.debug : actionsLogger.warning)(message),
      },
    }),
    // semantic-release logs commit subjects and git's output: escaped like every outside text.
    stdout: escapedStream(process.stdout),
    stderr: escapedStream(process.stderr),
  });
  setOutputs({
    [Outputs.Released]: result.released,
    [Outputs.Version]: result.version,
    [Outputs.Major]: result.major,
    [Outputs.Minor]: result.minor,
    [Outputs.Patch]: result.patch,
    [Outputs.Prerelease]: result.prerelease,
    [Outputs.Tag]: result.tag,
    [Outputs.PreviousVersion]: result.previousVersion,
    [Outputs.PreviousTag]: result.previousTag,
    [Outputs.Notes]: result.notes,
    [Outputs.Sha]: result.sha,
  });
  await writeSummary(
    releaseSummary({
      released: result.released,
      dryRun: result.dryRun,
      previousTag: result.previousTag,
      nextTag: result.tag,
      branch: result.branch,
      commits: result.commits,
      notes: result.notes,
      floatingTags: result.floatingTags,
      defaultTokenInUse: inputs.defaultTokenInUse,
      completed: result.completed,
    }),
  );
});
