/**
 * The job's OIDC token, from @actions/core. A subpath module (`@platform/action-kit/oidc`):
 * @actions/core's index brings its HTTP client and undici (~1 MB, 240 KB gzipped), which only
 * the actions that ask for a token should carry in their dist, and load only when they ask.
 */
export async function getIDToken(audience?: string): Promise<string> {
  const { getIDToken } = await import("@actions/core");
  return getIDToken(audience);
}
