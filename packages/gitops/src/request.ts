// The edit request as the inputs give it: parsed and checked when the inputs are read, apart
// from the YAML code in plan.ts, so an action reads its inputs without loading yaml.
import { type GitopsField, gitopsFieldError } from "./fields.ts";
import {
  type ImageEdit,
  parseImageEdit,
  parseReplicaEdit,
  parseSetEdit,
  type ReplicaEdit,
  repositoryPathProblem,
  type SetEdit,
} from "./specs.ts";

/** Everything one run changes, already parsed and validated (see specs.ts). */
export interface EditRequest {
  /** Kustomize overlay directory or kustomization file, relative to the repository root. */
  overlay?: string;
  images: { edit: ImageEdit; line: string }[];
  replicas: { edit: ReplicaEdit; line: string }[];
  sets: SetEdit[];
  allowCreate: boolean;
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
