// The policy lives beside the suite's other child-environment policies in @platform/process.
export { confineEnvironment, keptForRelease, releaseEnvironment } from "@platform/process";
