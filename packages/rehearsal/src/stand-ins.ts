import { cpSync, existsSync, globSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { ActionResult } from "./actions.ts";
import { checkout } from "./checkout.ts";
import { RehearsalError } from "./errors.ts";
import type { StepsFrame } from "./frame.ts";
import { bool, input, type StandIn } from "./stand-in-kit.ts";
import { setupBuildx, setupQemu, setupTerraform } from "./tool-stand-ins.ts";

export type { StandIn } from "./stand-in-kit.ts";

/** actions/setup-node: nothing is downloaded; the machine's Node must be the asked major. */
const setupNode: StandIn = async (frame, call) => {
  const wanted = input(call, "node-version");
  const have = process.versions.node;
  const major = /(\d+)/.exec(wanted)?.[1];
  if (wanted && major && major !== have.split(".")[0]) {
    throw new RehearsalError(
      `actions/setup-node: Node ${wanted} was asked for, this machine has ${have} (the rehearsal does not download Node)`,
    );
  }
  frame.path.unshift(path.dirname(process.execPath));
  call.output.write(`Found in cache @ ${process.execPath}`);
  return { ok: true, outputs: { "node-version": `v${have}` } };
};

function artifactDir(frame: StepsFrame, name: string): string {
  return path.join(frame.run.artifactsDir, encodeURIComponent(name));
}

/** actions/upload-artifact: the files into the run's artifact store, paths kept below their common root. */
const uploadArtifact: StandIn = async (frame, call): Promise<ActionResult> => {
  const name = input(call, "name", "artifact");
  const patterns = input(call, "path")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (patterns.length === 0) throw new RehearsalError("Input required and not supplied: path");
  const files = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith("!"))) {
    const absolute = path.resolve(frame.workspace, pattern);
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.add(path.join(entry.parentPath, entry.name));
      }
    } else {
      for (const match of globSync(absolute)) if (statSync(match).isFile()) files.add(match);
    }
  }
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => path.resolve(frame.workspace, p.slice(1)));
  const chosen = [...files].filter((f) => !exclude.some((e) => path.matchesGlob(f, e)));
  if (chosen.length === 0) {
    const policy = input(call, "if-no-files-found", "warn");
    const message = `No files were found with the provided path: ${patterns.join("\n")}. No artifacts will be uploaded.`;
    if (policy === "error") throw new RehearsalError(message);
    if (policy === "warn") call.output.annotate("warning", message);
    return { ok: true, outputs: {} };
  }
  const dir = artifactDir(frame, name);
  if (existsSync(dir)) {
    if (!bool(input(call, "overwrite", "false"))) {
      throw new RehearsalError(
        `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
  // actions/upload-artifact's root: the directory of a single file named as such, else the
  // common ancestor of the search paths (a directory given keeps its own layout below it).
  const searchPaths = patterns.filter((p) => !p.startsWith("!")).map((p) => searchPath(frame.workspace, p));
  const root =
    searchPaths.length === 1 && chosen.length === 1 && chosen[0] === searchPaths[0]
      ? path.dirname(chosen[0] ?? "")
      : commonAncestor(searchPaths);
  for (const file of chosen) cpSync(file, path.join(dir, path.relative(root, file)));
  call.output.write(`Uploaded ${chosen.length} file(s) as artifact ${name}`);
  return {
    ok: true,
    outputs: { "artifact-id": String(readdirSync(frame.run.artifactsDir).length), "artifact-url": `file://${dir}` },
  };
};

/** A pattern's path up to its first segment with a glob character (what @actions/glob searches from). */
function searchPath(workspace: string, pattern: string): string {
  const segments = path.resolve(workspace, pattern).split(path.sep);
  const literal = segments.findIndex((segment) => /[*?[{]/.test(segment));
  return literal === -1 ? segments.join(path.sep) : segments.slice(0, literal).join(path.sep) || path.sep;
}

function commonAncestor(paths: string[]): string {
  let root = paths[0] ?? path.sep;
  while (!paths.every((p) => p === root || p.startsWith(`${root}${path.sep}`))) root = path.dirname(root);
  return root;
}

/**
 * actions/download-artifact: `name` into `path`; otherwise every artifact of the run (or those
 * whose name matches `pattern`) into `path/<name>`, or all into `path` with `merge-multiple`.
 */
const downloadArtifact: StandIn = async (frame, call) => {
  const name = input(call, "name");
  const pattern = input(call, "pattern");
  const merge = bool(input(call, "merge-multiple", "false"));
  const target = path.resolve(frame.workspace, input(call, "path", "."));
  const stored = existsSync(frame.run.artifactsDir) ? readdirSync(frame.run.artifactsDir).map(decodeURIComponent) : [];
  const names = name ? [name] : stored.filter((one) => !pattern || path.matchesGlob(one, pattern));
  for (const one of names) {
    const dir = artifactDir(frame, one);
    if (!existsSync(dir))
      throw new RehearsalError(`Unable to download artifact(s): Artifact not found for name: ${one}`);
    cpSync(dir, name || merge ? target : path.join(target, one), { recursive: true });
  }
  call.output.write(`Total of ${names.length} artifact(s) downloaded`);
  return { ok: true, outputs: { "download-path": target } };
};

/** The well-known actions the rehearsal stands in for, by `owner/repo` (any ref). */
export const STAND_INS: Record<string, StandIn> = {
  "actions/checkout": checkout,
  "actions/setup-node": setupNode,
  "actions/upload-artifact": uploadArtifact,
  "actions/download-artifact": downloadArtifact,
  "docker/setup-qemu-action": setupQemu,
  "docker/setup-buildx-action": setupBuildx,
  "hashicorp/setup-terraform": setupTerraform,
};
