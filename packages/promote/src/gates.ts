import type { EnvironmentConfig } from "./config.ts";
import { formatDuration } from "./duration.ts";
import { activeFreeze, type FreezeWindow } from "./freeze.ts";

/**
 * The gates, in the order the action runs them, as pure functions of what was read: each
 * answers pass (with what it saw) or refuse (with the one line the step fails with).
 * Nothing here reads a repository or a registry, so every rule is tested by a table.
 */
export type GateName = "freeze" | "reason" | "lineage" | "soak" | "existence";

export interface GateResult {
  gate: GateName;
  /** The image the gate looked at; undefined for gates of the whole promotion. */
  image?: string;
  outcome: "pass" | "refuse" | "skip";
  detail: string;
}

export class GateRefusal extends Error {
  override readonly name = "GateRefusal";
  readonly result: GateResult;

  constructor(result: GateResult) {
    super(result.detail);
    this.result = result;
  }
}

export function freezeGate(windows: FreezeWindow[], environment: string, now: Date): GateResult {
  const active = activeFreeze(windows, environment, now);
  if (!active) return { gate: "freeze", outcome: "pass", detail: `no freeze window covers ${now.toISOString()}` };
  return {
    gate: "freeze",
    outcome: "refuse",
    detail: `${environment} is frozen by ${active.description} until ${active.endsAt.toISOString()}; promote after it ends, or change the window on the configuration's default branch`,
  };
}

export function reasonGate(target: EnvironmentConfig, reason: string | undefined): GateResult {
  if (reason) return { gate: "reason", outcome: "pass", detail: `reason given: ${reason}` };
  if (!target.requireReason) return { gate: "reason", outcome: "pass", detail: "no reason required" };
  return {
    gate: "reason",
    outcome: "refuse",
    detail: `${target.name} requires a reason (require-reason: true); set the reason input`,
  };
}

/** What the GitOps repository says about one image, read before the lineage gate decides. */
export interface LineageFacts {
  image: string;
  source: string;
  target: string;
  /** The digest the source pins now; undefined when it pins a tag only or nothing. */
  sourceDigest: string | undefined;
  /** How the source pins the image, for messages (`repo:1.2.3`, or undefined when absent). */
  sourcePin: string | undefined;
  /** The `digest` input, when given. */
  requested: string | undefined;
  /** The requested digest appears in the source's history / the target's history. */
  inSourceHistory: boolean;
  inTargetHistory: boolean;
  /** The digest the target pins now. */
  targetDigest: string | undefined;
  allowUnverified: boolean;
  /** How the caller allows an unverified digest (its input), for the refusal's fix. */
  allowUnverifiedBy?: string;
}

export type Lineage = "current" | "hotfix" | "rollback" | "unverified";

export function lineageGate(facts: LineageFacts): GateResult & { lineage?: Lineage; digest?: string } {
  const base = { gate: "lineage" as const, image: facts.image };
  const refuse = (detail: string) => ({ ...base, outcome: "refuse" as const, detail });
  const { requested, source, target } = facts;
  if (requested === undefined) {
    if (facts.sourceDigest) {
      return {
        ...base,
        outcome: "pass",
        lineage: "current",
        digest: facts.sourceDigest,
        detail: `${source} pins ${facts.sourceDigest}`,
      };
    }
    if (facts.sourcePin === undefined) {
      return refuse(`${facts.image} is not pinned in ${source}; pin it there first (update-overlay)`);
    }
    return refuse(
      `${source} pins ${facts.image} by tag only (${facts.sourcePin}), and digests are the unit of promotion; pin it by digest in ${source} first`,
    );
  }
  if (requested === facts.sourceDigest) {
    return { ...base, outcome: "pass", lineage: "current", digest: requested, detail: `${source} pins ${requested}` };
  }
  if (facts.inTargetHistory && requested !== facts.targetDigest) {
    return {
      ...base,
      outcome: "pass",
      lineage: "rollback",
      digest: requested,
      detail: `rollback: ${requested} ran in ${target} before`,
    };
  }
  if (facts.inSourceHistory) {
    return {
      ...base,
      outcome: "pass",
      lineage: "hotfix",
      digest: requested,
      detail: `${requested} was pinned in ${source} earlier (not its current pin)`,
    };
  }
  if (requested === facts.targetDigest) {
    return {
      ...base,
      outcome: "pass",
      lineage: "current",
      digest: requested,
      detail: `${target} pins ${requested} already`,
    };
  }
  if (facts.allowUnverified) {
    return {
      ...base,
      outcome: "pass",
      lineage: "unverified",
      digest: requested,
      detail: `${requested} never ran in ${source} or ${target}: promoted unverified (allowed by the request, recorded)`,
    };
  }
  return refuse(
    `digest ${requested} of ${facts.image} was never pinned in ${source} or ${target}; promote a digest from their history, or ${facts.allowUnverifiedBy ?? "allow it"} to record it as unverified`,
  );
}

