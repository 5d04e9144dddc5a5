import type { Logger } from "@platform/action-kit";
import type { RegistryClient } from "./client.ts";
import { digestTag, sha256Digest } from "./digest.ts";
import { IntegrityError, isRetryable, messageOf, RegistryError } from "./errors.ts";
import { HostLimiter } from "./limiter.ts";
import { type Descriptor, isIndex, type ManifestJson, MediaType } from "./media-types.ts";
import { formatPlatform } from "./platforms.ts";
import { formatRepository, type ImageReference, type Repository } from "./reference.ts";
import {
  orderTagWrites,
  type RollbackOutcome,
  type TagContent,
  type TagWrite,
  TagWriteError,
  tagName,
  writeTags,
} from "./tag-plan.ts";

/**
 * The copy engine: an image (index, nested indexes, manifests, blobs) and what refers to it,
 * from one repository to others, byte for byte. Order: blobs before their manifest, children
 * before their index, every target's content before any tag, target tags last, so a tag never
 * points at something incomplete. Tags of all targets are written together at the end; when one
 * fails, those already moved are put back (see tag-plan.ts), so a failed run changes no target tag.
 */
export interface CopyPlanRequest {
  source: ImageReference;
  targets: ImageReference[];
  referrers: boolean;
  overwrite: boolean;
  dryRun: boolean;
  concurrency: number;
}

interface BlobCounters {
  copiedBlobs: number;
  mountedBlobs: number;
  skippedBlobs: number;
  copiedBytes: number;
}

export interface TargetReport extends BlobCounters {
  /** `host/repo:tag` (or `host/repo` when pushed by digest only). */
  reference: string;
  repository: Repository;
  tag: string | undefined;
  digest: string;
  /** `host/repo:tag@digest`. */
  image: string;
  platforms: string[];
  /** What happened to the tag: created, moved (overwrite), unchanged, or none (by digest). */
  tagAction: "created" | "moved" | "unchanged" | "none";
  /** Referrer and signature manifests carried along. */
  referrers: number;
  durationMs: number;
}

export interface CopyResult {
  digest: string;
  mediaType: string;
  platforms: string[];
  targets: TargetReport[];
  dryRun: boolean;
}

interface CopyDeps {
  client: RegistryClient;
  logger: Logger;
  now?: () => number;
  /**
   * Called once the source is read and every target checked, before the first write: what the
   * caller does next beside the copy (promote builds its commit) then leaves these round trips alone.
   */
  onPlanned?: () => void;
}

/** A failure while tags were written: which tag, and what became of those written before it. */
export interface TagPhaseFailure {
  /** `host/repo:tag` whose write failed. */
  failedTag: string;
  rollback: RollbackOutcome;
}

/** Which side of the copy an error belongs to, so the action can name the input at fault. */
export class CopyError extends Error {
  override readonly name = "CopyError";
  readonly side: "source" | "target";
  readonly reference: ImageReference;
  readonly tagPhase: TagPhaseFailure | undefined;

  constructor(side: "source" | "target", reference: ImageReference, cause: unknown, tagPhase?: TagPhaseFailure) {
    super(messageOf(cause), { cause });
    this.side = side;
    this.reference = reference;
    this.tagPhase = tagPhase;
  }
}

/** A reference the copy cannot honour as written: a target naming another digest, a schema 1 source. */
export class UnusableReferenceError extends Error {
  override readonly name = "UnusableReferenceError";
  /** How to fix it, for the error line. */
  readonly fix: string;

  constructor(problem: string, fix: string) {
    super(problem);
    this.fix = fix;
  }
}

/** A target tag that points elsewhere while overwrite is off. */
export class TagConflictError extends Error {
  override readonly name = "TagConflictError";
  readonly reference: ImageReference;
  readonly existing: string;
  readonly wanted: string;

  constructor(reference: ImageReference, existing: string, wanted: string) {
    super(`tag points at ${existing}, not at the source's ${wanted}`);
    this.reference = reference;
    this.existing = existing;
    this.wanted = wanted;
  }
}

