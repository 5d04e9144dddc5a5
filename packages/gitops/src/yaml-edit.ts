import { isDeepStrictEqual } from "node:util";
import type { FieldText, NameOf } from "@platform/action-kit";
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseAllDocuments,
  parseDocument,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import type { GitopsField } from "./fields.ts";

/**
 * Edits YAML text surgically: every change is a splice of the original string at the source
 * range the `yaml` parser reports for a node, so comments, quoting, indentation, blank lines,
 * document markers, anchors and CRLF line endings outside the edited scalar stay byte-identical.
 * (A Document round trip through `toString()` re-flows all of those.) After each splice the
 * text is parsed again and compared with the original document changed the same way through
 * the Document API: a splice that would alter anything else is a bug and throws.
 */

/** A value a new key or list item gets: a scalar already rendered, or a collection of them. */
export type NewNode =
  | { kind: "scalar"; text: string; js: unknown }
  | { kind: "map"; entries: [string, NewNode][] }
  | { kind: "seq"; items: NewNode[] };

/** A problem with the user's edit (unknown key, wrong type); callers name the input line. */
export class YamlEditError extends Error {
  override readonly name = "YamlEditError";
  /** The message with the fields it names (allowCreate) worded by the caller. */
  readonly describe: (nameOf: NameOf<GitopsField>) => string;

  constructor(message: FieldText<GitopsField>) {
    const describe = typeof message === "string" ? () => message : message;
    super(describe((field) => field));
    this.describe = describe;
  }
}

type ParsedDocument = Document.Parsed;

function parseStream(text: string, file: string): ParsedDocument[] {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  const list: ParsedDocument[] = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const line = text.slice(0, error.pos[0]).split("\n").length;
      throw new YamlEditError(`${file} is not valid YAML at line ${line}: ${error.message.split("\n")[0]}`);
    }
  }
  return list;
}

/**
 * Characters a YAML 1.1 reader (PyYAML, go-yaml v2, kustomize's kyaml) does not take as the
 * `yaml` package does: U+0085, U+2028 and U+2029 are line breaks there, and C1 controls and
 * U+FEFF are not printable. Written only as escapes in double quotes.
 */
const YAML11_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/;
const YAML11_UNSAFE_ALL = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** A double-quoted YAML scalar that YAML 1.1 and 1.2 readers both read as `value`. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    YAML11_UNSAFE_ALL,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function readAs11(text: string): unknown[] | undefined {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, version: "1.1" });
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((doc) => doc.errors.length > 0)) return undefined;
  return list.map((doc) => doc.toJS({ maxAliasCount: -1 }));
}

/**
 * The strict YAML 1.1 reading of an edit: the spliced text carries no character a 1.1 reader
 * splits or refuses, the result parses as YAML 1.1 and, when the file read the same under 1.1
 * and 1.2 before (`same`), it still does: a written `yes` or `on` is no boolean to 1.1 readers.
 */
function readsAsYaml11(spliced: string, next: string, expected: unknown[], same: boolean): boolean {
  if (YAML11_UNSAFE.test(spliced)) return false;
  const read = readAs11(next);
  return read !== undefined && (!same || isDeepStrictEqual(read, expected));
}

export class YamlText {
  readonly file: string;
  readonly original: string;
  readonly eol: string;
  private current: string;
  private parsed: ParsedDocument[];
  /** The file reads the same as YAML 1.1 and 1.2: edits must keep it so. */
  private readonly same11: boolean;

  constructor(file: string, text: string) {
    this.file = file;
    this.original = text;
    this.current = text;
    this.eol = text.includes("\r\n") ? "\r\n" : "\n";
    this.parsed = parseStream(text, file);
    this.same11 = isDeepStrictEqual(
      readAs11(text),
      this.parsed.map((d) => d.toJS({ maxAliasCount: -1 })),
    );
  }

  get text(): string {
    return this.current;
  }

  get documents(): readonly ParsedDocument[] {
    return this.parsed;
  }

  get changed(): boolean {
    return this.current !== this.original;
  }

