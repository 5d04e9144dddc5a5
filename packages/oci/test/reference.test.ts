import { describe, expect, it } from "@jest/globals";
import { formatReference, InvalidReferenceError, parseReference, registryEndpoint } from "@platform/oci";

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
