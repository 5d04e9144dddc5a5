/**
 * Jest runs TypeScript ESM through @swc/jest (fast, no type check: `tsc --noEmit` does that).
 * Real servers are started by the tests themselves, so a long default timeout.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript" }, target: "es2023" },
        module: { type: "es6" },
      },
    ],
  },
  testMatch: ["<rootDir>/{actions,packages,test,scripts}/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  testTimeout: 120000,
  maxWorkers: 2,
};