  /** Replaces a scalar's source with `rendered` (already valid YAML for `js`). */
  setScalar(doc: ParsedDocument, node: Scalar, rendered: string, js: unknown): void {
    const [start, end] = scalarRange(node);
    const before = this.current.slice(start, end);
    if (before === rendered) return;
    // `key:` with no value: the null scalar is empty and sits right after the colon.
    const text = start === end && this.current[start - 1] === ":" ? ` ${rendered}` : rendered;
    this.apply(
      start,
      end,
      text,
      () => {
        node.value = js;
      },
      doc,
    );
  }

  /** Adds `key` after the last entry of `map`, in the map's own style (block or flow). */
  insertPair(doc: ParsedDocument, map: YAMLMap, key: string, value: NewNode): void {
    const keyText = renderKey(key);
    if (map.flow) {
      const last = map.items.at(-1);
      const entry = `${keyText}: ${renderFlow(value)}`;
      if (last) {
        const at = nodeEnd(last);
        this.apply(at, at, `, ${entry}`, () => map.add(doc.createPair(key, toJs(value))), doc);
      } else {
        const open = this.current.indexOf("{", rangeOf(map)[0]);
        this.apply(open + 1, open + 1, entry, () => map.add(doc.createPair(key, toJs(value))), doc);
      }
      return;
    }
    const first = map.items[0];
    if (!first || !isNodeLike(first.key)) {
      throw new YamlEditError(`${this.file}: cannot add "${key}" to an empty block mapping`);
    }
    const indent = this.column(rangeOf(first.key)[0]);
    const at = this.lineEndAfter(nodeEnd(map.items.at(-1) ?? first));
    const lines = renderBlockPair(keyText, value, indent, this.indentStep(doc), this.sequenceIndent(doc));
    this.apply(
      at.offset,
      at.offset,
      at.prefix + lines.map((line) => line + this.eol).join(""),
      () => {
        map.add(doc.createPair(key, toJs(value)));
      },
      doc,
    );
  }

  /** Appends an item to `seq`, in its own style. */
  appendItem(doc: ParsedDocument, seq: YAMLSeq, item: NewNode): void {
    const last = seq.items.at(-1);
    if (seq.flow && seq.items.length === 0) {
      // `images: []`: the first item goes right after the bracket.
      const open = this.current.indexOf("[", rangeOf(seq)[0]);
      this.apply(open + 1, open + 1, renderFlow(item), () => seq.add(doc.createNode(toJs(item))), doc);
      return;
    }
    if (!isNodeLike(last)) throw new YamlEditError(`${this.file}: cannot append to an empty list`);
    if (seq.flow) {
      const at = rangeOf(last)[1];
      this.apply(at, at, `, ${renderFlow(item)}`, () => seq.add(doc.createNode(toJs(item))), doc);
      return;
    }
    const dash = this.dashColumn(rangeOf(last)[0]);
    const at = this.lineEndAfter(rangeOf(last)[1]);
    const lines = renderSeqItem(item, dash, this.indentStep(doc), this.sequenceIndent(doc));
    this.apply(
      at.offset,
      at.offset,
      at.prefix + lines.map((line) => line + this.eol).join(""),
      () => {
        seq.add(doc.createNode(toJs(item)));
      },
      doc,
    );
  }

