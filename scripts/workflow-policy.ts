import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument, type YAMLMap } from "yaml";

export interface PolicyProblem {
  line: number;
  message: string;
}

export interface PolicyOptions {
  /**
   * The text of a called workflow (`uses: ./.github/workflows/x.yml` or this suite's public
   * name), so a job calling it may ask for id-token: write only when the called jobs do.
   */
  calledWorkflow?: (uses: string) => string | undefined;
}

/** This suite's own name: its actions and workflows are first-party, pinned at a release. */
const FIRST_PARTY =
  /^org\/platform\/(actions\/[a-z0-9-]+|\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml)@v\d+(\.\d+){0,2}$/;
/** Steps that use the job's OIDC token: the suite's ECR/STS actions, or a script that asks for it. */
const OIDC_ACTIONS = /(^|\/)actions\/(build-push-oidc|promote|promote-image)(@|$)/;

/**
 * The suite's workflow rules (the "Workflows are code too" rules of the developers' guide; issue 15):
 * - top-level `permissions` present and read-only; `id-token: write` never at the top;
 * - every job states its `permissions`, and each write scope says why in a comment;
 * - `id-token: write` only on a job that uses OIDC;
 * - every remote `uses:` pinned to a full commit SHA with a version comment (this suite's
 *   own at a release tag);
 * - no `${{ }}` inside `run:` (script injection): pass values through `env:`;
 * - no `secrets: inherit`; no `pull_request_target`;
 * - no `sudo` around npm, npx or node: dependencies, their scripts and tests never run as root;
 * - `npm ci`/`npm install` with `--ignore-scripts` (needed scripts run by name: `npm rebuild <pkg>`);
 * - `actions/checkout` with `persist-credentials: false`, unless a comment says the job pushes;
 * - a deploy job (an `environment`, or a step that writes GitOps state) has `concurrency`
 *   that never cancels one in progress and queues every waiting one (`queue: max`);
 * - inputs of `workflow_call` and `workflow_dispatch` are kebab-case, typed and described.
 */
export function checkWorkflowPolicy(text: string, options: PolicyOptions = {}): PolicyProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true });
  const problems: PolicyProblem[] = [];
  const lines = text.split(/\r?\n/);
  const lineOf = (node: unknown): number => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const add = (node: unknown, message: string) => problems.push({ line: lineOf(node), message });

  const root = doc.contents;
  if (!isMap(root)) return [{ line: 1, message: "a workflow must be a mapping" }];
  checkTopLevelPermissions(root, add);
  checkTriggers(root, add);
  checkInputs(root, add);
  const workflowConcurrency = root.get("concurrency", true) as Node | undefined;

  const jobs = root.get("jobs", true);
  if (isMap(jobs)) {
    for (const jobPair of jobs.items) {
      const job = jobPair.value;
      if (!isMap(job)) continue;
      const name = isScalar(jobPair.key) ? String(jobPair.key.value) : "?";
      checkJob(name, job, jobPair, { add, lines, lineOf, workflowConcurrency, options });
    }
  }
  checkEveryUsesAndRun(doc.contents, { add, lines, lineOf });
  return problems.sort((a, b) => a.line - b.line);
}

type Add = (node: unknown, message: string) => void;

function checkTopLevelPermissions(root: YAMLMap, add: Add): void {
  const permissions = root.get("permissions", true) as Node | undefined;
  if (permissions === undefined) {
    add(root, "top-level `permissions` is missing: set it read-only (contents: read) or {}");
  } else if (isMap(permissions)) {
    for (const pair of permissions.items) {
      const value = isScalar(pair.value) ? String(pair.value.value) : "";
      if (value === "write") add(pair.value, "top-level permissions must be read-only; grant write per job");
    }
  } else if (isScalar(permissions) && String(permissions.value) !== "read-all") {
    add(permissions, "top-level permissions must be read-only");
  }
}

