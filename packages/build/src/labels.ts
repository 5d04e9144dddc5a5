import { type BuildField, buildFieldError } from "./fields.ts";

interface LabelContext {
  serverUrl: string;
  repository: string;
  sha: string;
  /** The version input, or the first tag when none is given. */
  version: string;
  created: Date;
  /** The image's name (the last part of the repository path). */
  title: string;
}

/** `key=value` lines (an empty value is allowed); the key must be a plain word. */
export function parseKeyValueLines(field: BuildField, lines: string[]): Array<[string, string]> {
  return lines.map((line) => {
    const at = line.indexOf("=");
    const key = at < 0 ? "" : line.slice(0, at).trim();
    if (at <= 0 || !/^[A-Za-z0-9_.\-/]+$/.test(key)) {
      throw buildFieldError(field, line, "is not KEY=value", "write one KEY=value per line");
    }
    return [key, line.slice(at + 1)];
  });
}

/**
 * The OCI annotations every image gets (the ones docker/metadata-action fills in), then
 * the user's labels, which win on the same key.
 */
export function ociLabels(context: LabelContext, userLabels: Array<[string, string]>): Record<string, string> {
  const labels: Record<string, string> = {
    "org.opencontainers.image.source": `${context.serverUrl.replace(/\/+$/, "")}/${context.repository}`,
    "org.opencontainers.image.revision": context.sha,
    "org.opencontainers.image.version": context.version,
    "org.opencontainers.image.created": context.created.toISOString(),
    "org.opencontainers.image.title": context.title,
  };
  for (const [key, value] of userLabels) labels[key] = value;
  return labels;
}