/** An immutable tag (ECR) that already holds another digest. */
export class ImmutableTagError extends Error {
  override readonly name = "ImmutableTagError";
  readonly reference: ImageReference;
  readonly tagPhase: TagPhaseFailure | undefined;

  constructor(reference: ImageReference, detail: string, tagPhase?: TagPhaseFailure) {
    super(detail);
    this.reference = reference;
    this.tagPhase = tagPhase;
  }
}

interface Node {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  json: ManifestJson;
  children: Node[];
  blobs: Descriptor[];
}

interface Attached {
  node: Node;
  subject: string;
  /** Cosign's `sha256-<hex>.sig|.att|.sbom` tag, or undefined for an OCI referrer. */
  tag: string | undefined;
  descriptor: Descriptor;
}

interface SourceGraph {
  repo: Repository;
  root: Node;
  attached: Attached[];
  /** The source's fallback-tag index per subject, copied as it is where the target has none. */
  fallbackIndexes: Map<string, { bytes: Buffer; mediaType: string }>;
}

const COSIGN_SUFFIXES = [".sig", ".att", ".sbom"];
/** Blob HEADs and mount requests allowed in flight per blob transfer allowed. */
const CHECKS_PER_TRANSFER = 4;

export async function copyImage(request: CopyPlanRequest, deps: CopyDeps): Promise<CopyResult> {
  const now = deps.now ?? Date.now;
  const { client, logger } = deps;
  const { source, graph, platforms, targetTags } = await readSource(request, deps);
  const plans = await planTargets(request, client, graph.root, targetTags);
  deps.onPlanned?.();
  const reports = await copyContent(request, deps, now, source, graph, platforms, plans);
  if (!request.dryRun) await writeTargetTags(request, deps, now, graph, plans, reports);
  const { root } = graph;
  for (const report of reports) {
    logger.info(
      `${request.dryRun ? "[dry run] " : ""}${report.image}: ${report.copiedBlobs} copied, ${report.mountedBlobs} mounted, ${report.skippedBlobs} skipped blob(s), ${report.copiedBytes} bytes; tag ${report.tagAction}`,
    );
  }
  return { digest: root.digest, mediaType: root.mediaType, platforms, targets: reports, dryRun: request.dryRun };
}

/** 1. The source, read completely before anything is written; the targets' tags are read at the same time. */
async function readSource(request: CopyPlanRequest, deps: CopyDeps) {
  const { client, logger } = deps;
  const source: Repository = { registry: request.source.registry, repository: request.source.repository };
  const sourceRef = request.source.digest ?? request.source.tag ?? "latest";

  // 1. Read the source completely before anything is written. The targets' tags are read at
  // the same time (reads only): on a loopback registry a promotion is mostly round trips.
  const targetTags = request.targets.map((ref) => {
    const repo = { registry: ref.registry, repository: ref.repository };
    const tag = ref.digest ? ref.tag : (ref.tag ?? request.source.tag);
    const existing = tag ? client.headManifest(repo, tag, true).then((head) => head?.digest) : undefined;
    // Awaited below in order, after the source; until then a failure must not go unhandled.
    existing?.catch(() => undefined);
    return { ref, repo, tag, existing };
  });
  let graph: SourceGraph;
  try {
    graph = await loadGraph(client, source, sourceRef, request.referrers);
  } catch (error) {
    throw new CopyError("source", request.source, error);
  }
  const { root } = graph;
  if (request.source.digest && request.source.digest !== root.digest) {
    throw new CopyError("source", request.source, new IntegrityError(`digest is ${root.digest}`));
  }
  const platforms = await platformsOf(client, source, root);
  logger.info(
    `source ${formatRepository(source)}@${root.digest} (${root.mediaType}${platforms.length ? `, ${platforms.join(", ")}` : ""}), ${graph.attached.length} referrer(s)`,
  );
  return { source, graph, platforms, targetTags };
}

