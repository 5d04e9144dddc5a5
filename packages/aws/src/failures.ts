import { errorMessage, ServiceError } from "@platform/action-kit";

/** What the SDK attaches to a service's error answer. */
interface SdkErrorFields {
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number; attempts?: number };
  code?: unknown;
}

const THROTTLING = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded"]);

/**
 * An AWS call that failed on AWS's side or on the way there: a server fault (5xx), throttling
 * the retries did not outlast, or no answer at all. Not the user's mistake and not a bug in the
 * suite, so one line (a ServiceError); anything else is left to the caller (undefined).
 */
export function awsServiceFailure(error: unknown, what: string): ServiceError | undefined {
  if (!(error instanceof Error)) return undefined;
  const fields = error as Error & SdkErrorFields;
  const status = fields.$metadata?.httpStatusCode;
  const serverFault = fields.$fault === "server" || (status !== undefined && status >= 500);
  const throttled = THROTTLING.has(error.name) || status === 429;
  const noAnswer =
    status === undefined &&
    (error.name === "TimeoutError" || (typeof fields.code === "string" && /^E[A-Z]+$/.test(fields.code)));
  if (!serverFault && !throttled && !noAnswer) return undefined;
  const attempts = fields.$metadata?.attempts;
  const answer = status === undefined ? "no answer" : `HTTP ${status}`;
  return new ServiceError(
    `AWS ${what} failed (${error.name}: ${errorMessage(error)}; ${answer}${attempts ? `, after ${attempts} attempt${attempts === 1 ? "" : "s"}` : ""}); try again later, or check the AWS Health Dashboard.`,
    { cause: error },
  );
}
