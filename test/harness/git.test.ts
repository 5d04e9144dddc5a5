import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { type BareRepo, cloneRepo, commitFiles, createBareRepo, fileAt, git, headOf, logOf, pushFiles } from "./git.ts";

describe("git harness", () => {
  let repo: BareRepo;

  beforeAll(async () => {
    repo = await createBareRepo({
      files: { "README.md": "# app\n", "deploy/dev/kustomization.yaml": "images: []\n" },
      message: "chore: seed",
    });
  });
  afterAll(async () => {
    await repo.cleanup();
  });

  it("seeds a bare repository with one commit on main", async () => {
    expect(repo.url).toMatch(/^file:\/\/\/.*remote\.git$/);
    expect(await headOf(repo.bareDir, "main")).toBe(repo.initialCommit);
    expect(await fileAt(repo.bareDir, "main", "deploy/dev/kustomization.yaml")).toBe("images: []\n");
    expect(await logOf(repo.bareDir, "main")).toEqual(["chore: seed"]);
    expect((await git(repo.bareDir, ["symbolic-ref", "HEAD"])).trim()).toBe("refs/heads/main");
  });

  it("gives fresh clones that commit and push with a fixed identity", async () => {
    const work = await repo.workDir();
    expect(readFileSync(path.join(work, "README.md"), "utf8")).toBe("# app\n");
    const sha = await commitFiles(work, { "README.md": null, "src/a.txt": "a\n" }, "feat: a", { push: true });
    expect(await headOf(repo.bareDir, "main")).toBe(sha);
    expect(await fileAt(repo.bareDir, sha, "src/a.txt")).toBe("a\n");
    await expect(fileAt(repo.bareDir, sha, "README.md")).rejects.toThrow(/README\.md/);
    const author = await git(repo.bareDir, ["log", "-1", "--format=%an <%ae> %aI", sha]);
    expect(author.trim()).toBe("Harness Author <author@example.test> 2026-01-01T00:00:00+00:00");
    const other = await repo.workDir();
    expect(other).not.toBe(work);
    expect(existsSync(path.join(other, "src/a.txt"))).toBe(true);
  });

  it("pushes a concurrent commit the way another writer would", async () => {
    const work = await cloneRepo(repo.url);
    const before = await headOf(repo.bareDir, "main");
    const theirs = await pushFiles(repo.url, "main", { "other.txt": "theirs\n" }, "chore: someone else");
    expect(await headOf(repo.bareDir, "main")).toBe(theirs);
    expect((await git(repo.bareDir, ["rev-parse", `${theirs}^`])).trim()).toBe(before);
    // Our stale clone is now behind: a plain push is refused, as in a real race.
    await commitFiles(work, { "mine.txt": "mine\n" }, "chore: mine");
    await expect(git(work, ["push", "origin", "HEAD"])).rejects.toThrow(/rejected|fetch first/);
  });

  it("throws one line with git's stderr on failure", async () => {
    await expect(headOf(repo.bareDir, "no-such-branch")).rejects.toThrow(
      /^git rev-parse --verify refs\/heads\/no-such-branch\^\{commit\} exited with code 128: .*/,
    );
  });

  it("seeds another branch name and an empty first commit", async () => {
    const other = await createBareRepo({ branch: "trunk" });
    try {
      expect(await headOf(other.bareDir, "trunk")).toBe(other.initialCommit);
      expect(await git(other.bareDir, ["ls-tree", "-r", "--name-only", "trunk"])).toBe("");
    } finally {
      await other.cleanup();
    }
    expect(existsSync(other.bareDir)).toBe(false);
  });
});