  /** Gives `key:` (no value at all) a block value, indented as the file indents. */
  fillEmpty(doc: ParsedDocument, pair: Pair, value: NewNode): void {
    const key = pair.key;
    const empty = pair.value;
    if (!isNodeLike(key) || !isScalar(empty) || empty.value !== null || rangeOf(empty)[0] !== rangeOf(empty)[1]) {
      throw new YamlEditError(`${this.file}: "${String(isScalar(key) ? key.value : "")}" already has a value`);
    }
    if (value.kind === "scalar") throw new Error("fillEmpty takes a collection");
    const indent = this.column(rangeOf(key)[0]);
    const step = this.indentStep(doc);
    const seqIndent = this.sequenceIndent(doc);
    const lines =
      value.kind === "map"
        ? value.entries.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, indent + step, step, seqIndent))
        : value.items.flatMap((item) => renderSeqItem(item, indent + seqIndent, step, seqIndent));
    // After the colon (and any comment on the key's line): the new lines follow it.
    const at = this.lineEndAfter(rangeOf(empty)[0]);
    this.apply(
      at.offset,
      at.offset,
      at.prefix + lines.map((line) => line + this.eol).join(""),
      () => {
        pair.value = doc.createNode(toJs(value));
      },
      doc,
    );
  }

  /** Removes a one-line `key: scalar` entry. */
  deletePair(doc: ParsedDocument, map: YAMLMap, pair: Pair): void {
    const key = pair.key;
    const value = pair.value;
    if (!isScalar(key) || !(isScalar(value) || value === null)) {
      throw new YamlEditError(`${this.file}: can only remove a key with a single value`);
    }
    const keyValue = key.value;
    const mutate = (): void => {
      map.delete(keyValue);
    };
    const index = map.items.indexOf(pair);
    if (map.flow) {
      const previous = map.items[index - 1];
      const next = map.items[index + 1];
      if (previous) this.apply(nodeEnd(previous), nodeEnd(pair), "", mutate, doc);
      else if (next && isNodeLike(next.key)) this.apply(rangeOf(key)[0], rangeOf(next.key)[0], "", mutate, doc);
      else this.apply(rangeOf(key)[0], nodeEnd(pair), "", mutate, doc);
      return;
    }
    const start = this.current.lastIndexOf("\n", rangeOf(key)[0] - 1) + 1;
    const lead = this.current.slice(start, rangeOf(key)[0]);
    const next = map.items[index + 1];
    if (/^[ \t]*-[ \t]/.test(lead) && next && isNodeLike(next.key)) {
      // `- digest: x` then `  name: web`: the next key moves up behind the dash.
      this.apply(rangeOf(key)[0], rangeOf(next.key)[0], "", mutate, doc);
      return;
    }
    if (lead.trim() !== "") {
      throw new YamlEditError(`${this.file}: cannot remove "${String(keyValue)}" sharing a line with another key`);
    }
    const end = this.lineEndAfter(nodeEnd(pair));
    this.apply(start, end.offset, "", mutate, doc);
  }

  /**
   * Replaces a block scalar's value (`|` or `>`). The block stays a block, with its style,
   * indentation indicator, header comment and content indentation, when the value can be
   * written that way (see blockText); the chomping indicator follows the value's trailing line
   * breaks (none `-`, one: no indicator, more `+`). Otherwise a double-quoted scalar takes its
   * place. Either way the result is re-parsed and checked like every splice.
   */
  setBlockScalar(doc: ParsedDocument, node: Scalar, value: string): void {
    if (node.value === value) return;
    const [start, end] = scalarRange(node);
    const source = this.current.slice(start, end);
    const header = BLOCK_HEADER.exec(source);
    if (!header) throw new Error(`${this.file}: unexpected block scalar header at offset ${start}`);
    const lineStart = this.current.lastIndexOf("\n", start - 1) + 1;
    const parentIndent = (/^ */.exec(this.current.slice(lineStart, start))?.[0] ?? "").length;
    const parts = splitBlock(source, header, String(node.value), parentIndent);
    const mutate = (): void => {
      node.value = value;
    };
    const block = blockText(value, parts, this.eol);
    if (block !== undefined && this.tryApply(start, end, block, mutate, doc)) return;
    const quoted = `${doubleQuoted(value)}${parts.comment}${parts.lineBreak ? this.eol : ""}${parts.tail}`;
    this.apply(start, end, quoted, mutate, doc);
  }

  private apply(start: number, end: number, text: string, mutate: () => void, doc: ParsedDocument): void {
    if (!this.tryApply(start, end, text, mutate, doc, true)) {
      throw new Error(`editing ${this.file} would change more than the edited value; refusing (a bug, please report)`);
    }
  }

  /** Splices and keeps the result only when it re-parses to the document changed by `mutate`. */
  private tryApply(
    start: number,
    end: number,
    text: string,
    mutate: () => void,
    doc: ParsedDocument,
    reportSyntax = false,
  ): boolean {
    const next = this.current.slice(0, start) + text + this.current.slice(end);
    let reparsed: ParsedDocument[];
    try {
      reparsed = parseStream(next, this.file);
    } catch (error) {
      if (reportSyntax || !(error instanceof YamlEditError)) throw error;
      return false;
    }
    const index = this.parsed.indexOf(doc);
    mutate();
    const expected = this.parsed.map((d) => d.toJS({ maxAliasCount: -1 }));
    const actual = reparsed.map((d) => d.toJS({ maxAliasCount: -1 }));
    if (index < 0 || !isDeepStrictEqual(expected, actual)) return false;
    if (!readsAsYaml11(text, next, expected, this.same11)) return false;
    this.current = next;
    this.parsed = reparsed;
    return true;
  }

  private column(offset: number): number {
    return offset - (this.current.lastIndexOf("\n", offset - 1) + 1);
  }

  /** Column of the `- ` that introduces the item starting at `offset`. */
  private dashColumn(offset: number): number {
    const lineStart = this.current.lastIndexOf("\n", offset - 1) + 1;
    const dash = this.current.slice(lineStart, offset).lastIndexOf("-");
    if (dash < 0) throw new YamlEditError(`${this.file}: unsupported list layout`);
    return dash;
  }

  /** Where text for a new line goes after `offset`: the start of the following line. */
  private lineEndAfter(offset: number): { offset: number; prefix: string } {
    if (offset > 0 && this.current[offset - 1] === "\n") return { offset, prefix: "" };
    const newline = this.current.indexOf("\n", offset);
    if (newline < 0) return { offset: this.current.length, prefix: this.eol };
    return { offset: newline + 1, prefix: "" };
  }

  /** The file's indentation step: how far a nested block mapping sits from its key. */
  private indentStep(doc: ParsedDocument): number {
    let step = 0;
    const visit = (node: unknown, keyColumn: number | undefined): void => {
      if (step) return;
      if (isMap(node) && !node.flow) {
        const first = node.items[0];
        if (first && isNodeLike(first.key) && keyColumn !== undefined) {
          const column = this.column(rangeOf(first.key)[0]);
          if (column > keyColumn) step = column - keyColumn;
        }
        for (const pair of node.items) {
          if (isNodeLike(pair.key)) visit(pair.value, this.column(rangeOf(pair.key)[0]));
        }
      } else if (isSeq(node)) {
        for (const item of node.items) visit(item, undefined);
      }
    };
    visit(doc.contents, undefined);
    return step || 2;
  }

  /** How far a block list's dashes sit from its key: 0 (kustomize's style) or the indent step. */
  private sequenceIndent(doc: ParsedDocument): number {
    let found: number | undefined;
    const visit = (node: unknown): void => {
      if (found !== undefined) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          const value = pair.value;
          if (isSeq(value) && !value.flow && isNodeLike(pair.key) && isNodeLike(value.items[0])) {
            found = this.dashColumn(rangeOf(value.items[0])[0]) - this.column(rangeOf(pair.key)[0]);
            return;
          }
          visit(value);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) visit(item);
      }
    };
    visit(doc.contents);
    return found !== undefined && found >= 0 ? found : 0;
  }
}

