import type { Json, PlanChange, PlanJson, PlanResourceChange } from "../src/plan-json.ts";

/** A resource change as Terraform writes it; only what a test cares about must be given. */
export function resource(address: string, actions: string[], change: Partial<PlanChange> = {}, extra = {}) {
  return {
    address,
    mode: "managed",
    type: address.split(".")[0],
    change: {
      actions,
      before: null,
      after: null,
      after_unknown: {},
      before_sensitive: {},
      after_sensitive: {},
      ...change,
    },
    ...extra,
  } as PlanResourceChange;
}

export function plan(parts: Partial<PlanJson> = {}): PlanJson {
  return { format_version: "1.2", terraform_version: "1.11.4", planned_values: {}, resource_changes: [], ...parts };
}

/** A plan of `count` updated resources, for size tests and the benchmark. */
export function bigPlan(count: number, attributes = 6): PlanJson {
  const changes: PlanResourceChange[] = [];
  for (let i = 0; i < count; i++) {
    const before: Record<string, Json> = { id: `i-${i}` };
    const after: Record<string, Json> = { id: `i-${i}` };
    for (let a = 0; a < attributes; a++) {
      before[`attribute_${a}`] = `value-${a}-before`;
      after[`attribute_${a}`] = a === 0 ? `value-${a}-after` : `value-${a}-before`;
    }
    const actions = [["update"], ["create"], ["delete", "create"], ["delete"]][i % 4] as string[];
    changes.push(resource(`aws_instance.server_${i}`, actions, { before, after }));
  }
  return plan({ resource_changes: changes });
}
