import { readdirSync } from "node:fs";
import path from "node:path";
import { type FakeRepository, type GitHubFake, startGitHubFake } from "../../../test/fakes/github/index.ts";
import { git } from "../../../test/harness/git.ts";
import { pushTestImage, type TestImage } from "../../../test/harness/images.ts";
import { startRegistry, type TestRegistry } from "../../../test/harness/registry.ts";
import { type ActionResult, runBundledAction } from "../../../test/harness/run-action.ts";

/**
 * One application and its GitOps repository on the GitHub fake, two real registries (dev, and
 * the one staging and production run from) with the same user, and the bundled action.
 */
export interface Shared {
  github: GitHubFake;
  dev: TestRegistry;
  prod: TestRegistry;
}

const USER = "platform";
const PASSWORD = `pw-${process.pid}-${Date.now().toString(36)}`;

export async function startShared(): Promise<Shared> {
  const [github, dev, prod] = await Promise.all([
    startGitHubFake(),
    startRegistry({ auth: "basic", username: USER, password: PASSWORD }),
    startRegistry({ auth: "basic", username: USER, password: PASSWORD }),
  ]);
  github.addToken("ghs_alice_approver", { login: "alice" });
  return { github, dev, prod };
}

export async function stopShared(shared: Shared | undefined): Promise<void> {
  await Promise.all([shared?.github.stop(), shared?.dev.stop(), shared?.prod.stop()]);
}

let counter = 0;

export interface World {
  shared: Shared;
  app: FakeRepository;
  gitops: FakeRepository;
  /** Repositories: dev/<n>/hello, <n>/staging/hello, <n>/production/hello (and worker). */
  repo: (env: "dev" | "staging" | "production", image?: string) => string;
  /** Replaces .github/platform.yml on the application's default branch. */
  setConfig: (text: string) => Promise<void>;
  /** Pins an image in the dev overlay (a commit of the GitOps repository, dated `date`). */
  pin: (
    env: "dev" | "staging",
    image: string,
    digest: string,
    options?: { tag?: string; date?: string },
  ) => Promise<string>;
  push: (
    image: string,
    version: string,
    options?: { platforms?: string[]; signature?: boolean; sbomReferrer?: boolean },
  ) => Promise<TestImage>;
  promote: (inputs: Record<string, string>, env?: Record<string, string>) => Promise<ActionResult>;
}

