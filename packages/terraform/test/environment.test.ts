import { describe, expect, it } from "@jest/globals";
import { terraformEnvironment } from "../src/environment.ts";

describe("terraformEnvironment", () => {
  it("keeps the runner's variables and the OIDC request, drops the step's inputs, never prompts", () => {
    const env = terraformEnvironment({
      PATH: "/bin",
      INPUT_GITHUB_TOKEN: "ghs_secret",
      ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.example",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "request-token",
    });
    expect(env).toEqual({
      PATH: "/bin",
      ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.example",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "request-token",
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
    });
  });
});
