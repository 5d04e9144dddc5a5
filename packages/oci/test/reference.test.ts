import { describe, expect, it } from "@jest/globals";
import {
  formatReference,
  InvalidReferenceError,
  isImageName,
  isRegistryHost,
  isRepositoryComponent,
  isTag,
  parseReference,
  registryEndpoint,
} from "@platform/oci";

const DIGEST = `sha256:${"a".repeat(64)}`;

describe("parseReference (docker normalisation)", () => {
  it.each([
    ["nginx", "docker.io/library/nginx:latest"],
    ["nginx:1.27", "docker.io/library/nginx:1.27"],
    ["library/nginx", "docker.io/library/nginx:latest"],
    ["bitnami/redis:7", "docker.io/bitnami/redis:7"],
    ["docker.io/nginx", "docker.io/library/nginx:latest"],
    ["index.docker.io/library/nginx:1", "docker.io/library/nginx:1"],
    ["registry-1.docker.io/org/app:v1", "docker.io/org/app:v1"],
    ["ghcr.io/org/app:v1.2.3", "ghcr.io/org/app:v1.2.3"],
    [`ghcr.io/org/app@${DIGEST}`, `ghcr.io/org/app@${DIGEST}`],
    [`ghcr.io/org/app:v1@${DIGEST}`, `ghcr.io/org/app:v1@${DIGEST}`],
    ["localhost/app", "localhost/app:latest"],
    ["localhost:5000/team/app:tag_1", "localhost:5000/team/app:tag_1"],
    ["127.0.0.1:5000/a/b/c:x", "127.0.0.1:5000/a/b/c:x"],
    [
      "123456789012.dkr.ecr.eu-central-1.amazonaws.com/dev-backend:v1",
      "123456789012.dkr.ecr.eu-central-1.amazonaws.com/dev-backend:v1",
    ],
    ["Example.com/app", "Example.com/app:latest"],
    ["my-registry/app", "docker.io/my-registry/app:latest"],
    ["a__b/c.d-e:T.9", "docker.io/a__b/c.d-e:T.9"],
  ])("%s -> %s", (input, expected) => {
    expect(formatReference(parseReference(input))).toBe(expected);
  });

  it.each([
    ["", /empty/],
    ["Nginx", /repository name/],
    ["app:", /tag/],
    ["app:-bad", /tag/],
    [`app:${"x".repeat(129)}`, /tag/],
    ["app@sha256:abc", /sha256 digest/],
    [`app@sha256:${"A".repeat(64)}`, /sha256 digest/],
    ["app@nodigest", /digest/],
    ["host:port/app", /registry host/],
    ["ghcr.io/org//app", /repository name/],
    ["ghcr.io/org/app_", /repository name/],
    ["ghcr.io/Org/app", /repository name/],
    [`ghcr.io/${"a".repeat(250)}`, /255/],
  ])("refuses %j", (input, message) => {
    expect(() => parseReference(input)).toThrow(InvalidReferenceError);
    expect(() => parseReference(input)).toThrow(message);
  });

  it("leaves the tag empty for a target when asked", () => {
    expect(parseReference("ghcr.io/org/app", { defaultTag: false })).toEqual({
      registry: "ghcr.io",
      repository: "org/app",
    });
    expect(parseReference("ghcr.io/org/app:v1", { defaultTag: false }).tag).toBe("v1");
  });

  it.each([
    ["docker.io", "https://registry-1.docker.io"],
    ["ghcr.io", "https://ghcr.io"],
    ["127.0.0.1:5000", "http://127.0.0.1:5000"],
    ["localhost:5000", "http://localhost:5000"],
    ["[::1]:5000", "http://[::1]:5000"],
    ["registry.example.com:8443", "https://registry.example.com:8443"],
  ])("endpoint of %s is %s", (registry, endpoint) => {
    expect(registryEndpoint(registry)).toBe(endpoint);
  });
});

/** The grammar build-push-oidc, update-overlay and the copy engine share (one home: this package). */
describe("name, tag and host rules", () => {
  it.each([
    ["v1.2.3", true],
    ["_x", true],
    ["a".repeat(128), true],
    ["a".repeat(129), false],
    [".x", false],
    ["-x", false],
    ["a:b", false],
    ["", false],
  ])("isTag(%j) -> %j", (value, expected) => {
    expect(isTag(value)).toBe(expected);
  });

  it.each([
    ["app", true],
    ["a.b-c/d_e/f__g/h---i", true],
    ["[::1]:5000/app", true],
    ["registry.example.com:5000/team/app", true],
    ["app_", false],
    ["-app", false],
    ["App", false],
    ["ghcr.io/app:tag", false],
    [`a/${"b".repeat(260)}`, false],
  ])("isImageName(%j) -> %j", (value, expected) => {
    expect(isImageName(value)).toBe(expected);
  });

  it.each([
    ["ghcr.io", true],
    ["localhost", true],
    ["localhost:5000", true],
    ["registry:5000", true],
    ["[::1]:5000", true],
    ["registry", false],
    ["https://ghcr.io", false],
    ["ghcr.io/path", false],
    ["ghcr.io:123456", false],
  ])("isRegistryHost(%j) -> %j", (value, expected) => {
    expect(isRegistryHost(value)).toBe(expected);
  });

  it("path components", () => {
    expect(isRepositoryComponent("a__b")).toBe(true);
    expect(isRepositoryComponent("a/b")).toBe(false);
  });
});
