import { registerHooks } from "node:module";

/**
 * GitHub's workflow parser imports its JSON schemas without `with { type: "json" }`, which
 * Node's own ESM loader refuses (bundlers and Jest accept it). A load hook adds the attribute
 * for JSON files under @actions/ only, so the parser loads unchanged; hence the dynamic imports.
 */
let hooked = false;
function allowSchemaJson(): void {
  if (hooked) return;
  hooked = true;
  try {
    registerHooks({
      load(url, context, nextLoad) {
        if (url.endsWith(".json") && url.includes("/@actions/")) {
          return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
        }
        return nextLoad(url, context);
      },
    });
  } catch {
    // Jest refuses loader hooks; its own loader accepts the attribute-less JSON import.
  }
}

export type WorkflowParserModule = typeof import("@actions/workflow-parser");
export type ActionParserModule = typeof import("@actions/workflow-parser/actions/index");

export async function workflowParser(): Promise<WorkflowParserModule> {
  allowSchemaJson();
  return import("@actions/workflow-parser");
}

export async function actionParser(): Promise<ActionParserModule> {
  allowSchemaJson();
  return import("@actions/workflow-parser/actions/index");
}
