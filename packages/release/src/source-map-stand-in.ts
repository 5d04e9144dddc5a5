/**
 * Stands in for `source-map` inside the release bundle (aliased in scripts/tsconfig.bundle.json).
 *
 * Handlebars (the release notes' templates) requires it only to build source maps of compiled
 * templates, and carries its own minimal SourceNode for when the library is absent, which is
 * what it uses when this module exports none (handlebars/dist/cjs/handlebars/compiler/code-gen.js).
 * 99 KB of source map consumer and generator that every job downloads for nothing.
 */
export {};
