import { ConfigurationError, inputError, type Logger } from "@platform/action-kit";
import type { GitHubClient } from "@platform/github";
import { ApiTransport, gitAuthSecret, landEdits, type Snapshot } from "@platform/gitops";
import { isDigest, RegistryClient } from "@platform/oci";
import {
  type AwsLogin,
  approversOf,
  ConfigFileError,
  copyToTarget,
  createScratchRepository,
  describePin,
  digestHistory,
  type EnvironmentConfig,
  existenceGate,
  findOpenDeployment,
  freezeGate,
  type GateResult,
  lineageGate,
  openGitopsRepository,
  type PlannedImage,
  type PlatformConfig,
  type PromotionPlan,
  parseConfig,
  promotionCredentials,
  promotionMessage,
  ReadDenied,
  readConfigFile,
  readImageFacts,
  readPins,
  reasonGate,
  renderSummary,
  reportDeployment,
  repositoryOf,
  reusingSnapshot,
  soakGate,
  tagState,
  targetEdits,
  warmRegistries,
} from "@platform/promote";
import { Inputs } from "./constants.ts";
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
  /** Called once a copy is moving bytes (main passes leanV8ForBulkTransfer()). */
  onBulkTransfer?: () => void;
}

export interface RunResult {
  outputs: Record<string, string>;
  summary: string;
  /** The one line the step fails with (a gate refused); outputs and summary are written first. */
  failure?: string;
}

class Refused extends Error {}

/**
 * A registry read of the plan: in a dry run a refused read (the target environment's
 * credentials are not at hand) is "denied" instead of a failure; otherwise the read as it is.
 */
async function planRead<T>(dryRun: boolean, read: () => Promise<T>): Promise<T | "denied"> {
  try {
    return await read();
  } catch (error) {
    if (dryRun && error instanceof ReadDenied) return "denied";
    throw error;
  }
}

const noop = (): void => {};

/** A promise awaited later: a rejection before then is not "unhandled", and still rethrown at the await. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Gates, plan, then copy, edit, landing and the record (see the README for the contract).
 * What does not depend on each other runs at once (the configuration read and the `git init`;
 * the GitOps fetch, the registry logins and the run's approvals; the copies of all images and
 * the lookup of the job's deployment); the gates still decide in their order, before any write.
 */
