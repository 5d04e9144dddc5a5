import { RehearsalError } from "./errors.ts";
import type { Json, JsonObject } from "./expressions.ts";

function matches(combination: JsonObject, partial: JsonObject): boolean {
  return Object.entries(partial).every(([key, value]) => JSON.stringify(combination[key]) === JSON.stringify(value));
}

/**
 * A matrix expanded as GitHub documents it ("Using a matrix for your jobs"): the product of the
 * vectors, minus `exclude`, then each `include` entry added to every combination whose original
 * values it does not overwrite, or appended as a combination of its own.
 */
export function expandMatrix(matrix: Json): JsonObject[] {
  if (matrix === null || matrix === undefined) return [{}];
  if (typeof matrix !== "object" || Array.isArray(matrix)) {
    throw new RehearsalError(`Unexpected value for strategy.matrix: ${JSON.stringify(matrix)}`);
  }
  const { include, exclude, ...vectors } = matrix;
  let combinations: JsonObject[] = [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new RehearsalError(`Matrix vector '${key}' must be a sequence`);
    combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  if (Object.keys(vectors).length === 0) combinations = [];
  const excludes = Array.isArray(exclude) ? (exclude as JsonObject[]) : [];
  combinations = combinations.filter((c) => !excludes.some((e) => matches(c, e)));
  const originals = combinations.map((c) => ({ ...c }));
  for (const entry of Array.isArray(include) ? (include as JsonObject[]) : []) {
    let added = false;
    combinations.forEach((combination, index) => {
      const original = originals[index] ?? {};
      const overwrites = Object.entries(entry).some(
        ([key, value]) => key in original && JSON.stringify(original[key]) !== JSON.stringify(value),
      );
      if (!overwrites) {
        Object.assign(combination, entry);
        added = true;
      }
    });
    if (!added) {
      combinations.push({ ...entry });
      originals.push({ ...entry });
    }
  }
  if (combinations.length === 0) throw new RehearsalError("Matrix vector does not contain any values");
  if (combinations.length > 256) throw new RehearsalError("Strategy produced more than 256 jobs");
  return combinations;
}