/** `|` or `>`, then an indentation indicator and a chomping indicator in either order, then a comment. */
const BLOCK_HEADER = /^([|>])(?:([1-9])([+-])?|([+-])([1-9])?)?([^\r\n]*)(\r?\n|$)/;

interface BlockParts {
  style: "|" | ">";
  /** The indentation indicator, and whether it came after the chomping indicator. */
  indicator: string;
  indicatorLast: boolean;
  /** What follows the indicators on the header line (spaces, a comment). */
  comment: string;
  /** Column of the content lines. */
  indent: number;
  /** Whether the block ended with a line break (it does unless it ends the file). */
  lineBreak: boolean;
  /** Empty lines after the last content line that belong to the node (keep chomping). */
  tail: string;
}

function splitBlock(source: string, header: RegExpExecArray, value: string, parentIndent: number): BlockParts {
  const body = source.slice(header[0].length);
  const lines = body.split(/\r?\n/);
  const lastText = lines.findLastIndex((line) => line.trim() !== "");
  const firstText = lines.find((line) => line.trim() !== "");
  const valueFirst = value.split("\n").find((line) => line.trim() !== "") ?? "";
  const leading = (text: string): number => (/^ */.exec(text)?.[0] ?? "").length;
  // Without an indicator the first text line sets the indentation; with one, that line may
  // start with spaces of its own, which the value shows.
  const indent = firstText === undefined ? parentIndent + 2 : leading(firstText) - leading(valueFirst);
  const contentEnd = lastText < 0 ? 0 : lines.slice(0, lastText + 1).join("\n").length + 1;
  const rest = body.replace(/\r\n/g, "\n").slice(contentEnd);
  const eolTail = /\r\n/.test(body) ? rest.replace(/\n/g, "\r\n") : rest;
  return {
    style: header[1] === "|" ? "|" : ">",
    indicator: header[2] ?? header[5] ?? "",
    indicatorLast: header[5] !== undefined,
    comment: header[6] ?? "",
    indent,
    lineBreak: /\n$/.test(source),
    tail: lastText < 0 ? "" : eolTail,
  };
}