export async function run(inputs: PromoteInputs, deps: RunDeps): Promise<RunResult> {
  const { logger, context } = deps;
  // Before any request: what readInputs leaves to the suite's packages.
  if (inputs.digest !== undefined && !isDigest(inputs.digest)) {
    throw inputError(
      Inputs.Digest,
      inputs.digest,
      "is not a sha256 digest",
      "write sha256: and 64 lower-case hex digits",
    );
  }
  // git sends a token base64-encoded in a header: that form is masked too, before any git runs.
  for (const token of new Set([inputs.githubToken, inputs.gitopsToken])) if (token) deps.mask(gitAuthSecret(token));
  const scratch = later(createScratchRepository(context.runnerTemp, deps.env));
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

  // The plan (dry-run) runs outside the target environment (promote.yml's plan job), so the
  // target's role, which trusts only that environment's OIDC subject, is not assumed: a host
  // shared with the source is read with the source's role; a role that refuses the plan job's
  // token and a read that is refused are left to the promotion itself, which checks every gate
  // again, with the environment's credentials, before it writes.
  const client = new RegistryClient({
    credentials: promotionCredentials({
      environments: inputs.dryRun ? [source] : [target, source],
      ...(inputs.dryRun
        ? {
            onRoleRefused: (_role: string, error: Error) =>
              logger.info(`dry-run: ${error.message} Its registry is not read in the plan.`),
          }
        : {}),
      aws: deps.aws,
      username: inputs.username,
      password: inputs.password,
      env: deps.env,
      mask: deps.mask,
    }),
    logger,
    mask: deps.mask,
    ...(deps.onBulkTransfer ? { onBulkTransfer: deps.onBulkTransfer } : {}),
  });

  // The gates' snapshot of the GitOps branch, reused by the landing; closed on every way out.
  let snapshot: Snapshot | undefined;
  try {
    // 1-2: nothing read yet but the configuration.
    const now = deps.now();
    gate(freezeGate(config.freeze, target.name, now));
    gate(reasonGate(target, inputs.reason));

    // 3-5: reads only. The run's approvals and the registry logins start now, beside the GitOps fetch.
    // A dry run records nothing, and its job (promote.yml's plan) runs before any approval and
    // without actions: read: the approvals are read only for a promotion.
    const approvals = inputs.dryRun
      ? Promise.resolve([])
      : later(approversOf(deps.github(), context.repository, context.runId, target.name, logger));
    void warmRegistries(client, [
      ...images.map((name) => source.images.get(name) ?? ""),
      ...images.map((name) => target.images.get(name) ?? ""),
    ]);
    const gitops = openGitopsRepository({
      dir: await scratch,
      env: deps.env,
      serverUrl: context.serverUrl,
      repository: config.gitops.repository,
      token: inputs.gitopsToken,
      // History only where a gate reads it: a digest input (lineage) or min-soak; else the tip.
      history: inputs.digest !== undefined || target.minSoakMs > 0,
    });
    logger.info(`Fetching ${config.gitops.repository} from ${gitops.url}`);
    const branch = config.gitops.branch ?? (await gitops.defaultBranch());
    plan.gitops.branch = branch;
    const head = await gitops.transport.head(branch);
    if (!head) {
      throw new ConfigurationError(
        `${config.source}: gitops.branch ${JSON.stringify(branch)} does not exist in ${config.gitops.repository}.`,
      );
    }
    plan.gitops.commit = head;
    const read = await gitops.transport.snapshot(head);
    snapshot = read;
    const where = (env: EnvironmentConfig) => `${config.source}: environments.${env.name}`;
    const [sourcePins, targetPins] = await Promise.all([
      readPins(read, source, where(source)),
      readPins(read, target, where(target)),
    ]);
    const historyOf = (file: string, digest: string) => digestHistory(gitops.git, head, file, digest);

    const requested = inputs.digest;
    const lineages = await Promise.all(
      images.map(async (name) => {
        const sourcePin = sourcePins.get(name) ?? { image: name, file: "" };
        const targetPin = targetPins.get(name) ?? { image: name, file: "" };
        const inHistory = async (file: string) =>
          requested !== undefined && file !== "" && (await historyOf(file, requested)).length > 0;
        const [inSourceHistory, inTargetHistory] = await Promise.all([
          inHistory(sourcePin.file),
          inHistory(targetPin.file),
        ]);
        return lineageGate({
          image: name,
          source: source.name,
          target: target.name,
          sourceDigest: sourcePin.digest,
          sourcePin: describePin(sourcePin),
          requested,
          inSourceHistory,
          inTargetHistory,
          targetDigest: targetPin.digest,
          allowUnverified: inputs.allowUnverified,
          allowUnverifiedBy: `set ${Inputs.AllowUnverified}: true`,
        });
      }),
    );
    const decided: { name: string; digest: string; lineage: PlannedImage["lineage"] }[] = [];
    for (const result of lineages) {
      gate(result);
      if (result.image && result.digest && result.lineage) {
        decided.push({ name: result.image, digest: result.digest, lineage: result.lineage });
      }
    }

    const soaks = await Promise.all(
      decided.map(async ({ name, digest, lineage }) => {
        const file = sourcePins.get(name)?.file ?? "";
        const history = file && target.minSoakMs > 0 ? await historyOf(file, digest) : [];
        // The current pin's commit is the newest change of the digest's count; an earlier build's (a hotfix) the oldest.
        const pinned = lineage === "hotfix" ? history.at(-1) : history[0];
        return soakGate({
          image: name,
          source: source.name,
          lineage,
          pinnedAt: pinned?.date,
          pinnedBy: pinned?.commit,
          minSoakMs: target.minSoakMs,
          minSoak: target.minSoak,
          now,
        });
      }),
    );
    for (const result of soaks) gate(result);

    // The registry reads of all images at once (round trips dominate); the gate then goes in image order.
    const facts = await Promise.all(
      decided.map(async ({ name, digest, lineage }) => {
        const to = target.images.get(name) ?? "";
        const sourceRepository = sourcePins.get(name)?.repository ?? source.images.get(name) ?? "";
        // A rollback returns to what the target's own repository held; the source's is the fallback.
        let from = lineage === "rollback" ? to : sourceRepository;
        let found = await planRead(inputs.dryRun, () => readImageFacts(client, repositoryOf(from), digest));
        if ((found === "denied" || !found.found) && from !== sourceRepository) {
          const fromTarget = found;
          from = sourceRepository;
          found = await planRead(inputs.dryRun, () => readImageFacts(client, repositoryOf(sourceRepository), digest));
          // Where the plan cannot see the target, "not in the source either" is not an answer.
          if (fromTarget === "denied" && found !== "denied" && !found.found) {
            from = to;
            found = "denied";
          }
        }
        const version = found !== "denied" ? found.version : undefined;
        const tag = version
          ? await planRead(inputs.dryRun, () => tagState(client, repositoryOf(to), version, digest))
          : undefined;
        return { name, digest, lineage, to, from, facts: found, tag };
      }),
    );
    for (const { name, digest, lineage, to, from, facts: found, tag } of facts) {
      const pin = targetPins.get(name);
      if (found === "denied") {
        gate({
          gate: "existence",
          image: name,
          outcome: "skip",
          detail: `${from}@${digest} cannot be read without the ${target.name} environment's credentials; the promotion checks it`,
        });
        const changed = pin?.digest !== digest || pin.repository !== to;
        plan.images.push({ name, from, to, digest, version: undefined, lineage, changed });
        continue;
      }
      gate(
        existenceGate({
          image: name,
          reference: `${from}@${digest}`,
          found: found.found,
          platforms: found.platforms,
          required: target.platforms,
        }),
      );
      let version = found.version;
      if (tag === "denied") {
        logger.info(
          `${to}: its tags cannot be read without the ${target.name} environment's credentials; the promotion checks ${version}`,
        );
      }
      if (tag === "taken") {
        logger.info(`${to}:${version} holds another digest: ${name} is pinned by digest only, no tag is moved`);
        version = undefined;
      }
      const changed = pin?.digest !== digest || pin.repository !== to || (version !== undefined && pin.tag !== version);
      plan.images.push({ name, from, to, digest, version, lineage, changed });
    }
    plan.approvedBy = await approvals;

    if (inputs.dryRun) {
      logger.info("dry-run: every gate passed; nothing copied, committed or recorded");
      return { outputs: outputsOf(), summary: headedSummary(plan) };
    }

    // 6. Copy (nothing when the target is the same repository; the engine skips what is there).
    // Images in parallel; every copy is awaited (settled) before a failure is reported, so none is
    // left running. The job's deployment is looked up meanwhile.
    const deployment = later(
      findOpenDeployment({
        client: deps.github(),
        repository: context.repository,
        environment: target.name,
        sha: context.sha,
        logger,
      }),
    );
    // The landing starts once every copy has read its source and checked its target (the round
    // trips before the bytes flow), so it competes with the transfers only.
    const started = plan.images
      .filter((image) => image.from !== image.to)
      .map((image) => {
        const planned = Promise.withResolvers<void>();
        const done = copyToTarget({
          client,
          logger,
          image: image.name,
          from: image.from,
          to: image.to,
          digest: image.digest,
          tag: image.version,
          onPlanned: () => planned.resolve(),
        });
        return { done, planned: Promise.race([planned.promise, done.then(noop, noop)]) };
      });
    const copies = Promise.allSettled(started.map((copy) => copy.done));
    const planned = Promise.all(started.map((copy) => copy.planned));
    const copied = later(
      copies.then((settled) => {
        const failed = settled.find((copy): copy is PromiseRejectedResult => copy.status === "rejected");
        if (failed) throw failed.reason;
      }),
    );

    // 7-8. One commit for every image, with the record in its trailers. The edits are computed
    // and (git mode) the commit built while the images copy; its push, the only write, waits
    // for every copy to succeed (writeAfter) and never happens when one fails.
    const transport =
      config.gitops.commitVia === "api"
        ? new ApiTransport({ client: deps.gitopsGithub(), repository: config.gitops.repository })
        : gitops.transport;
    const landing = later(
      planned.then(() =>
        landEdits({
          transport: reusingSnapshot(transport, read),
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
          // Start from the head (and the snapshot) the gates read: a branch moved since is retried as a lost race.
          knownHead: plan.gitops.commit,
          logger,
          pullRequest: { client: deps.gitopsGithub, labels: [], reviewers: [], autoMerge: "" },
          writeAfter: copied,
        }),
      ),
    );
    // Both settled before anything is reported: no copy or git process is left running. A
    // failed copy is the error (the landing then stopped before its push).
    await Promise.allSettled([copied, landing]);
    await copied;
    const landed = await landing;
    for (const image of plan.images) image.changed = landed.changed && image.changed;
    const commitUrl = `${context.serverUrl.replace(/\/+$/, "")}/${config.gitops.repository}/commit/${landed.commit}`;

    const pinned = plan.images.map((image) => `${image.name}@${image.digest.slice(0, 19)}`).join(", ");
    await reportDeployment({
      client: deps.github(),
      repository: context.repository,
      environment: target.name,
      deployment: await deployment,
      state: "success",
      description: `${pinned} pinned in ${config.gitops.repository}@${landed.commit.slice(0, 12)}`,
      logUrl: context.runUrl,
      logger,
    });
    return {
      outputs: outputsOf({
        commit: landed.commit,
        "pull-request": landed.pullRequest,
        changed: String(landed.changed),
      }),
      summary: headedSummary(plan, {
        diff: landed.diff,
        commitUrl,
        ...(landed.pullRequest ? { pullRequest: landed.pullRequest } : {}),
        changed: landed.changed,
      }),
    };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    plan.refused = error.message;
    return { outputs: outputsOf(), summary: headedSummary(plan), failure: error.message };
  } finally {
    snapshot?.close?.();
  }
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