function checkTriggers(root: YAMLMap, add: Add): void {
  const on = root.get("on", true) as Node | undefined;
  const names: { name: string; node: Node }[] = [];
  if (isScalar(on)) names.push({ name: String(on.value), node: on });
  if (isSeq(on)) for (const item of on.items) if (isScalar(item)) names.push({ name: String(item.value), node: item });
  if (isMap(on))
    for (const pair of on.items) if (isScalar(pair.key)) names.push({ name: String(pair.key.value), node: pair.key });
  for (const { name, node } of names) {
    if (name === "pull_request_target")
      add(node, "`pull_request_target` runs with write access on code from forks; use pull_request");
  }
}

function checkInputs(root: YAMLMap, add: Add): void {
  const on = root.get("on", true);
  if (!isMap(on)) return;
  for (const trigger of ["workflow_call", "workflow_dispatch"]) {
    const config = on.get(trigger, true);
    const inputs = isMap(config) ? config.get("inputs", true) : undefined;
    if (!isMap(inputs)) continue;
    for (const pair of inputs.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
        add(pair.key, `${trigger} input \`${name}\` is not kebab-case (e.g. dry-run)`);
      const input = pair.value;
      for (const key of ["type", "description"]) {
        if (!isMap(input) || !input.has(key)) add(pair.key, `${trigger} input \`${name}\` has no \`${key}\``);
      }
    }
  }
}

