import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
import { fieldError, inputError } from "./errors.ts";

/**
 * Reads action inputs the way the runner passes them (INPUT_<NAME> environment variables)
 * without depending on @actions/core, so the same parsing is unit-testable and shared.
 * The runner upper-cases the name and replaces spaces with underscores; dashes stay.
 */
type InputSource = (name: string) => string | undefined;

export const environmentInputs =
  (env: NodeJS.ProcessEnv = process.env): InputSource =>
  (name) =>
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];

export class InputReader {
  private readonly source: InputSource;

  constructor(source: InputSource = environmentInputs()) {
    this.source = source;
  }

  /** A trimmed string; empty when unset. */
  string(name: string, options: { required?: boolean; default?: string } = {}): string {
    const value = (this.source(name) ?? "").trim();
    if (value === "") {
      if (options.required) {
        throw inputError(name, "", "is required", `set "${name}" in the step's "with:" block`);
      }
      return options.default ?? "";
    }
    return value;
  }

  /** A trimmed string, or undefined when unset. */
  optional(name: string): string | undefined {
    const value = this.string(name);
    return value === "" ? undefined : value;
  }

  /** YAML 1.2 core booleans, as @actions/core accepts them. */
  boolean(name: string, defaultValue: boolean): boolean {
    const value = this.string(name);
    if (value === "") return defaultValue;
    if (["true", "True", "TRUE"].includes(value)) return true;
    if (["false", "False", "FALSE"].includes(value)) return false;
    throw inputError(name, value, "is not a boolean", "use true or false");
  }

  integer(name: string, defaultValue: number, bounds: { min?: number; max?: number } = {}): number {
    const value = this.string(name);
    if (value === "") return defaultValue;
    const min = bounds.min ?? Number.MIN_SAFE_INTEGER;
    const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw inputError(name, value, "is not a whole number in range", `use a number from ${min} to ${max}`);
    }
    return Number(value);
  }

  /** One of a fixed set of words. */
  choice<T extends string>(name: string, choices: readonly T[], defaultValue: T): T {
    const value = this.string(name);
    if (value === "") return defaultValue;
    if (!(choices as readonly string[]).includes(value)) {
      throw inputError(name, value, "is not a known value", `use one of: ${choices.join(", ")}`);
    }
    return value as T;
  }

  /**
   * One entry per line (commas also separate when `commas` is set); blank lines and
   * lines starting with # are skipped so long lists can be commented in the workflow.
   */
  list(name: string, options: { commas?: boolean; required?: boolean } = {}): string[] {
    const raw = this.string(name, { required: options.required ?? false });
    const separator = options.commas ? /[\n,]/ : /\n/;
    return raw
      .split(separator)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"));
  }

  /**
   * A path that must stay inside `root` (the workspace or a checkout): `..` and absolute
   * paths that escape are refused, because inputs may come from untrusted pull requests.
   */
  pathInside(name: string, root: string, options: { default?: string; required?: boolean } = {}): string {
    const value = this.string(name, { required: options.required ?? false, default: options.default ?? "" });
    return resolveInside(name, value, root);
  }
}

/**
 * Resolves `value` against `root` and refuses it when it leads outside: a `..` segment that
 * climbs above the root, an absolute path elsewhere, or a symbolic link (already in the
 * checkout, so possibly planted by a pull request) whose target is outside. Names that only
 * start with dots (`..cache`, `...`) are ordinary names. Returns the path as written
 * (symlinks not replaced), so messages and outputs show what the user gave.
 */
export function resolveInside(name: string, value: string, root: string): string {
  const { resolvedRoot, resolved, leaves } = locate(root, value);
  const fix = "use a path inside the workspace";
  if (leaves === "lexical") throw inputError(name, value, `leads outside ${resolvedRoot}`, fix);
  if (leaves === "link") throw inputError(name, value, `leads outside ${resolvedRoot} through a symbolic link`, fix);
  if (leaves === "loop") {
    throw inputError(name, value, "has too many levels of symbolic links", "point it at a path without a link loop");
  }
  return resolved;
}

/** True when `candidate` is `root` or below it (both absolute); a segment `..` is what escapes. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (path.isAbsolute(relative)) return false;
  const first = relative.split(path.sep)[0];
  return first !== "..";
}

/**
 * True when `candidate` stays inside `root` both as written and through any symbolic link:
 * for paths a glob found, which are to be skipped rather than refused when they escape.
 */
export function staysInside(root: string, candidate: string): boolean {
  try {
    return locate(root, candidate).leaves === undefined;
  } catch {
    return false;
  }
}

/** How a path leaves the root, if it does: as written, through a link, or into a link loop. */
type Exit = "lexical" | "link" | "loop";

/** `value` resolved against `root`, and how it leaves the root (undefined: it stays inside). */
function locate(root: string, value: string): { resolvedRoot: string; resolved: string; leaves?: Exit } {
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, value);
  if (!isInside(resolvedRoot, resolved)) return { resolvedRoot, resolved, leaves: "lexical" };
  let real: string;
  try {
    real = realPath(resolved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOOP") throw error;
    return { resolvedRoot, resolved, leaves: "loop" };
  }
  return isInside(realPath(resolvedRoot), real)
    ? { resolvedRoot, resolved }
    : { resolvedRoot, resolved, leaves: "link" };
}

const MAX_LINKS = 40;

/**
 * The canonical path of `target`, following every symbolic link of the part that exists;
 * the part that does not exist yet (a file an action will create, a glob) is appended as
 * written. A dangling link is followed by its text, since writing through it would land
 * where it points.
 */
function realPath(target: string, links = 0): string {
  try {
    return realpathSync.native(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
  }
  const parent = path.dirname(target);
  if (parent === target) return target;
  const candidate = path.join(realPath(parent, links), path.basename(target));
  let isLink = false;
  try {
    isLink = lstatSync(candidate).isSymbolicLink();
  } catch {
    return candidate;
  }
  if (!isLink) return candidate;
  if (links >= MAX_LINKS)
    throw Object.assign(new Error(`${target}: too many levels of symbolic links`), { code: "ELOOP" });
  return realPath(path.resolve(path.dirname(candidate), readlinkSync(candidate)), links + 1);
}

/**
 * Two values that only make sense together (username and password): both set or neither,
 * else one line naming the one that is missing. The one wording of that rule in the suite.
 * The names are fields (a FieldError): an action's own input names, which runAction leaves as
 * they are, or a package's fields, which the action's table names.
 */
export function requireBothOrNeither<Field extends string>(
  first: readonly [name: Field, value: string | undefined],
  second: readonly [name: Field, value: string | undefined],
): void {
  const [firstName, firstValue] = first;
  const [secondName, secondValue] = second;
  if (!firstValue === !secondValue) return;
  const [missing, partner] = firstValue ? [secondName, firstName] : [firstName, secondName];
  throw fieldError<Field>(
    missing,
    "",
    (nameOf) => `is required together with "${nameOf(partner)}"`,
    "give both or neither",
  );
}
