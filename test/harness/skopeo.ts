import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { knownRegistries, type TestRegistry } from "./registry.ts";

/**
 * skopeo as an independent reader and writer of the test registries. Plain HTTP on
 * loopback (`--tls-verify=false`); credentials go through an `--authfile`, never argv.
 */
const run = promisify(execFile);

export interface SkopeoOptions {
  /** Registries whose credentials go into the authfile (default: every running one). */
  registries?: TestRegistry[];
  /** Replace a registry's credentials (e.g. a read-only user). */
  credentials?: Record<string, { username: string; password: string }>;
}

function writeAuthfile(dir: string, options: SkopeoOptions): string {
  const auths: Record<string, { auth: string }> = {};
  for (const registry of options.registries ?? knownRegistries()) {
    if (registry.username) {
      auths[registry.host] = { auth: Buffer.from(`${registry.username}:${registry.password}`).toString("base64") };
    }
  }
  for (const [host, cred] of Object.entries(options.credentials ?? {})) {
    auths[host] = { auth: Buffer.from(`${cred.username}:${cred.password}`).toString("base64") };
  }
  const file = path.join(dir, "auth.json");
  writeFileSync(file, JSON.stringify({ auths }), { mode: 0o600 });
  return file;
}

/** Runs `skopeo <command> --authfile ... --tls-verify=false <args>`; returns stdout. */
export async function skopeo(command: string, args: string[], options: SkopeoOptions = {}): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "skopeo-"));
  try {
    const authfile = writeAuthfile(dir, options);
    const tls = command === "copy" ? ["--src-tls-verify=false", "--dest-tls-verify=false"] : ["--tls-verify=false"];
    const { stdout } = await run("skopeo", [command, "--authfile", authfile, ...tls, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, TMPDIR: dir },
    });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const docker = (ref: string): string => (ref.includes("://") || /^[a-z-]+:/.test(ref) ? ref : `docker://${ref}`);

/** The manifest's raw bytes, exactly as the registry serves them. */
export async function inspectRaw(ref: string, options: SkopeoOptions = {}): Promise<string> {
  return skopeo("inspect", ["--raw", docker(ref)], options);
}

export interface SkopeoInspect {
  Name: string;
  Digest: string;
  RepoTags: string[];
  Layers: string[];
  Architecture: string;
  Os: string;
}

/** `skopeo inspect` (of the linux/amd64 instance for an index unless a digest is given). */
export async function inspect(ref: string, options: SkopeoOptions = {}): Promise<SkopeoInspect> {
  return JSON.parse(
    await skopeo("inspect", ["--override-os", "linux", "--override-arch", "amd64", docker(ref)], options),
  );
}

/** `skopeo copy --all --preserve-digests src dst`. */
export async function copyAll(source: string, destination: string, options: SkopeoOptions = {}): Promise<void> {
  await skopeo("copy", ["--all", "--preserve-digests", "--quiet", docker(source), docker(destination)], options);
}

/** A repository's tags; none for a repository the registry does not know (404). */
export async function listTags(repository: string, options: SkopeoOptions = {}): Promise<string[]> {
  try {
    const out = JSON.parse(await skopeo("list-tags", [docker(repository)], options)) as { Tags?: string[] };
    return out.Tags ?? [];
  } catch (error) {
    // (not instanceof Error: under Jest's VM a child-process error comes from another realm)
    if (/registry 404|NAME_UNKNOWN/.test(String((error as { message?: unknown }).message))) return [];
    throw error;
  }
}
