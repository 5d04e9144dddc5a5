import { FieldError, type Logger } from "@platform/action-kit";
import { type GitHubClient, httpStatus } from "@platform/github";

/**
 * What readConfigFile may refuse, in this package's terms (a FieldError's `field`): the promote
 * action maps them to its inputs.
 */
export type ConfigFileField = "config" | "configRef" | "token";

function split(repository: string): { owner: string; repo: string } {
  const [owner = "", repo = ""] = repository.split("/");
  return { owner, repo };
}

/**
 * The configuration file from the application repository through the API: at `ref`, or at
 * the default branch, never at the dispatched ref (a branch must not weaken its own gates).
 */
export async function readConfigFile(
  client: GitHubClient,
  repository: string,
  file: string,
  ref: string | undefined,
): Promise<{ text: string; ref: string }> {
  const where = split(repository);
  try {
    // Without a ref the contents API answers from the default branch: its name (for messages)
    // is read at the same time, one round trip instead of two.
    const [at, { data }] = await Promise.all([
      ref ?? client.rest.repos.get(where).then((answer) => answer.data.default_branch),
      client.rest.repos.getContent({ ...where, path: file, ...(ref ? { ref } : {}) }),
    ]);
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) {
      throw new FieldError<ConfigFileField>(
        "config",
        `${JSON.stringify(file)} at ${at} of ${repository} is not a file; name the configuration file.`,
      );
    }
    const text = Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
    return { text, ref: at };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404) {
      throw new FieldError<ConfigFileField>(
        "config",
        (nameOf) =>
          `${JSON.stringify(file)} does not exist at ${ref ?? "the default branch"} of ${repository}; commit it there (see schema/platform.schema.json) or set ${nameOf("configRef")}.`,
      );
    }
    if (status === 401 || status === 403) {
      throw new FieldError<ConfigFileField>(
        "token",
        `cannot read ${file} of ${repository} (HTTP ${status}); give the job contents: read.`,
      );
    }
    throw error;
  }
}

/**
 * Who approved `environment` for this workflow run (GET /repos/{o}/{r}/actions/runs/{id}/approvals),
 * in the order they approved. A token without actions: read gets none, with a warning.
 */
export async function approversOf(
  client: GitHubClient,
  repository: string,
  runId: number,
  environment: string,
  logger: Logger,
): Promise<string[]> {
  if (!Number.isFinite(runId) || runId <= 0) return [];
  try {
    const { data } = await client.rest.actions.getReviewsForRun({ ...split(repository), run_id: runId });
    const logins = data
      .filter((review) => review.state === "approved" && review.environments.some((e) => e.name === environment))
      .map((review) => review.user.login);
    return [...new Set(logins)];
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
      logger.warning(`Could not read the run's approvals (HTTP ${status}): no Approved-By trailer.`);
      return [];
    }
    throw error;
  }
}

const FINAL = new Set(["success", "failure", "error", "inactive"]);

/**
 * The deployment GitHub created for this job's `environment:` (same environment and commit,
 * not yet finished), read while the images are copied; undefined when the job runs in no
 * environment (there is no such deployment) or the token may not read deployments (a warning).
 */
export async function findOpenDeployment(options: {
  client: GitHubClient;
  repository: string;
  environment: string;
  sha: string;
  logger: Logger;
}): Promise<number | undefined> {
  const where = split(options.repository);
  const { client, logger } = options;
  try {
    const { data: deployments } = await client.rest.repos.listDeployments({
      ...where,
      environment: options.environment,
      sha: options.sha,
      per_page: 10,
    });
    for (const deployment of deployments) {
      const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
        ...where,
        deployment_id: deployment.id,
        per_page: 1,
      });
      if (!(statuses[0] && FINAL.has(statuses[0].state))) return deployment.id;
    }
    logger.info(`No open deployment of ${options.environment} for ${options.sha.slice(0, 12)}: no deployment status.`);
    return undefined;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
      logger.warning(`Could not read the deployments (HTTP ${status}): give the job deployments: write.`);
      return undefined;
    }
    throw error;
  }
}

/** The deployment found by findOpenDeployment gets a status naming what was pinned. */
export async function reportDeployment(options: {
  client: GitHubClient;
  repository: string;
  environment: string;
  deployment: number | undefined;
  state: "success" | "failure";
  description: string;
  logUrl: string | undefined;
  logger: Logger;
}): Promise<number | undefined> {
  const { client, logger, deployment } = options;
  if (deployment === undefined) return undefined;
  try {
    await client.rest.repos.createDeploymentStatus({
      ...split(options.repository),
      deployment_id: deployment,
      state: options.state,
      description: options.description.slice(0, 140),
      ...(options.logUrl ? { log_url: options.logUrl } : {}),
      environment: options.environment,
    });
    logger.info(`Deployment ${deployment} (${options.environment}): ${options.state}, ${options.description}`);
    return deployment;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
      logger.warning(`Could not write the deployment status (HTTP ${status}): give the job deployments: write.`);
      return undefined;
    }
    throw error;
  }
}
