import { ConfigurationError, inputError, type Logger } from "@platform/action-kit";
import type { GitHubClient } from "@platform/github";
import { ApiTransport, landEdits, openGitWorkspace } from "@platform/gitops";
import { RegistryClient } from "@platform/oci";
import {
  type AwsLogin,
  approversOf,
  ConfigFileError,
  copyToTarget,
  describePin,
  digestHistory,
  type EnvironmentConfig,
  existenceGate,
  freezeGate,
  type GateResult,
  lineageGate,
  type PlannedImage,
  type PlatformConfig,
  type PromotionPlan,
  parseConfig,
  promotionCredentials,
  promotionMessage,
  readConfigFile,
  readImageFacts,
  readPins,
  reasonGate,
  renderSummary,
  reportDeployment,
  repositoryOf,
  soakGate,
  tagState,
  targetEdits,
} from "@platform/promote";
import type { PromoteInputs } from "./inputs.ts";

export interface RunDeps {
  logger: Logger;
  mask: (secret: string) => void;
  now: () => Date;
  /** The runner's context. */
  context: {
    repository: string;
    runId: number;
    actor: string;
    sha: string;
    serverUrl: string;
    runUrl: string | undefined;
    runnerTemp: string;
  };
  /** Octokit with github-token (configuration, approvals, deployment status). */
  github: () => GitHubClient;
  /** Octokit with gitops-token (api mode, pull requests). */
  gitopsGithub: () => GitHubClient;
  /** Base environment for git and the docker config (PATH, HOME, proxies, DOCKER_CONFIG). */
  env: NodeJS.ProcessEnv;
  aws: AwsLogin;
  reclaim?: () => void;
}

export interface RunResult {
  outputs: Record<string, string>;
  summary: string;
  /** The one line the step fails with (a gate refused); outputs and summary are written first. */
  failure?: string;
}

class Refused extends Error {}

