import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type {
  ReusableWorkflowJob,
  WorkflowJob,
  WorkflowTemplate,
} from "@actions/workflow-parser/model/workflow-template";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { TokenType } from "@actions/workflow-parser/templates/tokens/types";
import { RehearsalError } from "./errors.ts";
import { parseExpression, propertyPath, walkExpression, where } from "./expressions.ts";
import { workflowParser } from "./parser.ts";
import { suiteCommit, suiteRoot } from "./suite.ts";

/** Where `<owner>/<name>/...@ref` of this suite resolves: the rehearsed checkout. */
export interface SuiteLocation {
  /** The suite's repository name; any owner is accepted unless `owners` is given. */
  name: string;
  owners?: string[];
  /** The checkout its actions and reusable workflows are read from. */
  dir: string;
  /** "checkout" (default): every `@ref` reads `dir` as it is; "git": the ref's commit in `dir`'s git. */
  refs?: "checkout" | "git";
}

export interface LoadedWorkflow {
  /** As GitHub names it in messages: the path inside its repository. */
  file: string;
  /** The repository checkout the file belongs to (its `./` references resolve there). */
  root: string;
  /** `owner/repo/.github/workflows/x.yml@ref` (job_workflow_ref, `job.workflow_ref`). */
  ref: string;
  /** `owner/repo` the file belongs to (`job.workflow_repository`). */
  repository: string;
  /** The commit the file is read at (`job.workflow_sha`). */
  sha: string;
  template: WorkflowTemplate;
  rawRoot: MappingToken;
  rawJobs: Map<string, MappingToken>;
  /** Called workflows by the calling job's id. */
  callees: Map<string, LoadedWorkflow>;
  depth: number;
}

/** Where a workflow file is: its checkout on disk, its path there, and what GitHub calls it. */
export interface WorkflowLocation {
  root: string;
  file: string;
  /** `owner/repo/<file>@<ref>`. */
  ref: string;
  repository: string;
  sha: string;
}

/** GitHub allows a caller and up to nine levels of called workflows (ten in all). */
export const MAX_WORKFLOW_DEPTH = 10;

export function mappingGet(mapping: MappingToken | undefined, key: string): TemplateToken | undefined {
  if (!mapping) return undefined;
  for (const pair of mapping) {
    if ((pair.key as unknown as { value?: unknown }).value === key) return pair.value;
  }
  return undefined;
}

export function isMappingToken(token: TemplateToken | undefined): token is MappingToken {
  return token?.templateTokenType === TokenType.Mapping;
}

/** Resolves a `uses:` of a reusable workflow to a file on disk, or undefined when it is not ours. */
export function resolveWorkflowRef(
  uses: string,
  from: WorkflowLocation,
  suite: SuiteLocation,
): WorkflowLocation | undefined {
  if (uses.startsWith("./")) {
    // The caller's repository at the caller's commit, as GitHub reads a local called workflow.
    const file = uses.slice(2);
    const at = from.ref.split("@")[1] ?? "";
    return {
      root: from.root,
      file,
      ref: `${from.repository}/${file}@${at}`,
      repository: from.repository,
      sha: from.sha,
    };
  }
  const match = /^([^/@]+)\/([^/@]+)\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(uses);
  if (!match) return undefined;
  const [, owner = "", name = "", file = "", version = ""] = match;
  if (name !== suite.name || (suite.owners && !suite.owners.includes(owner))) return undefined;
  return {
    root: suiteRoot(suite, version),
    file,
    ref: `${owner}/${name}/${file}@${version}`,
    repository: `${owner}/${name}`,
    sha: suiteCommit(suite, version),
  };
}

/**
 * Parses and converts a workflow with GitHub's parser, then its called workflows, so a workflow
 * GitHub would refuse is refused before anything runs, with GitHub's message and line.
 */
