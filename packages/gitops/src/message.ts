import { createHash } from "node:crypto";
import type { EditRequest } from "./request.ts";
import { formatPath, type ImageEdit, PRESERVE } from "./specs.ts";

/**
 * `newName:newTag@digest` as kustomize 5 renders the entry (the name stays when no newName).
 * A line that keeps a part with `*` is shown as written: the part is not known before the edit.
 */
function imageReference(edit: ImageEdit): string {
  if (keepsAPart(edit)) {
    const newName = edit.newName === undefined ? "" : `=${edit.newName}`;
    return `${edit.name}${newName}${edit.newTag === undefined ? "" : `:${edit.newTag}`}${edit.digest === undefined ? "" : `@${edit.digest}`}`;
  }
  let reference = edit.newName ?? edit.name;
  if (edit.newTag) reference += `:${edit.newTag}`;
  if (edit.digest) reference += `@${edit.digest}`;
  return reference;
}

function keepsAPart(edit: ImageEdit): boolean {
  return [edit.newName, edit.newTag, edit.digest].includes(PRESERVE);
}

/** What changed, in a few words: the commit subject's and pull request title's default. */
function describeEdits(request: EditRequest): string {
  const parts = [
    ...request.images.map(({ edit }) => imageReference(edit)),
    ...request.replicas.map(({ edit }) => `${edit.name}=${edit.count} replicas`),
    ...request.sets.map((edit) => `${edit.file}:${formatPath(edit.path)}=${edit.value}`),
  ];
  const shown = parts.slice(0, 3).join(", ");
  return parts.length > 3 ? `${shown} and ${parts.length - 3} more` : shown;
}

function defaultSubject(request: EditRequest): string {
  const where = request.overlay ? ` in ${request.overlay}` : "";
  return `chore(deploy): update ${describeEdits(request)}${where}`;
}

/**
 * The commit message: the template (placeholders {images}, {overlay}, {changes}) or the
 * default subject, then git trailers naming each image and the workflow run.
 */
export function commitMessage(request: EditRequest, options: { template?: string; runUrl?: string }): string {
  const images = request.images.map(({ edit }) => imageReference(edit)).join(", ");
  const body = options.template
    ? options.template
        .replaceAll("{images}", images)
        .replaceAll("{overlay}", request.overlay ?? "")
        .replaceAll("{changes}", describeEdits(request))
    : defaultSubject(request);
  // An Image trailer names what will run; a line keeping a part with * cannot say that.
  const trailers = request.images
    .filter(({ edit }) => !keepsAPart(edit))
    .map(({ edit }) =>
      edit.digest ? `Image: ${edit.newName ?? edit.name}@${edit.digest}` : `Image: ${imageReference(edit)}`,
    );
  if (options.runUrl) trailers.push(`Run: ${options.runUrl}`);
  return trailers.length > 0 ? `${body.trimEnd()}\n\n${trailers.join("\n")}\n` : `${body.trimEnd()}\n`;
}

/**
 * The pull request branch: named from the target and WHAT is edited (files, keys, image
 * names) but not the new values, so a newer version lands on the same branch and pull request.
 */
export function pullRequestBranch(target: { repository: string; branch: string }, request: EditRequest): string {
  const identity = JSON.stringify({
    repository: target.repository.toLowerCase(),
    branch: target.branch,
    overlay: request.overlay ?? "",
    images: request.images.map(({ edit }) => edit.name).sort(),
    replicas: request.replicas.map(({ edit }) => edit.name).sort(),
    sets: request.sets
      .map((edit) => `${edit.file}:${JSON.stringify(edit.selector ?? {})}${formatPath(edit.path)}`)
      .sort(),
  });
  const hash = createHash("sha256").update(identity).digest("hex").slice(0, 10);
  const slug = (request.overlay ?? request.sets[0]?.file ?? "values")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `update-overlay/${target.branch.replace(/[^A-Za-z0-9._-]+/g, "-")}/${slug || "repo"}-${hash}`;
}