/** 2. Every target checked (tags and conflicts) before any write; a tag about to move read in full. */
async function planTargets(
  request: CopyPlanRequest,
  client: RegistryClient,
  root: Node,
  targetTags: Array<{
    ref: ImageReference;
    repo: Repository;
    tag: string | undefined;
    existing: Promise<string | undefined> | undefined;
  }>,
): Promise<TargetPlan[]> {
  // 2. Check every target (tags and conflicts) before any write; a tag about to move is read in
  // full, so it can be put back if a later write of this run fails.
  const plans: TargetPlan[] = [];
  for (const { ref, repo, tag, existing: pending } of targetTags) {
    if (ref.digest && ref.digest !== root.digest) {
      const problem = `names digest ${ref.digest} but the source is ${root.digest}`;
      throw new CopyError(
        "target",
        ref,
        new UnusableReferenceError(problem, "name the target by tag, or by the source's digest"),
      );
    }
    let existing: string | undefined;
    try {
      existing = await pending;
    } catch (error) {
      throw new CopyError("target", ref, error);
    }
    if (existing && existing !== root.digest && !request.overwrite) {
      throw new TagConflictError(ref, existing, root.digest);
    }
    plans.push({ ref, repo, tag, existing, previous: undefined });
  }
  if (!request.dryRun) {
    await Promise.all(
      plans.map(async (plan) => {
        if (!plan.tag || !plan.existing || plan.existing === root.digest) return;
        try {
          // By digest: exactly the manifest the HEAD saw, even if the tag moves meanwhile.
          const { bytes, mediaType, digest } = await client.getManifest(plan.repo, plan.existing);
          plan.previous = { bytes, mediaType, digest };
        } catch (error) {
          throw new CopyError("target", plan.ref, error);
        }
      }),
    );
  }
  return plans;
}

/** 3. The content of every target, by digest. */
async function copyContent(
  request: CopyPlanRequest,
  deps: CopyDeps,
  now: () => number,
  source: Repository,
  graph: SourceGraph,
  platforms: string[],
  plans: TargetPlan[],
): Promise<TargetReport[]> {
  const { client, logger } = deps;
  const { root } = graph;
  // 3. Content of every target, by digest.
  const limiter = new HostLimiter(request.concurrency);
  // Existence checks and mounts move no bytes: more of them in flight than transfers, still bounded.
  const checks = new HostLimiter(request.concurrency * CHECKS_PER_TRANSFER);
  const hostBlobs = new Map<string, Map<string, string>>();
  const reports: TargetReport[] = [];
  for (const plan of plans) {
    const started = now();
    const counters: BlobCounters = { copiedBlobs: 0, mountedBlobs: 0, skippedBlobs: 0, copiedBytes: 0 };
    const copier = new TargetCopier({
      client,
      logger,
      source,
      target: plan.repo,
      limiter,
      checks,
      hostBlobs,
      counters,
      dryRun: request.dryRun,
      // One target whose tag is the only write after its content: the tag's PUT is the root's
      // (one round trip less), and nothing else has to find the root there before it. With
      // more targets, or referrers, the root goes in by digest first, so that a manifest the
      // registry refuses fails the copy before any tag moves.
      ...(plans.length === 1 && plan.tag && plan.existing !== root.digest && graph.attached.length === 0
        ? { writtenByTag: root.digest }
        : {}),
    });
    try {
      // The target tag already holds the root: it is complete (a registry refuses a manifest whose parts are missing).
      if (plan.existing === root.digest) copier.markPresent(root);
      else await copier.ensure(root);
      for (const attached of graph.attached) await copier.ensure(attached.node);
    } catch (error) {
      throw new CopyError("target", plan.ref, error);
    }
    const tag = plan.tag;
    reports.push({
      ...counters,
      reference: `${formatRepository(plan.repo)}${tag ? `:${tag}` : ""}`,
      repository: plan.repo,
      tag,
      digest: root.digest,
      image: `${formatRepository(plan.repo)}${tag ? `:${tag}` : ""}@${root.digest}`,
      platforms,
      tagAction: !tag ? "none" : plan.existing === root.digest ? "unchanged" : plan.existing ? "moved" : "created",
      referrers: graph.attached.length,
      durationMs: now() - started,
    });
  }
  return reports;
}

