import type { Json, PlanJson, PlanStateModule } from "./plan-json.ts";

/**
 * Every value the plan marks sensitive, as text. Terraform hides a sensitive value where it
 * is used but not always where it flows (terraform_data's `output` copies a sensitive `input`
 * unmarked), so anything that contains one of these is treated as sensitive too.
 */
export class SecretSet {
  private readonly values = new Set<string>();

  add(value: Json | undefined): void {
    if (value === null || value === undefined) return;
    if (typeof value === "object") {
      for (const item of Object.values(value)) this.add(item);
      return;
    }
    const text = String(value);
    if (text !== "") this.values.add(text);
  }

  /** Adds the parts of `value` that the shadow `mask` marks `true` (Terraform's *_sensitive shape). */
  addMarked(value: Json | undefined, mask: Json | undefined): void {
    if (mask === true) {
      this.add(value);
      return;
    }
    if (
      mask === null ||
      mask === undefined ||
      typeof mask !== "object" ||
      value === null ||
      typeof value !== "object"
    ) {
      return;
    }
    if (Array.isArray(mask)) {
      if (!Array.isArray(value)) return;
      mask.forEach((m, i) => {
        this.addMarked(value[i], m);
      });
      return;
    }
    if (Array.isArray(value)) return;
    for (const [key, m] of Object.entries(mask)) this.addMarked(value[key], m);
  }

  /** True when the text holds a sensitive value anywhere in it. */
  leaks(text: string): boolean {
    for (const secret of this.values) if (text.includes(secret)) return true;
    return false;
  }

  /**
   * True when a decoded value (a leaf, or any key or leaf below it) equals or contains a
   * sensitive value. Compared decoded, not JSON-printed: a secret holding `"`, `\` or a line
   * break (a PEM key) is escaped in JSON text and would not be found there.
   */
  leaksValue(value: Json | undefined): boolean {
    if (value === null || value === undefined) return false;
    if (typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if ((!Array.isArray(value) && this.leaks(key)) || this.leaksValue(item)) return true;
      }
      return false;
    }
    return this.leaks(String(value));
  }

  /**
   * Replaces every sensitive value in `text` with ***: the last line of defence for rendered
   * text (values themselves are checked with `leaks`, which also catches the short ones).
   */
  scrub(text: string): string {
    let result = text;
    // maskable() holds the JSON-escaped forms and the lines of multi-line values too.
    for (const secret of this.maskable()) {
      if (result.includes(secret)) result = result.split(secret).join("***");
    }
    return result;
  }

  /**
   * The values worth masking in whole texts and logs, longest first (so a secret that contains
   * another is replaced whole). Very short values and JSON words (a sensitive `true` or `0`)
   * would blank out unrelated text; they are still caught by `leaks` wherever a value is shown.
   */
  maskable(): string[] {
    const forms = new Set<string>();
    for (const value of this.values) {
      forms.add(value);
      // As JSON prints it (rendered values are JSON text), and line by line: the runner masks
      // a multi-line secret (a PEM key) only where the whole of it appears.
      forms.add(JSON.stringify(value).slice(1, -1));
      if (/[\r\n]/.test(value)) for (const line of value.split(/\r\n|\r|\n/)) forms.add(line.trim());
    }
    return [...forms]
      .filter((value) => value.length >= 4 && !["true", "false", "null"].includes(value))
      .sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.values.size;
  }
}

function addModule(secrets: SecretSet, module: PlanStateModule | undefined): void {
  if (!module) return;
  for (const resource of module.resources ?? []) secrets.addMarked(resource.values, resource.sensitive_values);
  for (const child of module.child_modules ?? []) addModule(secrets, child);
}

/** Collects the sensitive values of a plan: variables, outputs, resource attributes, drift. */
export function collectSecrets(plan: PlanJson): SecretSet {
  const secrets = new SecretSet();
  const declared = plan.configuration?.root_module?.variables ?? {};
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (declared[name]?.sensitive) secrets.add(variable.value);
  }
  for (const values of [plan.planned_values, plan.prior_state?.values]) {
    for (const output of Object.values(values?.outputs ?? {})) {
      if (output.sensitive) secrets.add(output.value);
    }
    addModule(secrets, values?.root_module);
  }
  for (const list of [plan.resource_changes, plan.resource_drift]) {
    for (const resource of list ?? []) {
      secrets.addMarked(resource.change.before, resource.change.before_sensitive);
      secrets.addMarked(resource.change.after, resource.change.after_sensitive);
    }
  }
  for (const change of Object.values(plan.output_changes ?? {})) {
    secrets.addMarked(change.before, change.before_sensitive);
    secrets.addMarked(change.after, change.after_sensitive);
  }
  return secrets;
}
