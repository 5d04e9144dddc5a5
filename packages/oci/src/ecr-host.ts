/**
 * Amazon ECR private registry hosts: the one rule every action uses to decide that a registry
 * is ECR (and so gets its login from GetAuthorizationToken). The forms are those AWS documents
 * for docker clients:
 * - `<account>.dkr.ecr.<region>.amazonaws.com` (and `.amazonaws.com.cn` in the China regions);
 * - FIPS: `<account>.dkr.ecr-fips.<region>.amazonaws.com`;
 * - dual-stack (IPv6): `<account>.dkr-ecr[-fips].<region>.on.aws`, and
 *   `.on.amazonwebservices.com.cn` in China.
 */
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

const ECR_HOST =
  /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-z0-9-]+)\.(amazonaws\.com|amazonaws\.com\.cn|on\.aws|on\.amazonwebservices\.com\.cn)$/;

interface EcrHost {
  accountId: string;
  region: string;
  fips: boolean;
}

/** A region code such as `eu-central-1`, `cn-north-1`, `us-gov-west-1` (its shape, not a list). */
export function isAwsRegion(region: string): boolean {
  return AWS_REGION.test(region);
}

/** An ECR registry host (a `:port` is allowed and ignored) -> its account and region; else undefined. */
export function parseEcrHost(host: string): EcrHost | undefined {
  const match = ECR_HOST.exec(host.toLowerCase().replace(/:\d+$/, ""));
  const [, accountId, fips, region, domain] = match ?? [];
  if (!accountId || !region || !domain || !isAwsRegion(region)) return undefined;
  // The China partition's hosts name China regions only, and the others never do.
  if (domain.endsWith(".cn") !== region.startsWith("cn-")) return undefined;
  return { accountId, region, fips: fips !== undefined };
}

export function isEcrHost(host: string): boolean {
  return parseEcrHost(host) !== undefined;
}
