import { type GitopsField, gitopsFieldError } from "./fields.ts";
import { applyImageEdit, applyReplicaEdit, KUSTOMIZATION_FILES } from "./kustomize.ts";
import { applySet } from "./set-path.ts";
import {
  type ImageEdit,
  parseImageEdit,
  parseReplicaEdit,
  parseSetEdit,
  type ReplicaEdit,
  repositoryPathProblem,
  type SetEdit,
} from "./specs.ts";
import { isDirectory, isFile, PathEscapeError, resolveInTree, type Snapshot } from "./tree.ts";
import { YamlEditError, YamlText } from "./yaml-edit.ts";

/** Everything one run changes, already parsed and validated (see specs.ts). */
export interface EditRequest {
  /** Kustomize overlay directory or kustomization file, relative to the repository root. */
  overlay?: string;
  images: { edit: ImageEdit; line: string }[];
  replicas: { edit: ReplicaEdit; line: string }[];
  sets: SetEdit[];
  allowCreate: boolean;
}

export interface FileChange {
  path: string;
  mode: string;
  before: string;
  after: string;
}

async function resolvePath(snapshot: Snapshot, field: GitopsField, value: string, raw: string): Promise<string> {
  try {
    return await resolveInTree(snapshot, raw);
  } catch (error) {
    if (error instanceof PathEscapeError) {
      throw gitopsFieldError(field, value, error.message, "use a path inside the repository");
    }
    throw error;
  }
}

async function kustomizationPath(snapshot: Snapshot, overlay: string): Promise<string> {
  const resolved = await resolvePath(snapshot, "overlay", overlay, overlay);
  if (isFile(snapshot, resolved)) return resolved;
  if (isDirectory(snapshot, resolved)) {
    for (const name of KUSTOMIZATION_FILES) {
      const candidate = await resolvePath(snapshot, "overlay", overlay, resolved ? `${resolved}/${name}` : name);
      if (isFile(snapshot, candidate)) return candidate;
    }
    throw gitopsFieldError(
      "overlay",
      overlay,
      "holds no kustomization.yaml",
      "point it at a Kustomize overlay directory",
    );
  }
  throw gitopsFieldError("overlay", overlay, `does not exist at ${snapshot.commit.slice(0, 12)}`, "check the path");
}

/**
 * Applies the request to one commit and returns the files whose bytes change. Pure over the
 * snapshot, so the same request can be re-applied to a newer head after a lost race.
 */
