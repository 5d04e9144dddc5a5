import { isDigest, isImageName, isTag } from "@platform/oci";
import { type GitopsField, gitopsFieldError } from "./fields.ts";
import { isReplicaCount, isResourceName } from "./reference.ts";

/**
 * One `kustomize edit set image` argument. As in kustomize, a field that is absent is removed
 * from a matching `images:` entry, and `*` (PRESERVE) keeps the entry's current value.
 */
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
  /** The value was written as a JSON string ("a\nb"): always a string, may hold line breaks. */
  quoted?: boolean;
  /** The input line, for messages. */
  line: string;
}

/** `kustomize edit set image` spells "keep what the kustomization has" as `*`. */
export const PRESERVE = "*";

/**
 * kustomize's image.Split (api/internal/image/image.go): the first `:` or `@` after the first
 * `/` (so a registry port is not a tag) separates the name from a tag and/or digest.
 */
export function splitImage(reference: string): { name: string; tag?: string; digest?: string } {
  const slash = reference.indexOf("/");
  const from = Math.max(slash, 0);
  const search = reference.slice(from);
  const at = search.indexOf("@");
  const colon = search.indexOf(":");
  if (at < 0 && colon < 0) return { name: reference };
  if (at >= 0 && (at < colon || colon < 0)) {
    return { name: reference.slice(0, from + at), digest: reference.slice(from + at + 1) };
  }
  if (at >= 0) {
    return {
      name: reference.slice(0, from + colon),
      tag: reference.slice(from + colon + 1, from + at),
      digest: reference.slice(from + at + 1),
    };
  }
  return { name: reference.slice(0, from + colon), tag: reference.slice(from + colon + 1) };
}

/**
 * Parses one `images` line the way `kustomize edit set image` parses its argument
 * (kustomize/commands/edit/set/setimage.go, v5: `parse` and `imageArgParse`): an optional
 * `name=` (split at the first `=`), then image.Split of the rest; without `=`, the line must
 * carry a tag or a digest. Unlike kustomize, every part is validated (tag and digest grammar,
 * the distribution reference grammar), so nothing but a reference reaches the file.
 */
export function parseImageEdit(line: string, field: GitopsField = "images"): ImageEdit {
  const fail = (problem: string): never => {
    throw gitopsFieldError(
      field,
      line,
      problem,
      "write name=newName:newTag@digest, name:newTag, name@digest or name=newName (* keeps the current part)",
    );
  };
  const equals = line.indexOf("=");
  const key = equals >= 0 ? line.slice(0, equals) : undefined;
  const { name: image, tag: newTag, digest } = splitImage(equals >= 0 ? line.slice(equals + 1) : line);

  if (digest !== undefined && digest !== PRESERVE && !isDigest(digest))
    fail(`has a malformed digest ${JSON.stringify(digest)} (want sha256: and 64 hex)`);
  if (newTag !== undefined && newTag !== PRESERVE && !isTag(newTag))
    fail(`has a malformed tag ${JSON.stringify(newTag)}`);
  if (key !== undefined) {
    if (!isImageName(key)) fail(`has a malformed image name ${JSON.stringify(key)}`);
    if (image !== PRESERVE && !isImageName(image)) fail(`has a malformed new image name ${JSON.stringify(image)}`);
    return strip({ name: key, newName: image, newTag, digest });
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
export function parseReplicaEdit(line: string, field: GitopsField = "replicas"): ReplicaEdit {
  const match = /^([^=]+)=(.*)$/.exec(line);
  const name = match?.[1]?.trim() ?? "";
  const count = match?.[2]?.trim() ?? "";
  if (!match || !isResourceName(name) || !isReplicaCount(count)) {
    throw gitopsFieldError(
      field,
      line,
      "is not name=count",
      "write a Kubernetes object name, =, and a whole number such as web=3",
    );
  }
  return { name, count: Number(count) };
}

/**
 * Why a repository-relative path leads out as written (absolute, or a `..` above the root), or
 * undefined. Checked when the inputs are read, so such a path is refused before any clone or API
 * call, in the words of the tree check (resolveInTree), which still follows links after checkout.
 */
export function repositoryPathProblem(value: string): string | undefined {
  if (/^([A-Za-z]:|[\\/])/.test(value)) return "is an absolute path";
  let depth = 0;
  for (const part of value.split(/[\\/]/)) {
    if (part === "..") depth--;
    else if (part !== "." && part !== "") depth++;
    if (depth < 0) return "leads outside the repository";
  }
  return undefined;
}

const MAX_VALUE = 4096;
/** A quoted value may carry a whole file (a ConfigMap's nginx.conf), so it may be longer. */
const MAX_QUOTED_VALUE = 65536;

/** Parses one `set` line: `file:path=value`, with an optional `{k=v,...}` document selector before the path. */
export function parseSetEdit(line: string, field: GitopsField = "set"): SetEdit {
  const fail = (problem: string): never => {
    throw gitopsFieldError(
      field,
      line,
      problem,
      "write file:path=value, e.g. values.yaml:image.tag=1.2.3 or app.yaml:{kind=ConfigMap}data.VERSION=1.2.3",
    );
  };
  const colon = line.indexOf(":");
  if (colon <= 0) fail("names no file");
  const file = line.slice(0, colon).trim();
  const outside = repositoryPathProblem(file);
  if (outside) fail(outside);
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
  const raw = rest.slice(end + 1);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(raw)) fail("has a control character in the value");
  const quoted = raw.startsWith('"');
  const value = quoted ? quotedValue(raw, fail) : raw;
  const limit = quoted ? MAX_QUOTED_VALUE : MAX_VALUE;
  if (value.length > limit) fail(`has a value longer than ${limit} characters`);
  const edit: SetEdit = { file, path, value, line };
  if (selector) edit.selector = selector;
  if (quoted) edit.quoted = true;
  return edit;
}

/**
 * A value written as a JSON string literal, the one way an input line can carry line breaks
 * (`"server {\n  listen 80;\n}\n"`): decoded, and then it may hold line breaks and tabs but no
 * other control character (YAML cannot write them outside double quotes, and no one means them).
 */
function quotedValue(raw: string, fail: (problem: string) => never): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(raw);
  } catch {
    return fail('has a value that starts with " but is not one JSON string (escape inner quotes as \\")');
  }
  if (typeof decoded !== "string") return fail("has a value that is not one JSON string");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: only line breaks and tabs may pass
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(decoded))
    fail("has a control character other than \\n or \\t in the value");
  return decoded;
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
