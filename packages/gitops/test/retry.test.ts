import { describe, expect, it } from "@jest/globals";
import { memoryLogger } from "@platform/action-kit";
import { commitWithRetry, type FileChange, memorySnapshot, type Transport } from "../src/index.ts";

/** A remote whose branch another writer moves `races` times before our commit gets through. */
function racingRemote(races: number) {
  let head = "h0";
  let moved = 0;
  const commits: { parent: string; changes: FileChange[] }[] = [];
  const transport: Transport = {
    head: async () => head,
    snapshot: async (commit) => memorySnapshot({ "v.yaml": `tag: ${commit}\n` }, commit),
    commit: async ({ parent, changes }) => {
      if (moved < races) {
        moved++;
        head = `h${moved}`;
        return { status: "stale", detail: "fetch first" };
      }
      if (parent !== head) return { status: "stale", detail: "moved" };
      commits.push({ parent, changes });
      head = `ours-${commits.length}`;
      return { status: "committed", commit: head };
    },
  };
  return { transport, commits };
}

const edit = async (snapshot: Awaited<ReturnType<Transport["snapshot"]>>): Promise<FileChange[]> => [
  { path: "v.yaml", mode: "100644", before: `tag: ${snapshot.commit}\n`, after: `tag: new-on-${snapshot.commit}\n` },
];