export function configText(
  world: Pick<World, "gitops" | "repo">,
  extra: { production?: string; freeze?: string; staging?: string } = {},
): string {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/org/platform/v1/schema/platform.schema.json
version: 1
gitops: { repository: ${world.gitops.fullName}, branch: main }
images:
  hello: {}
  worker: {}
environments:
  dev:
    overlay: apps/hello/overlays/dev
    images: { hello: ${world.repo("dev")}, worker: ${world.repo("dev", "worker")} }
  staging:
    from: dev
    overlay: apps/hello/overlays/staging
    images: { hello: ${world.repo("staging")}, worker: ${world.repo("staging", "worker")} }
${extra.staging ?? ""}
  production:
    from: staging
    values: { file: charts/hello/values-production.yaml, digest: image.digest, tag: image.tag, repository: image.repository }
    images: { hello: ${world.repo("production")} }
    require-reason: true
    platforms: [linux/amd64, linux/arm64]
${extra.production ?? ""}
${extra.freeze ?? ""}
`;
}

function kustomization(images: { name: string; newName?: string; newTag?: string; digest?: string }[]): string {
  const lines = [
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    "resources:",
    "  - ../../base",
    "images:",
  ];
  for (const image of images) {
    lines.push(`  - name: ${image.name}`);
    if (image.newName) lines.push(`    newName: ${image.newName}`);
    if (image.newTag) lines.push(`    newTag: "${image.newTag}"`);
    if (image.digest) lines.push(`    digest: ${image.digest}`);
  }
  return `${lines.join("\n")}\n`;
}

export async function createWorld(shared: Shared): Promise<World> {
  const n = ++counter;
  const repo = (env: "dev" | "staging" | "production", image = "hello"): string =>
    env === "dev" ? `${shared.dev.host}/w${n}/dev/${image}` : `${shared.prod.host}/w${n}/${env}/${image}`;
  const gitops = await shared.github.createRepository(`octo-org/gitops-${n}`, {
    files: {
      "apps/hello/base/kustomization.yaml": "resources: [deployment.yaml]\n",
      "apps/hello/overlays/dev/kustomization.yaml": kustomization([{ name: "hello" }, { name: "worker" }]),
      "apps/hello/overlays/staging/kustomization.yaml": kustomization([{ name: "hello" }, { name: "worker" }]),
      "charts/hello/values-production.yaml":
        '# production values\nreplicaCount: 3\nimage:\n  repository: registry.invalid/hello\n  tag: ""\n  digest: ""\n',
    },
  });
  const app = await shared.github.createRepository(`octo-org/app-${n}`, { files: { "README.md": "# app\n" } });
  const partial = { gitops, repo };
  const pinned = new Map<string, Map<string, { digest: string; tag?: string }>>();
  const world: World = {
    shared,
    app,
    gitops,
    repo,
    setConfig: async (text) => {
      await app.commitFiles({
        branch: "main",
        message: "chore: platform.yml",
        changes: [{ path: ".github/platform.yml", content: Buffer.from(text), mode: "100644" }],
      });
    },
    pin: async (env, image, digest, options = {}) => {
      const images = pinned.get(env) ?? new Map();
      pinned.set(env, images);
      images.set(image, { digest, ...(options.tag ? { tag: options.tag } : {}) });
      const entries = ["hello", "worker"].map((name) => {
        const pin = images.get(name);
        return pin ? { name, newName: repo(env, name), newTag: pin.tag, digest: pin.digest || undefined } : { name };
      });
      const date = options.date ?? new Date().toISOString();
      const who = { name: "dev-bot", email: "dev-bot@example.com", date };
      return gitops.commitFiles({
        branch: "main",
        message: `chore(${env}): pin ${image}`,
        changes: [
          {
            path: `apps/hello/overlays/${env}/kustomization.yaml`,
            content: Buffer.from(kustomization(entries)),
            mode: "100644",
          },
        ],
        author: who,
        committer: who,
      });
    },
    push: (image, version, options = {}) =>
      pushTestImage(shared.dev, `${repo("dev", image).slice(shared.dev.host.length + 1)}:${version}`, {
        layers: 1,
        layerSize: 4096,
        platforms: options.platforms ?? ["linux/amd64", "linux/arm64"],
        labels: { "org.opencontainers.image.version": version },
        ...(options.signature ? { signature: true } : {}),
        ...(options.sbomReferrer ? { sbomReferrer: true } : {}),
      }),
    promote: (inputs, env = {}) =>
      runBundledAction("promote", {
        inputs: { username: USER, password: PASSWORD, "github-token": shared.github.token, ...inputs },
        env: {
          GITHUB_API_URL: shared.github.apiUrl,
          GITHUB_GRAPHQL_URL: shared.github.graphqlUrl,
          GITHUB_SERVER_URL: shared.github.serverUrl,
          GITHUB_REPOSITORY: app.fullName,
          GITHUB_REPOSITORY_OWNER: "octo-org",
          ...env,
        },
      }),
  };
  await world.setConfig(configText(partial));
  return world;
}

/** Every file of the registries' storage and every ref of the GitOps repository: "nothing written" is this staying equal. */
export async function writableState(world: World): Promise<string> {
  const files = (dir: string): string[] => {
    try {
      return readdirSync(dir, { recursive: true }).map(String).sort();
    } catch {
      return [];
    }
  };
  const refs = await git(world.gitops.bareDir, ["for-each-ref", "--format=%(refname) %(objectname)"]);
  return JSON.stringify({
    prod: files(path.join(world.shared.prod.dataDir, "docker/registry/v2")),
    refs,
    pulls: world.gitops.pulls.length,
    statuses: world.app.counters.deploymentStatusesCreated,
  });
}

/** `git interpret-trailers --parse` of a commit's message, as key -> values. */
export async function trailersOf(world: World, commit: string): Promise<Record<string, string[]>> {
  const message = await git(world.gitops.bareDir, ["log", "-1", "--format=%B", commit]);
  const parsed = await git(world.gitops.bareDir, ["interpret-trailers", "--parse"], { input: message });
  const trailers: Record<string, string[]> = {};
  for (const line of parsed.split("\n").filter(Boolean)) {
    const at = line.indexOf(": ");
    const key = line.slice(0, at);
    trailers[key] = [...(trailers[key] ?? []), line.slice(at + 2)];
  }
  return trailers;
}