/** The comment on a pair's line, or on the lines just above it. */
function commentOf(pair: Pair, lines: string[], lineOf: (node: unknown) => number): string {
  const line = lineOf(pair.key);
  const own = /#(.*)$/.exec(lines[line - 1] ?? "")?.[1] ?? "";
  const above: string[] = [];
  for (let at = line - 2; at >= 0 && /^\s*#/.test(lines[at] ?? ""); at--) above.unshift(lines[at] ?? "");
  return `${above.join(" ")} ${own}`.trim();
}

interface JobScope {
  add: Add;
  lines: string[];
  lineOf: (node: unknown) => number;
  workflowConcurrency: Node | undefined;
  options: PolicyOptions;
}

function stepsOf(job: YAMLMap): YAMLMap[] {
  const steps = job.get("steps", true);
  return isSeq(steps) ? steps.items.filter((step): step is YAMLMap => isMap(step)) : [];
}

function scalar(map: YAMLMap, key: string): string | undefined {
  const value = map.get(key, true);
  return isScalar(value) ? String(value.value) : undefined;
}

function withOf(step: YAMLMap): YAMLMap | undefined {
  const value = step.get("with", true);
  return isMap(value) ? value : undefined;
}

function usesOidc(job: YAMLMap, options: PolicyOptions): boolean {
  const calls = scalar(job, "uses");
  if (calls !== undefined) {
    const called = options.calledWorkflow?.(calls);
    // A workflow that cannot be read here is checked where it is defined.
    return called === undefined || /id-token:\s*write/.test(called);
  }
  return stepsOf(job).some((step) => {
    const uses = scalar(step, "uses") ?? "";
    if (OIDC_ACTIONS.test(uses)) return true;
    return /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(scalar(step, "run") ?? "");
  });
}

/** A job that changes what runs somewhere: an environment, or a step that writes GitOps state. */
function isDeploy(job: YAMLMap): boolean {
  if (job.has("environment")) return true;
  return stepsOf(job).some((step) => {
    const uses = scalar(step, "uses") ?? "";
    if (!/(^|\/)actions\/(update-overlay|promote)(@|$)/.test(uses)) return false;
    return scalar(withOf(step) ?? step, "dry-run") !== "true";
  });
}

function checkJob(name: string, job: YAMLMap, jobPair: Pair, scope: JobScope): void {
  const { add, lines, lineOf } = scope;
  const permissions = job.get("permissions", true) as Node | undefined;
  if (permissions === undefined) {
    add(jobPair.key, `job \`${name}\` does not state its \`permissions\`: list exactly what it uses`);
  } else if (isMap(permissions)) {
    for (const pair of permissions.items) {
      const scopeName = isScalar(pair.key) ? String(pair.key.value) : "?";
      const value = isScalar(pair.value) ? String(pair.value.value) : "";
      if (value === "write" && commentOf(pair, lines, lineOf) === "")
        add(pair.key, `job \`${name}\`: \`${scopeName}: write\` needs a comment saying why`);
      if (scopeName === "id-token" && value === "write" && !usesOidc(job, scope.options))
        add(pair.key, `job \`${name}\` asks for \`id-token: write\` but uses no OIDC token`);
    }
  } else if (isScalar(permissions) && /write-all/.test(String(permissions.value))) {
    add(permissions, `job \`${name}\`: \`write-all\` grants every scope; list the ones it uses`);
  }

  for (const step of stepsOf(job)) {
    const uses = scalar(step, "uses") ?? "";
    if (!/^actions\/checkout@/.test(uses)) continue;
    const persist = scalar(withOf(step) ?? step, "persist-credentials");
    const usesPair = step.items.find((pair) => isScalar(pair.key) && pair.key.value === "uses");
    const says = usesPair ? commentOf(usesPair, lines, lineOf) : "";
    if (persist !== "false" && !/push/i.test(says))
      add(
        step.get("uses", true),
        "checkout keeps its credentials: set `persist-credentials: false` (or say in a comment that the job pushes)",
      );
  }

  if (isDeploy(job)) {
    const concurrency = (job.get("concurrency", true) as Node | undefined) ?? scope.workflowConcurrency;
    if (concurrency === undefined) {
      add(jobPair.key, `deploy job \`${name}\` has no \`concurrency\`: two runs would deploy at once`);
    } else if (isMap(concurrency) && scalar(concurrency, "cancel-in-progress") === "true") {
      add(concurrency, `deploy job \`${name}\`: \`cancel-in-progress: true\` cancels a deploy half-way; queue instead`);
    } else if (!isMap(concurrency) || scalar(concurrency, "queue") !== "max") {
      add(concurrency, `deploy job \`${name}\`: without \`queue: max\` a third deploy waiting cancels the second`);
    }
  }
}

function checkEveryUsesAndRun(
  root: unknown,
  scope: { add: Add; lines: string[]; lineOf: (node: unknown) => number },
): void {
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        const value = pair.value;
        if (key === "uses" && isScalar(value)) checkUses(String(value.value), value, scope);
        if (key === "run" && isScalar(value)) checkRun(String(value.value), value, scope.add);
        if (key === "secrets" && isScalar(value) && String(value.value) === "inherit")
          scope.add(value, "`secrets: inherit` forwards every secret; name them");
        visit(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
}

function checkUses(
  ref: string,
  node: Node,
  scope: { add: Add; lines: string[]; lineOf: (node: unknown) => number },
): void {
  if (ref.startsWith("./") || ref.startsWith("docker://")) return;
  if (ref.startsWith("org/platform/")) {
    if (!FIRST_PARTY.test(ref))
      scope.add(node, `\`${ref}\`: this suite's actions and workflows are used at a release tag (@v1, @v1.2.3)`);
    return;
  }
  const at = ref.lastIndexOf("@");
  const version = at < 0 ? "" : ref.slice(at + 1);
  const line = scope.lineOf(node);
  if (!/^[0-9a-f]{40}$/.test(version)) scope.add(node, `\`${ref}\` is not pinned to a full commit SHA`);
  else if (!/#\s*v?\d/.test(scope.lines[line - 1] ?? ""))
    scope.add(node, `\`${ref}\` needs a version comment (# v1.2.3)`);
}

/** What a `run:` script must not do: expand expressions, run npm as root, run install scripts. */
function checkRun(script: string, node: unknown, add: Add): void {
  if (script.includes("${{")) add(node, "`${{ }}` inside run: is injectable; pass it through env:");
  if (/\bsudo\b[^\n]*\b(npm|npx|node)\b/.test(script)) {
    add(node, "sudo runs npm/npx/node as root: install system packages in a step of their own");
  }
  for (const command of script.match(/\bnpm\s+(ci|install|i)\b[^\n]*/g) ?? []) {
    if (!command.includes("--ignore-scripts")) {
      add(node, `\`${command.trim()}\` runs every dependency's install script: add --ignore-scripts`);
    }
  }
}
