import { readFileSync } from "node:fs";

/** GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseCommandFile(file: string): Record<string, string> {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return {};
  }
  const lines = text.split(/\r?\n/);
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const equals = line.indexOf("=");
    if (heredoc && (equals === -1 || equals > line.indexOf("<<"))) {
      const [, name = "", delimiter = ""] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++] ?? "");
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`);
      out[name] = body.join("\n");
    } else if (equals > 0) {
      out[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return out;
}

/** GITHUB_PATH: one directory a line. */
export function parsePathFile(file: string): string[] {
  try {
    return readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}
