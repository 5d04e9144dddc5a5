import type { ErrorObject } from "ajv";
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import validateSchema from "./config-schema.generated.cjs";
import { parseDuration } from "./duration.ts";
import { type FreezeWindow, parseWeeklyTime } from "./freeze.ts";

/** `.github/platform.yml`, validated and resolved: what the gates and the edits read. */
export interface PlatformConfig {
  /** Where it was read from, for messages: `.github/platform.yml@main`. */
  source: string;
  gitops: { repository: string; branch: string | undefined; commitVia: "git" | "api" };
  images: string[];
  environments: Map<string, EnvironmentConfig>;
  freeze: FreezeWindow[];
}

export interface ValuesTarget {
  file: string;
  digest: string;
  tag?: string;
  repository?: string;
}

export interface EnvironmentConfig {
  name: string;
  from: string | undefined;
  overlay: string | undefined;
  values: ValuesTarget | undefined;
  /** Image name -> repository (host/path). */
  images: Map<string, string>;
  aws: { region: string; role: string } | undefined;
  mode: "push" | "pull-request";
  requireReason: boolean;
  minSoakMs: number;
  /** As written, for messages. */
  minSoak: string | undefined;
  platforms: string[];
}

/** A mistake in the configuration file: one line naming the file, the line and the problem. */
export class ConfigFileError extends Error {
  override readonly name = "ConfigFileError";
}

interface RawEnvironment {
  from?: string;
  overlay?: string;
  values?: ValuesTarget;
  images: Record<string, string>;
  aws?: { region: string; role: string };
  mode?: "push" | "pull-request";
  "require-reason"?: boolean;
  "min-soak"?: string;
  platforms?: string[];
}

interface RawConfig {
  version: 1;
  gitops: { repository: string; branch?: string; "commit-via"?: "git" | "api" };
  images: Record<string, Record<string, never>>;
  environments: Record<string, RawEnvironment>;
  freeze?: {
    environments: string[];
    from?: string;
    to?: string;
    weekly?: { from: string; to: string };
    timezone?: string;
    reason?: string;
  }[];
}

/**
 * The JSON Schema shipped at schema/platform.schema.json, compiled ahead of time by ajv
 * (scripts/schema-validator.ts, written by `npm run docs` and checked in CI): no compiler in the
 * bundle and no compile on the action's critical path. test/config.test.ts checks the schema
 * against JSON Schema's meta-schema.
 */
function validate(value: unknown): ErrorObject[] {
  return validateSchema(value) ? [] : (validateSchema.errors ?? []);
}

/**
 * Parses and checks the file: YAML syntax, the JSON Schema, then what a schema cannot say
 * (references between environments, `from` loops, windows). Every problem is one line with
 * the file and line: `.github/platform.yml:12: environments.production.mode must be ...`.
 */
export function parseConfig(text: string, source: string): PlatformConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): string => {
    if (offset === undefined) return source;
    const { line, col } = lines.linePos(offset);
    return `${source}:${line}:${col}`;
  };
  const firstError = doc.errors[0];
  if (firstError) {
    throw new ConfigFileError(`${at(firstError.pos[0])}: not valid YAML: ${firstError.message.split("\n")[0]}`);
  }
  const nodeAt = (path: (string | number)[], key = false): Node | undefined => {
    if (!key || path.length === 0) return doc.getIn(path, true) as Node | undefined;
    const parent = doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path.at(-1));
    return (pair?.key as Node | undefined) ?? undefined;
  };
  const fail = (path: (string | number)[], problem: string, key = false): never => {
    const node = nodeAt(path, key) ?? nodeAt(path.slice(0, -1));
    const where = path.length ? path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".") : "the file";
    throw new ConfigFileError(`${at(node?.range?.[0])}: ${where.replace(/\.\[/g, "[")} ${problem}`);
  };

  const raw = doc.toJS() as unknown;
  const [error] = validate(raw);
  if (error) {
    const path = error.instancePath
      .split("/")
      .slice(1)
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (error.keyword === "additionalProperties") {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      fail([...path, extra], "is not a known key; check its spelling against schema/platform.schema.json", true);
    }
    if (error.keyword === "propertyNames") {
      const name = String((error.params as { propertyName: string }).propertyName);
      fail([...path, name], "is not a valid name (lower-case letters, digits and . _ / -)", true);
    }
    if (error.keyword === "enum") {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.join(", ");
      fail(path, `is ${JSON.stringify(pointer(raw, path))}; use one of: ${allowed}`);
    }
    if (error.keyword === "pattern" || error.keyword === "const") {
      fail(path, `is ${JSON.stringify(pointer(raw, path))}, which ${explainPattern(path, error)}`);
    }
    fail(path, error.message ?? "is not valid");
  }
  return resolve(raw as RawConfig, source, fail);
}

function pointer(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const part of path) current = (current as Record<string | number, unknown> | undefined)?.[part];
  return current;
}

