// The drift issue logic, a subpath of its own so actions that only need the client do not bundle
// it. Plain logic only: the Octokit-backed port is exported by the package's index, so this
// subpath does not bring Octokit into a bundle's start (drift-report loads it when filing issues).
export * from "./drift-issues.ts";
