import { registerHooks } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import semanticReleaseManifest from "semantic-release/package.json" with { type: "json" };
import githubManifest from "../../../node_modules/@semantic-release/github/package.json" with { type: "json" };

/**
 * Three things code inside the ESM bundle expects from Node and does not get. All are set up
 * only when running as the bundle, and this module must be imported before semantic-release.
 *
 * 1. semantic-release and @semantic-release/github read their own package.json at load time with
 * `createRequire(import.meta.url)("./package.json")` (and "../package.json",
 * "../../package.json"). ncc does not rewrite those calls, so inside the bundle they would look
 * next to dist/index.js and fail with "Cannot find module" (or read the wrong file). This hook
 * answers exactly those requests, made from this bundle's own directory, with the manifests
 * embedded at build time.
 */
const manifests: Record<string, unknown> = {
  "./package.json": semanticReleaseManifest,
  "../package.json": githubManifest,
  "../../package.json": githubManifest,
};
const scheme = "platform-bundled-manifest:";
const ownDirectory = path.dirname(fileURLToPath(import.meta.url));
// From source (tests, tools) Node finds the real package.json files; only the bundle needs this.
const bundled = !import.meta.url.endsWith("/bundle-shims.ts");

/**
 * 3. The bundle has no TypeScript compiler (typescript-stand-in.ts replaces it): cosmiconfig's
 * TypeScript loader writes the config's source unchanged to `<file>.<uuid>.mjs` and imports
 * it; Node strips its types, as it does for the file config.ts imports itself.
 */
const strippedCopy = /\.[cm]?ts\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.mjs$/;

if (bundled)
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (
        Object.hasOwn(manifests, specifier) &&
        parent?.startsWith("file:") &&
        path.dirname(fileURLToPath(parent)) === ownDirectory
      ) {
        return { url: `${scheme}${specifier}`, format: "json", shortCircuit: true };
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (url.startsWith(scheme)) {
        const manifest = manifests[url.slice(scheme.length)];
        return { format: "json", source: JSON.stringify(manifest), shortCircuit: true };
      }
      // 3. below: the copy of a release.config.ts that cosmiconfig writes and imports.
      if (strippedCopy.test(url)) return { ...nextLoad(url, context), format: "module-typescript" };
      return nextLoad(url, context);
    },
  });

/**
 * 2. semantic-release reads the release file itself with cosmiconfig, whose fallback for
 * release.config.{js,cjs,mjs} (import-fresh) and TypeScript loader refer to the CommonJS free
 * variables `__filename`/`__dirname`, which an ESM bundle does not have: "ReferenceError:
 * __filename is not defined". As globals they name the bundle, which is what ncc's CommonJS
 * output would give them.
 */
if (bundled) {
  const globals = globalThis as { __filename?: string; __dirname?: string };
  globals.__filename ??= fileURLToPath(import.meta.url);
  globals.__dirname ??= ownDirectory;
}
