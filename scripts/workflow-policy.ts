import { isMap, isScalar, LineCounter, type Node, type Pair, parseDocument, visit } from "yaml";

export interface PolicyProblem {
  line: number;
  message: string;
}

/**
 * The suite's workflow rules (the "Workflows are code too" rules of the developers' guide):
 * - top-level `permissions` present and read-only;
 * - every remote `uses:` pinned to a full commit SHA followed by a version comment;
 * - no `${{ }}` inside `run:` (script injection): pass values through `env:`;
 * - no `secrets: inherit`;
 * - `id-token: write` never at the top level (only on the job that uses OIDC);
 * - no `sudo` around npm, npx or node: dependencies, their scripts and tests never run as root;
 * - `npm ci`/`npm install` with `--ignore-scripts` (needed scripts run by name: `npm rebuild <pkg>`).
 */
export function checkWorkflowPolicy(text: string): PolicyProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problems: PolicyProblem[] = [];
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const lines = text.split(/\r?\n/);

  const root = doc.contents;
  if (!isMap(root)) return [{ line: 1, message: "a workflow must be a mapping" }];
  const permissions = root.get("permissions", true) as Node | undefined;
  if (permissions === undefined) {
    problems.push({ line: 1, message: "top-level `permissions` is missing: set it read-only (contents: read)" });
  } else if (isMap(permissions)) {
    for (const pair of permissions.items) {
      const value = isScalar(pair.value) ? String(pair.value.value) : "";
      if (value === "write") {
        problems.push({
          line: lineOf(pair.value as Node),
          message: "top-level permissions must be read-only; grant write per job",
        });
      }
    }
  } else if (isScalar(permissions) && String(permissions.value) !== "read-all" && String(permissions.value) !== "{}") {
    problems.push({ line: lineOf(permissions), message: "top-level permissions must be read-only" });
  }

  visit(doc, {
    Pair(_key, pair: Pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      const value = pair.value;
      if (key === "uses" && isScalar(value)) {
        const ref = String(value.value);
        const line = lineOf(value as Node);
        if (!ref.startsWith("./") && !ref.startsWith("docker://")) {
          const at = ref.lastIndexOf("@");
          const version = at < 0 ? "" : ref.slice(at + 1);
          if (!/^[0-9a-f]{40}$/.test(version)) {
            problems.push({ line, message: `\`${ref}\` is not pinned to a full commit SHA` });
          } else if (!/#\s*v?\d/.test(lines[line - 1] ?? "")) {
            problems.push({ line, message: `\`${ref}\` needs a version comment (# v1.2.3)` });
          }
        }
      }
      if (key === "run" && isScalar(value) && String(value.value).includes("${{")) {
        problems.push({
          line: lineOf(value as Node),
          message: "`${{ }}` inside run: is injectable; pass it through env:",
        });
      }
      if (key === "run" && isScalar(value)) {
        const script = String(value.value);
        if (/\bsudo\b[^\n]*\b(npm|npx|node)\b/.test(script)) {
          problems.push({
            line: lineOf(value as Node),
            message: "sudo runs npm/npx/node as root: install system packages in a step of their own",
          });
        }
        for (const command of script.match(/\bnpm\s+(ci|install|i)\b[^\n]*/g) ?? []) {
          if (!command.includes("--ignore-scripts")) {
            problems.push({
              line: lineOf(value as Node),
              message: `\`${command.trim()}\` runs every dependency's install script: add --ignore-scripts`,
            });
          }
        }
      }
      if (key === "secrets" && isScalar(value) && String(value.value) === "inherit") {
        problems.push({ line: lineOf(value as Node), message: "`secrets: inherit` forwards every secret; name them" });
      }
    },
  });
  return problems;
}