/**
 * 4. Tags, last, for every target at once: first planned (reads only), then written, attached
 * tags before the targets' own; a failed write puts back the tags this run had moved.
 */
async function writeTargetTags(
  request: CopyPlanRequest,
  deps: CopyDeps,
  now: () => number,
  graph: SourceGraph,
  plans: TargetPlan[],
  reports: TargetReport[],
): Promise<void> {
  const { client, logger } = deps;
  const { root } = graph;
  const writes: TagWrite[] = [];
  const content: TagContent = { digest: root.digest, bytes: root.bytes, mediaType: root.mediaType };
  for (const [target, plan] of plans.entries()) {
    try {
      writes.push(...(await planAttachedTags(client, logger, graph, plan.repo, request.overwrite, target)));
    } catch (error) {
      throw new CopyError("target", plan.ref, error);
    }
    if (plan.tag && plan.existing !== root.digest) {
      writes.push({ target, repo: plan.repo, tag: plan.tag, kind: "target", content, previous: plan.previous });
    }
  }
  try {
    await writeTags(orderTagWrites(writes), {
      put: async (write) => {
        const begun = now();
        const plan = plans[write.target];
        if (write.kind === "target" && plan) await putTag(client, plan.ref, write.repo, write.tag, root);
        else await client.putManifest(write.repo, write.tag, write.content.bytes, write.content.mediaType);
        const report = reports[write.target];
        if (report) report.durationMs += now() - begun;
      },
      restore: async (write) => {
        if (write.previous) {
          await client.putManifest(write.repo, write.tag, write.previous.bytes, write.previous.mediaType);
        }
      },
      probe: async (write) => (await client.headManifest(write.repo, write.tag, true))?.digest,
    });
  } catch (error) {
    if (!(error instanceof TagWriteError)) throw error;
    const tagPhase = { failedTag: tagName(error.write), rollback: error.rollback };
    const cause = error.cause;
    if (cause instanceof ImmutableTagError) throw new ImmutableTagError(cause.reference, cause.message, tagPhase);
    const ref = plans[error.write.target]?.ref ?? request.source;
    throw new CopyError("target", ref, cause, tagPhase);
  }
}

interface TargetPlan {
  ref: ImageReference;
  repo: Repository;
  tag: string | undefined;
  /** The digest the target tag held before this run. */
  existing: string | undefined;
  /** That manifest in full, when this run moves the tag (overwrite). */
  previous: TagContent | undefined;
}

async function putTag(client: RegistryClient, ref: ImageReference, repo: Repository, tag: string, node: Node) {
  try {
    await client.putManifest(repo, tag, node.bytes, node.mediaType);
  } catch (error) {
    // ECR: an immutable repository refuses to move a tag; the same digest is success.
    if (error instanceof RegistryError && error.status === 400 && /immutable|already exists/i.test(error.message)) {
      const current = await client.headManifest(repo, tag, true);
      if (current?.digest === node.digest) return;
      throw new ImmutableTagError(ref, error.message);
    }
    throw error;
  }
}

