/**
 * Image references per the distribution reference grammar, normalised as docker does:
 * `nginx` is `docker.io/library/nginx:latest`, and the first path component is a registry
 * host only when it has a `.` or `:` or is `localhost`.
 */
export interface ImageReference {
  /** Registry host as written, with port: `ghcr.io`, `127.0.0.1:5000`, `docker.io`. */
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export interface Repository {
  registry: string;
  repository: string;
}

export const DOCKER_HUB = "docker.io";
/** Docker Hub's other names, folded into DOCKER_HUB wherever a registry is compared. */
export const DOCKER_HUB_ALIASES: readonly string[] = ["index.docker.io", "docker.io", "registry-1.docker.io"];
export const GHCR = "ghcr.io";

const alphaNumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const PATH_COMPONENT = new RegExp(`^${pathComponent}$`);
const DOMAIN = new RegExp(`^${domain}$`);
const NAME = new RegExp(`^(?:${domain}/)?${pathComponent}(?:/${pathComponent})*$`);
/** The distribution spec's limit for `host/path` (docker refuses longer names too). */
export const MAX_NAME_LENGTH = 255;
// A registry host as a user writes one on its own: a name with a dot, localhost, an IPv6
// literal, or a single label with a port (`registry:5000`); a port of up to five digits.
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const REGISTRY_HOST = new RegExp(
  `^(?:localhost|${LABEL}(?:\\.${LABEL})+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$|^${LABEL}:\\d{1,5}$`,
);
// The distribution spec's tag grammar.
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;

export function isTag(value: string): boolean {
  return TAG.test(value);
}

/** One component of a repository path: lower-case letters and digits joined by . _ __ or dashes. */
export function isRepositoryComponent(value: string): boolean {
  return PATH_COMPONENT.test(value);
}

/** A name without tag or digest: `[host[:port]/]path`, at most 255 characters. */
export function isImageName(value: string): boolean {
  return value.length <= MAX_NAME_LENGTH && NAME.test(value);
}

/** A registry host as written (with port); never one in the link-local/metadata range. */
export function isRegistryHost(value: string): boolean {
  return REGISTRY_HOST.test(value) && !isLinkLocalHost(value.replace(/:\d{1,5}$/, ""));
}

/**
 * 169.254.0.0/16 (IPv4 link-local: the cloud metadata and credential endpoints), fe80::/10 and
 * AWS's fd00:ec2::254: never a registry, and a request there with a token could read the
 * runner's cloud credentials. Accepts a bare host or host:port, IPv6 in brackets or not.
 */
export function isLinkLocalHost(hostname: string): boolean {
  let host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  try {
    // WHATWG URL canonicalises what a connection would use: 2852039166 and 0xa9.0xfe.0xa9.0xfe are 169.254.169.254.
    host = new URL(`http://${host.includes(":") ? `[${host}]` : host}/`).hostname.replace(/^\[|\]$/g, "");
  } catch {
    // Not a URL host at all: the registry grammar refuses it elsewhere.
  }
  return (
    /^169\.254\.\d+\.\d+$/.test(host) ||
    /^::ffff:(169\.254\.|a9fe:)/.test(host) ||
    /^fe[89ab][0-9a-f]?:/.test(host) ||
    /^fd00:ec2:(0*:)*:?0*254$/.test(host)
  );
}

/** `host` or `host:port` without the port (IPv6 stays in brackets). */
function hostOf(registry: string): string {
  return registry.replace(/:\d+$/, "");
}

export class InvalidReferenceError extends Error {
  override readonly name = "InvalidReference";
}

/**
 * Parses and normalises; throws InvalidReference naming what is wrong. Without a tag or
 * digest the tag is `latest`, unless `defaultTag` is false (a target takes the source's tag).
 */
export function parseReference(input: string, options: { defaultTag?: boolean } = {}): ImageReference {
  const value = input.trim();
  if (value === "") throw new InvalidReferenceError("is empty");
  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new InvalidReferenceError(`has a malformed digest "${digest}"`);
    if (digest.startsWith("sha256:") && !SHA256.test(digest)) {
      throw new InvalidReferenceError(`has a malformed sha256 digest "${digest}" (64 lower-case hex digits expected)`);
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isTag(tag)) throw new InvalidReferenceError(`has an invalid tag "${tag}"`);
  }
  let registry = DOCKER_HUB;
  let repository = rest;
  const slash = rest.indexOf("/");
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
      registry = first;
      repository = rest.slice(slash + 1);
      if (!DOMAIN.test(registry)) throw new InvalidReferenceError(`has an invalid registry host "${registry}"`);
      if (isLinkLocalHost(hostOf(registry))) {
        throw new InvalidReferenceError(
          `names a registry in the link-local/metadata range ("${registry}"), where no registry runs`,
        );
      }
    }
  }
  if (DOCKER_HUB_ALIASES.includes(registry)) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  if (!PATH.test(repository)) {
    throw new InvalidReferenceError(
      `has an invalid repository name "${repository}" (lower-case letters, digits, . _ - and /)`,
    );
  }
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH)
    throw new InvalidReferenceError("has a name longer than 255 characters");
  if (!tag && !digest && options.defaultTag !== false) tag = "latest";
  return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

export function formatRepository(repo: Repository): string {
  return `${repo.registry}/${repo.repository}`;
}

/** The base URL of a registry's API: Docker Hub's endpoint, plain HTTP on loopback. */
export function registryEndpoint(registry: string): string {
  if (registry === DOCKER_HUB) return "https://registry-1.docker.io";
  const host = registry.replace(/:\d+$/, "");
  const loopback = host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
  return `${loopback ? "http" : "https"}://${registry}`;
}
