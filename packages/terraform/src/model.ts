import type { Json, PlanChange, PlanJson, PlanResourceChange } from "./plan-json.ts";
import { collectSecrets, type SecretSet } from "./sensitive.ts";

/** What happens to one resource; `move`, `import` and `forget` change only the state. */
type ResourceAction = "create" | "update" | "replace" | "delete" | "read" | "move" | "import" | "forget";

export const RESOURCE_ACTIONS: readonly ResourceAction[] = [
  "create",
  "update",
  "replace",
  "delete",
  "move",
  "import",
  "forget",
  "read",
];

interface AttributeValue {
  name: string;
  before: string;
  after: string;
}

export interface ResourceEntry {
  address: string;
  action: ResourceAction;
  /** Set when the resource moved (a `moved` block) in the same plan. */
  previousAddress?: string;
  /** Top-level attribute names that differ (updates, replacements, drift). */
  attributes: string[];
  /** Rendered before/after of those attributes; only with showValues, sensitive ones masked. */
  values?: AttributeValue[];
}

interface OutputEntry {
  name: string;
  action: "create" | "update" | "delete";
  sensitive: boolean;
  values?: { before: string; after: string };
}

export interface PlanAnalysis {
  formatVersion: string;
  terraformVersion: string;
  /** "Code and state differ": resource_changes that are not no-ops (data reads excluded). */
  changes: ResourceEntry[];
  /** "Changed outside Terraform": resource_drift. */
  drift: ResourceEntry[];
  outputs: OutputEntry[];
  drifted: boolean;
  /** Sensitive values of this plan: mask them, never print them. */
  secrets: SecretSet;
}

export const SENSITIVE = "(sensitive)";
export const UNKNOWN = "(known after apply)";
const VALUE_LIMIT = 200;

function resourceAction(entry: PlanResourceChange): ResourceAction | undefined {
  const actions = entry.change.actions;
  if (actions.includes("delete") && actions.includes("create")) return "replace";
  const [first] = actions;
  switch (first) {
    case "create":
    case "update":
    case "delete":
    case "read":
    case "forget":
      return first;
    case "no-op":
      if (entry.previous_address && entry.previous_address !== entry.address) return "move";
      if (entry.change.importing) return "import";
      return undefined;
    default:
      return undefined;
  }
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, Json>;
  const recordB = b as Record<string, Json>;
  return keysA.every((key) => key in recordB && sameJson(recordA[key], recordB[key]));
}

/** True when a *_sensitive or after_unknown shadow marks anything at or under this point. */
function marked(mask: Json | undefined): boolean {
  if (mask === true) return true;
  if (mask === null || mask === undefined || typeof mask !== "object") return false;
  return Object.values(mask).some(marked);
}

function child(mask: Json | undefined, key: string): Json | undefined {
  if (mask === true) return true;
  return isObject(mask) ? mask[key] : undefined;
}

function changedAttributes(change: PlanChange): string[] {
  const before = isObject(change.before) ? change.before : {};
  const after = isObject(change.after) ? change.after : {};
  const unknown = change.after_unknown;
  const names = new Set<string>();
  const unknownKeys = isObject(unknown) ? Object.keys(unknown) : [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after), ...unknownKeys])) {
    if (marked(child(unknown, key)) || !sameJson(before[key], after[key])) names.add(key);
  }
  for (const path of change.replace_paths ?? []) {
    const [head] = path;
    if (typeof head === "string") names.add(head);
  }
  return [...names].sort();
}

function renderValue(value: Json | undefined, sensitive: boolean, secrets: SecretSet): string {
  if (sensitive) return SENSITIVE;
  if (value === undefined) return "null";
  if (secrets.leaksValue(value)) return SENSITIVE;
  const text = JSON.stringify(value);
  if (secrets.leaks(text)) return SENSITIVE;
  return text.length > VALUE_LIMIT ? `${text.slice(0, VALUE_LIMIT)}…` : text;
}

function attributeValues(change: PlanChange, names: string[], secrets: SecretSet): AttributeValue[] {
  const before = isObject(change.before) ? change.before : {};
  const after = isObject(change.after) ? change.after : {};
  return names.map((name) => ({
    name,
    before: renderValue(before[name], marked(child(change.before_sensitive, name)), secrets),
    after: marked(child(change.after_unknown, name))
      ? UNKNOWN
      : renderValue(after[name], marked(child(change.after_sensitive, name)), secrets),
  }));
}

function resourceEntries(list: PlanResourceChange[] | undefined, showValues: boolean, secrets: SecretSet) {
  const entries: ResourceEntry[] = [];
  for (const resource of list ?? []) {
    const action = resourceAction(resource);
    if (!action) continue;
    const attributes = action === "update" || action === "replace" ? changedAttributes(resource.change) : [];
    const entry: ResourceEntry = { address: resource.address, action, attributes };
    if (resource.previous_address && resource.previous_address !== resource.address) {
      entry.previousAddress = resource.previous_address;
    }
    if (showValues && attributes.length > 0) entry.values = attributeValues(resource.change, attributes, secrets);
    entries.push(entry);
  }
  return entries.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

function outputEntries(plan: PlanJson, showValues: boolean, secrets: SecretSet): OutputEntry[] {
  const entries: OutputEntry[] = [];
  for (const [name, change] of Object.entries(plan.output_changes ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [first] = change.actions;
    const action =
      change.actions.includes("delete") && change.actions.includes("create") ? "update" : (first ?? "no-op");
    if (action !== "create" && action !== "update" && action !== "delete") continue;
    const sensitive = marked(change.before_sensitive) || marked(change.after_sensitive);
    const entry: OutputEntry = { name, action, sensitive };
    if (showValues) {
      entry.values = {
        before: renderValue(change.before, sensitive, secrets),
        after: marked(change.after_unknown) ? UNKNOWN : renderValue(change.after, sensitive, secrets),
      };
    }
    entries.push(entry);
  }
  return entries;
}

/**
 * Reads what a plan says about drift. Terraform's exit code 2 is not trusted alone: a plan
 * is drifted when it changes a resource, records a change made outside Terraform, changes
 * an output or moves a resource (each needs an apply to bring state and code together).
 */
export function analysePlan(plan: PlanJson, options: { showValues?: boolean } = {}): PlanAnalysis {
  const showValues = options.showValues ?? false;
  const secrets = collectSecrets(plan);
  const changes = resourceEntries(plan.resource_changes, showValues, secrets).filter((e) => e.action !== "read");
  const drift = resourceEntries(plan.resource_drift, showValues, secrets).filter((e) => e.action !== "read");
  const outputs = outputEntries(plan, showValues, secrets);
  return {
    formatVersion: plan.format_version,
    terraformVersion: plan.terraform_version ?? "unknown",
    changes,
    drift,
    outputs,
    drifted: changes.length > 0 || drift.length > 0 || outputs.length > 0,
    secrets,
  };
}