async function loadGraph(
  client: RegistryClient,
  repo: Repository,
  reference: string,
  withReferrers: boolean,
): Promise<SourceGraph> {
  const nodes = new Map<string, Promise<Node>>();
  // The tag list (for fallback and cosign tags) is read while the manifests load.
  const tagList = withReferrers ? client.listTags(repo) : undefined;
  tagList?.catch(() => undefined);
  const fallbackIndexes: SourceGraph["fallbackIndexes"] = new Map();
  const lookups = new Map<string, Promise<Attached[]>>();

  const load = (ref: string): Promise<Node> => {
    const cached = nodes.get(ref);
    if (cached) return cached;
    const pending = (async (): Promise<Node> => {
      const manifest = await client.getManifest(repo, ref);
      const { json } = manifest;
      if (manifest.mediaType === MediaType.DockerManifestV1Signed || json.schemaVersion === 1) {
        throw new UnusableReferenceError(
          `is a Docker schema 1 manifest (${ref}), which registries no longer accept`,
          "push the image again with a current docker or buildx (schema 2 or OCI)",
        );
      }
      const childDigests = isIndex(manifest.mediaType) ? (json.manifests ?? []).map((child) => child.digest) : [];
      // What refers to this manifest and to its children is asked for now, while the children
      // load: visit() below waits for answers already on their way (one round trip less).
      if (tagList) for (const digest of [manifest.digest, ...childDigests]) referrersOf(digest);
      const children = await Promise.all(childDigests.map(load));
      const blobs = isIndex(manifest.mediaType) ? [] : [...(json.config ? [json.config] : []), ...(json.layers ?? [])];
      const node = { ...manifest, children, blobs };
      nodes.set(manifest.digest, Promise.resolve(node));
      return node;
    })();
    nodes.set(ref, pending);
    return pending;
  };

  // What refers to one manifest: the referrers API or its fallback tag, then cosign's tags.
  const lookup = async (digest: string): Promise<Attached[]> => {
    const tags = new Set(await tagList);
    const found: Attached[] = [];
    let descriptors = await client.referrersApi(repo, digest);
    const fallback = digestTag(digest);
    if (!descriptors && tags.has(fallback)) {
      const index = await client.getManifest(repo, fallback);
      fallbackIndexes.set(digest, { bytes: index.bytes, mediaType: index.mediaType });
      descriptors = index.json.manifests ?? [];
    }
    for (const descriptor of descriptors ?? []) {
      found.push({ node: await load(descriptor.digest), subject: digest, tag: undefined, descriptor });
    }
    for (const suffix of COSIGN_SUFFIXES) {
      const tag = `${fallback}${suffix}`;
      if (!tags.has(tag)) continue;
      const node = await load(tag);
      const descriptor = { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length };
      found.push({ node, subject: digest, tag, descriptor });
    }
    return found;
  };
  /** One lookup per digest, started by whichever comes first: load() or visit(). */
  const referrersOf = (digest: string): Promise<Attached[]> => {
    let pending = lookups.get(digest);
    if (!pending) {
      pending = lookup(digest);
      // Awaited by visit(); a lookup started for a load that then failed must not go unhandled.
      pending.catch(() => undefined);
      lookups.set(digest, pending);
    }
    return pending;
  };

  const root = await load(reference);
  const graph: SourceGraph = { repo, root, attached: [], fallbackIndexes };
  if (!tagList) return graph;

  const seen = new Set<string>();
  const visit = async (node: Node): Promise<void> => {
    const subjects = [node, ...allChildren(node)].filter((subject) => {
      if (seen.has(subject.digest)) return false;
      seen.add(subject.digest);
      return true;
    });
    // Looked up in parallel, recorded in a fixed order (a rebuilt fallback index stays the same).
    const results = await Promise.all(subjects.map((subject) => referrersOf(subject.digest)));
    for (const attached of results.flat()) {
      graph.attached.push(attached);
      await visit(attached.node);
    }
  };
  await visit(root);
  return graph;
}

function allChildren(node: Node): Node[] {
  return node.children.flatMap((child) => [child, ...allChildren(child)]);
}

