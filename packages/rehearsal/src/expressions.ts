import { createHash } from "node:crypto";
import { globSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { data, Evaluator, ExpressionError, Lexer, Parser } from "@actions/expressions";
import {
  Binary,
  ContextAccess,
  type Expr,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
} from "@actions/expressions/ast";
import type { FunctionDefinition, FunctionInfo } from "@actions/expressions/funcs/info";
import { truthy } from "@actions/expressions/result";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { TokenType } from "@actions/workflow-parser/templates/tokens/types";
import { RehearsalError } from "./errors.ts";

/** A value of a context or an expression's result, as plain JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** What the status functions answer where the expression is evaluated (a job or a step). */
export interface StatusState {
  succeeded(): boolean;
  failed(): boolean;
  cancelled(): boolean;
}

export interface Scope {
  contexts: JsonObject;
  status?: StatusState;
  /** hashFiles() reads below this directory (GITHUB_WORKSPACE). */
  workspace?: string;
}

const STATUS_FUNCTIONS = ["success", "failure", "always", "cancelled"];
const FUNCTIONS: FunctionInfo[] = [
  ...STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  { name: "hashFiles", minArgs: 1, maxArgs: 255 },
];

export function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

export function fromData(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? "null") as Json;
}

export function parseExpression(expression: string, contextNames: string[]): Expr {
  try {
    const lexed = new Lexer(expression).lex();
    return new Parser(lexed.tokens, contextNames, FUNCTIONS).parse();
  } catch (error) {
    const message = error instanceof ExpressionError || error instanceof Error ? error.message : String(error);
    throw new RehearsalError(`The expression ${JSON.stringify(expression)} is not valid: ${message}`);
  }
}

/** Calls `visit` on every node of an expression tree. */
export function walkExpression(node: Expr, visit: (node: Expr) => void): void {
  visit(node);
  if (node instanceof Unary) walkExpression(node.expr, visit);
  else if (node instanceof Binary) {
    walkExpression(node.left, visit);
    walkExpression(node.right, visit);
  } else if (node instanceof Logical || node instanceof FunctionCall) {
    for (const arg of node.args) walkExpression(arg, visit);
  } else if (node instanceof Grouping) walkExpression(node.group, visit);
  else if (node instanceof IndexAccess) {
    walkExpression(node.expr, visit);
    walkExpression(node.index, visit);
  }
}

/** `needs.build.outputs.digest` as ["needs", "build", "outputs", "digest"]; undefined for anything else. */
export function propertyPath(node: Expr): string[] | undefined {
  if (node instanceof ContextAccess) return [node.name.lexeme];
  if (node instanceof IndexAccess && node.index instanceof Literal) {
    const head = propertyPath(node.expr);
    const key = node.index.literal;
    return head && key.kind === data.Kind.String ? [...head, key.coerceString()] : undefined;
  }
  return undefined;
}

export function usesStatusFunction(expression: Expr): boolean {
  let found = false;
  walkExpression(expression, (node) => {
    if (node instanceof FunctionCall && STATUS_FUNCTIONS.includes(node.functionName.lexeme.toLowerCase())) found = true;
  });
  return found;
}

/** hashFiles as the runner computes it: SHA-256 over each matched file's SHA-256, '' when none match. */
export function hashFiles(workspace: string, patterns: string[]): string {
  const include = patterns.filter((p) => !p.startsWith("!"));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const files = new Set<string>();
  for (const pattern of include) {
    for (const match of globSync(pattern, { cwd: workspace, exclude })) {
      const full = path.join(workspace, match);
      if (statSync(full).isFile()) files.add(full);
    }
  }
  if (files.size === 0) return "";
  const all = createHash("sha256");
  for (const file of [...files].sort()) all.update(createHash("sha256").update(readFileSync(file)).digest());
  return all.digest("hex");
}

function functionsFor(scope: Scope): Map<string, FunctionDefinition> {
  const status = scope.status;
  const boolean = (name: string, answer: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer()) },
  ];
  return new Map<string, FunctionDefinition>([
    boolean("success", () => (status ? status.succeeded() && !status.cancelled() : true)),
    boolean("failure", () => (status ? status.failed() : false)),
    boolean("always", () => true),
    boolean("cancelled", () => (status ? status.cancelled() : false)),
    [
      "hashfiles",
      {
        name: "hashFiles",
        minArgs: 1,
        maxArgs: 255,
        call: (...args) =>
          new data.StringData(
            hashFiles(
              scope.workspace ?? process.cwd(),
              args.map((a) => a.coerceString()),
            ),
          ),
      },
    ],
  ]);
}

function contextDictionary(contexts: JsonObject): data.Dictionary {
  const dictionary = new data.Dictionary();
  for (const [key, value] of Object.entries(contexts)) dictionary.add(key, toData(value));
  return dictionary;
}

export function evaluateExpression(expression: string, scope: Scope): Json {
  const tree = parseExpression(expression, Object.keys(scope.contexts));
  try {
    return fromData(new Evaluator(tree, contextDictionary(scope.contexts), functionsFor(scope)).evaluate());
  } catch (error) {
    throw new RehearsalError(`Error evaluating ${JSON.stringify(expression)}: ${(error as Error).message}`);
  }
}

/** An `if:` as GitHub reads it: without a status function it means `success() && (...)`. */
export function evaluateCondition(expression: string, scope: Scope): boolean {
  const tree = parseExpression(expression, Object.keys(scope.contexts));
  const effective = usesStatusFunction(tree) ? expression : `success() && (${expression})`;
  const result = evaluateExpression(effective, scope);
  return truthy(toData(result));
}

/** Evaluates a parsed template token (mapping, sequence, scalar or `${{ }}`) to plain JSON. */
export function evaluateToken(token: TemplateToken, scope: Scope): Json {
  const value = token as unknown as {
    templateTokenType: number;
    expression?: string;
    value?: string | number | boolean;
  };
  switch (value.templateTokenType) {
    case TokenType.String:
    case TokenType.Boolean:
    case TokenType.Number:
      return value.value ?? null;
    case TokenType.Null:
      return null;
    case TokenType.BasicExpression:
      return evaluateExpression(value.expression ?? "", scope);
    case TokenType.Sequence: {
      const out: Json[] = [];
      for (const item of token as unknown as Iterable<TemplateToken>) out.push(evaluateToken(item, scope));
      return out;
    }
    case TokenType.Mapping: {
      const out: JsonObject = {};
      for (const pair of token as unknown as Iterable<{ key: TemplateToken; value: TemplateToken }>) {
        out[asString(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope);
      }
      return out;
    }
    default:
      throw new RehearsalError(`${where(token)}: \${{ insert }} is not supported by the rehearsal`);
  }
}

/** A value as GitHub writes it into a string (env values, inputs, scripts). */
export function asString(value: Json): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value, null, 2);
}

export function where(token: TemplateToken | undefined): string {
  return token?.line !== undefined ? `(Line: ${token.line}, Col: ${token.col})` : "(no position)";
}