export interface SoakFacts {
  image: string;
  source: string;
  lineage: Lineage;
  /** When the source's commit that pinned the digest was made; undefined when none did. */
  pinnedAt: Date | undefined;
  pinnedBy: string | undefined;
  minSoakMs: number;
  minSoak: string | undefined;
  now: Date;
}

export function soakGate(facts: SoakFacts): GateResult {
  const base = { gate: "soak" as const, image: facts.image };
  if (facts.minSoakMs === 0) return { ...base, outcome: "skip", detail: "no min-soak" };
  if (facts.lineage === "rollback" || facts.lineage === "unverified") {
    // A rollback returns to what already ran in the target; an unverified digest has no source pin to time.
    return {
      ...base,
      outcome: "skip",
      detail: `not applied to a${facts.lineage === "rollback" ? " rollback" : "n unverified digest"}`,
    };
  }
  if (!facts.pinnedAt) {
    return {
      ...base,
      outcome: "refuse",
      detail: `no commit of ${facts.source} pinning ${facts.image} was found, so its soak cannot be measured`,
    };
  }
  const soaked = facts.now.getTime() - facts.pinnedAt.getTime();
  const commit = facts.pinnedBy ? ` by ${facts.pinnedBy.slice(0, 12)}` : "";
  if (soaked >= facts.minSoakMs) {
    return { ...base, outcome: "pass", detail: `pinned in ${facts.source}${commit} ${formatDuration(soaked)} ago` };
  }
  const ready = new Date(facts.pinnedAt.getTime() + facts.minSoakMs);
  return {
    ...base,
    outcome: "refuse",
    detail: `${facts.image} was pinned in ${facts.source}${commit} ${formatDuration(soaked)} ago, less than min-soak ${facts.minSoak}; promote after ${ready.toISOString()}`,
  };
}

export interface ExistenceFacts {
  image: string;
  /** host/repo@digest read. */
  reference: string;
  found: boolean;
  /** The platforms of the index (empty for a single manifest). */
  platforms: string[];
  required: string[];
}

export function existenceGate(facts: ExistenceFacts): GateResult {
  const base = { gate: "existence" as const, image: facts.image };
  if (!facts.found) {
    return {
      ...base,
      outcome: "refuse",
      detail: `${facts.reference} does not exist in its registry; it cannot be promoted`,
    };
  }
  const missing = facts.required.filter((platform) => !facts.platforms.includes(platform));
  if (missing.length > 0) {
    return {
      ...base,
      outcome: "refuse",
      detail: `${facts.reference} lacks platform ${missing.join(", ")} (it has ${facts.platforms.join(", ") || "a single-platform manifest"}); build every platform the target requires`,
    };
  }
  const platforms = facts.platforms.length ? ` (${facts.platforms.join(", ")})` : "";
  return { ...base, outcome: "pass", detail: `${facts.reference} exists${platforms}` };
}