async function platformsOf(client: RegistryClient, repo: Repository, root: Node): Promise<string[]> {
  if (isIndex(root.mediaType)) {
    return (root.json.manifests ?? []).map((m) => formatPlatform(m.platform)).filter(Boolean);
  }
  const config = root.json.config;
  if (!config || config.size > 1 << 20 || root.json.artifactType) return [];
  const bytes = await client.readBlobBytes(repo, config.digest, config.size);
  try {
    const parsed = JSON.parse(bytes.toString("utf8")) as {
      os?: string;
      architecture?: string;
      variant?: string;
    };
    return parsed.os && parsed.architecture
      ? [
          formatPlatform({
            os: parsed.os,
            architecture: parsed.architecture,
            ...(parsed.variant ? { variant: parsed.variant } : {}),
          }),
        ]
      : [];
  } catch {
    return [];
  }
}

/**
 * The tag writes that carry referrers to one target: cosign tags, and referrer fallback indexes
 * (merged with what the target has). Reads only; each write remembers what the tag held.
 */
async function planAttachedTags(
  client: RegistryClient,
  logger: Logger,
  graph: SourceGraph,
  target: Repository,
  overwrite: boolean,
  targetIndex: number,
): Promise<TagWrite[]> {
  const writes: TagWrite[] = [];
  const write = (tag: string, content: TagContent, previous: TagContent | undefined): void => {
    writes.push({ target: targetIndex, repo: target, tag, kind: "attached", content, previous });
  };
  const bySubject = new Map<string, Attached[]>();
  for (const attached of graph.attached) {
    if (attached.tag) {
      const current = await client.headManifest(target, attached.tag, true);
      if (current?.digest === attached.node.digest) continue;
      if (current && !overwrite) {
        logger.warning(
          `${formatRepository(target)}:${attached.tag} holds ${current.digest}; left as it is (overwrite is off)`,
        );
        continue;
      }
      const previous = current ? await client.getManifest(target, current.digest) : undefined;
      write(attached.tag, attached.node, previous);
      continue;
    }
    bySubject.set(attached.subject, [...(bySubject.get(attached.subject) ?? []), attached]);
  }
  for (const [subject, referrers] of bySubject) {
    // A registry with the referrers API indexed them when they were put.
    if ((await client.referrersApi(target, subject)) !== undefined) continue;
    const tag = digestTag(subject);
    const existing = await client.headManifest(target, tag, true);
    const sourceIndex = graph.fallbackIndexes.get(subject);
    if (!existing && sourceIndex) {
      write(tag, { ...sourceIndex, digest: sha256Digest(sourceIndex.bytes) }, undefined);
      continue;
    }
    const current = existing ? await client.getManifest(target, existing.digest) : undefined;
    const manifests = current?.json.manifests ?? [];
    const known = new Set(manifests.map((m) => m.digest));
    const missing = referrers.filter((r) => !known.has(r.node.digest));
    if (missing.length === 0) continue;
    const index = {
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [
        ...manifests,
        ...missing.map((r) => ({
          mediaType: r.node.mediaType,
          digest: r.node.digest,
          size: r.node.bytes.length,
          ...((r.node.json.artifactType ?? r.node.json.config?.mediaType)
            ? { artifactType: r.node.json.artifactType ?? r.node.json.config?.mediaType }
            : {}),
          ...(r.node.json.annotations ? { annotations: r.node.json.annotations } : {}),
        })),
      ],
    };
    const bytes = Buffer.from(JSON.stringify(index));
    write(tag, { bytes, mediaType: MediaType.OciIndex, digest: sha256Digest(bytes) }, current);
  }
  return writes;
}

interface TargetCopierOptions {
  client: RegistryClient;
  logger: Logger;
  source: Repository;
  target: Repository;
  /** Blob transfers in flight per host (the `concurrency` input). */
  limiter: HostLimiter;
  /** Blob HEADs and mounts in flight per host. */
  checks: HostLimiter;
  /** Per registry host: digest -> a repository there that holds it (mount source). */
  hostBlobs: Map<string, Map<string, string>>;
  counters: BlobCounters;
  dryRun: boolean;
  /** This digest's manifest is left to the tag phase, whose PUT by tag writes it anyway. */
  writtenByTag?: string;
}

