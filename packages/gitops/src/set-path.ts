import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from "yaml";
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

export function selectDocument(file: YamlText, edit: Pick<SetEdit, "selector" | "path">): ParsedDocument {
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
        const rest = edit.path.slice(i);
        if (!allowCreate) throw new YamlEditError(`${where} does not exist (a typo? set allow-create: true to add it)`);
        if (rest.some((s) => s.kind !== "key"))
          throw new YamlEditError(`${where} does not exist, and only keys can be created`);
        createKeys(
          file,
          doc,
          node,
          rest.map((s) => (s.kind === "key" ? s.key : "")),
          edit.value,
          type,
          node.flow ?? false,
          where,
        );
        return;
      }
      parentFlow = Boolean(node.flow);
      node = deref(doc, pair.value);
    } else if (segment.kind === "index") {
      if (!isSeq(node)) throw new YamlEditError(`${where}: the parent is not a list`);
      if (segment.index >= node.items.length) {
        const appendable = segment.index === node.items.length;
        if (appendable && allowCreate) {
          appendItem(file, doc, node, segment, edit.path.slice(i + 1), edit.value, type, where);
          return;
        }
        const hint = appendable ? "; set allow-create: true to append it" : "";
        throw new YamlEditError(`${where} does not exist (the list has ${node.items.length} items${hint})`);
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
        throw new YamlEditError(`${where} matches no list item (a typo? set allow-create: true to append it)`);
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

function createKeys(
  file: YamlText,
  doc: ParsedDocument,
  map: YAMLMap,
  keys: string[],
  value: string,
  type: ValueType,
  inFlow: boolean,
  where: string,
): void {
  const [first, ...rest] = keys;
  if (first === undefined) return;
  const scalar = renderScalar(value, { inFlow: inFlow, type, where });
  let node: NewNode = { kind: "scalar", text: scalar.text, js: scalar.js };
  for (const key of [...rest].reverse()) node = { kind: "map", entries: [[key, node]] };
  file.insertPair(doc, map, first, node);
}

/**
 * allow-create for lists: `list[key=value].a.b=v` appends `{key: value, a: {b: v}}`,
 * `list[n]=v` (n = the list's length) appends `v`, and `list[n].a=v` appends `{a: v}`.
 * The selector's value is typed like a created value (`port=8080` is a number).
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
  const keys = rest.map((s) => (s.kind === "key" ? s.key : undefined));
  if (keys.some((key) => key === undefined)) {
    throw new YamlEditError(`${where} does not exist, and only keys can follow a list item to be created`);
  }
  const inFlow = Boolean(seq.flow);
  const leaf = renderScalar(value, { inFlow, type, where });
  let node: NewNode = { kind: "scalar", text: leaf.text, js: leaf.js };
  for (const key of [...(keys as string[])].reverse()) node = { kind: "map", entries: [[key, node]] };
  if (segment.kind === "match") {
    if (node.kind !== "map") throw new YamlEditError(`${where} names a list item, not a value inside it`);
    const selected = renderScalar(segment.value, { inFlow, type: "infer", where });
    node = {
      kind: "map",
      entries: [[segment.key, { kind: "scalar", text: selected.text, js: selected.js }], ...node.entries],
    };
  }
  file.appendItem(doc, seq, node);
}

function describe(node: unknown): string {
  if (isMap(node)) return "mapping";
  if (isSeq(node)) return "list";
  return node === null || node === undefined ? "missing value" : (node as Node).constructor.name;
}
