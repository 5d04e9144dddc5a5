import { describe, expect, it } from "@jest/globals";
import { failureDetail } from "../src/git.ts";

describe("failureDetail", () => {
  it.each([
    [
      "a push a hook refused: the rejected ref, not the closing line",
      "remote: v1 is protected\nremote: error: hook declined to update refs/tags/v1\nTo http://127.0.0.1/o/r.git\n ! [remote rejected] v1 -> v1 (hook declined)\nerror: failed to push some refs to 'http://127.0.0.1/o/r.git'\n",
      "! [remote rejected] v1 -> v1 (hook declined)",
    ],
    [
      "two rejected refs",
      " ! [rejected]        v1 -> v1 (already exists)\n ! [remote rejected] v1.0 -> v1.0 (hook declined)\nerror: failed to push some refs\n",
      "! [rejected]        v1 -> v1 (already exists); ! [remote rejected] v1.0 -> v1.0 (hook declined)",
    ],
    ["any other failure: the last line", "warning: x\nfatal: not a git repository\n\n", "fatal: not a git repository"],
    ["no stderr: the exit code", "", "exit code 128"],
  ])("%s", (_case, stderr, detail) => {
    expect(failureDetail({ exitCode: 128, stderr })).toBe(detail);
  });
});
