import { inlineCode, table } from "@platform/action-kit";

export interface CommitLine {
  hash: string;
  message: string;
}

const headerPattern = /^(\w+)(?:\([^)]*\))?(!)?: (.*)$/;

/** Conventional-commit type of a message; "breaking" when it has `!` or a BREAKING CHANGE footer. */
export function commitType(message: string): string {
  const header = message.split("\n")[0] ?? "";
  const match = headerPattern.exec(header);
  if (match?.[2] === "!" || /^BREAKING[ -]CHANGE:/m.test(message)) return "breaking";
  return match?.[1]?.toLowerCase() ?? "other";
}

const typeOrder = [
  "breaking",
  "feat",
  "fix",
  "perf",
  "revert",
  "refactor",
  "docs",
  "build",
  "ci",
  "test",
  "style",
  "chore",
];

export function commitsByType(commits: CommitLine[]): Array<{ type: string; commits: CommitLine[] }> {
  const groups = new Map<string, CommitLine[]>();
  for (const commit of commits) {
    const type = commitType(commit.message);
    groups.set(type, [...(groups.get(type) ?? []), commit]);
  }
  const rank = (type: string): number => (typeOrder.includes(type) ? typeOrder.indexOf(type) : typeOrder.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, list]) => ({ type, commits: list }));
}

interface SummaryInput {
  released: boolean;
  dryRun: boolean;
  previousTag: string;
  nextTag: string;
  branch: string;
  commits: CommitLine[];
  notes: string;
  floatingTags: string[];
  defaultTokenInUse: boolean;
  /** The action's input that takes another token, for the note on the job's default token. */
  tokenInput: string;
  completed: string[];
}

export function releaseSummary(input: SummaryInput): string {
  const lines: string[] = [];
  // Tags and branches come from git: inline code, which nothing in a ref name can break out of.
  const previous = input.previousTag ? inlineCode(input.previousTag) : "(none)";
  if (input.released) {
    const verb = input.dryRun ? "would release" : "released";
    lines.push(`${verb} ${inlineCode(input.nextTag)} on ${inlineCode(input.branch)} (previous: ${previous})`, "");
  } else {
    lines.push(`No release: no commit since ${previous} calls for one.`, "");
  }
  lines.push(
    table(["previous version", "next version"], [[previous, input.released ? inlineCode(input.nextTag) : "(none)"]]),
    "",
  );
  for (const done of input.completed) lines.push(`- ${done}`);
  if (input.floatingTags.length > 0) {
    lines.push(`Floating tags moved to the release commit: ${input.floatingTags.map(inlineCode).join(", ")}`, "");
  }
  if (input.commits.length > 0) {
    lines.push("#### Commits by type", "");
    const rows = commitsByType(input.commits).map(({ type, commits }) => [
      type,
      String(commits.length),
      commits.map((c) => `${c.hash.slice(0, 7)} ${inlineCode(c.message.split("\n")[0] ?? "")}`).join("\n"),
    ]);
    lines.push(table(["type", "commits", "subjects"], rows), "");
  }
  if (input.notes) lines.push("#### Release notes", "", input.notes.trim(), "");
  if (input.defaultTokenInUse && input.released && !input.dryRun) {
    lines.push(
      "> [!NOTE]",
      "> The tag was pushed with the job's default `GITHUB_TOKEN`: GitHub does not start other workflows for it.",
      `> Chain the build through ${inlineCode("needs:")} and this step's outputs, or pass a GitHub App token as ${inlineCode(input.tokenInput)}.`,
      "",
    );
  }
  return lines.join("\n");
}
