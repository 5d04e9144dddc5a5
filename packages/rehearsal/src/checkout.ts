import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { ActionCall, ActionResult } from "./actions.ts";
import { RehearsalError } from "./errors.ts";
import type { StepsFrame } from "./frame.ts";
import type { SuiteLocation } from "./load.ts";
import { bool, input, lines, type StandIn } from "./stand-in-kit.ts";
import { suiteCommit, suiteRoot } from "./suite.ts";

const run = promisify(execFile);

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
export const checkout: StandIn = async (frame, call) => {
  const github = frame.contexts.github as Record<string, string>;
  const repository = input(call, "repository", github.repository ?? "");
  const ownRepository = repository.toLowerCase() === String(github.repository ?? "").toLowerCase();
  const token = input(call, "token", github.token ?? "");
  const target = path.resolve(frame.workspace, input(call, "path", "."));
  if (!target.startsWith(frame.workspace)) {
    throw new RehearsalError(`Repository path '${target}' is not under '${frame.workspace}'`);
  }
  const depth = Number(input(call, "fetch-depth", "1"));
  const sparse = lines(input(call, "sparse-checkout"));
  const cone = bool(input(call, "sparse-checkout-cone-mode", "true"));
  if (!ownRepository && isSuite(frame.run.suite, repository)) {
    return copySuite(frame, call, { repository, ref: input(call, "ref"), target, sparse, cone });
  }
  const url = await frame.run.services.checkoutRemote(repository);
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  frame.run.masker.add(Buffer.from(`x-access-token:${token}`).toString("base64"));
  const auth = token ? ["-c", `http.extraheader=${header}`] : [];
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await git(target, ["init", "-q", "-b", "main", target], call);
  await git(target, ["remote", "add", "origin", url], call);
  if (sparse.length > 0) await git(target, ["sparse-checkout", "set", cone ? "--cone" : "--no-cone", ...sparse], call);
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

/** `owner/name` is the suite (`uses: <owner>/platform/...` resolves to it). */
function isSuite(suite: SuiteLocation, repository: string): boolean {
  const [owner = "", name = ""] = repository.split("/");
  return name === suite.name && (!suite.owners || suite.owners.includes(owner));
}

/**
 * actions/checkout of the suite itself (a reusable workflow checking out its own actions at
 * `job.workflow_sha`): the suite is not a remote here, so its tree is copied from where
 * `uses:` of the suite reads (difference 4): the checkout at hand, or with `refs: "git"` the
 * ref's commit. `sparse-checkout` limits the copy (cone mode: the root's files and the listed
 * directories; otherwise the patterns as globs). No `.git` is made.
 */
async function copySuite(
  frame: StepsFrame,
  call: ActionCall,
  request: { repository: string; ref: string; target: string; sparse: string[]; cone: boolean },
): Promise<ActionResult> {
  const suite = frame.run.suite;
  const version = request.ref || "HEAD";
  const root = suiteRoot(suite, version);
  const commit = suiteCommit(suite, version);
  call.output.write(`Copying ${request.repository}@${version} (${commit}) from ${root} (the rehearsal's suite)`);
  rmSync(request.target, { recursive: true, force: true });
  mkdirSync(request.target, { recursive: true });
  const wanted = (relative: string): boolean => {
    const parts = relative.split("/");
    if (parts[0] === ".git" || parts.includes("node_modules")) return false;
    if (request.sparse.length === 0) return true;
    if (request.cone) {
      return (
        parts.length === 1 ||
        request.sparse.some((dir) => {
          const prefix = dir.replace(/^\/+|\/+$/g, "");
          return relative === prefix || relative.startsWith(`${prefix}/`);
        })
      );
    }
    return request.sparse.some((pattern) => path.matchesGlob(relative, pattern.replace(/^\//, "")));
  };
  const prefixes = request.sparse.map((dir) => dir.replace(/^\/+|\/+$/g, ""));
  /** Cone mode enters only the listed directories and those leading to them. */
  const enters = (relative: string): boolean =>
    !request.cone ||
    prefixes.length === 0 ||
    prefixes.some((prefix) => `${prefix}/`.startsWith(`${relative}/`) || relative.startsWith(`${prefix}/`));
  let files = 0;
  // Walked by hand so node_modules and .git are never entered.
  const walk = (relativeDir: string): void => {
    for (const entry of readdirSync(path.join(root, relativeDir), { withFileTypes: true })) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && entry.name !== ".git" && entry.name !== "node_modules") {
        if (enters(relative)) walk(relative);
      } else if (entry.isFile() && wanted(relative)) {
        cpSync(path.join(root, relative), path.join(request.target, relative));
        files += 1;
      }
    }
  };
  walk("");
  call.output.write(`${files} files`);
  return { ok: true, outputs: { ref: version, commit } };
}
