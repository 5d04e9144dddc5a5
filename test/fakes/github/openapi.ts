import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Ajv as AjvClass, ValidateFunction } from "ajv";
import type { FormatsPlugin } from "ajv-formats";

const require = createRequire(import.meta.url);

type Schema = Record<string, unknown>;

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema: rewrite it (a type union, or anyOf
 * with null when the schema has no type, e.g. `allOf` + nullable) so Ajv understands it.
 * A formatted string whose declared default is "" (a deployment status's `log_url`,
 * `environment_url`, `target_url`) also accepts "": the description says so itself, and
 * GitHub answers "" when the field was not given.
 */
function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (!node || typeof node !== "object") return node;
  const result: Schema = {};
  // GitHub's oneOf alternatives overlap (a basic error also matches a rule-violation error):
  // its clients treat them as anyOf, and so does this check.
  for (const [key, value] of Object.entries(node)) result[key === "oneOf" ? "anyOf" : key] = rewriteNullable(value);
  const rewritten = withNull(result);
  return result.default === "" && typeof result.format === "string" ? { anyOf: [rewritten, { const: "" }] } : rewritten;
}

function withNull(result: Schema): Schema {
  if (result.nullable !== true) return result;
  delete result.nullable;
  if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
  if (typeof result.type === "string") {
    result.type = [result.type, "null"];
    return result;
  }
  return { anyOf: [result, { type: "null" }] };
}

interface Operation {
  responses?: Record<string, Schema>;
}

export interface ValidationResult {
  /** Why the body does not match, empty when it does. */
  errors: string[];
  /** Which documented response was used. */
  documented: boolean;
}

/**
 * GitHub's published OpenAPI description (api.github.com, from @octokit/openapi), checked
 * with Ajv. The document is large: it is read once and each response schema is compiled
 * on first use and cached.
 */
export class GitHubOpenApi {
  private readonly document: { paths: Record<string, Record<string, Operation>>; components: Schema };
  private readonly ajv: AjvClass;
  private readonly compiled = new Map<string, ValidateFunction | null>();

  constructor() {
    const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
    const raw = JSON.parse(readFileSync(file, "utf8")) as { paths: Schema; components: Schema };
    this.document = rewriteNullable(raw) as typeof this.document;
    const Ajv = (require("ajv") as { Ajv: typeof AjvClass }).Ajv;
    const addFormats = require("ajv-formats") as FormatsPlugin;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: "github", components: this.document.components });
  }

  hasOperation(method: string, template: string): boolean {
    return Boolean(this.document.paths[template]?.[method.toLowerCase()]);
  }

  private responseSchema(method: string, template: string, status: number): Schema | null | undefined {
    const operation = this.document.paths[template]?.[method.toLowerCase()];
    if (!operation) return undefined;
    let response = operation.responses?.[String(status)];
    if (!response) return undefined;
    const ref = response.$ref;
    if (typeof ref === "string") {
      const name = ref.replace("#/components/responses/", "");
      response = (this.document.components.responses as Record<string, Schema>)[name];
    }
    const content = response?.content as Record<string, { schema?: Schema }> | undefined;
    if (!content) return null;
    const json = Object.entries(content).find(([type]) => type.includes("json"));
    return json?.[1].schema ?? null;
  }

  /** Rewrites local refs so a sub-schema compiles against the components registered as "github". */
  private anchor(schema: unknown): unknown {
    if (Array.isArray(schema)) return schema.map((s) => this.anchor(s));
    if (!schema || typeof schema !== "object") return schema;
    const result: Schema = {};
    for (const [key, value] of Object.entries(schema)) {
      result[key] =
        key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `github${value}` : this.anchor(value);
    }
    return result;
  }

  private validator(method: string, template: string, status: number): ValidateFunction | null | undefined {
    const key = `${method} ${template} ${status}`;
    if (this.compiled.has(key)) return this.compiled.get(key);
    let schema = this.responseSchema(method, template, status);
    // Error statuses GitHub does not document per operation still use basic-error.
    if (schema === undefined && status >= 400) schema = { $ref: "#/components/schemas/basic-error" };
    if (schema === undefined) return undefined;
    // An error GitHub documents without a body still gets GitHub's error body.
    if (schema === null && status >= 400) schema = { $ref: "#/components/schemas/basic-error" };
    const compiled = schema === null ? null : this.ajv.compile(this.anchor(schema) as Schema);
    this.compiled.set(key, compiled);
    return compiled;
  }

  validate(method: string, template: string, status: number, body: unknown): ValidationResult {
    const validate = this.validator(method, template, status);
    if (validate === undefined) {
      return { documented: false, errors: [`${method} ${template} does not document status ${status}`] };
    }
    if (validate === null) {
      return { documented: true, errors: body === undefined ? [] : [`status ${status} documents no body`] };
    }
    if (validate(body)) return { documented: true, errors: [] };
    return {
      documented: true,
      errors: (validate.errors ?? [])
        .slice(0, 10)
        .map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`),
    };
  }
}

/** Templates GitHub serves but does not describe, validated as the operation they mirror. */
function documentedTemplate(method: string, template: string, body: unknown): string {
  if (method === "GET" && template === "/repos/{owner}/{repo}/git/refs")
    return "/repos/{owner}/{repo}/git/matching-refs/{ref}";
  if (method === "GET" && template === "/repos/{owner}/{repo}/git/refs/{ref}") {
    return Array.isArray(body)
      ? "/repos/{owner}/{repo}/git/matching-refs/{ref}"
      : "/repos/{owner}/{repo}/git/ref/{ref}";
  }
  if (template === "/repos/{owner}/{repo}/contents") return "/repos/{owner}/{repo}/contents/{path}";
  return template;
}

/** Every recorded response that does not match GitHub's description, one line each. */
export function contractViolations(
  openapi: GitHubOpenApi,
  responses: Array<{ method: string; template: string; status: number; body: unknown }>,
): string[] {
  const violations: string[] = [];
  for (const response of responses) {
    const template = documentedTemplate(response.method, response.template, response.body);
    const result = openapi.validate(response.method, template, response.status, response.body);
    for (const error of result.errors) {
      violations.push(`${response.method} ${response.template} ${response.status}: ${error}`);
    }
  }
  return [...new Set(violations)];
}
