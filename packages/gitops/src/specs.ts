import { inputError } from "@platform/action-kit";
import { isDigest, isImageName, isReplicaCount, isResourceName, isTag } from "./reference.ts";

/** One `kustomize edit set image` argument: which fields of the `images:` entry to set. */
export interface ImageEdit {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

export interface ReplicaEdit {
  name: string;
  count: number;
}

export type PathSegment =
  | { kind: "key"; key: string }
  | { kind: "index"; index: number }
  | { kind: "match"; key: string; value: string };

/** `file:{kind=ConfigMap,metadata.name=x}path.to[0].key=value` */
export interface SetEdit {
  file: string;
  /** Picks one document of a multi-document file: dotted path -> scalar value. */
  selector?: Record<string, string>;
  path: PathSegment[];
  value: string;
  /** The input line, for messages. */
  line: string;
}

/** Parses one `images` line in `kustomize edit set image` syntax. */
export function parseImageEdit(line: string, input = "images"): ImageEdit {
  const fail = (problem: string): never => {
    throw inputError(
      input,
      line,
      problem,
      "write name=newName:newTag@digest, name:newTag, name@digest or name=newName",
    );
  };
  const equals = line.indexOf("=");
  const name = equals >= 0 ? line.slice(0, equals) : undefined;
  const target = equals >= 0 ? line.slice(equals + 1) : line;
  const at = target.indexOf("@");
  const beforeDigest = at >= 0 ? target.slice(0, at) : target;
  const digest = at >= 0 ? target.slice(at + 1) : undefined;
  const tagMatch = /^(.*):([^:/]*)$/.exec(beforeDigest);
  const image = tagMatch ? (tagMatch[1] ?? "") : beforeDigest;
  const newTag = tagMatch ? tagMatch[2] : undefined;

  if (digest !== undefined && !isDigest(digest))
    fail(`has a malformed digest ${JSON.stringify(digest)} (want sha256: and 64 hex)`);
  if (newTag !== undefined && !isTag(newTag)) fail(`has a malformed tag ${JSON.stringify(newTag)}`);
  if (name !== undefined) {
    if (!isImageName(name)) fail(`has a malformed image name ${JSON.stringify(name)}`);
    if (!isImageName(image)) fail(`has a malformed new image name ${JSON.stringify(image)}`);
    return strip({ name, newName: image, newTag, digest });
  }
  if (!isImageName(image)) fail(`has a malformed image name ${JSON.stringify(image)}`);
  if (newTag === undefined && digest === undefined) fail("sets neither a tag nor a digest");
  return strip({ name: image, newTag, digest });
}

function strip(edit: {
  name: string;
  newName?: string | undefined;
  newTag?: string | undefined;
  digest?: string | undefined;
}): ImageEdit {
  const result: ImageEdit = { name: edit.name };
  if (edit.newName !== undefined) result.newName = edit.newName;
  if (edit.newTag !== undefined) result.newTag = edit.newTag;
  if (edit.digest !== undefined) result.digest = edit.digest;
  return result;
}

/** Parses one `replicas` line: `name=count`. */
export function parseReplicaEdit(line: string, input = "replicas"): ReplicaEdit {
  const match = /^([^=]+)=(.*)$/.exec(line);
  const name = match?.[1]?.trim() ?? "";
  const count = match?.[2]?.trim() ?? "";
  if (!match || !isResourceName(name) || !isReplicaCount(count)) {
    throw inputError(
      input,
      line,
      "is not name=count",
      "write a Kubernetes object name, =, and a whole number such as web=3",
    );
  }
  return { name, count: Number(count) };
}

const MAX_VALUE = 4096;

/** Parses one `set` line: `file:path=value`, with an optional `{k=v,...}` document selector before the path. */
export function parseSetEdit(line: string, input = "set"): SetEdit {
  const fail = (problem: string): never => {
    throw inputError(
      input,
      line,
      problem,
      "write file:path=value, e.g. values.yaml:image.tag=1.2.3 or app.yaml:{kind=ConfigMap}data.VERSION=1.2.3",
    );
  };
  const colon = line.indexOf(":");
  if (colon <= 0) fail("names no file");
  const file = line.slice(0, colon).trim();
  let rest = line.slice(colon + 1);
  let selector: Record<string, string> | undefined;
  if (rest.startsWith("{")) {
    const close = rest.indexOf("}");
    if (close < 0) fail("has an unclosed document selector");
    selector = {};
    for (const part of rest.slice(1, close).split(",")) {
      const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*([^\s,{}=]+)\s*$/.exec(part);
      if (!m?.[1] || m[2] === undefined) return fail(`has a malformed document selector part ${JSON.stringify(part)}`);
      selector[m[1]] = m[2];
    }
    rest = rest.slice(close + 1);
  }
  const { path, end } = parsePath(rest, fail);
  if (rest[end] !== "=") fail("has no = between the path and the value");
  const value = rest.slice(end + 1);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(value)) fail("has a control character in the value");
  if (value.length > MAX_VALUE) fail(`has a value longer than ${MAX_VALUE} characters`);
  const edit: SetEdit = { file, path, value, line };
  if (selector) edit.selector = selector;
  return edit;
}

/** Dotted keys, `"quoted.keys"`, `[n]` and `[key=value]`; stops at the `=` before the value. */
export function parsePath(text: string, fail: (problem: string) => never): { path: PathSegment[]; end: number } {
  const path: PathSegment[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === "[") {
      const close = text.indexOf("]", i);
      if (close < 0) fail("has an unclosed [");
      const inner = text.slice(i + 1, close);
      const match = /^([^=\s]+)=([^\s]*)$/.exec(inner);
      if (/^\d+$/.test(inner)) path.push({ kind: "index", index: Number(inner) });
      else if (match?.[1] && match[2] !== undefined) path.push({ kind: "match", key: match[1], value: match[2] });
      else fail(`has a malformed selector [${inner}]`);
      i = close + 1;
    } else if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close <= i + 1) fail("has an unclosed or empty quoted key");
      path.push({ kind: "key", key: text.slice(i + 1, close) });
      i = close + 1;
    } else {
      const match = /^[^.[\]="{}\s]+/.exec(text.slice(i));
      if (!match) fail(`has an empty key at column ${i + 1} of the path`);
      path.push({ kind: "key", key: match?.[0] ?? "" });
      i += match?.[0].length ?? 0;
    }
    if (text[i] === ".") {
      i++;
      continue;
    }
    if (text[i] === "[") continue;
    return { path, end: i };
  }
}

export function formatPath(path: PathSegment[]): string {
  return path
    .map((segment, index) => {
      if (segment.kind === "index") return `[${segment.index}]`;
      if (segment.kind === "match") return `[${segment.key}=${segment.value}]`;
      const key = /[.[\]="{}\s]/.test(segment.key) ? `"${segment.key}"` : segment.key;
      return index === 0 ? key : `.${key}`;
    })
    .join("");
}