function explainPattern(path: (string | number)[], error: ErrorObject): string {
  const last = String(path.at(-1));
  if (error.keyword === "const")
    return `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
  const hints: Record<string, string> = {
    repository: "is not owner/name (GitOps) or host/path without tag (an image)",
    "min-soak": "is not a duration such as 30m, 2h or 1d12h",
    region: "is not an AWS region such as eu-central-1",
    role: "is not an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)",
    from: "is not a time: write 2026-12-20T00:00:00Z or Fri 16:00 for a weekly window",
    to: "is not a time: write 2026-12-20T00:00:00Z or Mon 08:00 for a weekly window",
  };
  if (path.includes("images") && typeof path.at(-1) === "string" && !hints[last])
    return "is not an image repository (host/path, no tag or digest)";
  if (path.includes("platforms")) return "is not a platform such as linux/amd64";
  return hints[last] ?? `does not match ${(error.params as { pattern: string }).pattern}`;
}

type Fail = (path: (string | number)[], problem: string, key?: boolean) => never;

function resolve(raw: RawConfig, source: string, fail: Fail): PlatformConfig {
  const images = Object.keys(raw.images);
  const environments = new Map<string, EnvironmentConfig>();
  for (const [name, env] of Object.entries(raw.environments)) {
    const where = ["environments", name];
    if ((env.overlay === undefined) === (env.values === undefined)) {
      fail(where, "needs exactly one of overlay (Kustomize) and values (Helm)", true);
    }
    const imageMap = new Map(Object.entries(env.images));
    for (const image of imageMap.keys()) {
      if (!images.includes(image)) {
        fail([...where, "images", image], `is not one of the images listed at the top (${images.join(", ")})`, true);
      }
    }
    if (env.values && imageMap.size > 1) {
      for (const key of ["digest", "tag", "repository"] as const) {
        const value = env.values[key];
        if (value !== undefined && !value.includes("{name}")) {
          fail([...where, "values", key], "must hold {name} when the environment has several images");
        }
      }
    }
    const minSoak = env["min-soak"];
    environments.set(name, {
      name,
      from: env.from,
      overlay: env.overlay,
      values: env.values,
      images: imageMap,
      aws: env.aws,
      mode: env.mode ?? "push",
      requireReason: env["require-reason"] ?? false,
      minSoakMs: minSoak === undefined ? 0 : (parseDuration(minSoak) ?? 0),
      minSoak,
      platforms: env.platforms ?? [],
    });
  }
  for (const env of environments.values()) {
    if (env.from !== undefined && !environments.has(env.from)) {
      fail(["environments", env.name, "from"], `names ${JSON.stringify(env.from)}, which is not an environment here`);
    }
    // Follow from -> from -> ...: coming back to a name already seen is a loop.
    const seen = [env.name];
    for (let next = env.from; next !== undefined; next = environments.get(next)?.from) {
      if (seen.includes(next)) {
        fail(["environments", env.name, "from"], `makes a loop: ${[...seen, next].join(" -> ")}`);
      }
      seen.push(next);
    }
  }
  const freeze: FreezeWindow[] = (raw.freeze ?? []).map((window, index) => {
    const where = ["freeze", index];
    for (const [i, env] of window.environments.entries()) {
      if (!environments.has(env)) fail([...where, "environments", i], "is not an environment here");
    }
    const reason = window.reason;
    if (window.weekly) {
      if (window.from !== undefined || window.to !== undefined) {
        fail(where, "has both weekly and from/to; a window is one or the other");
      }
      const timezone = window.timezone ?? "UTC";
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: timezone });
      } catch {
        fail([...where, "timezone"], `is ${JSON.stringify(timezone)}, not an IANA time zone such as Europe/Berlin`);
      }
      return {
        kind: "weekly",
        index,
        environments: window.environments,
        from: parseWeeklyTime(window.weekly.from),
        to: parseWeeklyTime(window.weekly.to),
        timezone,
        ...(reason !== undefined ? { reason } : {}),
      };
    }
    if (window.from === undefined || window.to === undefined) {
      fail(where, "needs from and to (RFC 3339 times) or weekly");
    }
    if (window.timezone !== undefined) fail([...where, "timezone"], "applies to weekly windows only", true);
    const from = new Date(window.from ?? "");
    const to = new Date(window.to ?? "");
    if (Number.isNaN(from.getTime())) fail([...where, "from"], "is not a valid time");
    if (Number.isNaN(to.getTime())) fail([...where, "to"], "is not a valid time");
    if (to <= from) fail([...where, "to"], "is not after from");
    return { kind: "range", index, environments: window.environments, from, to, ...(reason ? { reason } : {}) };
  });
  return {
    source,
    gitops: {
      repository: raw.gitops.repository,
      branch: raw.gitops.branch,
      commitVia: raw.gitops["commit-via"] ?? "git",
    },
    images,
    environments,
    freeze,
  };
}
