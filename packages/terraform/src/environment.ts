// The policy lives beside the suite's other child-environment policies in @platform/process.
export { terraformEnvironment } from "@platform/process";