/** Gates, plan, then copy, edit, landing and the record (see the README for the contract). */
export async function run(inputs: PromoteInputs, deps: RunDeps): Promise<RunResult> {
  const { logger, context } = deps;
  const { text, ref } = await readConfigFile(deps.github(), context.repository, inputs.config, inputs.configRef);
  let config: PlatformConfig;
  try {
    config = parseConfig(text, `${inputs.config}@${ref}`);
  } catch (error) {
    if (error instanceof ConfigFileError) throw new ConfigurationError(error.message);
    throw error;
  }
  const { target, source, images } = selectPromotion(inputs, config);

  const plan: PromotionPlan = {
    environment: target.name,
    from: source.name,
    config: config.source,
    gitops: { repository: config.gitops.repository, branch: config.gitops.branch ?? "", commit: "" },
    gates: [],
    images: [],
    requestedBy: context.actor,
    approvedBy: [],
    reason: inputs.reason,
    dryRun: inputs.dryRun,
  };
  const outputsOf = (extra: Partial<Record<string, string>> = {}): Record<string, string> => ({
    digest: plan.images.length === 1 ? (plan.images[0]?.digest ?? "") : "",
    images: JSON.stringify(
      plan.images.map(({ name, from, to, digest, version, changed }) => ({
        name,
        from,
        to,
        digest,
        version: version ?? "",
        changed,
      })),
    ),
    changed: String(plan.images.some((image) => image.changed)),
    commit: "",
    "pull-request": "",
    plan: JSON.stringify(plan),
    ...extra,
  });
  const gate = (result: GateResult): void => {
    plan.gates.push(result);
    logger.info(`gate ${result.gate}${result.image ? ` (${result.image})` : ""}: ${result.outcome}: ${result.detail}`);
    if (result.outcome === "refuse") throw new Refused(result.detail);
  };

  const workspace = await openGitWorkspace({
    repository: config.gitops.repository,
    currentRepository: context.repository,
    runnerTemp: context.runnerTemp,
    serverUrl: context.serverUrl,
    token: inputs.gitopsToken,
    env: deps.env,
    logger,
  });
  const client = new RegistryClient({
    credentials: promotionCredentials({
      environments: [target, source],
      aws: deps.aws,
      username: inputs.username,
      password: inputs.password,
      env: deps.env,
      mask: deps.mask,
    }),
    logger,
    mask: deps.mask,
    ...(deps.reclaim ? { reclaim: deps.reclaim } : {}),
  });

  try {
    // 1-2: nothing read yet but the configuration.
    const now = deps.now();
    gate(freezeGate(config.freeze, target.name, now));
    gate(reasonGate(target, inputs.reason));

    // 3-5: reads only (the GitOps branch with its history, the registries).
    const branch = config.gitops.branch ?? (await workspace.defaultBranch());
    plan.gitops.branch = branch;
    const head = await workspace.transport.head(branch);
    if (!head) {
      throw new ConfigurationError(
        `${config.source}: gitops.branch ${JSON.stringify(branch)} does not exist in ${config.gitops.repository}.`,
      );
    }
    plan.gitops.commit = head;
    const snapshot = await workspace.transport.snapshot(head);
    const where = (env: EnvironmentConfig) => `${config.source}: environments.${env.name}`;
    let sourcePins: Awaited<ReturnType<typeof readPins>>;
    let targetPins: Awaited<ReturnType<typeof readPins>>;
    try {
      sourcePins = await readPins(snapshot, source, where(source));
      targetPins = await readPins(snapshot, target, where(target));
    } finally {
      snapshot.close?.();
    }

    const decided: { name: string; digest: string; lineage: PlannedImage["lineage"] }[] = [];
    for (const name of images) {
      const sourcePin = sourcePins.get(name) ?? { image: name, file: "" };
      const targetPin = targetPins.get(name) ?? { image: name, file: "" };
      const requested = inputs.digest;
      const inHistory = async (file: string) =>
        requested !== undefined &&
        file !== "" &&
        (await digestHistory(workspace.git, head, file, requested)).length > 0;
      const result = lineageGate({
        image: name,
        source: source.name,
        target: target.name,
        sourceDigest: sourcePin.digest,
        sourcePin: describePin(sourcePin),
        requested,
        inSourceHistory: await inHistory(sourcePin.file),
        inTargetHistory: await inHistory(targetPin.file),
        targetDigest: targetPin.digest,
        allowUnverified: inputs.allowUnverified,
      });
      gate(result);
      if (result.digest && result.lineage) decided.push({ name, digest: result.digest, lineage: result.lineage });
    }

    for (const { name, digest, lineage } of decided) {
      const file = sourcePins.get(name)?.file ?? "";
      const history = file && target.minSoakMs > 0 ? await digestHistory(workspace.git, head, file, digest) : [];
      // The current pin's commit is the newest change of the digest's count; an earlier build's (a hotfix) the oldest.
      const pinned = lineage === "hotfix" ? history.at(-1) : history[0];
      gate(
        soakGate({
          image: name,
          source: source.name,
          lineage,
          pinnedAt: pinned?.date,
          pinnedBy: pinned?.commit,
          minSoakMs: target.minSoakMs,
          minSoak: target.minSoak,
          now,
        }),
      );
    }

    // The registry reads of all images at once (round trips dominate); the gate then goes in image order.
    const read = await Promise.all(
      decided.map(async ({ name, digest, lineage }) => {
        const to = target.images.get(name) ?? "";
        const sourceRepository = sourcePins.get(name)?.repository ?? source.images.get(name) ?? "";
        // A rollback returns to what the target's own repository held; the source's is the fallback.
        let from = lineage === "rollback" ? to : sourceRepository;
        let facts = await readImageFacts(client, repositoryOf(from), digest);
        if (!facts.found && from !== sourceRepository) {
          from = sourceRepository;
          facts = await readImageFacts(client, repositoryOf(from), digest);
        }
        const tag = facts.version ? await tagState(client, repositoryOf(to), facts.version, digest) : undefined;
        return { name, digest, lineage, to, from, facts, tag };
      }),
    );
    for (const { name, digest, lineage, to, from, facts, tag } of read) {
      gate(
        existenceGate({
          image: name,
          reference: `${from}@${digest}`,
          found: facts.found,
          platforms: facts.platforms,
          required: target.platforms,
        }),
      );
      let version = facts.version;
      if (tag === "taken") {
        logger.info(`${to}:${version} holds another digest: ${name} is pinned by digest only, no tag is moved`);
        version = undefined;
      }
      const pin = targetPins.get(name);
      const changed = pin?.digest !== digest || pin.repository !== to || (version !== undefined && pin.tag !== version);
      plan.images.push({ name, from, to, digest, version, lineage, changed });
    }
    plan.approvedBy = await approversOf(deps.github(), context.repository, context.runId, target.name, logger);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    plan.refused = error.message;
    return { outputs: outputsOf(), summary: headedSummary(plan), failure: error.message };
  }

  if (inputs.dryRun) {
    logger.info("dry-run: every gate passed; nothing copied, committed or recorded");
    return { outputs: outputsOf(), summary: headedSummary(plan) };
  }

  // 6. Copy (nothing when the target is the same repository; the engine skips what is there).
  // Images in parallel; every copy is awaited (settled) before a failure is reported, so none is left running.
  const copies = await Promise.allSettled(
    plan.images
      .filter((image) => image.from !== image.to)
      .map((image) =>
        copyToTarget({
          client,
          logger,
          image: image.name,
          from: image.from,
          to: image.to,
          digest: image.digest,
          tag: image.version,
        }),
      ),
  );
  const failed = copies.find((copy): copy is PromiseRejectedResult => copy.status === "rejected");
  if (failed) throw failed.reason;

  // 7-8. One commit for every image, with the record in its trailers.
  const transport =
    config.gitops.commitVia === "api"
      ? new ApiTransport({ client: deps.gitopsGithub(), repository: config.gitops.repository })
      : workspace.transport;
  const landed = await landEdits({
    transport,
    repository: config.gitops.repository,
    branch: plan.gitops.branch,
    request: targetEdits(target, plan.images),
    message: promotionMessage({
      environment: target.name,
      from: source.name,
      gitopsCommit: plan.gitops.commit,
      images: plan.images,
      requestedBy: plan.requestedBy,
      approvedBy: plan.approvedBy,
      reason: plan.reason,
      runUrl: context.runUrl,
    }),
    mode: target.mode,
    dryRun: false,
    // Start from the head the gates read: one fetch less; a branch moved since is retried as a lost race.
    knownHead: plan.gitops.commit,
    logger,
    pullRequest: { client: deps.gitopsGithub, labels: [], reviewers: [], autoMerge: "" },
  });
  for (const image of plan.images) image.changed = landed.changed && image.changed;
  const commitUrl = `${context.serverUrl.replace(/\/+$/, "")}/${config.gitops.repository}/commit/${landed.commit}`;

  const pinned = plan.images.map((image) => `${image.name}@${image.digest.slice(0, 19)}`).join(", ");
  await reportDeployment({
    client: deps.github(),
    repository: context.repository,
    environment: target.name,
    sha: context.sha,
    state: "success",
    description: `${pinned} pinned in ${config.gitops.repository}@${landed.commit.slice(0, 12)}`,
    logUrl: context.runUrl,
    logger,
  });
  return {
    outputs: outputsOf({ commit: landed.commit, "pull-request": landed.pullRequest, changed: String(landed.changed) }),
    summary: headedSummary(plan, {
      diff: landed.diff,
      commitUrl,
      ...(landed.pullRequest ? { pullRequest: landed.pullRequest } : {}),
      changed: landed.changed,
    }),
  };
}

