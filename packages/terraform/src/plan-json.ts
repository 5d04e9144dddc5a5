import { ConfigurationError } from "@platform/action-kit";

/**
 * The parts of `terraform show -json <planfile>` this package reads (format_version 1.x;
 * OpenTofu writes the same format). Everything is optional because old versions omit fields.
 * https://developer.hashicorp.com/terraform/internals/json-format
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface PlanChange {
  actions: string[];
  before?: Json;
  after?: Json;
  after_unknown?: Json;
  before_sensitive?: Json;
  after_sensitive?: Json;
  replace_paths?: Json[][];
  importing?: Json;
}

export interface PlanResourceChange {
  address: string;
  previous_address?: string;
  mode?: string;
  type?: string;
  change: PlanChange;
  action_reason?: string;
}

interface PlanStateResource {
  address?: string;
  values?: Json;
  sensitive_values?: Json;
}

export interface PlanStateModule {
  resources?: PlanStateResource[];
  child_modules?: PlanStateModule[];
}

interface PlanStateValues {
  outputs?: Record<string, { sensitive?: boolean; value?: Json }>;
  root_module?: PlanStateModule;
}

export interface PlanJson {
  format_version: string;
  terraform_version?: string;
  variables?: Record<string, { value?: Json }>;
  planned_values?: PlanStateValues;
  prior_state?: { values?: PlanStateValues };
  resource_changes?: PlanResourceChange[];
  resource_drift?: PlanResourceChange[];
  output_changes?: Record<string, PlanChange>;
  configuration?: { root_module?: { variables?: Record<string, { sensitive?: boolean }> } };
  errored?: boolean;
  timestamp?: string;
}

/** The major version of the plan format this package understands. */
const SUPPORTED_FORMAT_MAJOR = "1";

/**
 * Parses and checks plan JSON. `source` names where it came from (the input and file) so the
 * one-line error tells the user which file is at fault.
 */
export function parsePlanJson(text: string, source: string): PlanJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      `${source} is not JSON; give the output of "terraform show -json <planfile>" (not the binary plan file or the text plan).`,
    );
  }
  return checkPlan(parsed, source);
}

function checkPlan(parsed: unknown, source: string): PlanJson {
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigurationError(
      `${source} is not a Terraform plan JSON object; give "terraform show -json <planfile>" output.`,
    );
  }
  const plan = parsed as Partial<PlanJson> & Record<string, unknown>;
  if (typeof plan.format_version !== "string") {
    throw new ConfigurationError(
      `${source} has no "format_version", so it is not Terraform plan JSON; give "terraform show -json <planfile>" output.`,
    );
  }
  const major = plan.format_version.split(".")[0];
  if (major !== SUPPORTED_FORMAT_MAJOR) {
    throw new ConfigurationError(
      `${source} has plan format_version ${JSON.stringify(plan.format_version)}, but only ${SUPPORTED_FORMAT_MAJOR}.x is understood; use a Terraform or OpenTofu release that writes format ${SUPPORTED_FORMAT_MAJOR}.x.`,
    );
  }
  const looksLikePlan =
    "resource_changes" in plan ||
    "planned_values" in plan ||
    "output_changes" in plan ||
    "resource_drift" in plan ||
    "configuration" in plan;
  if (!looksLikePlan) {
    throw new ConfigurationError(
      `${source} has no plan sections (planned_values, resource_changes), so it is not plan JSON (state JSON?); give "terraform show -json <planfile>" output.`,
    );
  }
  for (const key of ["resource_changes", "resource_drift"] as const) {
    const list = plan[key];
    if (list !== undefined && !Array.isArray(list)) {
      throw new ConfigurationError(`${source} has a "${key}" that is not a list, so it is not valid plan JSON.`);
    }
  }
  return plan as PlanJson;
}
