// Running terraform: the Exec port, its node implementation (output kept as Buffers: `show
// -json` of a large plan is tens of megabytes) and mapLimit live in @platform/process. The
// plan runner always passes terraformEnvironment() as `env`, a superset of nodeExec's base.
export { type Exec, type ExecOptions, type ExecResult, mapLimit, nodeExec } from "@platform/process";

/**
 * Splits extra command-line arguments the way a shell would for simple cases: whitespace
 * separates, single and double quotes group. No expansion of any kind happens.
 */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let current = "";
  let quote: '"' | "'" | undefined;
  let started = false;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote) throw new Error(`unclosed ${quote} quote`);
  if (started) args.push(current);
  return args;
}
