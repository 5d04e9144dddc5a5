import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FakeContext } from "./context.ts";
import { FakeRepository } from "./repository.ts";
import { API_PREFIX, FakeServer, type FaultOptions, type RecordedRequest, type RecordedResponse } from "./server.ts";
import { World } from "./state.ts";

export type { FileChange } from "./repository.ts";
export { FakeRepository } from "./repository.ts";
export type { FaultOptions, RecordedRequest, RecordedResponse } from "./server.ts";
export type * from "./state.ts";

export interface GitHubFake {
  /** GITHUB_API_URL: `${serverUrl}/api/v3`, shaped like GitHub Enterprise Server's. */
  apiUrl: string;
  /** GITHUB_GRAPHQL_URL: `${serverUrl}/api/graphql` (what Octokit derives from apiUrl); `${apiUrl}/graphql` works too. */
  graphqlUrl: string;
  /** GITHUB_SERVER_URL: git smart HTTP at `${serverUrl}/<owner>/<repo>.git`, html_urls below it. */
  serverUrl: string;
  /** A token with write access, acting as `github-actions[bot]`. */
  token: string;
  addToken(token: string, options?: { login?: string; readOnly?: boolean }): void;
  createRepository(
    fullName: string,
    options?: { defaultBranch?: string; files?: Record<string, string>; private?: boolean },
  ): Promise<FakeRepository>;
  repository(fullName: string): FakeRepository;
  /** Every request: REST paths are relative to apiUrl (/repos/o/r/issues), GraphQL is /graphql, git is /o/r.git/... */
  requests: RecordedRequest[];
  /** Every REST response with its OpenAPI route template, for contract validation. */
  responses: RecordedResponse[];
  /**
   * The next `times` (default 1) requests whose `${METHOD} ${path}` matches get `status` with
   * GitHub's error body; a 429 is a secondary rate limit (GitHub's message, `retry-after: 1`)
   * unless `options` says otherwise.
   */
  failNext(match: RegExp, status: number, times?: number, options?: FaultOptions): void;
  /** The REST routes served, as `METHOD /openapi/template`. */
  routes(): string[];
  stop(): Promise<void>;
}

export interface StartGitHubFakeOptions {
  /**
   * Keep the repositories (bare, at `<root>/<owner>/<name>.git`) in this directory and leave
   * them on stop(), for a person to explore afterwards (the sandbox's --workdir). A temp dir otherwise.
   */
  root?: string;
}

export async function startGitHubFake(options: StartGitHubFakeOptions = {}): Promise<GitHubFake> {
  const keep = options.root !== undefined;
  const root = options.root ?? (await mkdtemp(path.join(os.tmpdir(), "github-fake-")));
  if (keep) await mkdir(root, { recursive: true });
  const context: FakeContext = { world: new World("", ""), repositories: new Map() };
  const server = new FakeServer(context, root);
  const port = await server.listen();
  const serverUrl = `http://127.0.0.1:${port}`;
  const apiUrl = `${serverUrl}${API_PREFIX}`;
  context.world.serverUrl = serverUrl;
  context.world.apiUrl = apiUrl;
  context.world.user("github-actions[bot]");

  const addToken = (value: string, options: { login?: string; readOnly?: boolean } = {}): void => {
    const login = options.login ?? "github-actions[bot]";
    context.world.user(login);
    server.tokens.set(value, { login, readOnly: options.readOnly ?? false, remaining: 5000 });
  };
  const token = `ghs_${randomBytes(18).toString("hex")}`;
  addToken(token);

  return {
    apiUrl,
    graphqlUrl: `${serverUrl}/api/graphql`,
    serverUrl,
    token,
    addToken,
    async createRepository(fullName, options = {}) {
      if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(fullName)) {
        throw new Error(`Repository name must be owner/name, got ${JSON.stringify(fullName)}`);
      }
      if (context.repositories.has(fullName.toLowerCase())) throw new Error(`Repository ${fullName} already exists`);
      const [owner = ""] = fullName.split("/");
      await mkdir(path.join(root, owner), { recursive: true });
      const repository = new FakeRepository(context.world, fullName, path.join(root, `${fullName}.git`), {
        defaultBranch: options.defaultBranch ?? "main",
        private: options.private ?? false,
      });
      await repository.init(options.files ?? {});
      context.repositories.set(fullName.toLowerCase(), repository);
      return repository;
    },
    repository(fullName) {
      const repository = context.repositories.get(fullName.toLowerCase());
      if (!repository) throw new Error(`No repository ${fullName} in the GitHub fake`);
      return repository;
    },
    requests: server.requests,
    responses: server.responses,
    failNext(match, status, times = 1, options = {}) {
      server.faults.push({ match, status, times, ...options });
    },
    routes: () => server.router.routes.map((r) => `${r.method} ${r.template}`),
    async stop() {
      await server.close();
      if (!keep) await rm(root, { recursive: true, force: true });
    },
  };
}