export async function loadWorkflow(
  location: WorkflowLocation,
  suite: SuiteLocation,
  depth = 1,
): Promise<LoadedWorkflow> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await workflowParser();
  const full = path.join(location.root, location.file);
  if (!existsSync(full)) throw new RehearsalError(`No workflow file ${full}`);
  const parsed = parseWorkflow(
    { name: location.file, content: readFileSync(full, "utf8") },
    new NoOperationTraceWriter(),
  );
  const provider = {
    async getFileContent(ref: { path: string; owner?: string; repository?: string; version?: string }) {
      const uses =
        "owner" in ref && ref.owner ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
      const target = resolveWorkflowRef(uses, location, suite);
      if (!target || !existsSync(path.join(target.root, target.file))) throw new Error(`not found: ${uses}`);
      return { name: target.file, content: readFileSync(path.join(target.root, target.file), "utf8") };
    },
  };
  const template = parsed.value
    ? await convertWorkflowTemplate(parsed.context, parsed.value, provider, { fetchReusableWorkflowDepth: 1 })
    : { errors: parsed.context.errors.getErrors().map((e) => ({ Message: e.message })) };
  const errors = (template as WorkflowTemplate).errors ?? [];
  if (errors.length > 0 || !parsed.value) {
    throw new RehearsalError(`The workflow is not valid. ${errors.map((e) => e.Message).join("\n")}`);
  }
  const rawRoot = parsed.value as MappingToken;
  const rawJobs = new Map<string, MappingToken>();
  const jobsToken = mappingGet(rawRoot, "jobs");
  if (isMappingToken(jobsToken)) {
    for (const pair of jobsToken) {
      if (isMappingToken(pair.value))
        rawJobs.set(String((pair.key as unknown as { value: unknown }).value), pair.value);
    }
  }
  const loaded: LoadedWorkflow = {
    file: location.file,
    root: location.root,
    ref: location.ref,
    repository: location.repository,
    sha: location.sha,
    template: template as WorkflowTemplate,
    rawRoot,
    rawJobs,
    callees: new Map(),
    depth,
  };
  for (const job of loaded.template.jobs) {
    if (job.type !== "reusableWorkflowJob") continue;
    const target = resolveWorkflowRef(job.ref.value, location, suite);
    if (!target) {
      throw new RehearsalError(
        `The workflow is not valid. ${location.file} ${where(job.ref)}: the rehearsal cannot call '${job.ref.value}': only ./ workflows and ${suite.name}'s own are available on this machine`,
      );
    }
    if (depth + 1 > MAX_WORKFLOW_DEPTH) {
      throw new RehearsalError(
        `The workflow is not valid. ${location.file} ${where(job.ref)}: Job '${job.id.value}' calls workflow '${job.ref.value}', but doing so would exceed the limit on called workflow depth of ${MAX_WORKFLOW_DEPTH}`,
      );
    }
    loaded.callees.set(job.id.value, await loadWorkflow(target, suite, depth + 1));
  }
  checkOutputReferences(loaded);
  checkConcurrency(loaded);
  return loaded;
}

/** GitHub refuses `queue: max` with `cancel-in-progress: true` (its language service says so too). */
function checkConcurrency(workflow: LoadedWorkflow): void {
  const owners = [workflow.rawRoot, ...workflow.rawJobs.values()];
  for (const owner of owners) {
    const concurrency = mappingGet(owner, "concurrency");
    if (!isMappingToken(concurrency)) continue;
    const queue = mappingGet(concurrency, "queue") as unknown as { value?: unknown } | undefined;
    const cancel = mappingGet(concurrency, "cancel-in-progress") as unknown as { value?: unknown } | undefined;
    if (queue?.value === "max" && cancel?.value === true) {
      throw new RehearsalError(
        `The workflow is not valid. ${workflow.file} ${where(queue as unknown as TemplateToken)}: 'queue: max' cannot be combined with 'cancel-in-progress: true'.`,
      );
    }
  }
}

/** The `on.workflow_call` mapping of a workflow, if it has one. */
export function workflowCallToken(workflow: LoadedWorkflow): MappingToken | undefined {
  const on = mappingGet(workflow.rawRoot, "on");
  const call = isMappingToken(on) ? mappingGet(on, "workflow_call") : undefined;
  return isMappingToken(call) ? call : undefined;
}