/** Target, source and images from the inputs and the configuration: every mistake one line, before any request that writes. */
function selectPromotion(
  inputs: PromoteInputs,
  config: PlatformConfig,
): { target: EnvironmentConfig; source: EnvironmentConfig; images: string[] } {
  const names = [...config.environments.keys()];
  const target = config.environments.get(inputs.environment);
  if (!target) {
    throw inputError(
      "environment",
      inputs.environment,
      `is not an environment of ${config.source}`,
      `use one of: ${names.join(", ")}`,
    );
  }
  const fromName = inputs.from ?? target.from;
  if (fromName === undefined) {
    throw inputError(
      "from",
      "",
      `is empty and ${target.name} has no from in ${config.source}`,
      "name the environment to promote from",
    );
  }
  const source = config.environments.get(fromName);
  if (!source) {
    throw inputError("from", fromName, `is not an environment of ${config.source}`, `use one of: ${names.join(", ")}`);
  }
  if (source.name === target.name) {
    throw inputError("from", fromName, "is the target environment itself", "name the environment to promote from");
  }
  const images = inputs.images.length > 0 ? inputs.images : [...target.images.keys()];
  for (const image of images) {
    if (!target.images.has(image)) {
      throw inputError(
        "images",
        image,
        `is not an image of ${target.name} in ${config.source}`,
        `use one of: ${[...target.images.keys()].join(", ")}`,
      );
    }
    if (!source.images.has(image)) {
      throw inputError(
        "images",
        image,
        `is not an image of ${source.name} in ${config.source}`,
        "promote it from an environment that runs it",
      );
    }
  }
  if (new Set(images).size !== images.length) {
    throw inputError("images", images.join(", "), "names an image twice", "name each image once");
  }
  if (inputs.digest !== undefined && images.length !== 1) {
    throw inputError(
      "digest",
      inputs.digest,
      `is one digest for ${images.length} images (${images.join(", ")})`,
      "name exactly one image in images",
    );
  }
  return { target, source, images };
}

/** The step summary: the action's heading over the plan (and what landed). */
function headedSummary(plan: PromotionPlan, landed?: Parameters<typeof renderSummary>[1]): string {
  return `### promote: ${plan.from} -> ${plan.environment}\n\n${renderSummary(plan, landed)}`;
}