/**
 * `value` as a block scalar in the style of `parts`, or undefined when that style cannot
 * carry it: a literal block takes a value with a line break (a one-line value is written
 * quoted); a folded block takes lines that do not start with white space (those would not
 * fold), a line break in the value becoming an empty line. Neither takes a value that is
 * only line breaks.
 */
function blockText(value: string, parts: BlockParts, eol: string): string | undefined {
  const trailing = (/\n*$/.exec(value)?.[0] ?? "").length;
  const body = value.slice(0, value.length - trailing);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a block scalar cannot carry these
  if (body.trim() === "" || /[\r\u0000-\u0008\u000b-\u001f\u007f]/.test(body) || YAML11_UNSAFE.test(body)) {
    return undefined;
  }
  if (parts.indent < 1 && parts.indicator === "") return undefined;
  let lines: string[];
  if (parts.style === "|") {
    if (!value.includes("\n")) return undefined;
    lines = body.split("\n");
  } else {
    if (body.split("\n").some((line) => /^[ \t]/.test(line))) return undefined;
    // A run of n line breaks between text lines is n empty lines; leading ones stay as they are.
    const leadingBreaks = (/^\n*/.exec(body)?.[0] ?? "").length;
    lines = (body.slice(0, leadingBreaks) + body.slice(leadingBreaks).replace(/\n+/g, (run) => `${run}\n`)).split("\n");
  }
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const indicators = parts.indicatorLast ? `${chomp}${parts.indicator}` : `${parts.indicator}${chomp}`;
  const pad = " ".repeat(parts.indent);
  const content = [...lines, ...Array.from({ length: Math.max(0, trailing - 1) }, () => "")].map((line) =>
    line === "" ? "" : pad + line,
  );
  // Blank lines that followed a kept (+) block stay as blank lines unless the new block keeps its own.
  const tail = chomp === "+" ? "" : parts.tail;
  const end = parts.lineBreak ? eol : "";
  return `${parts.style}${indicators}${parts.comment}${eol}${content.join(eol)}${end}${tail}`;
}

function isNodeLike(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

function rangeOf(node: Node): [number, number, number] {
  const range = node.range;
  if (!range) throw new Error("yaml node without a source range");
  return range;
}

function scalarRange(node: Scalar): [number, number] {
  const [start, end] = rangeOf(node);
  return [start, end];
}

/** End of a pair's value (or key, for `key:` with nothing after it), before any comment. */
function nodeEnd(pair: Pair): number {
  if (isNodeLike(pair.value)) return rangeOf(pair.value)[1];
  if (isNodeLike(pair.key)) return rangeOf(pair.key)[1] + 1;
  throw new Error("yaml pair without a key");
}

function renderKey(key: string): string {
  return isPlainString(key, false) && !key.includes(":") ? key : doubleQuoted(key);
}

function renderFlow(value: NewNode): string {
  if (value.kind === "scalar") return value.text;
  if (value.kind === "map") return `{${value.entries.map(([k, v]) => `${renderKey(k)}: ${renderFlow(v)}`).join(", ")}}`;
  return `[${value.items.map(renderFlow).join(", ")}]`;
}

function renderBlockPair(key: string, value: NewNode, indent: number, step: number, seqIndent: number): string[] {
  const pad = " ".repeat(indent);
  if (value.kind === "scalar") return [`${pad}${key}: ${value.text}`];
  if (value.kind === "map") {
    return [
      `${pad}${key}:`,
      ...value.entries.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, indent + step, step, seqIndent)),
    ];
  }
  return [`${pad}${key}:`, ...value.items.flatMap((item) => renderSeqItem(item, indent + seqIndent, step, seqIndent))];
}

