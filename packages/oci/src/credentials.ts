import { createNodeExec } from "@platform/process";
import { DOCKER_HUB_CONFIG_KEYS, dockerConfigDir, readDockerConfig } from "./docker-config.ts";
import { parseEcrHost } from "./ecr-host.ts";
import { DOCKER_HUB } from "./reference.ts";

/**
 * Credentials for one registry host. `identityToken` is an OAuth2 refresh token (docker
 * config `identitytoken`, or a credential helper's `<token>` user); `registryToken` is a
 * bearer token used as it is.
 */
export type Credential =
  | { kind: "basic"; username: string; password: string }
  | { kind: "identity-token"; identityToken: string }
  | { kind: "registry-token"; registryToken: string };

/** Answers credentials for a registry host, or undefined to let the next resolver try. */
export type CredentialResolver = (registry: string) => Promise<Credential | undefined>;

/** First match wins. */
export function chainResolvers(...resolvers: CredentialResolver[]): CredentialResolver {
  return async (registry) => {
    for (const resolver of resolvers) {
      const credential = await resolver(registry);
      if (credential) return credential;
    }
    return undefined;
  };
}

/** Explicit username/password, for the given hosts only (undefined hosts: any host). */
export function explicitCredentials(username: string, password: string, hosts?: readonly string[]): CredentialResolver {
  return async (registry) => (!hosts || hosts.includes(registry) ? { kind: "basic", username, password } : undefined);
}

/** ghcr.io with a GitHub token (any user name is accepted; the token decides). */
export function githubTokenCredentials(token: string): CredentialResolver {
  return async (registry) =>
    registry === "ghcr.io" ? { kind: "basic", username: "x-access-token", password: token } : undefined;
}

export interface EcrAuthorization {
  /** host[:port] of the registry (from the proxy endpoint). */
  registry: string;
  username: string;
  password: string;
}

/**
 * Amazon ECR hosts through GetAuthorizationToken (injected: `@platform/aws`). One call per
 * region, cached; `extraHosts` lets a stand-in registry (tests) be treated as ECR.
 */
export function ecrCredentials(
  authorize: (request: { region: string; registryIds: string[] }) => Promise<EcrAuthorization[]>,
  options: { extraHosts?: Record<string, { region: string; registryId: string }> } = {},
): CredentialResolver {
  const cache = new Map<string, Promise<EcrAuthorization[]>>();
  return async (registry) => {
    const host = parseEcrHost(registry);
    const extra = options.extraHosts?.[registry];
    const region = host?.region ?? extra?.region;
    const registryId = host?.accountId ?? extra?.registryId;
    if (!region || !registryId) return undefined;
    const key = `${region}/${registryId}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = authorize({ region, registryIds: [registryId] });
      cache.set(key, pending);
    }
    const answers = await pending;
    const found = answers.find((a) => a.registry === registry) ?? answers[0];
    return found ? { kind: "basic", username: found.username, password: found.password } : undefined;
  };
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }
  >;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

function configKeys(registry: string): string[] {
  const keys = registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEYS : [registry];
  return keys.flatMap((k) => [k, `https://${k}`, `http://${k}`, `https://${k}/v1/`, `https://${k}/v2/`]);
}

type HelperRunner = (helper: string, registry: string) => Promise<{ Username: string; Secret: string } | undefined>;

// A helper that waits for a keychain prompt must not hang the step.
const helperExec = createNodeExec({ timeoutMs: 30_000 });

/** `docker-credential-<helper> get`, the server URL on stdin; undefined when not installed or no entry. */
export const runCredentialHelper: HelperRunner = async (helper, registry) => {
  try {
    const result = await helperExec(`docker-credential-${helper}`, ["get"], { stdin: registry });
    return result.exitCode === 0 ? (JSON.parse(result.stdout) as { Username: string; Secret: string }) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The docker config `docker/login-action` and `amazon-ecr-login` leave behind: `DOCKER_CONFIG`
 * or `~/.docker/config.json`, with `credHelpers`, `auths` and `credsStore` in docker's order.
 */
export function dockerConfigCredentials(
  options: { env?: NodeJS.ProcessEnv; home?: string; helper?: HelperRunner; mask?: (secret: string) => void } = {},
): CredentialResolver {
  const dir = dockerConfigDir(options.env ?? process.env, options.home);
  let config: DockerConfig | undefined;
  const load = (): DockerConfig => {
    config ??= readDockerConfig(dir) as DockerConfig;
    return config;
  };
  const helper = options.helper ?? runCredentialHelper;
  const fromHelper = async (name: string, registry: string): Promise<Credential | undefined> => {
    for (const key of registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEYS : [registry, `https://${registry}`]) {
      const answer = await helper(name, key);
      if (answer?.Secret) {
        options.mask?.(answer.Secret);
        return answer.Username === "<token>"
          ? { kind: "identity-token", identityToken: answer.Secret }
          : { kind: "basic", username: answer.Username, password: answer.Secret };
      }
    }
    return undefined;
  };
  return async (registry) => {
    const cfg = load();
    const keys = configKeys(registry);
    const helperName = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean);
    if (helperName) return fromHelper(helperName, registry);
    for (const key of keys) {
      const entry = cfg.auths?.[key];
      if (!entry) continue;
      if (entry.identitytoken) {
        options.mask?.(entry.identitytoken);
        return { kind: "identity-token", identityToken: entry.identitytoken };
      }
      if (entry.registrytoken) {
        options.mask?.(entry.registrytoken);
        return { kind: "registry-token", registryToken: entry.registrytoken };
      }
      if (entry.auth) {
        const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
        const at = decoded.indexOf(":");
        if (at > 0) {
          options.mask?.(decoded.slice(at + 1));
          return { kind: "basic", username: decoded.slice(0, at), password: decoded.slice(at + 1) };
        }
      }
      if (entry.username && entry.password) {
        options.mask?.(entry.password);
        return { kind: "basic", username: entry.username, password: entry.password };
      }
    }
    if (cfg.credsStore) return fromHelper(cfg.credsStore, registry);
    return undefined;
  };
}
