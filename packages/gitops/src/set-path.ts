import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type YAMLSeq } from "yaml";
import { formatPath, type PathSegment, type SetEdit } from "./specs.ts";
import {
  isBlockScalar,
  type NewNode,
  renderScalar,
  type ValueType,
  YamlEditError,
  type YamlText,
} from "./yaml-edit.ts";

type ParsedDocument = Document.Parsed;

/** Scalar value of a dotted path in a document, as text (for selectors). */
function textAt(doc: ParsedDocument, dotted: string): string | undefined {
  const node = doc.getIn(dotted.split("."), true);
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function selectDocument(file: YamlText, edit: Pick<SetEdit, "selector" | "path">): ParsedDocument {
  const docs = file.documents;
  if (edit.selector) {
    const selector = edit.selector;
    const matches = docs.filter((doc) => Object.entries(selector).every(([key, value]) => textAt(doc, key) === value));
    const described = `{${Object.entries(selector)
      .map(([k, v]) => `${k}=${v}`)
      .join(",")}}`;
    if (matches.length !== 1) {
      throw new YamlEditError(`${matches.length} documents of ${file.file} match ${described}; exactly one must`);
    }
    return matches[0] as ParsedDocument;
  }
  if (docs.length === 1) return docs[0] as ParsedDocument;
  const first = edit.path[0];
  const candidates = docs.filter((doc) => first?.kind === "key" && isMap(doc.contents) && doc.contents.has(first.key));
  if (candidates.length !== 1) {
    throw new YamlEditError(
      `${file.file} holds ${docs.length} documents; pick one with a {kind=...,metadata.name=...} selector`,
    );
  }
  return candidates[0] as ParsedDocument;
}

function deref(doc: ParsedDocument, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** Kubernetes stores ConfigMap and Secret data as strings: `VERSION: 1.2` must not become a float. */
function valueTypeFor(doc: ParsedDocument, path: PathSegment[]): ValueType {
  const kind = textAt(doc, "kind");
  const first = path[0];
  if (
    (kind === "ConfigMap" || kind === "Secret") &&
    first?.kind === "key" &&
    ["data", "stringData"].includes(first.key)
  ) {
    return "string";
  }
  return "infer";
}

/** Applies one `set` edit; `allowCreate` lets missing keys (only keys) be added. */
export function applySet(file: YamlText, edit: SetEdit, allowCreate: boolean): void {
  const doc = selectDocument(file, edit);
  const type = edit.quoted ? "string" : valueTypeFor(doc, edit.path);
  let node: unknown = deref(doc, doc.contents);
  let parentFlow = false;
  for (let i = 0; i < edit.path.length; i++) {
    const segment = edit.path[i] as PathSegment;
    const where = `${file.file}:${formatPath(edit.path.slice(0, i + 1))}`;
    if (segment.kind === "key") {
      if (!isMap(node)) throw new YamlEditError(`${where}: the parent is not a mapping`);
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment.key);
      if (!pair) {
        if (!allowCreate) {
          throw new YamlEditError(
            (nameOf) => `${where} does not exist (a typo? set ${nameOf("allowCreate")}: true to add it)`,
          );
        }
        const inFlow = Boolean(node.flow);
        file.insertPair(doc, node, segment.key, created(edit.path.slice(i + 1), edit.value, type, inFlow, where));
        return;
      }
      parentFlow = Boolean(node.flow);
      node = deref(doc, pair.value);
      // `env:` with nothing after it: with allowCreate, the rest of the path fills it.
      const emptyValue = isScalar(node) && node.value === null && i + 1 < edit.path.length;
      if (emptyValue && allowCreate) {
        file.fillEmpty(doc, pair, created(edit.path.slice(i + 1), edit.value, type, false, where));
        return;
      }
    } else if (segment.kind === "index") {
      if (!isSeq(node)) throw new YamlEditError(`${where}: the parent is not a list`);
      if (segment.index >= node.items.length) {
        const appendable = segment.index === node.items.length;
        if (appendable && allowCreate) {
          appendItem(file, doc, node, segment, edit.path.slice(i + 1), edit.value, type, where);
          return;
        }
        const count = node.items.length;
        throw new YamlEditError((nameOf) => {
          const hint = appendable ? `; set ${nameOf("allowCreate")}: true to append it` : "";
          return `${where} does not exist (the list has ${count} items${hint})`;
        });
      }
      parentFlow = Boolean(node.flow);
      node = deref(doc, node.items[segment.index]);
    } else {
      if (!isSeq(node)) throw new YamlEditError(`${where}: the parent is not a list`);
      const matches = node.items.filter((item) => {
        const map = deref(doc, item);
        if (!isMap(map)) return false;
        const value = map.get(segment.key, true);
        return isScalar(value) && String(value.value) === segment.value;
      });
      if (matches.length === 0 && allowCreate) {
        appendItem(file, doc, node, segment, edit.path.slice(i + 1), edit.value, type, where);
        return;
      }
      if (matches.length === 0)
        throw new YamlEditError(
          (nameOf) => `${where} matches no list item (a typo? set ${nameOf("allowCreate")}: true to append it)`,
        );
      if (matches.length !== 1)
        throw new YamlEditError(`${where} matches ${matches.length} list items; exactly one must`);
      parentFlow = Boolean(node.flow);
      node = deref(doc, matches[0]);
    }
  }
  const where = `${file.file}:${formatPath(edit.path)}`;
  if (!isScalar(node)) throw new YamlEditError(`${where} is a ${describe(node)}, not a single value`);
  if (isBlockScalar(node)) {
    file.setBlockScalar(doc, node, edit.value);
    return;
  }
  const rendered = renderScalar(edit.value, { existing: node, inFlow: parentFlow, type, where });
  file.setScalar(doc, node, rendered.text, rendered.js);
}

/**
 * What allow-create writes for the part of the path that does not exist yet: maps for keys,
 * a one-item list for `[0]`, and for `[key=value]` a list item starting with `key: value`
 * (typed like a created value: `port=8080` is a number). `[n]` past 0 and a list item holding
 * a bare value (`list[key=value]=x`) cannot be created.
 */
function created(path: PathSegment[], value: string, type: ValueType, inFlow: boolean, where: string): NewNode {
  const [head, ...rest] = path;
  if (head === undefined) {
    const leaf = renderScalar(value, { inFlow, type, where });
    return { kind: "scalar", text: leaf.text, js: leaf.js };
  }
  const inner = created(rest, value, type, inFlow, where);
  if (head.kind === "key") return { kind: "map", entries: [[head.key, inner]] };
  if (head.kind === "index") {
    if (head.index !== 0) throw new YamlEditError(`${where} does not exist, and a new list starts at [0]`);
    return { kind: "seq", items: [inner] };
  }
  if (inner.kind !== "map") throw new YamlEditError(`${where} names a list item, not a value inside it`);
  const selected = renderScalar(head.value, { inFlow, type: "infer", where });
  const first: [string, NewNode] = [head.key, { kind: "scalar", text: selected.text, js: selected.js }];
  return { kind: "seq", items: [{ kind: "map", entries: [first, ...inner.entries] }] };
}

/**
 * allow-create for lists: `list[key=value].a.b=v` appends `{key: value, a: {b: v}}`,
 * `list[n]=v` (n = the list's length) appends `v`, and `list[n].a=v` appends `{a: v}`.
 */
function appendItem(
  file: YamlText,
  doc: ParsedDocument,
  seq: YAMLSeq,
  segment: PathSegment,
  rest: PathSegment[],
  value: string,
  type: ValueType,
  where: string,
): void {
  const first = segment.kind === "index" ? { kind: "index" as const, index: 0 } : segment;
  const list = created([first, ...rest], value, type, Boolean(seq.flow), where);
  const item = list.kind === "seq" ? list.items[0] : undefined;
  if (!item) throw new Error("a created list item is missing");
  file.appendItem(doc, seq, item);
}

function describe(node: unknown): string {
  if (isMap(node)) return "mapping";
  if (isSeq(node)) return "list";
  return node === null || node === undefined ? "missing value" : (node as Node).constructor.name;
}