function mappingKeys(token: TemplateToken | undefined): string[] {
  if (!isMappingToken(token)) return [];
  return [...token].map((pair) => String((pair.key as unknown as { value: unknown }).value));
}

/** The outputs a job declares (a called workflow's `on.workflow_call.outputs` for a calling job). */
export function declaredOutputs(workflow: LoadedWorkflow, job: WorkflowJob): string[] {
  if (job.type === "reusableWorkflowJob") {
    const callee = workflow.callees.get(job.id.value);
    return callee ? mappingKeys(mappingGet(workflowCallToken(callee), "outputs")) : [];
  }
  return mappingKeys(job.outputs);
}

const ALL_CONTEXTS = [
  "github",
  "env",
  "vars",
  "secrets",
  "inputs",
  "needs",
  "matrix",
  "strategy",
  "job",
  "jobs",
  "steps",
  "runner",
];

function expressionsIn(token: TemplateToken): { expression: string; token: TemplateToken }[] {
  const found: { expression: string; token: TemplateToken }[] = [];
  for (const [, item] of TemplateToken.traverse(token)) {
    const expression = (item as unknown as { expression?: string }).expression;
    if (item.templateTokenType === TokenType.BasicExpression && expression !== undefined)
      found.push({ expression, token: item });
  }
  return found;
}

/**
 * GitHub quietly substitutes '' for an output nobody declared; the rehearsal refuses such a
 * reference up front instead (a README difference), because it is always a mistake.
 */
function checkOutputReferences(workflow: LoadedWorkflow): void {
  const jobs = new Map(workflow.template.jobs.map((job) => [job.id.value, job]));
  const problems: string[] = [];
  const check = (
    owner: string,
    token: TemplateToken,
    expression: string,
    needs: string[] | undefined,
    stepIds: string[] | undefined,
  ) => {
    walkExpression(parseExpression(expression, ALL_CONTEXTS), (node) => {
      const chain = propertyPath(node);
      if (!chain || chain.length < 2) return;
      const [context = "", id = "", section, output] = chain.map((part, i) => (i === 0 ? part.toLowerCase() : part));
      if ((context === "needs" && needs) || (context === "jobs" && !needs)) {
        const target = jobs.get(id);
        if (!target || (needs && !needs.includes(id))) {
          problems.push(
            `${workflow.file} ${where(token)}: ${owner} reads ${context}.${id}, but ${needs ? `'${id}' is not in its needs` : `there is no job '${id}'`}`,
          );
        } else if (
          section === "outputs" &&
          output !== undefined &&
          !declaredOutputs(workflow, target).includes(output)
        ) {
          problems.push(
            `${workflow.file} ${where(token)}: ${owner} reads ${context}.${id}.outputs.${output}, but job '${id}' declares no output '${output}'`,
          );
        }
      }
      if (context === "steps" && stepIds && !stepIds.includes(id)) {
        problems.push(
          `${workflow.file} ${where(token)}: ${owner} reads steps.${id}, but the job has no step with id '${id}'`,
        );
      }
    });
  };
  for (const job of workflow.template.jobs) {
    const raw = workflow.rawJobs.get(job.id.value);
    if (!raw) continue;
    const needs = (job.needs ?? []).map((n) => n.value);
    const stepIds = job.type === "job" ? job.steps.map((s) => s.id) : undefined;
    const items = [...expressionsIn(raw), { expression: job.if.expression, token: job.if as TemplateToken }];
    if (job.type === "job")
      for (const step of job.steps) if (step.if) items.push({ expression: step.if.expression, token: step.if });
    for (const { expression, token } of items) check(`Job '${job.id.value}'`, token, expression, needs, stepIds);
  }
  const outputs = mappingGet(workflowCallToken(workflow), "outputs");
  if (outputs)
    for (const { expression, token } of expressionsIn(outputs))
      check("on.workflow_call.outputs", token, expression, undefined, undefined);
  if (problems.length > 0) throw new RehearsalError(`The workflow is not valid. ${problems.join("\n")}`);
}

export type { ReusableWorkflowJob, WorkflowJob };
