/**
 * Stands in for `marked` and `marked-terminal` inside the release bundle (aliased in
 * scripts/tsconfig.bundle.json).
 *
 * semantic-release uses them for one thing: to render a dry run's release notes and its errors'
 * details for a terminal before printing them (marked-terminal brings cli-table3, chalk, and an
 * emoji table: 0.37 MB, ~0.1 MB gzipped that every job using an action of the suite downloads).
 * In a workflow log the Markdown as written reads as well, so it is printed unchanged. The
 * notes themselves (outputs, the Release body, the summary) never went through this.
 */
export function setOptions(_options: object): void {}

export function parse(markdown: string): string {
  return markdown;
}

/** marked-terminal's default export: a renderer that is handed to setOptions above and unused. */
export default class TerminalRenderer {}
