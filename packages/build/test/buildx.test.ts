import { describe, expect, it } from "@jest/globals";
import { type BuildxOptions, buildxArgs, digestFromMetadata } from "../src/buildx.ts";

const base: BuildxOptions = {
  context: "/w/app",
  file: "/w/app/Dockerfile",
  platforms: [
    { os: "linux", architecture: "amd64" },
    { os: "linux", architecture: "arm64" },
  ],
  buildArgs: [],
  labels: {},
  tags: ["r.example/app:v1"],
  repository: "r.example/team/app",
  push: true,
  cache: "none",
  provenance: false,
  sbom: false,
  metadataFile: "/t/metadata.json",
};

const head = ["buildx", "build", "--platform", "linux/amd64,linux/arm64", "--file", "/w/app/Dockerfile"];
const tail = (push: boolean) => [...(push ? ["--push"] : []), "--metadata-file", "/t/metadata.json", "/w/app"];
const attest = (provenance = false, sbom = false) => [`--provenance=${provenance}`, `--sbom=${sbom}`];

describe("buildxArgs: the command line for each input combination", () => {
  it.each<[string, Partial<BuildxOptions>, string[]]>([
    ["defaults", {}, [...head, "--tag", "r.example/app:v1", ...attest(), ...tail(true)]],
    ["push false", { push: false }, [...head, "--tag", "r.example/app:v1", ...attest(), ...tail(false)]],
    [
      "one platform with a variant",
      { platforms: [{ os: "linux", architecture: "arm", variant: "v7" }] },
      [
        "buildx",
        "build",
        "--platform",
        "linux/arm/v7",
        "--file",
        "/w/app/Dockerfile",
        "--tag",
        "r.example/app:v1",
        ...attest(),
        ...tail(true),
      ],
    ],
    [
      "target",
      { target: "runtime" },
      [...head, "--target", "runtime", "--tag", "r.example/app:v1", ...attest(), ...tail(true)],
    ],
    [
      "build args, in order, values kept verbatim",
      {
        buildArgs: [
          ["NODE_VERSION", "24"],
          ["GREETING", "a=b c"],
          ["EMPTY", ""],
        ],
      },
      [
        ...head,
        "--build-arg",
        "NODE_VERSION=24",
        "--build-arg",
        "GREETING=a=b c",
        "--build-arg",
        "EMPTY=",
        "--tag",
        "r.example/app:v1",
        ...attest(),
        ...tail(true),
      ],
    ],
    [
      "labels",
      { labels: { "org.opencontainers.image.revision": "abc", team: "core" } },
      [
        ...head,
        "--label",
        "org.opencontainers.image.revision=abc",
        "--label",
        "team=core",
        "--tag",
        "r.example/app:v1",
        ...attest(),
        ...tail(true),
      ],
    ],
    [
      "several tags",
      { tags: ["r.example/app:v1", "r.example/app:sha-0123456"] },
      [...head, "--tag", "r.example/app:v1", "--tag", "r.example/app:sha-0123456", ...attest(), ...tail(true)],
    ],
    [
      "registry cache: a buildcache tag with OCI media types for ECR",
      { cache: "registry" },
      [
        ...head,
        "--tag",
        "r.example/app:v1",
        "--cache-from",
        "type=registry,ref=r.example/team/app:buildcache",
        "--cache-to",
        "type=registry,ref=r.example/team/app:buildcache,mode=max,image-manifest=true,oci-mediatypes=true",
        ...attest(),
        ...tail(true),
      ],
    ],
    [
      "gha cache, scoped to the repository",
      { cache: "gha" },
      [
        ...head,
        "--tag",
        "r.example/app:v1",
        "--cache-from",
        "type=gha,scope=team/app",
        "--cache-to",
        "type=gha,scope=team/app,mode=max",
        ...attest(),
        ...tail(true),
      ],
    ],
    ["provenance", { provenance: true }, [...head, "--tag", "r.example/app:v1", ...attest(true, false), ...tail(true)]],
    ["sbom", { sbom: true }, [...head, "--tag", "r.example/app:v1", ...attest(false, true), ...tail(true)]],
    [
      "provenance and sbom",
      { provenance: true, sbom: true },
      [...head, "--tag", "r.example/app:v1", ...attest(true, true), ...tail(true)],
    ],
    [
      "another Dockerfile",
      { file: "/w/docker/prod.Dockerfile" },
      [
        "buildx",
        "build",
        "--platform",
        "linux/amd64,linux/arm64",
        "--file",
        "/w/docker/prod.Dockerfile",
        "--tag",
        "r.example/app:v1",
        ...attest(),
        ...tail(true),
      ],
    ],
    [
      "everything at once, registry cache without push",
      {
        target: "t",
        buildArgs: [["A", "1"]],
        labels: { l: "v" },
        push: false,
        cache: "registry",
        provenance: true,
        sbom: true,
      },
      [
        ...head,
        "--target",
        "t",
        "--build-arg",
        "A=1",
        "--label",
        "l=v",
        "--tag",
        "r.example/app:v1",
        "--cache-from",
        "type=registry,ref=r.example/team/app:buildcache",
        "--cache-to",
        "type=registry,ref=r.example/team/app:buildcache,mode=max,image-manifest=true,oci-mediatypes=true",
        ...attest(true, true),
        ...tail(false),
      ],
    ],
  ])("%s", (_, change, expected) => {
    expect(buildxArgs({ ...base, ...change })).toEqual(expected);
  });

  it("never passes a secret-looking flag: passwords are not part of a build", () => {
    const args = buildxArgs({ ...base, cache: "registry", provenance: true, sbom: true });
    expect(args.join(" ")).not.toMatch(/password|secret|token/i);
  });
});

describe("digestFromMetadata", () => {
  const digest = `sha256:${"a".repeat(64)}`;
  it("reads containerimage.digest", () => {
    expect(digestFromMetadata(JSON.stringify({ "containerimage.digest": digest, "image.name": "x" }))).toBe(digest);
  });
  it.each(["{}", '{"containerimage.digest":"sha256:short"}', "[]"])("fails on %s", (json) => {
    expect(() => digestFromMetadata(json)).toThrow(/no containerimage.digest/);
  });
});
