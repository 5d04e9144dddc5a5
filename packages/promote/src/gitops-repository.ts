import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import {
  createGit,
  type Git,
  GitTransport,
  gitAuthConfig,
  type Snapshot,
  type Transport,
  unreadable,
} from "@platform/gitops";

/**
 * An empty repository in RUNNER_TEMP for the GitOps branch: one `git init`, started while the
 * configuration (which names the repository) is still being read. The remote is given by URL
 * to each fetch and push, so no `remote add` or `config` process is needed; promote works with
 * objects only (ls-tree, cat-file, fast-import), never a working tree.
 */
export async function createScratchRepository(runnerTemp: string, env: NodeJS.ProcessEnv): Promise<string> {
  mkdirSync(runnerTemp, { recursive: true });
  const dir = mkdtempSync(path.join(runnerTemp, "gitops-"));
  const result = await createGit(dir, env)(["init", "--quiet"]);
  if (result.exitCode !== 0) throw new Error(`git init failed: ${result.stderr.trim()}`);
  return dir;
}

export interface GitopsRepository {
  git: Git;
  transport: GitTransport;
  url: string;
  /** The remote's default branch (`git ls-remote --symref <url> HEAD`). */
  defaultBranch(): Promise<string>;
}

/**
 * The GitOps repository over git in `dir`. `history: false` fetches the branch tip only
 * (`--depth=1`): the gates need history only for a `digest` input (lineage) or `min-soak`.
 * The token reaches git as an extra header through GIT_CONFIG_* variables, on the commands
 * that talk to the remote only.
 */
export function openGitopsRepository(options: {
  dir: string;
  env: NodeJS.ProcessEnv;
  serverUrl: string;
  repository: string;
  token: string | undefined;
  history: boolean;
}): GitopsRepository {
  const server = options.serverUrl.replace(/\/+$/, "");
  const url = `${server}/${options.repository}.git`;
  const git = createGit(
    options.dir,
    options.env,
    options.token ? { config: gitAuthConfig(server, options.token) } : {},
  );
  return {
    git,
    url,
    transport: new GitTransport({
      git,
      spawnGit: git.spawn,
      remote: url,
      repository: options.repository,
      shallow: !options.history,
    }),
    defaultBranch: async () => {
      const result = await git(["ls-remote", "--symref", url, "HEAD"]);
      if (result.exitCode !== 0) throw unreadable(options.repository, result.stderr);
      const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(result.stdout);
      if (!match?.[1])
        throw new Error(`cannot read the default branch of ${options.repository}: ${result.stderr.trim()}`);
      return match[1];
    },
  };
}

/**
 * `transport` with `held` answering for its own commit: the landing starts from the head the
 * gates read, so it reuses their tree listing and `cat-file` process instead of starting both
 * again. The caller closes `held` when done; the landing's close of it does nothing.
 */
export function reusingSnapshot(transport: Transport, held: Snapshot): Transport {
  return {
    head: (branch) => transport.head(branch),
    snapshot: async (commit) =>
      commit === held.commit
        ? { commit: held.commit, entries: held.entries, readBlob: (oid) => held.readBlob(oid) }
        : transport.snapshot(commit),
    commit: (request) => transport.commit(request),
    ...(transport.prepare ? { prepare: transport.prepare.bind(transport) } : {}),
  };
}
