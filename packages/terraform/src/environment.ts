import { childEnvironment, OIDC_REQUEST_VARIABLES } from "@platform/process";

/**
 * The environment terraform runs with: the runner's minus the step's inputs (the GitHub token
 * is one), never prompting. The OIDC request variables stay: providers' use_oidc reads them.
 */
export function terraformEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES }) };
}
