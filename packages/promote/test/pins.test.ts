import { describe, expect, it } from "@jest/globals";
import { applyEdits, memorySnapshot } from "@platform/gitops";
import { type EnvironmentConfig, readPins, targetEdits } from "../src/index.ts";

const D1 = `sha256:${"1".repeat(64)}`;
const D2 = `sha256:${"2".repeat(64)}`;

const env = (overrides: Partial<EnvironmentConfig>): EnvironmentConfig => ({
  name: "production",
  from: "staging",
  overlay: undefined,
  values: undefined,
  images: new Map([
    ["api", "r.example/prod/api"],
    ["web", "r.example/prod/web"],
  ]),
  aws: undefined,
  mode: "push",
  requireReason: false,
  minSoakMs: 0,
  minSoak: undefined,
  platforms: [],
  ...overrides,
});

describe("pins and edits", () => {
  it("reads a kustomize overlay: digest, tag, newName; a name-only entry pins nothing", async () => {
    const snapshot = memorySnapshot({
      "o/kustomization.yaml": `images:\n  - name: api\n    newName: r.example/stg/api\n    newTag: "1.2"\n    digest: ${D1}\n  - name: web\n`,
    });
    const pins = await readPins(snapshot, env({ overlay: "o" }), "cfg");
    expect(pins.get("api")).toEqual({
      image: "api",
      file: "o/kustomization.yaml",
      repository: "r.example/stg/api",
      tag: "1.2",
      digest: D1,
    });
    expect(pins.get("web")).toEqual({ image: "web", file: "o/kustomization.yaml" });
  });

  it("reads Helm values per image through {name} paths, and a repo@digest value", async () => {
    const snapshot = memorySnapshot({
      "values.yaml": `images:\n  api: { digest: "${D1}", tag: "1.0" }\n  web: { digest: "r.example/old/web@${D2}" }\n`,
    });
    const target = env({ values: { file: "values.yaml", digest: "images.{name}.digest", tag: "images.{name}.tag" } });
    const pins = await readPins(snapshot, target, "cfg");
    expect(pins.get("api")).toMatchObject({ digest: D1, tag: "1.0", repository: "r.example/prod/api" });
    expect(pins.get("web")).toMatchObject({ digest: D2, repository: "r.example/old/web" });
  });

  it("writes kustomize images with newName always, and values as strings, in one request", async () => {
    const planned = [
      {
        name: "api",
        from: "a",
        to: "r.example/prod/api",
        digest: D2,
        version: "2.0.0",
        lineage: "current" as const,
        changed: true,
      },
      {
        name: "web",
        from: "a",
        to: "r.example/prod/web",
        digest: D1,
        version: undefined,
        lineage: "rollback" as const,
        changed: true,
      },
    ];
    const overlay = memorySnapshot({ "o/kustomization.yaml": "images:\n  - name: api\n    newTag: old\n" });
    const [kustomize] = await applyEdits(targetEdits(env({ overlay: "o" }), planned), overlay);
    expect(kustomize?.after).toBe(
      `images:\n  - name: api\n    newTag: 2.0.0\n    newName: r.example/prod/api\n    digest: ${D2}\n  - name: web\n    newName: r.example/prod/web\n    digest: ${D1}\n`,
    );
    const values = memorySnapshot({
      "v.yaml": "images:\n  api: { digest: '', tag: '' }\n  web: { digest: '', tag: '' }\n",
    });
    const target = env({ values: { file: "v.yaml", digest: "images.{name}.digest", tag: "images.{name}.tag" } });
    const [helm] = await applyEdits(targetEdits(target, planned), values);
    expect(helm?.after).toBe(
      `images:\n  api: { digest: '${D2}', tag: '2.0.0' }\n  web: { digest: '${D1}', tag: '' }\n`,
    );
  });
});
