import { execFile } from "node:child_process";
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { ActionCall, ActionResult } from "./actions.ts";
import { RehearsalError } from "./errors.ts";
import type { StepsFrame } from "./frame.ts";

const run = promisify(execFile);

export type StandIn = (frame: StepsFrame, call: ActionCall) => Promise<ActionResult>;

function input(call: ActionCall, name: string, fallback = ""): string {
  const value = call.inputs[name];
  return value === undefined || value === "" ? fallback : value;
}

function bool(text: string): boolean {
  return text.trim().toLowerCase() === "true";
}

async function git(cwd: string, args: string[], call: ActionCall): Promise<string> {
  call.output.write(`[command]git ${args.join(" ")}`);
  try {
    const { stdout } = await run("git", args, {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, GIT_TERMINAL_PROMPT: "0", GIT_CONFIG_NOSYSTEM: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new RehearsalError(`git ${args[0] ?? ""} failed: ${call.output ? stderr.trim().split("\n").pop() : ""}`);
  }
}

/**
 * actions/checkout: clones `repository` from the remote the services name (the GitHub fake's
 * git over HTTP), with the token as actions/checkout sends it, `ref`, `fetch-depth`, `path`
 * and `persist-credentials` (the header stays in .git/config only when true).
 */
const checkout: StandIn = async (frame, call) => {
  const github = frame.contexts.github as Record<string, string>;
  const repository = input(call, "repository", github.repository ?? "");
  const ownRepository = repository.toLowerCase() === String(github.repository ?? "").toLowerCase();
  const token = input(call, "token", github.token ?? "");
  const target = path.resolve(frame.workspace, input(call, "path", "."));
  if (!target.startsWith(frame.workspace)) {
    throw new RehearsalError(`Repository path '${target}' is not under '${frame.workspace}'`);
  }
  const depth = Number(input(call, "fetch-depth", "1"));
  const url = await frame.run.services.checkoutRemote(repository);
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  frame.run.masker.add(Buffer.from(`x-access-token:${token}`).toString("base64"));
  const auth = token ? ["-c", `http.extraheader=${header}`] : [];
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await git(target, ["init", "-q", "-b", "main", target], call);
  await git(target, ["remote", "add", "origin", url], call);
  let ref = input(call, "ref");
  let sha = "";
  if (ref === "" && ownRepository) {
    ref = github.ref ?? "";
    sha = github.sha ?? "";
  }
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
  let checkoutArgs: string[];
  if (/^[0-9a-f]{40}$/.test(ref)) {
    sha = ref;
    ref = "";
  }
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : "";
  const tag = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : "";
  if (depth === 0) {
    await git(
      target,
      [
        ...auth,
        "fetch",
        "-q",
        "--prune",
        "--no-recurse-submodules",
        "origin",
        "+refs/heads/*:refs/remotes/origin/*",
        "+refs/tags/*:refs/tags/*",
      ],
      call,
    );
  }
  if (sha) {
    const into = branch ? `+${sha}:refs/remotes/origin/${branch}` : sha;
    await git(target, [...auth, "fetch", "-q", ...depthArgs, "origin", into], call);
    checkoutArgs = branch
      ? ["checkout", "-q", "--force", "-B", branch, `refs/remotes/origin/${branch}`]
      : ["checkout", "-q", "--force", sha];
  } else if (branch || tag) {
    const spec = branch ? `+refs/heads/${branch}:refs/remotes/origin/${branch}` : `+refs/tags/${tag}:refs/tags/${tag}`;
    await git(target, [...auth, "fetch", "-q", ...depthArgs, "origin", spec], call);
    checkoutArgs = branch
      ? ["checkout", "-q", "--force", "-B", branch, `refs/remotes/origin/${branch}`]
      : ["checkout", "-q", "--force", `refs/tags/${tag}`];
  } else {
    // A short name (branch or tag) or nothing: the remote's default branch.
    const remote = await git(
      target,
      [...auth, "ls-remote", "--symref", "origin", ...(ref ? [`refs/heads/${ref}`, `refs/tags/${ref}`] : ["HEAD"])],
      call,
    );
    const first = remote
      .split("\n")
      .find((l) => !l.startsWith("ref:"))
      ?.split("\t");
    const head = /^ref: refs\/heads\/(\S+)\tHEAD/m.exec(remote)?.[1];
    if (!first?.[1]) throw new RehearsalError(`A branch or tag with the name '${ref}' could not be found`);
    const name = ref || head || "main";
    if (first[1].startsWith("refs/tags/")) {
      await git(target, [...auth, "fetch", "-q", ...depthArgs, "origin", `+refs/tags/${name}:refs/tags/${name}`], call);
      checkoutArgs = ["checkout", "-q", "--force", `refs/tags/${name}`];
    } else {
      await git(
        target,
        [...auth, "fetch", "-q", ...depthArgs, "origin", `+refs/heads/${name}:refs/remotes/origin/${name}`],
        call,
      );
      checkoutArgs = ["checkout", "-q", "--force", "-B", name, `refs/remotes/origin/${name}`];
    }
  }
  await git(target, checkoutArgs, call);
  if (bool(input(call, "persist-credentials", "true")) && token) {
    await git(target, ["config", "--local", `http.${frame.run.services.serverUrl}/.extraheader`, header], call);
  }
  const commit = await git(target, ["rev-parse", "HEAD"], call);
  return { ok: true, outputs: { ref: ref || branch, commit } };
};

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
  const root = chosen.length === 1 ? path.dirname(chosen[0] ?? "") : commonRoot(chosen);
  for (const file of chosen) cpSync(file, path.join(dir, path.relative(root, file)));
  call.output.write(`Uploaded ${chosen.length} file(s) as artifact ${name}`);
  return {
    ok: true,
    outputs: { "artifact-id": String(readdirSync(frame.run.artifactsDir).length), "artifact-url": `file://${dir}` },
  };
};

function commonRoot(files: string[]): string {
  let root = path.dirname(files[0] ?? "");
  while (!files.every((f) => f.startsWith(`${root}${path.sep}`))) root = path.dirname(root);
  return root;
}

/** actions/download-artifact: one artifact into `path`, or all of them into `path/<name>`. */
const downloadArtifact: StandIn = async (frame, call) => {
  const name = input(call, "name");
  const target = path.resolve(frame.workspace, input(call, "path", "."));
  const names = name
    ? [name]
    : existsSync(frame.run.artifactsDir)
      ? readdirSync(frame.run.artifactsDir).map(decodeURIComponent)
      : [];
  for (const one of names) {
    const dir = artifactDir(frame, one);
    if (!existsSync(dir))
      throw new RehearsalError(`Unable to download artifact(s): Artifact not found for name: ${one}`);
    cpSync(dir, name ? target : path.join(target, one), { recursive: true });
  }
  return { ok: true, outputs: { "download-path": target } };
};

/** The well-known actions the rehearsal stands in for, by `owner/repo` (any ref). */
export const STAND_INS: Record<string, StandIn> = {
  "actions/checkout": checkout,
  "actions/setup-node": setupNode,
  "actions/upload-artifact": uploadArtifact,
  "actions/download-artifact": downloadArtifact,
};
