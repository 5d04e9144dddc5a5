/**
 * Stands in for `cli-highlight` inside the release bundle (aliased in scripts/tsconfig.bundle.json).
 *
 * semantic-release prints a dry run's notes and its errors' details through marked-terminal, which colours code blocks
 * with cli-highlight: highlight.js and parse5, 1.7 MB (0.4 MB gzipped) that every job using the
 * action downloads. Without it a code block in the printed notes is shown uncoloured; the
 * notes themselves (outputs, Release body) are not touched.
 */
export function highlight(code: string, _options?: object): string {
  return code;
}
