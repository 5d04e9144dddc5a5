import { ConfigurationError, inputError, type Logger, ServiceError, shownValue } from "@platform/action-kit";
import {
  CopyError,
  type CopyResult,
  type CredentialResolver,
  copyImage,
  describeRollback,
  formatReference,
  type ImageReference,
  ImmutableTagError,
  IntegrityError,
  InvalidReferenceError,
  isConnectionRefused,
  isMalformedResponse,
  isNetworkError,
  messageOf,
  parseReference,
  RegistryClient,
  RegistryError,
  type RetryPolicy,
  type Sleep,
  TagConflictError,
  type TagPhaseFailure,
  UntrustedEndpointError,
  UnusableReferenceError,
} from "@platform/oci";
import { Inputs } from "./constants.ts";

/**
 * promote-image's promotion: its inputs checked first, @platform/oci's copy, and every failure
 * turned into one line naming the input at fault (source or targets).
 */
export interface PromoteInputs {
  source: string;
  targets: string[];
  referrers: boolean;
  overwrite: boolean;
  dryRun: boolean;
  concurrency: number;
}

export interface PromoteDeps {
  /** Built from the parsed references, so resolvers can know the target hosts. */
  credentials: (parsed: { source: ImageReference; targets: ImageReference[] }) => CredentialResolver;
  logger: Logger;
  mask: (secret: string) => void;
  retry?: RetryPolicy;
  sleep?: Sleep;
  now?: () => number;
  /** Called once a copy is moving bytes (the action passes leanV8ForBulkTransfer()). */
  onBulkTransfer?: () => void;
}

export function parseInputs(inputs: PromoteInputs): { source: ImageReference; targets: ImageReference[] } {
  const parse = (input: string, value: string, defaultTag: boolean): ImageReference => {
    try {
      return parseReference(value, { defaultTag });
    } catch (error) {
      if (error instanceof InvalidReferenceError) {
        throw inputError(
          input,
          value,
          `is not a valid image reference: it ${error.message}`,
          "write it as host/repository:tag or host/repository@sha256:<64 hex digits>",
        );
      }
      throw error;
    }
  };
  const source = parse(Inputs.Source, inputs.source, true);
  if (inputs.targets.length === 0) {
    throw inputError(Inputs.Targets, "", "names no target", "give one target reference per line");
  }
  const targets = inputs.targets.map((t) => parse(Inputs.Targets, t, false));
  for (const [i, target] of targets.entries()) {
    const tag = target.digest ? target.tag : (target.tag ?? source.tag);
    const sameRepository = target.registry === source.registry && target.repository === source.repository;
    // The same repository and the same tag (or, by digest, no tag on either side) writes nothing new.
    if (sameRepository && tag === source.tag) {
      throw inputError(
        Inputs.Targets,
        inputs.targets[i] ?? "",
        "is the source itself",
        "name another repository or tag to promote to",
      );
    }
  }
  return { source, targets };
}

export async function promoteImage(inputs: PromoteInputs, deps: PromoteDeps): Promise<CopyResult> {
  const parsed = parseInputs(inputs);
  const client = new RegistryClient({
    credentials: deps.credentials(parsed),
    logger: deps.logger,
    mask: deps.mask,
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.onBulkTransfer ? { onBulkTransfer: deps.onBulkTransfer } : {}),
  });
  const rawOf = (ref: ImageReference): string => {
    if (ref === parsed.source) return inputs.source;
    return inputs.targets[parsed.targets.indexOf(ref)] ?? formatReference(ref);
  };
  try {
    return await copyImage(
      {
        source: parsed.source,
        targets: parsed.targets,
        referrers: inputs.referrers,
        overwrite: inputs.overwrite,
        dryRun: inputs.dryRun,
        concurrency: inputs.concurrency,
      },
      { client, logger: deps.logger, ...(deps.now ? { now: deps.now } : {}) },
    );
  } catch (error) {
    throw explain(error, (ref) => {
      const all = [parsed.source, ...parsed.targets];
      const found =
        all.find((p) => p === ref) ??
        all.find((p) => p.registry === ref.registry && p.repository === ref.repository && p.tag === ref.tag);
      return found ? rawOf(found) : formatReference(ref);
    });
  }
}

function explain(error: unknown, raw: (ref: ImageReference) => string): Error {
  if (error instanceof TagConflictError) {
    return inputError(
      Inputs.Targets,
      raw(error.reference),
      `already points at ${error.existing}, not at the source's ${error.wanted}`,
      "set overwrite: true to move the tag, or promote under a new tag",
    );
  }
  if (error instanceof ImmutableTagError) {
    return inputError(
      Inputs.Targets,
      raw(error.reference),
      `cannot be moved to the source's digest because the repository's tags are immutable (${error.message})${afterTags(error.tagPhase)}`,
      "promote under a new tag",
    );
  }
  if (!(error instanceof CopyError)) return error instanceof Error ? error : new Error(String(error));
  const input = error.side === "source" ? Inputs.Source : Inputs.Targets;
  const value = raw(error.reference);
  const cause = error.cause;
  const registry = error.reference.registry;
  const tags = afterTags(error.tagPhase);
  if (cause instanceof UnusableReferenceError) return inputError(input, value, cause.message, cause.fix);
  if (cause instanceof UntrustedEndpointError)
    return inputError(input, value, `was refused: ${registry} ${cause.message}`, cause.fix);
  if (cause instanceof RegistryError) {
    const what = `HTTP ${cause.status}${cause.code ? ` ${cause.code}` : ""}`;
    if (cause.status === 401 || cause.status === 403) {
      return inputError(
        input,
        value,
        `was denied by ${registry} (${what})${tags}`,
        "check the credentials for that registry (username/password, github-token, role-to-assume or a docker login) and their permissions",
      );
    }
    if (cause.status === 404) {
      return error.side === "source"
        ? inputError(input, value, `was not found in ${registry} (${what})`, "check the repository, tag or digest")
        : inputError(input, value, `was refused by ${registry} (${what})${tags}`, "create the repository first");
    }
    if (cause.status === 408 || cause.status === 429 || cause.status >= 500) {
      // Retried already (bounded attempts and wait): the registry is failing, not the input.
      return new ServiceError(
        `${registry} kept failing for ${input} ${shownValue(value)}: ${cause.message}, on every retry${tags}; try again later, or check that registry's status.`,
      );
    }
    if (cause.status >= 400 && cause.status < 500) {
      return inputError(input, value, `was refused by ${registry} (${cause.message})${tags}`, "check the reference");
    }
  }
  if (isMalformedResponse(cause)) {
    return new ServiceError(
      `${registry} answered ${input} ${shownValue(value)} with a response that is not readable HTTP (${messageOf(cause)})${tags}; check the registry host, or the proxy in front of it.`,
    );
  }
  if (isConnectionRefused(cause) || isNetworkError(cause)) {
    return inputError(input, value, `could not be reached at ${registry}${tags}`, "check the registry host and port");
  }
  if (cause instanceof IntegrityError) {
    return new ConfigurationError(`Input "${input}": ${shownValue(value)} ${cause.message}${tags}.`);
  }
  return new Error(`${input} ${value}: ${error.message}${tags}`, { cause });
}

/** For a failure while tags were written: which tag, and what became of the tags written before it. */
function afterTags(tagPhase: TagPhaseFailure | undefined): string {
  if (!tagPhase) return "";
  return ` when ${tagPhase.failedTag} was written, after all content was in place; ${describeRollback(tagPhase.rollback)}`;
}
