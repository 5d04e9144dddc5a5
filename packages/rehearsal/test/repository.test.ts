import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "@jest/globals";
import { SUITE_DIR } from "../src/index.ts";
import { loadWorkflow } from "../src/load.ts";

// Every workflow this repository ships loads as the rehearsal would run it: GitHub's parser
// and schema, the called workflows expanded, the output references checked.
const files = [".github/workflows", "workflows"].flatMap((dir) =>
  existsSync(path.join(SUITE_DIR, dir))
    ? readdirSync(path.join(SUITE_DIR, dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => `${dir}/${name}`)
    : [],
);

describe("this repository's workflows", () => {
  it("finds some", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)("%s loads with GitHub's parser and passes the rehearsal's checks", async (file) => {
    const workflow = await loadWorkflow(
      {
        root: SUITE_DIR,
        file,
        ref: `org/platform/${file}@refs/heads/main`,
        repository: "org/platform",
        sha: "0".repeat(40),
      },
      { name: "platform", dir: SUITE_DIR },
    );
    expect(workflow.template.jobs.length).toBeGreaterThan(0);
  });
});
