/** Input and output names of __NAME__, in one place (action.yml is the contract). */
export const Inputs = {
  Greeting: "greeting",
} as const;

export const Outputs = {
  Message: "message",
} as const;
