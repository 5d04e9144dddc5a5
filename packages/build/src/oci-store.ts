import type { Logger } from "@platform/action-kit";
import { explicitCredentials, RegistryClient } from "@platform/oci";
import type { ManifestStore } from "./legacy.ts";

/** A ManifestStore over @platform/oci's registry client, with this step's login for `host` only. */
export function ociManifestStore(
  host: string,
  login: { username: string; password: string } | undefined,
  options: { logger: Logger; mask: (secret: string) => void },
): ManifestStore {
  const client = new RegistryClient({
    ...(login ? { credentials: explicitCredentials(login.username, login.password, [host]) } : {}),
    logger: options.logger,
    mask: options.mask,
  });
  return {
    async getManifest(repository, reference) {
      const manifest = await client.getManifest({ registry: host, repository }, reference);
      return { bytes: manifest.bytes, mediaType: manifest.mediaType };
    },
    async putManifest(repository, reference, bytes, mediaType) {
      await client.putManifest({ registry: host, repository }, reference, Buffer.from(bytes), mediaType);
    },
  };
}
