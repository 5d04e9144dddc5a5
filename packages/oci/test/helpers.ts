import { memoryLogger } from "@platform/action-kit";
import {
  type CopyPlanRequest,
  type CopyResult,
  chainResolvers,
  copyImage,
  explicitCredentials,
  parseReference,
  RegistryClient,
  type RetryPolicy,
} from "@platform/oci";
import type { TestRegistry } from "../../../test/harness/registry.ts";

/** Fast backoff so fault tests do not wait long (Retry-After is still honoured). */
export const FAST_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 20, maxDelayMs: 200, maxTotalDelayMs: 10_000 };

/** A client that knows every given registry's credentials, under its own host or an alias (a proxy). */
export function clientFor(
  registries: (TestRegistry | { host: string; username: string; password: string })[],
  options: { retry?: RetryPolicy } = {},
): RegistryClient & { logger: ReturnType<typeof memoryLogger> } {
  const logger = memoryLogger();
  const client = new RegistryClient({
    credentials: chainResolvers(
      ...registries.filter((r) => r.username).map((r) => explicitCredentials(r.username, r.password, [r.host])),
    ),
    logger,
    retry: options.retry ?? FAST_RETRY,
  });
  return Object.assign(client, { logger });
}

export async function copy(
  client: RegistryClient,
  source: string,
  targets: string[],
  options: Partial<Omit<CopyPlanRequest, "source" | "targets">> = {},
): Promise<CopyResult> {
  return copyImage(
    {
      source: parseReference(source),
      targets: targets.map((t) => parseReference(t, { defaultTag: false })),
      referrers: options.referrers ?? true,
      overwrite: options.overwrite ?? false,
      dryRun: options.dryRun ?? false,
      concurrency: options.concurrency ?? 4,
    },
    { client, logger: memoryLogger() },
  );
}

/** Raw manifest bytes straight from the registry (no client of ours involved). */
export async function rawManifest(registry: TestRegistry, repository: string, reference: string): Promise<number> {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${reference}`, {
    method: "HEAD",
    headers: { ...(await authHeader(registry, repository)), accept: "application/vnd.oci.image.index.v1+json" },
  });
  return response.status;
}

async function authHeader(registry: TestRegistry, repository: string): Promise<Record<string, string>> {
  if (registry.auth === "anonymous") return {};
  const basic = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString("base64")}`;
  if (registry.auth === "basic") return { authorization: basic };
  const service = registry.tokenService;
  if (!service) return {};
  const response = await fetch(`${service.realm}?service=${service.service}&scope=repository:${repository}:pull`, {
    headers: { authorization: basic },
  });
  const { token } = (await response.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}