class TargetCopier {
  private readonly o: TargetCopierOptions;
  private readonly manifests = new Map<string, Promise<void>>();
  private readonly blobs = new Map<string, Promise<void>>();
  private readonly presence = new Map<string, Promise<boolean>>();

  constructor(options: TargetCopierOptions) {
    this.o = options;
  }

  /** A manifest and everything under it; a manifest the target has is complete already. */
  ensure(node: Node): Promise<void> {
    let pending = this.manifests.get(node.digest);
    if (!pending) {
      pending = this.copyNode(node);
      this.manifests.set(node.digest, pending);
    }
    return pending;
  }

  /** Known to be at the target already: counted as skipped without asking again. */
  markPresent(node: Node): void {
    if (this.manifests.has(node.digest)) return;
    this.manifests.set(node.digest, Promise.resolve());
    this.skipAll(node);
  }

  private async copyNode(node: Node): Promise<void> {
    const { client, target } = this.o;
    // An index's children are asked for in the same round trip as the index: when the index is
    // missing, so usually are they, and their answers are then already in. When the index is
    // there, a few HEADs were asked for nothing.
    for (const child of node.children) this.present(child).catch(() => undefined);
    if (await this.present(node)) {
      this.skipAll(node);
      return;
    }
    await Promise.all([...node.children.map((child) => this.ensure(child)), ...node.blobs.map((b) => this.blob(b))]);
    if (!this.o.dryRun && node.digest !== this.o.writtenByTag) {
      await client.putManifest(target, node.digest, node.bytes, node.mediaType);
    }
  }

  /** Whether the target has this manifest: one HEAD per digest, however many ask. */
  private present(node: Node): Promise<boolean> {
    let pending = this.presence.get(node.digest);
    if (!pending) {
      pending = this.o.client.headManifest(this.o.target, node.digest, true).then((head) => head !== undefined);
      this.presence.set(node.digest, pending);
    }
    return pending;
  }

  private skipAll(node: Node): void {
    for (const blob of node.blobs) {
      if (!this.blobs.has(blob.digest)) {
        this.blobs.set(blob.digest, Promise.resolve());
        this.o.counters.skippedBlobs++;
      }
    }
    for (const child of node.children) {
      if (!this.manifests.has(child.digest)) {
        this.manifests.set(child.digest, Promise.resolve());
        this.skipAll(child);
      }
    }
  }

  private blob(descriptor: Descriptor): Promise<void> {
    let pending = this.blobs.get(descriptor.digest);
    if (!pending) {
      pending = this.copyBlob(descriptor);
      this.blobs.set(descriptor.digest, pending);
    }
    return pending;
  }

  private async copyBlob(descriptor: Descriptor): Promise<void> {
    const { source, target, counters, limiter, checks } = this.o;
    // Non-distributable layers (`urls`) live elsewhere by design: never copied.
    if (descriptor.urls?.length) {
      counters.skippedBlobs++;
      return;
    }
    // HEAD and mount under the checks limit; only a transfer takes a transfer slot.
    const outcome = await checks.run([target.registry], () => this.checkBlob(descriptor));
    if (!outcome) return;
    await limiter.run([source.registry, target.registry], async () => {
      await this.transfer(descriptor, outcome.location);
      counters.copiedBlobs++;
      counters.copiedBytes += descriptor.size;
      this.knownBlobs().set(descriptor.digest, target.repository);
    });
  }

  /** The target registry's digest -> a repository there that holds it (where to mount from). */
  private knownBlobs(): Map<string, string> {
    const { hostBlobs, target } = this.o;
    let known = hostBlobs.get(target.registry);
    if (!known) {
      known = new Map();
      hostBlobs.set(target.registry, known);
    }
    return known;
  }

