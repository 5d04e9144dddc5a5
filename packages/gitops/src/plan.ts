import { type GitopsField, gitopsFieldError } from "./fields.ts";
import { applyImageEdit, applyReplicaEdit, KUSTOMIZATION_FILES } from "./kustomize.ts";
import type { EditRequest } from "./request.ts";
import { applySet } from "./set-path.ts";
import { isDirectory, isFile, PathEscapeError, resolveInTree, type Snapshot } from "./tree.ts";
import { YamlEditError, YamlText } from "./yaml-edit.ts";

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
