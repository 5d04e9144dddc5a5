import { type Document, isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from "yaml";
import { type ImageEdit, PRESERVE, type ReplicaEdit } from "./specs.ts";
import { isBlockScalar, type NewNode, renderScalar, YamlEditError, type YamlText } from "./yaml-edit.ts";

type ParsedDocument = Document.Parsed;

/** Kustomize's own lookup order for a directory's kustomization file. */
export const KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"] as const;

function root(file: YamlText): { doc: ParsedDocument; map: YAMLMap } {
  const doc = file.documents[0];
  if (!doc || file.documents.length !== 1 || !isMap(doc.contents)) {
    throw new YamlEditError(`${file.file} is not a kustomization (one YAML mapping)`);
  }
  return { doc, map: doc.contents };
}

function stringNode(value: string, file: YamlText, where: string): NewNode {
  const rendered = renderScalar(value, { inFlow: false, type: "string", where: `${file.file}:${where}` });
  return { kind: "scalar", text: rendered.text, js: rendered.js };
}

/** The list under `key` (fresh from the latest parse), or undefined when the key is absent. */
function list(file: YamlText, key: string): YAMLSeq | undefined {
  const { map } = root(file);
  const value = map.get(key, true);
  if (value === undefined || (isScalar(value) && value.value === null)) return undefined;
  if (!isSeq(value)) throw new YamlEditError(`${file.file}: "${key}" is not a list`);
  return value;
}

function entryIndexes(seq: YAMLSeq, name: string): number[] {
  const indexes: number[] = [];
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const value = item.get("name", true);
    if (isScalar(value) && String(value.value) === name) indexes.push(index);
  });
  return indexes;
}

function entry(file: YamlText, key: string, index: number): YAMLMap {
  const item = list(file, key)?.items[index];
  if (!isMap(item)) throw new Error(`kustomization entry ${key}[${index}] vanished while editing`);
  return item;
}

/** Sets (or removes, with null) one string field of a list entry, in place. */
function setField(
  file: YamlText,
  key: string,
  index: number,
  field: string,
  value: string | null,
  inFlow: boolean,
): void {
  const { doc } = root(file);
  const map = entry(file, key, index);
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === field);
  const where = `${file.file}:${key}[name=${String(map.get("name"))}].${field}`;
  if (value === null) {
    if (pair) file.deletePair(doc, map, pair);
    return;
  }
  if (!pair) {
    file.insertPair(doc, map, field, stringNode(value, file, where));
    return;
  }
  if (!isScalar(pair.value)) throw new YamlEditError(`${where} is not a single value`);
  if (isBlockScalar(pair.value)) {
    file.setBlockScalar(doc, pair.value, value);
    return;
  }
  const rendered = renderScalar(value, {
    existing: pair.value,
    inFlow: inFlow || Boolean(map.flow),
    type: "string",
    where,
  });
  file.setScalar(doc, pair.value, rendered.text, rendered.js);
}

/** The fields of a kustomize `images:` entry besides `name` (api/types/image.go). */
const IMAGE_FIELDS = ["newName", "newTag", "digest", "tagSuffix"] as const;

/**
 * `kustomize edit set image` on the file, with kustomize 5's semantics
 * (kustomize/commands/edit/set/setimage.go, RunSetImage): the argument REPLACES the entry of
 * the same name, so every field the line does not give (newName, newTag, digest, tagSuffix)
 * is removed, and a field given as `*` keeps the entry's current value (or stays absent).
 * `web:1.2` on `{name: web, newName: r/web, digest: ...}` leaves `{name: web, newTag: "1.2"}`;
 * write `web=*:1.2` to keep newName. Unlike kustomize, which rewrites the whole file sorted by
 * name, the entry is edited in place; a missing entry is appended.
 */
export function applyImageEdit(file: YamlText, edit: ImageEdit): void {
  const given: [string, string][] = [];
  if (edit.newName !== undefined) given.push(["newName", edit.newName]);
  if (edit.newTag !== undefined) given.push(["newTag", edit.newTag]);
  if (edit.digest !== undefined) given.push(["digest", edit.digest]);
  const images = list(file, "images");
  const newEntry = (): NewNode => ({
    kind: "map",
    entries: [
      ["name", stringNode(edit.name, file, "images.name")],
      ...given
        .filter(([, v]) => v !== PRESERVE)
        .map(([k, v]): [string, NewNode] => [k, stringNode(v, file, `images.${k}`)]),
    ],
  });
  if (!images) {
    addList(file, "images", newEntry());
    return;
  }
  const indexes = entryIndexes(images, edit.name);
  if (indexes.length === 0) {
    file.appendItem(root(file).doc, images, newEntry());
    return;
  }
  const inFlow = Boolean(images.flow);
  for (const index of indexes) {
    for (const field of IMAGE_FIELDS) {
      const value = given.find(([k]) => k === field)?.[1];
      if (value === PRESERVE) continue;
      setField(file, "images", index, field, value ?? null, inFlow);
    }
  }
}

/** Sets `replicas[name].count`, appending the entry when there is none. */
export function applyReplicaEdit(file: YamlText, edit: ReplicaEdit): void {
  const count: NewNode = { kind: "scalar", text: String(edit.count), js: edit.count };
  const replicas = list(file, "replicas");
  const newEntry: NewNode = {
    kind: "map",
    entries: [
      ["name", stringNode(edit.name, file, "replicas.name")],
      ["count", count],
    ],
  };
  if (!replicas) {
    addList(file, "replicas", newEntry);
    return;
  }
  const indexes = entryIndexes(replicas, edit.name);
  if (indexes.length === 0) {
    file.appendItem(root(file).doc, replicas, newEntry);
    return;
  }
  for (const index of indexes) {
    const { doc } = root(file);
    const map = entry(file, "replicas", index);
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === "count");
    if (!pair) {
      file.insertPair(doc, map, "count", count);
      continue;
    }
    const where = `${file.file}:replicas[name=${edit.name}].count`;
    if (!isScalar(pair.value)) throw new YamlEditError(`${where} is not a single value`);
    const rendered = renderScalar(String(edit.count), {
      existing: pair.value,
      inFlow: Boolean(map.flow),
      type: "infer",
      where,
    });
    file.setScalar(doc, pair.value, rendered.text, rendered.js);
  }
}

/** A list with its first entry: fills `key:` when it is there with no value, else adds the key. */
function addList(file: YamlText, key: string, first: NewNode): void {
  const { doc, map } = root(file);
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair) file.fillEmpty(doc, pair, { kind: "seq", items: [first] });
  else file.insertPair(doc, map, key, { kind: "seq", items: [first] });
}
