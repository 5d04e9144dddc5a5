/**
 * Reads the claims of a JWT without verifying it: only to tell the user which `sub` and `aud`
 * a trust policy refused. The token itself (and its signature) is never shown.
 */
function decodeJwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof claims === "object" && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function describeTokenSubject(token: string): string {
  const claims = decodeJwtClaims(token);
  if (claims === undefined) return "an undecodable token";
  const aud = Array.isArray(claims.aud) ? claims.aud.join(",") : String(claims.aud);
  return `sub ${JSON.stringify(String(claims.sub))} aud ${JSON.stringify(aud)}`;
}
