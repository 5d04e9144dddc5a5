import type { ConfigurationError, FieldText } from "@platform/action-kit";
import { isTag } from "@platform/oci";
import { type BuildField, buildFieldError } from "./fields.ts";

/** The values tag templates may use; anything missing makes its placeholder an error. */
export interface TagContext {
  version?: string;
  sha: string;
  runNumber: string;
  /** The branch name (GITHUB_HEAD_REF for pull requests, else refs/heads/<name>). */
  branch?: string;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]*)\s*\}\}/g;

const PLACEHOLDERS = ["version", "major", "minor", "patch", "sha", "sha7", "run_number", "branch"] as const;

/** The branch from the runner's variables: the head branch of a pull request, else the pushed branch. */
export function branchFromEnvironment(env: { GITHUB_HEAD_REF?: string; GITHUB_REF?: string }): string | undefined {
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  const ref = env.GITHUB_REF ?? "";
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
}

/**
 * A branch name as a tag: runs of characters a tag cannot hold become one dash, leading
 * dots and dashes go (a tag must start with a letter, digit or underscore), and the
 * result is cut to the 128 characters a tag may have.
 */
export function sanitizeBranch(branch: string): string {
  return branch
    .replace(/[^A-Za-z0-9_.-]+/g, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 128)
    .replace(/[.-]+$/, "");
}

/** The templates used when `tags` is empty. */
export function defaultTagTemplates(version: string | undefined): string[] {
  return version ? ["{{version}}", "sha-{{sha7}}"] : ["sha-{{sha7}}"];
}

function placeholderValue(name: string, template: string, context: TagContext): string {
  const missing = (why: string, fix: FieldText<BuildField>): ConfigurationError =>
    buildFieldError("tags", template, `uses {{${name}}} but ${why}`, fix);
  const semver = (): RegExpExecArray => {
    if (!context.version) throw missing("no version is given", (nameOf) => `set "${nameOf("version")}", e.g. v1.2.3`);
    const match = SEMVER.exec(context.version);
    if (!match) throw missing(`version "${context.version}" is not semantic (v1.2.3)`, "give a semantic version");
    return match;
  };
  switch (name) {
    case "version":
      if (!context.version) {
        throw missing("no version is given", (nameOf) => `set "${nameOf("version")}" or remove the template`);
      }
      return context.version;
    case "major":
      return semver()[1] ?? "";
    case "minor":
      return semver()[2] ?? "";
    case "patch":
      return semver()[3] ?? "";
    case "sha":
      return context.sha;
    case "sha7":
      return context.sha.slice(0, 7);
    case "run_number":
      return context.runNumber;
    case "branch": {
      const branch = context.branch === undefined ? "" : sanitizeBranch(context.branch);
      if (!branch) throw missing("this run is not on a branch", "use {{branch}} only in branch and pull request runs");
      return branch;
    }
    default:
      throw buildFieldError(
        "tags",
        template,
        `uses the unknown placeholder {{${name}}}`,
        `use ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`,
      );
  }
}

/**
 * Renders each template; a result that is not a valid tag is an error naming the template,
 * never silently rewritten. Duplicates collapse, keeping the first occurrence's order.
 */
export function renderTags(templates: string[], context: TagContext): string[] {
  const tags: string[] = [];
  for (const template of templates) {
    const tag = template.replace(PLACEHOLDER, (_, name: string) => placeholderValue(name, template, context));
    if (tag.includes("{{") || tag.includes("}}")) {
      throw buildFieldError(
        "tags",
        template,
        "has an unclosed or malformed placeholder",
        "write placeholders as {{name}}",
      );
    }
    if (!isTag(tag)) {
      throw buildFieldError(
        "tags",
        template,
        `renders to "${tag}", which is not a valid tag`,
        "a tag is 1-128 characters of letters, digits, _ . - and starts with a letter, digit or _",
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
