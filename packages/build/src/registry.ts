import type { NameOf } from "@platform/action-kit";
import { DOCKER_HUB, GHCR, isRegistryHost, isRepositoryComponent, MAX_NAME_LENGTH } from "@platform/oci";
import { type BuildField, buildFieldError } from "./fields.ts";

type RegistryKind = "ecr" | "ghcr" | "dockerhub" | "host";

export interface RegistrySpec {
  kind: RegistryKind;
  /** Known up front except for ECR, whose host comes from GetAuthorizationToken. */
  host?: string;
}

/** `ecr`, `ghcr`, `dockerhub`, or a registry host such as `registry.example.com:5000`. */
export function parseRegistry(value: string): RegistrySpec {
  switch (value) {
    case "ecr":
      return { kind: "ecr" };
    case "ghcr":
      return { kind: "ghcr", host: GHCR };
    case "dockerhub":
      return { kind: "dockerhub", host: DOCKER_HUB };
  }
  if (isRegistryHost(value)) return { kind: "host", host: value.toLowerCase() };
  throw buildFieldError(
    "registry",
    value,
    "is not a known registry kind or a registry host (link-local and metadata addresses are refused)",
    "use ecr, ghcr, dockerhub or a host such as registry.example.com[:port] (no scheme, no path)",
  );
}

export interface ImageName {
  /** The host written in `image`, when a full name was given. */
  host?: string;
  path: string;
}

/** `dev-backend`, `team/app` or a full name such as `registry.example.com/team/app`; no tag. */
export function parseImage(value: string): ImageName {
  const fix = (nameOf: NameOf<BuildField>): string =>
    `give a repository such as dev-backend or team/app, without tag or digest (tags go in "${nameOf("tags")}")`;
  if (value.length > MAX_NAME_LENGTH) {
    throw buildFieldError(
      "image",
      value,
      `is ${value.length} characters long`,
      (nameOf) => `${fix(nameOf)}; at most ${MAX_NAME_LENGTH}`,
    );
  }
  if (value.includes("@") || /:[^/]*$/.test(value.replace(/^[^/]*\//, ""))) {
    throw buildFieldError("image", value, "carries a tag or digest", fix);
  }
  const parts = value.split("/");
  const first = parts[0] ?? "";
  const hasHost = parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  const pathParts = hasHost ? parts.slice(1) : parts;
  if (pathParts.length === 0 || !pathParts.every(isRepositoryComponent)) {
    throw buildFieldError(
      "image",
      value,
      "is not a valid repository name",
      (nameOf) => `${fix(nameOf)}; lower-case letters, digits, . _ - and /`,
    );
  }
  if (hasHost && !isRegistryHost(first)) throw buildFieldError("image", value, "starts with an invalid host", fix);
  return hasHost ? { host: first.toLowerCase(), path: pathParts.join("/") } : { path: pathParts.join("/") };
}

/**
 * The repository to push to, `host/path`. ghcr and Docker Hub need a namespace: a bare
 * name goes under the repository owner (ghcr) or the user name (Docker Hub).
 */
export function repositoryFor(
  spec: RegistrySpec,
  registryHost: string,
  image: ImageName,
  context: { owner: string; username?: string },
): string {
  if (image.host && image.host !== registryHost) {
    throw buildFieldError(
      "image",
      `${image.host}/${image.path}`,
      (nameOf) =>
        `names the host ${image.host} but ${nameOf("registry")} "${spec.kind === "host" ? registryHost : spec.kind}" logs in to ${registryHost}`,
      "give the image without host, or the host of the registry",
    );
  }
  let path = image.path;
  if (!path.includes("/")) {
    if (spec.kind === "ghcr") path = `${context.owner.toLowerCase()}/${path}`;
    if (spec.kind === "dockerhub" && context.username) path = `${context.username.toLowerCase()}/${path}`;
  }
  return `${registryHost}/${path}`;
}
