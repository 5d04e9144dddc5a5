import { buildEditRequest, type EditRequest } from "@platform/gitops";
import type { EnvironmentConfig } from "./config.ts";
import { valuesPaths } from "./pins.ts";
import type { PlannedImage } from "./record.ts";

/**
 * The edit of the target for all images, as update-overlay's request: a kustomize `images[]`
 * entry `name=<target repository>:<version>@<digest>` (newName always written, so a promotion
 * never falls back to the base's image name), or the Helm values paths set to strings.
 */
export function targetEdits(target: EnvironmentConfig, images: PlannedImage[]): EditRequest {
  if (target.overlay !== undefined) {
    return buildEditRequest({
      overlay: target.overlay,
      images: images.map(
        (image) => `${image.name}=${image.to}${image.version ? `:${image.version}` : ""}@${image.digest}`,
      ),
    });
  }
  const values = target.values;
  if (!values) throw new Error(`environment ${target.name} has neither overlay nor values`);
  const set: string[] = [];
  for (const image of images) {
    const paths = valuesPaths(values, image.name);
    // JSON strings: a digest or version is always written as a YAML string.
    set.push(`${values.file}:${paths.digest}=${JSON.stringify(image.digest)}`);
    if (paths.tag && image.version) set.push(`${values.file}:${paths.tag}=${JSON.stringify(image.version)}`);
    if (paths.repository) set.push(`${values.file}:${paths.repository}=${JSON.stringify(image.to)}`);
  }
  return buildEditRequest({ set });
}
