import { chmod, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { commitFiles, createBareRepo, fileAt, git, headOf, logOf } from "../../../test/harness/git.ts";
import { runBundledAction } from "../../../test/harness/run-action.ts";
import { corpusFiles, DIGEST_A, serviceOverlays } from "./helpers.ts";

type Bare = Awaited<ReturnType<typeof createBareRepo>>;

describe("update-overlay (bundled, git mode against a real bare remote)", () => {
  let repo: Bare;
  beforeAll(async () => {
    repo = await createBareRepo({ files: { ...corpusFiles(), ...serviceOverlays(8) } });
  });
  afterAll(async () => repo.cleanup());

  it("pins an image in place, commits with trailers and pushes", async () => {
    const workspace = await repo.workDir();
    const before = await headOf(repo.bareDir, "main");
    const result = await runBundledAction("update-overlay", {
      workspace,
      inputs: {
        overlay: "apps/web/overlays/dev",
        images: `ghcr.io/octo-org/web:1.4.0@${DIGEST_A}`,
        set: "charts/web/values.yaml:image.tag=1.4.0",
        branch: "main",
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.changed).toBe("true");
    expect(JSON.parse(result.outputs.files ?? "")).toEqual([
      "apps/web/overlays/dev/kustomization.yaml",
      "charts/web/values.yaml",
    ]);
    const head = await headOf(repo.bareDir, "main");
    expect(result.outputs.commit).toBe(head);
    expect((await git(repo.bareDir, ["rev-parse", `${head}^`])).trim()).toBe(before);
    const message = await git(repo.bareDir, ["log", "-1", "--format=%B", head]);
    expect(message.split("\n")[0]).toBe(
      `chore(deploy): update ghcr.io/octo-org/web:1.4.0@${DIGEST_A}, charts/web/values.yaml:image.tag=1.4.0 in apps/web/overlays/dev`,
    );
    expect(message).toContain(`Image: ghcr.io/octo-org/web@${DIGEST_A}`);
    expect(message).toContain("Run: https://github.com/octo-org/app/actions/runs/4242");
    const overlay = await fileAt(repo.bareDir, "main", "apps/web/overlays/dev/kustomization.yaml");
    expect(overlay).toContain("  newTag: 1.4.0 # updated by update-overlay\n");
    expect(overlay).toContain(`  digest: ${DIGEST_A}\n`);
    expect(result.outputs.diff).toContain("+  newTag: 1.4.0 # updated by update-overlay");
    expect(result.summary).toContain("+  newTag: 1.4.0 # updated by update-overlay");
    expect(result.summary).toContain(`/octo-org/app/commit/${head}`);
    expect((await git(repo.bareDir, ["log", "-1", "--format=%an <%ae>", head])).trim()).toBe(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
    );
    // The checkout itself is left alone: its branch and files are the user's.
    expect((await git(workspace, ["status", "--porcelain"])).trim()).toBe("");
  });

  it("works in the checkout named by path, inside the workspace", async () => {
    const clone = await repo.workDir();
    const result = await runBundledAction("update-overlay", {
      workspace: path.dirname(clone),
      inputs: { path: path.basename(clone), overlay: "apps/worker/overlays/prod", replicas: "worker=5" },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.changed).toBe("true");
    expect(await fileAt(repo.bareDir, "main", "apps/worker/overlays/prod/kustomization.yml")).toContain("  count: 5\n");
  });

  it("changes nothing when the values are already there", async () => {
    const before = await headOf(repo.bareDir, "main");
    const result = await runBundledAction("update-overlay", {
      workspace: await repo.workDir(),
      inputs: { overlay: "apps/web/overlays/staging", images: "nginx:1.25.3", replicas: "web=2" },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.changed).toBe("false");
    expect(result.outputs.files).toBe("[]");
    expect(await headOf(repo.bareDir, "main")).toBe(before);
  });

  it("replaces a ConfigMap's file in its | block from a JSON-string value, only the changed line differs", async () => {
    const conf = String.raw`server {\n  listen 8080;\n  location / {\n    proxy_pass http://127.0.0.1:5000;\n  }\n}\n`;
    const result = await runBundledAction("update-overlay", {
      workspace: await repo.workDir(),
      inputs: { set: `config/nginx.yaml:data."default.conf"="${conf}"` },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.changed).toBe("true");
    const text = await fileAt(repo.bareDir, "main", "config/nginx.yaml");
    expect(text).toContain("  default.conf: |\n    server {\n      listen 8080;\n");
    expect(text).toContain("        proxy_pass http://127.0.0.1:5000;\n");
    expect(result.outputs.diff?.split("\n").filter((line) => /^[-+] /.test(line))).toEqual([
      "-        proxy_pass http://127.0.0.1:3000;",
      "+        proxy_pass http://127.0.0.1:5000;",
    ]);
  });

  it("dry-run prints the diff and writes nothing", async () => {
    const before = await headOf(repo.bareDir, "main");
    const result = await runBundledAction("update-overlay", {
      workspace: await repo.workDir(),
      inputs: { overlay: "apps/web/overlays/staging", replicas: "web=9", "dry-run": "true" },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.changed).toBe("true");
    expect(result.outputs.diff).toContain("-    count: 2\n+    count: 9");
    expect(result.log).toContain("+    count: 9");
    expect(await headOf(repo.bareDir, "main")).toBe(before);
  });

  it("eight runs at once, each bumping a different service: all eight commits land", async () => {
    const before = await headOf(repo.bareDir, "main");
    const workspaces = await Promise.all(Array.from({ length: 8 }, () => repo.workDir()));
    const results = await Promise.all(
      workspaces.map((workspace, i) =>
        runBundledAction("update-overlay", {
          workspace,
          inputs: { overlay: `apps/svc-${i}/overlays/prod`, images: `ghcr.io/octo-org/svc-${i}:2.0.${i}` },
        }),
      ),
    );
    for (const result of results) {
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
    }
    const subjects = await logOf(repo.bareDir, `${before}..main`);
    expect(subjects).toHaveLength(8);
    for (let i = 0; i < 8; i++) {
      const text = await fileAt(repo.bareDir, "main", `apps/svc-${i}/overlays/prod/kustomization.yaml`);
      expect(text).toContain(`  newTag: 2.0.${i} # bumped by CI\n`);
      expect(subjects).toContain(
        `chore(deploy): update ghcr.io/octo-org/svc-${i}:2.0.${i} in apps/svc-${i}/overlays/prod`,
      );
    }
    // Linear history: every commit has exactly one parent (no merges), nothing was forced.
    const parents = await git(repo.bareDir, ["rev-list", "--min-parents=2", `${before}..main`]);
    expect(parents.trim()).toBe("");
  });
});

describe("update-overlay: bad input leaves the repository untouched", () => {
  let repo: Bare;
  let workspace: string;
  beforeAll(async () => {
    repo = await createBareRepo({ files: corpusFiles() });
    workspace = await repo.workDir();
    // A link inside the repository that leads out of it.
    await symlink("../../../../etc", path.join(workspace, "charts", "escape"));
    await symlink("../charts/web", path.join(workspace, "config", "web-chart"));
    await commitFiles(workspace, {}, "chore: links", { push: true });
  });
  afterAll(async () => repo.cleanup());

  const cases: [string, Record<string, string>, RegExp][] = [
    [
      "a missing overlay",
      { overlay: "apps/nope/overlays/dev", images: "web:1.0.0" },
      /^Input "overlay": "apps\/nope\/overlays\/dev" does not exist/,
    ],
    [
      "an overlay without kustomization",
      { overlay: "charts/web", images: "web:1.0.0" },
      /^Input "overlay": "charts\/web" holds no kustomization/,
    ],
    [
      "a missing set file",
      { set: "charts/nope.yaml:image.tag=1" },
      /^Input "set": "charts\/nope.yaml:image.tag=1" names charts\/nope.yaml, which is not a file/,
    ],
    [
      "an unknown key",
      { set: "charts/web/values.yaml:image.tga=1.2.3" },
      /^Input "set": .*image.tga does not exist \(a typo\? set allow-create: true/,
    ],
    [
      "a malformed tag",
      { overlay: "apps/web/overlays/dev", images: "ghcr.io/octo-org/web:1.0;rm" },
      /^Input "images": "ghcr.io\/octo-org\/web:1.0;rm" has a malformed tag/,
    ],
    [
      "a malformed digest",
      { overlay: "apps/web/overlays/dev", images: "nginx@sha256:123" },
      /^Input "images": "nginx@sha256:123" has a malformed digest/,
    ],
    [
      "an image name with YAML in it",
      { overlay: "apps/web/overlays/dev", images: "nginx: {a: b}:1.0" },
      /^Input "images": .* malformed/,
    ],
    [
      "a YAML line smuggled as an image",
      { overlay: "apps/web/overlays/dev", images: "nginx:1.0\nnewName: evil" },
      /^Input "images": "newName: evil"/,
    ],
    [
      "a negative replica count",
      { overlay: "apps/web/overlays/dev", replicas: "web=-1" },
      /^Input "replicas": "web=-1" is not name=count/,
    ],
    [
      "a replica count that is not a number",
      { overlay: "apps/web/overlays/dev", replicas: "web=3 # x" },
      /^Input "replicas"/,
    ],
    [
      "a path with ..",
      { set: "../../etc/passwd:root=x" },
      /^Input "set": "..\/..\/etc\/passwd:root=x" leads outside the repository/,
    ],
    ["an absolute path", { set: "/etc/passwd:root=x" }, /^Input "set": "\/etc\/passwd:root=x" is an absolute path/],
    [
      "a symlink leading outside",
      { set: "charts/escape/passwd:root=x" },
      /^Input "set": .* leads outside the repository/,
    ],
    [
      "a mapping where a value is expected",
      { set: "charts/web/values.yaml:image=nginx" },
      /is a mapping, not a single value/,
    ],
    [
      "a number key set to text",
      { set: "charts/web/values.yaml:replicaCount=many" },
      /replicaCount is a number, and "many" is not/,
    ],
    [
      "an ambiguous multi-document file",
      { set: "config/app-version.yaml:data.VERSION=1" },
      /holds 3 documents; pick one|holds 2 documents; pick one/,
    ],
    [
      "a bad commit-via",
      { "commit-via": "svn", set: "charts/web/values.yaml:image.tag=1.2.3" },
      /^Input "commit-via": "svn" is not a known value/,
    ],
    [
      "a branch that would be a refspec",
      { branch: "main:refs/heads/evil", set: "charts/web/values.yaml:image.tag=1.2.3" },
      /^Input "branch": "main:refs\/heads\/evil" is not a valid branch name/,
    ],
    [
      "a branch that does not exist",
      { branch: "nope", set: "charts/web/values.yaml:image.tag=1.2.3" },
      /^Input "branch": "nope" does not exist/,
    ],
    [
      "a path outside the workspace",
      { path: "../elsewhere", set: "charts/web/values.yaml:image.tag=1.2.3" },
      /^Input "path": "..\/elsewhere" leads outside/,
    ],
    [
      "a path that is not a checkout",
      { path: "charts", set: "charts/web/values.yaml:image.tag=1.2.3" },
      /^Input "path": ".*charts" is not the top of a git checkout/,
    ],
    [
      "one good and one bad edit",
      { set: "charts/web/values.yaml:image.tag=9.9.9\ncharts/web/values.yaml:image.nope=1" },
      /image.nope does not exist/,
    ],
  ];

  it.each(cases)("refuses %s", async (_name, inputs, error) => {
    const before = await headOf(repo.bareDir, "main");
    const branches = await git(repo.bareDir, ["for-each-ref", "--format=%(refname)"]);
    const result = await runBundledAction("update-overlay", { workspace, inputs });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(error);
    expect(await headOf(repo.bareDir, "main")).toBe(before);
    expect(await git(repo.bareDir, ["for-each-ref", "--format=%(refname)"])).toBe(branches);
    expect((await git(workspace, ["status", "--porcelain"])).trim()).toBe("");
  });

  it("refuses at once, in one line, when the remote declines the push (a protected branch)", async () => {
    const guarded = await createBareRepo({ files: corpusFiles() });
    try {
      const hook = path.join(guarded.bareDir, "hooks", "pre-receive");
      await writeFile(hook, '#!/bin/sh\necho "main is protected" >&2\nexit 1\n');
      await chmod(hook, 0o755);
      const before = await headOf(guarded.bareDir, "main");
      const result = await runBundledAction("update-overlay", {
        workspace: await guarded.workDir(),
        inputs: { set: "charts/web/values.yaml:image.tag=9.9.9" },
      });
      expect(result.exitCode).not.toBe(0);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(
        /^Input "branch": "main" refused the commit and did not move \(\[remote rejected\] \(pre-receive hook declined\); remote: main is protected\); give the token/,
      );
      expect(result.log).not.toContain("re-applying on the new head");
      expect(await headOf(guarded.bareDir, "main")).toBe(before);
    } finally {
      await guarded.cleanup();
    }
  });

  it("names the file line of a file that is not valid YAML", async () => {
    const broken = await createBareRepo({ files: { ...corpusFiles(), "charts/broken.yaml": "a: 1\nb: c: d\n" } });
    try {
      const result = await runBundledAction("update-overlay", {
        workspace: await broken.workDir(),
        inputs: { set: "charts/broken.yaml:a=2" },
      });
      expect(result.exitCode).not.toBe(0);
      expect(result.errors).toEqual([
        expect.stringMatching(
          /^Input "set": "charts\/broken.yaml:a=2" cannot be applied: charts\/broken.yaml is not valid YAML at line 2: /,
        ),
      ]);
    } finally {
      await broken.cleanup();
    }
  });

  it("follows a symlink that stays inside the repository", async () => {
    const result = await runBundledAction("update-overlay", {
      workspace,
      inputs: { set: "config/web-chart/values.yaml:image.tag=1.3.1", "dry-run": "true" },
    });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.outputs.files ?? "")).toEqual(["charts/web/values.yaml"]);
  });
});