export async function applyEdits(request: EditRequest, snapshot: Snapshot): Promise<FileChange[]> {
  const files = new Map<string, YamlText>();
  const attempt = (field: GitopsField, line: string, edit: () => void): void => {
    try {
      edit();
    } catch (error) {
      if (error instanceof YamlEditError)
        throw gitopsFieldError(
          field,
          line,
          (nameOf) => `cannot be applied: ${error.describe(nameOf)}`,
          "fix the line or the file",
        );
      throw error;
    }
  };
  const open = async (file: string, field: GitopsField, line: string): Promise<YamlText> => {
    const existing = files.get(file);
    if (existing) return existing;
    const entry = snapshot.entries.get(file);
    if (!entry || !isFile(snapshot, file)) {
      throw gitopsFieldError(
        field,
        line,
        `names ${file}, which is not a file at ${snapshot.commit.slice(0, 12)}`,
        "check the path",
      );
    }
    const source = await snapshot.readBlob(entry.oid);
    let text: YamlText | undefined;
    attempt(field, line, () => {
      text = new YamlText(file, source);
    });
    if (!text) throw new Error(`${file} was not read`);
    files.set(file, text);
    return text;
  };

  if (request.images.length > 0 || request.replicas.length > 0) {
    if (!request.overlay) {
      const first = request.images[0]?.line ?? request.replicas[0]?.line ?? "";
      throw gitopsFieldError(
        "overlay",
        "",
        (nameOf) => `is required for ${nameOf("images")} and ${nameOf("replicas")} (${first})`,
        (nameOf) => `set ${nameOf("overlay")} to the Kustomize overlay directory`,
      );
    }
    const kustomization = await kustomizationPath(snapshot, request.overlay);
    for (const { edit, line } of request.images) {
      const file = await open(kustomization, "images", line);
      attempt("images", line, () => applyImageEdit(file, edit));
    }
    for (const { edit, line } of request.replicas) {
      const file = await open(kustomization, "replicas", line);
      attempt("replicas", line, () => applyReplicaEdit(file, edit));
    }
  }
  for (const edit of request.sets) {
    const resolved = await resolvePath(snapshot, "set", edit.line, edit.file);
    const file = await open(resolved, "set", edit.line);
    attempt("set", edit.line, () => applySet(file, edit, request.allowCreate));
  }

  const changes: FileChange[] = [];
  for (const [file, text] of files) {
    if (!text.changed) continue;
    changes.push({
      path: file,
      mode: snapshot.entries.get(file)?.mode ?? "100644",
      before: text.original,
      after: text.text,
    });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

/** Same edits over in-memory files (tests, benchmarks, and callers holding a working tree). */
export function memorySnapshot(files: Record<string, string>, commit = "0".repeat(40)): Snapshot {
  const entries = new Map<string, { mode: string; type: "blob" | "tree"; oid: string }>();
  for (const file of Object.keys(files)) {
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++)
      entries.set(parts.slice(0, i).join("/"), { mode: "040000", type: "tree", oid: "" });
    entries.set(file, { mode: "100644", type: "blob", oid: file });
  }
  return {
    commit,
    entries,
    readBlob: async (oid) => files[oid] ?? "",
  };
}

/** The most lines one input may hold: enough for any overlay, small enough to review. */
const MAX_LINES = 1000;

/** Builds a request from the raw input lines, validating each (see specs.ts). */
export function buildEditRequest(raw: {
  overlay?: string;
  images?: string[];
  replicas?: string[];
  set?: string[];
  allowCreate?: boolean;
}): EditRequest {
  const lists: [GitopsField, string[] | undefined][] = [
    ["images", raw.images],
    ["replicas", raw.replicas],
    ["set", raw.set],
  ];
  for (const [field, lines] of lists) {
    if ((lines?.length ?? 0) > MAX_LINES) {
      throw gitopsFieldError(
        field,
        `${lines?.length} lines`,
        `holds more than ${MAX_LINES} lines`,
        "split the change into several steps",
      );
    }
  }
  const images = (raw.images ?? []).map((line) => ({ edit: parseImageEdit(line), line }));
  const replicas = (raw.replicas ?? []).map((line) => ({ edit: parseReplicaEdit(line), line }));
  const sets = (raw.set ?? []).map((line) => parseSetEdit(line));
  const seen = new Set<string>();
  for (const { edit, line } of images) {
    if (seen.has(edit.name))
      throw gitopsFieldError("images", line, `sets ${edit.name} a second time`, "keep one line per image");
    seen.add(edit.name);
  }
  seen.clear();
  for (const { edit, line } of replicas) {
    if (seen.has(edit.name))
      throw gitopsFieldError("replicas", line, `sets ${edit.name} a second time`, "keep one line per name");
    seen.add(edit.name);
  }
  if (images.length + replicas.length + sets.length === 0) {
    throw gitopsFieldError(
      "images",
      "",
      (nameOf) => `is empty, and so are ${nameOf("replicas")} and ${nameOf("set")}`,
      "give at least one edit",
    );
  }
  const request: EditRequest = { images, replicas, sets, allowCreate: raw.allowCreate ?? false };
  if (raw.overlay) {
    const outside = repositoryPathProblem(raw.overlay);
    if (outside) throw gitopsFieldError("overlay", raw.overlay, outside, "give a path relative to its root");
    request.overlay = raw.overlay;
  }
  return request;
}