describe("commitWithRetry", () => {
  it("re-applies the edits on each new head until the commit lands, sleeping with jitter", async () => {
    const remote = racingRemote(3);
    const sleeps: number[] = [];
    const logger = memoryLogger();
    const outcome = await commitWithRetry({
      transport: remote.transport,
      branch: "main",
      edit,
      message: "m",
      logger,
      retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    });
    expect(outcome).toMatchObject({ changed: true, commit: "ours-1", parent: "h3", attempts: 4 });
    // The landed commit holds the edit computed on the head it was committed onto.
    expect(remote.commits).toEqual([
      { parent: "h3", changes: [expect.objectContaining({ after: "tag: new-on-h3\n" })] },
    ]);
    expect(sleeps).toEqual([150, 300, 600]);
    expect(logger.lines.filter((line) => line.includes("re-applying on the new head"))).toHaveLength(3);
  });

  it("starts from a known head without fetching; a stale one is a lost race, fetched on the next attempt", async () => {
    const remote = racingRemote(0);
    let fetches = 0;
    const transport: Transport = {
      ...remote.transport,
      head: async (branch) => {
        fetches++;
        return remote.transport.head(branch);
      },
    };
    const fresh = await commitWithRetry({
      transport,
      branch: "main",
      edit,
      message: "m",
      logger: memoryLogger(),
      knownHead: "h0",
    });
    expect(fresh).toMatchObject({ commit: "ours-1", parent: "h0", attempts: 1 });
    expect(fetches).toBe(0);
    const stale = await commitWithRetry({
      transport,
      branch: "main",
      edit,
      message: "m",
      logger: memoryLogger(),
      knownHead: "h0",
      retry: { sleep: async () => {} },
    });
    expect(stale).toMatchObject({ commit: "ours-2", parent: "ours-1", attempts: 2 });
    // One fetch to see that the branch moved (not a rule refusing), one for the next attempt.
    expect(fetches).toBe(2);
  });

  it("with writeAfter, builds the commit meanwhile (prepare) and pushes only after it resolves", async () => {
    const remote = racingRemote(0);
    const events: string[] = [];
    const transport: Transport = {
      ...remote.transport,
      commit: async () => {
        throw new Error("commit is not called where the transport can prepare");
      },
      prepare: async (request) => {
        events.push(`prepared on ${request.parent}`);
        return {
          commit: "built",
          push: async () => {
            events.push("pushed");
            return remote.transport.commit(request);
          },
        };
      },
    };
    let release = (): void => {};
    const copied = new Promise<void>((resolve) => {
      release = resolve;
    });
    const landing = commitWithRetry({
      transport,
      branch: "main",
      edit,
      message: "m",
      logger: memoryLogger(),
      writeAfter: copied,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(["prepared on h0"]);
    expect(remote.commits).toEqual([]);
    release();
    expect(await landing).toMatchObject({ changed: true, commit: "ours-1", parent: "h0", attempts: 1 });
    expect(events).toEqual(["prepared on h0", "pushed"]);
  });

  it("with writeAfter rejecting, sends nothing and throws its reason; a transport without prepare commits after it", async () => {
    const remote = racingRemote(0);
    let pushes = 0;
    const preparing: Transport = {
      ...remote.transport,
      prepare: async (request) => ({
        commit: "built",
        push: async () => {
          pushes++;
          return remote.transport.commit(request);
        },
      }),
    };
    const failed = Promise.reject(new Error("copy of img3 failed"));
    await expect(
      commitWithRetry({
        transport: preparing,
        branch: "main",
        edit,
        message: "m",
        logger: memoryLogger(),
        writeAfter: failed,
      }),
    ).rejects.toThrow("copy of img3 failed");
    expect(pushes).toBe(0);
    // The API transport has no prepare: its whole commit (blobs, tree, ref) waits.
    let commits = 0;
    const api: Transport = {
      ...remote.transport,
      commit: async (request) => {
        commits++;
        return remote.transport.commit(request);
      },
    };
    await expect(
      commitWithRetry({
        transport: api,
        branch: "main",
        edit,
        message: "m",
        logger: memoryLogger(),
        writeAfter: failed,
      }),
    ).rejects.toThrow("copy of img3 failed");
    expect(commits).toBe(0);
    expect(remote.commits).toEqual([]);
    const landed = await commitWithRetry({
      transport: api,
      branch: "main",
      edit,
      message: "m",
      logger: memoryLogger(),
      writeAfter: Promise.resolve(),
    });
    expect(landed).toMatchObject({ changed: true, commit: "ours-1" });
    expect(commits).toBe(1);
  });

  it("gives up after the bounded number of attempts", async () => {
    const remote = racingRemote(100);
    await expect(
      commitWithRetry({
        transport: remote.transport,
        branch: "main",
        edit,
        message: "m",
        logger: memoryLogger(),
        retry: { attempts: 4, sleep: async () => {} },
      }),
    ).rejects.toThrow(/main kept moving: gave up after 4 attempts/);
    expect(remote.commits).toEqual([]);
  });

  it("does not commit when nothing changes, or in a dry run", async () => {
    const remote = racingRemote(0);
    const none = await commitWithRetry({
      transport: remote.transport,
      branch: "main",
      edit: async () => [],
      message: "m",
      logger: memoryLogger(),
    });
    expect(none).toMatchObject({ changed: false, commit: "h0" });
    const dry = await commitWithRetry({
      transport: remote.transport,
      branch: "main",
      edit,
      message: "m",
      logger: memoryLogger(),
      dryRun: true,
    });
    expect(dry).toMatchObject({ changed: true, commit: "h0" });
    expect(remote.commits).toEqual([]);
  });

  it("stops at once with one line when the branch refuses the commit but did not move", async () => {
    let commits = 0;
    const transport: Transport = {
      head: async () => "h0",
      snapshot: async (commit) => memorySnapshot({ "v.yaml": `tag: ${commit}\n` }, commit),
      commit: async () => {
        commits++;
        return { status: "stale", detail: "! [remote rejected] main (protected branch hook declined)" };
      },
    };
    await expect(
      commitWithRetry({
        transport,
        branch: "main",
        edit,
        message: "m",
        logger: memoryLogger(),
        retry: { sleep: async () => {} },
      }),
    ).rejects.toThrow(
      /^branch: "main" refused the commit and did not move \(! \[remote rejected\] main \(protected branch hook declined\)\); [^\n]+$/,
    );
    expect(commits).toBe(1);
  });

  it("refuses a branch that does not exist", async () => {
    const transport: Transport = {
      head: async () => undefined,
      snapshot: async () => memorySnapshot({}),
      commit: async () => ({ status: "committed", commit: "x" }),
    };
    await expect(
      commitWithRetry({ transport, branch: "nope", edit, message: "m", logger: memoryLogger() }),
    ).rejects.toThrow(/^branch: "nope" does not exist/);
  });
});