  /**
   * Whether a blob is to be transferred (and into which upload session), or is at the target
   * already, or has been mounted there. Where a repository on the target's registry holds it,
   * the mount goes first, without a HEAD: one round trip per blob instead of two in a promotion
   * within one registry. A registry links a blob the target had as well, so such a blob counts
   * as mounted there. Only a refused mount (no link, an upload session instead) asks the HEAD.
   * (A HEAD sent beside the mount raced the link: distribution answered it 500 at times.)
   */
  private async checkBlob(descriptor: Descriptor): Promise<{ location?: string } | undefined> {
    const { client, source, target, counters } = this.o;
    const known = this.knownBlobs();
    const mountFrom =
      target.registry === source.registry && target.repository !== source.repository
        ? source.repository
        : known.get(descriptor.digest);
    const mountable = mountFrom !== undefined && mountFrom !== target.repository;
    let session: string | undefined;
    if (mountable && !this.o.dryRun) {
      const mount = await this.mount(descriptor.digest, mountFrom);
      if (mount?.mounted) {
        counters.mountedBlobs++;
        known.set(descriptor.digest, target.repository);
        return undefined;
      }
      session = mount?.location;
    }
    if ((await client.headBlob(target, descriptor.digest, true)) !== undefined) {
      counters.skippedBlobs++;
      // The refused mount opened an upload session that nothing will use.
      if (session) await client.cancelUpload(target, session);
      return undefined;
    }
    if (this.o.dryRun) {
      if (mountable) counters.mountedBlobs++;
      else {
        counters.copiedBlobs++;
        counters.copiedBytes += descriptor.size;
      }
      return undefined;
    }
    // The session a refused mount opened waits for a transfer slot of this same run.
    return session ? { location: session } : {};
  }

  /**
   * A mount, or undefined where the registry answered it with a client error (a `from` the
   * credentials cannot read, say): the blob may still be at the target, or be copied, as it was
   * before mounts were asked first. What is worth retrying (server, network, 429), once the
   * client's retries are spent, still fails the copy.
   */
  private async mount(
    digest: string,
    from: string,
  ): Promise<Awaited<ReturnType<RegistryClient["mountBlob"]>> | undefined> {
    try {
      const mount = await this.o.client.mountBlob(this.o.target, digest, from);
      if (!mount.mounted) this.o.logger.debug(`mount of ${digest} from ${from} refused`);
      return mount;
    } catch (error) {
      if (!(error instanceof RegistryError) || isRetryable(error)) throw error;
      this.o.logger.debug(`mount of ${digest} from ${from} failed (${messageOf(error)}); checking the target`);
      return undefined;
    }
  }

  /** Streams source to target; a failed transfer restarts with a new upload session. */
  private async transfer(descriptor: Descriptor, openLocation: string | undefined): Promise<void> {
    const { client, source, target } = this.o;
    const budget = client.retryBudget();
    let location = openLocation;
    let authRetried = false;
    let chunked = false;
    for (;;) {
      try {
        const body = client.readBlob(source, descriptor.digest, descriptor.size);
        if (chunked) {
          await client.uploadChunked(target, descriptor.digest, body);
          return;
        }
        location ??= await client.startUpload(target);
        await client.finishUpload(target, location, descriptor.digest, descriptor.size, body);
        return;
      } catch (error) {
        location = undefined;
        // 413: this registry wants chunks (monolithic stays the default: ECR mishandles chunks).
        // A change of method, not a failure: it costs no attempt.
        if (error instanceof RegistryError && error.status === 413 && !chunked) {
          chunked = true;
          this.o.logger.info(
            `${target.registry} refused a monolithic upload of ${descriptor.digest}; uploading in chunks`,
          );
          continue;
        }
        // A token that lapsed during a streamed upload: refreshed once, then the transfer restarts.
        const expired = error instanceof RegistryError && error.status === 401 && !authRetried;
        if (expired) authRetried = true;
        if (!(expired || isRetryable(error))) throw error;
        await budget.spend(error, {
          onRetry: (_, delay) =>
            this.o.logger.info(`upload of ${descriptor.digest} failed (${messageOf(error)}); retrying in ${delay} ms`),
        });
      }
    }
  }
}