function renderSeqItem(item: NewNode, dash: number, step: number, seqIndent: number): string[] {
  const pad = " ".repeat(dash);
  if (item.kind === "scalar") return [`${pad}- ${item.text}`];
  if (item.kind === "seq") return [`${pad}- ${renderFlow(item)}`];
  const [first, ...rest] = item.entries;
  if (!first) return [`${pad}- {}`];
  const head = renderBlockPair(renderKey(first[0]), first[1], dash + 2, step, seqIndent);
  head[0] = `${pad}- ${(head[0] ?? "").trimStart()}`;
  return [...head, ...rest.flatMap(([k, v]) => renderBlockPair(renderKey(k), v, dash + 2, step, seqIndent))];
}

function toJs(value: NewNode): unknown {
  if (value.kind === "scalar") return value.js;
  if (value.kind === "map") return Object.fromEntries(value.entries.map(([k, v]) => [k, toJs(v)]));
  return value.items.map(toJs);
}

/**
 * What a plain scalar `text` would mean in this position, or undefined when it is not a
 * single valid plain scalar there (it would need quotes).
 */
function plainValue(text: string, inFlow: boolean): { value: unknown } | undefined {
  if (text === "" || text !== text.trim() || /[\r\n]/.test(text) || YAML11_UNSAFE.test(text)) return undefined;
  const doc = parseDocument(inFlow ? `[${text}]` : `- ${text}`);
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isSeq(doc.contents)) return undefined;
  const items = doc.contents.items;
  const only = items[0];
  if (items.length !== 1 || !isScalar(only) || only.type !== "PLAIN" || only.tag) return undefined;
  const source = only.range ? (inFlow ? `[${text}]` : `- ${text}`).slice(only.range[0], only.range[1]) : "";
  if (source !== text) return undefined;
  // YAML 1.1 readers must read it the same (`yes`, `on`, `0o17`, `010` differ): else it needs quotes.
  const as11 = parseDocument(inFlow ? `[${text}]` : `- ${text}`, { version: "1.1" }).toJS() as unknown[];
  if (!isDeepStrictEqual(as11, [only.value])) return undefined;
  return { value: only.value };
}

function isPlainString(text: string, inFlow: boolean): boolean {
  const plain = plainValue(text, inFlow);
  return plain !== undefined && plain.value === text;
}

/** How a value is typed: `string` always writes a string, `infer` follows YAML (as `helm --set`). */
export type ValueType = "string" | "infer";

export function isBlockScalar(node: Scalar): boolean {
  return node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
}

/**
 * Renders `value` for a scalar in the existing node's style: quotes kept as they were, plain
 * kept plain when the value stays the same type plain, double quotes otherwise.
 */
export function renderScalar(
  value: string,
  options: { existing?: Scalar; inFlow: boolean; type: ValueType; where: string },
): { text: string; js: unknown } {
  const { existing, inFlow, where } = options;
  const style = existing?.type;
  if (existing && isBlockScalar(existing)) {
    // Strings in blocks go through YamlText.setBlockScalar; anything else does not belong there.
    throw new YamlEditError(`${where} is a block scalar (| or >), which holds text only`);
  }
  const current = existing?.value;
  const wantsString = options.type === "string" || typeof current === "string";
  if (wantsString) {
    // A line break inside single quotes would fold into a space: such values go double-quoted.
    if (style === "QUOTE_SINGLE" && !value.includes("\n") && !YAML11_UNSAFE.test(value))
      return { text: `'${value.replace(/'/g, "''")}'`, js: value };
    if (style !== "QUOTE_DOUBLE" && isPlainString(value, inFlow)) return { text: value, js: value };
    return { text: doubleQuoted(value), js: value };
  }
  const plain = plainValue(value, inFlow);
  if (typeof current === "number" || typeof current === "boolean") {
    if (plain === undefined || typeof plain.value !== typeof current) {
      throw new YamlEditError(`${where} is a ${typeof current}, and ${JSON.stringify(value)} is not`);
    }
    return { text: value, js: plain.value };
  }
  if (current !== null && current !== undefined) {
    throw new YamlEditError(`${where} holds a ${typeof current}; only strings, numbers and booleans can be set`);
  }
  // A new key or a null value: typed the way YAML (and `helm --set`) reads the text.
  if (
    plain !== undefined &&
    (typeof plain.value === "string" || typeof plain.value === "number" || typeof plain.value === "boolean")
  ) {
    return { text: value, js: plain.value };
  }
  return { text: doubleQuoted(value), js: value };
}
