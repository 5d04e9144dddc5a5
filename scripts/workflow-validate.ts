// Every workflow through GitHub's own language service (@actions/languageservice): its schema,
// its expression checks, called workflows read through a file provider (their inputs,
// secrets and outputs), and this repository's action.yml files through an action-metadata
// provider, so a misspelled input or an undefined step output is an error.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DescriptionDictionary, data } from "@actions/expressions";
import { type ActionsMetadataProvider, validate } from "@actions/languageservice";
import { clearCacheEntry } from "@actions/languageservice/utils/workflow-cache";
import type { FileProvider } from "@actions/workflow-parser/workflows/file-provider";
import type { FileReference } from "@actions/workflow-parser/workflows/file-reference";
import { TextDocument } from "vscode-languageserver-textdocument";
import { actionMetadata, SUITE_CHECKOUT_PATH, SUITE_REPOSITORY } from "./action-metadata.ts";

export interface ValidationProblem {
  line: number;
  message: string;
}

const localSuiteAction = new RegExp(
  `(uses:\\s*["']?)\\./${SUITE_CHECKOUT_PATH.replace(".", "\\.")}/actions/([a-z0-9-]+)`,
  "g",
);

/**
 * The language service skips local actions (`./...`); the suite's, checked out at
 * ./.platform, are named by their public name instead (same line, so line numbers hold).
 */
export function withSuiteActionsByName(text: string): string {
  return text.replace(
    localSuiteAction,
    (_match, prefix: string, name: string) => `${prefix}${SUITE_REPOSITORY}/actions/${name}@workflow-sha`,
  );
}

/** Called workflows: this repository's .github/workflows, by local path or by the suite's public name. */
export function fileProvider(repoRoot: string): FileProvider {
  return {
    async getFileContent(ref: FileReference) {
      const remote = "repository" in ref ? `${ref.owner}/${ref.repository}` : undefined;
      if (remote !== undefined && remote !== SUITE_REPOSITORY)
        throw new Error(`called workflow ${remote}/${ref.path} is not this suite's`);
      const file = path.join(repoRoot, ref.path.replace(/^\.\//, ""));
      if (!existsSync(file)) throw new Error(`called workflow ${ref.path} does not exist`);
      return { name: ref.path, content: withSuiteActionsByName(readFileSync(file, "utf8")) };
    },
  };
}

export function metadataProvider(repoRoot: string): ActionsMetadataProvider {
  return {
    async fetchActionMetadata(ref) {
      const uses = `${ref.owner}/${ref.name}${ref.path ? `/${ref.path}` : ""}@${ref.ref}`;
      const io = actionMetadata(repoRoot, uses);
      return io ? { name: uses, description: uses, ...io } : undefined;
    },
  };
}

/**
 * steps.<id>.outputs: GitHub's language service leaves them open (any name passes); here a
 * step that uses a known action offers exactly that action's outputs.
 */
async function stepsContext(
  repoRoot: string,
  name: string,
  defaults: DescriptionDictionary | undefined,
  steps: readonly { id: string; uses?: { value: string } }[] | undefined,
): Promise<DescriptionDictionary | undefined> {
  if (name !== "steps" || !defaults || !steps) return undefined;
  const usesById = new Map(steps.map((step) => [step.id, step.uses?.value]));
  const context = new DescriptionDictionary();
  for (const { key, value } of defaults.pairs()) {
    const uses = usesById.get(key);
    const io = uses === undefined ? undefined : actionMetadata(repoRoot, uses);
    if (!io || !(value instanceof DescriptionDictionary)) {
      context.add(key, value, defaults.getDescription(key));
      continue;
    }
    const outputs = new DescriptionDictionary();
    for (const [output, { description }] of Object.entries(io.outputs))
      outputs.add(output, new data.StringData(""), description);
    const step = new DescriptionDictionary();
    for (const pair of value.pairs())
      step.add(pair.key, pair.key === "outputs" ? outputs : pair.value, value.getDescription(pair.key));
    context.add(key, step, defaults.getDescription(key));
  }
  return context;
}

/** Diagnostics of GitHub's language service for one workflow file; every one is a problem. */
export async function validateWorkflow(repoRoot: string, file: string, text: string): Promise<ValidationProblem[]> {
  const document = TextDocument.create(`file:///${file}`, "yaml", 1, withSuiteActionsByName(text));
  const diagnostics = await validate(document, {
    fileProvider: fileProvider(repoRoot),
    actionsMetadataProvider: metadataProvider(repoRoot),
    contextProviderConfig: {
      getContext: (name, defaults, workflowContext) =>
        stepsContext(
          repoRoot,
          name,
          defaults,
          workflowContext.job?.steps as readonly { id: string; uses?: { value: string } }[] | undefined,
        ),
    },
  });
  // The service caches a parsed document by its URI; the next text under this name is new.
  clearCacheEntry(document.uri);
  return diagnostics.map((diagnostic) => ({
    line: diagnostic.range.start.line + 1,
    message: typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value,
  }));
}
