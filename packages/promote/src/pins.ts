import { ConfigurationError } from "@platform/action-kit";
import {
  type Git,
  isDirectory,
  isFile,
  KUSTOMIZATION_FILES,
  type PathSegment,
  parsePath,
  resolveInTree,
  type Snapshot,
  splitImage,
} from "@platform/gitops";
import { parse } from "yaml";
import type { EnvironmentConfig, ValuesTarget } from "./config.ts";

/** How an environment pins one image now, read from the GitOps repository. */
export interface Pin {
  image: string;
  /** The file holding the pin (kustomization or values file), repository-relative. */
  file: string;
  /** Absent: the environment does not pin the image at all. */
  repository?: string;
  tag?: string;
  digest?: string;
}

/** `repo:tag@digest` as the pin reads, for messages. */
export function describePin(pin: Pin): string | undefined {
  if (!pin.repository && !pin.tag && !pin.digest) return undefined;
  return `${pin.repository ?? pin.image}${pin.tag ? `:${pin.tag}` : ""}${pin.digest ? `@${pin.digest}` : ""}`;
}

/** The values paths of one image: `{name}` replaced. */
export function valuesPaths(values: ValuesTarget, image: string): ValuesTarget {
  const fill = (path: string | undefined) => path?.replaceAll("{name}", image);
  return {
    file: values.file,
    digest: fill(values.digest) ?? values.digest,
    ...(values.tag ? { tag: fill(values.tag) } : {}),
    ...(values.repository ? { repository: fill(values.repository) } : {}),
  };
}

/** The kustomization file of an overlay, looked up as kustomize does. */
export async function kustomizationFile(snapshot: Snapshot, overlay: string, where: string): Promise<string> {
  let resolved: string;
  try {
    resolved = await resolveInTree(snapshot, overlay);
  } catch (error) {
    throw new ConfigurationError(`${where}: overlay ${JSON.stringify(overlay)} ${(error as Error).message}.`);
  }
  if (isFile(snapshot, resolved)) return resolved;
  if (isDirectory(snapshot, resolved)) {
    for (const name of KUSTOMIZATION_FILES) {
      const candidate = resolved ? `${resolved}/${name}` : name;
      if (isFile(snapshot, candidate)) return candidate;
    }
  }
  throw new ConfigurationError(
    `${where}: overlay ${JSON.stringify(overlay)} holds no kustomization.yaml at ${snapshot.commit.slice(0, 12)}; check the path.`,
  );
}

async function readYaml(snapshot: Snapshot, file: string, where: string): Promise<unknown> {
  const entry = snapshot.entries.get(file);
  if (!entry || !isFile(snapshot, file)) {
    throw new ConfigurationError(`${where}: ${file} is not a file at ${snapshot.commit.slice(0, 12)}; check the path.`);
  }
  try {
    return parse(await snapshot.readBlob(entry.oid));
  } catch (error) {
    throw new ConfigurationError(`${where}: ${file} is not valid YAML (${(error as Error).message.split("\n")[0]}).`);
  }
}

function valueAt(root: unknown, path: PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (segment.kind === "key") current = (current as Record<string, unknown> | null)?.[segment.key];
    else if (segment.kind === "index") current = Array.isArray(current) ? current[segment.index] : undefined;
    else
      current = Array.isArray(current)
        ? current.find((item) => String((item as Record<string, unknown>)?.[segment.key]) === segment.value)
        : undefined;
    if (current === undefined || current === null) return undefined;
  }
  return current;
}

export function parseValuesPath(text: string, where: string): PathSegment[] {
  const fail = (problem: string): never => {
    throw new ConfigurationError(`${where}: values path ${JSON.stringify(text)} ${problem}.`);
  };
  const { path, end } = parsePath(text, fail);
  if (end !== text.length) fail("has characters after the path");
  return path;
}

/**
 * What `env` pins for each image at `snapshot`: a kustomize `images[]` entry (newName or name,
 * newTag, digest), or the Helm values paths. `where` names the environment in messages.
 */
export async function readPins(snapshot: Snapshot, env: EnvironmentConfig, where: string): Promise<Map<string, Pin>> {
  const pins = new Map<string, Pin>();
  if (env.overlay !== undefined) {
    const file = await kustomizationFile(snapshot, env.overlay, where);
    const doc = (await readYaml(snapshot, file, where)) as { images?: unknown } | null;
    const entries = Array.isArray(doc?.images) ? (doc.images as Record<string, unknown>[]) : [];
    for (const image of env.images.keys()) {
      const entry = entries.find((e) => e && String(e.name) === image);
      const pin: Pin = { image, file };
      // An entry with only its name pins nothing: the base's image runs.
      if (entry && (entry.newTag != null || typeof entry.digest === "string")) {
        pin.repository = typeof entry.newName === "string" ? entry.newName : image;
        if (entry.newTag !== undefined && entry.newTag !== null) pin.tag = String(entry.newTag);
        if (typeof entry.digest === "string") pin.digest = entry.digest;
      }
      pins.set(image, pin);
    }
    return pins;
  }
  const values = env.values;
  if (!values) throw new Error(`environment ${env.name} has neither overlay nor values`);
  const doc = await readYaml(snapshot, values.file, where);
  for (const image of env.images.keys()) {
    const paths = valuesPaths(values, image);
    const read = (path: string | undefined): string | undefined => {
      if (path === undefined) return undefined;
      const value = valueAt(doc, parseValuesPath(path, where));
      return value === undefined || typeof value === "object" ? undefined : String(value);
    };
    const pin: Pin = { image, file: values.file };
    const digest = read(paths.digest);
    const tag = read(paths.tag);
    let repository = read(paths.repository);
    // A values file may hold `repo:tag@digest` in the digest path; a digest alone is the usual.
    if (digest?.includes("@")) {
      const split = splitImage(digest);
      repository ??= split.name;
      if (split.digest) pin.digest = split.digest;
    } else if (digest) pin.digest = digest;
    if (tag) pin.tag = tag;
    if (pin.digest || pin.tag) pin.repository = repository ?? env.images.get(image);
    pins.set(image, pin);
  }
  return pins;
}

export interface HistoryEntry {
  commit: string;
  date: Date;
}

/**
 * Commits of `ref` that changed how often `digest` occurs in `file` (git's pickaxe, `-S`),
 * newest first: while the file pins the digest now, the first is the commit that pinned it.
 */
export async function digestHistory(git: Git, ref: string, file: string, digest: string): Promise<HistoryEntry[]> {
  const result = await git(["log", "--format=%H %cI", `-S${digest}`, ref, "--", file]);
  if (result.exitCode !== 0) {
    throw new Error(`git log failed (exit ${result.exitCode}): ${result.stderr.trim().split("\n").at(-1) ?? ""}`);
  }
  return result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [commit = "", date = ""] = line.split(" ");
      return { commit, date: new Date(date) };
    });
}
