import { describe, expect, it } from "@jest/globals";
import {
  describeRollback,
  orderTagWrites,
  planRollback,
  type TagContent,
  type TagWrite,
  TagWriteError,
  tagName,
  writeTags,
} from "@platform/oci";

const content = (digest: string): TagContent => ({ digest, bytes: Buffer.from(digest), mediaType: "m" });

function write(target: number, where: string, kind: TagWrite["kind"], digest: string, previous?: string): TagWrite {
  const [registry = "", rest = ""] = where.split("/", 2);
  const [repository = "", tag = ""] = rest.split(":");
  return {
    target,
    repo: { registry, repository },
    tag,
    kind,
    content: content(digest),
    previous: previous ? content(previous) : undefined,
  };
}

const names = (writes: TagWrite[]): string[] => writes.map(tagName);

describe("orderTagWrites", () => {
  it("puts every target's attached tags before any target tag, each group in target order", () => {
    const writes = [
      write(1, "b/app:live", "target", "sha256:new", "sha256:old"),
      write(0, "a/app:live", "target", "sha256:new", "sha256:old"),
      write(1, "b/app:sha256-x.sig", "attached", "sha256:sig"),
      write(0, "a/app:sha256-x", "attached", "sha256:idx"),
      write(0, "a/app:sha256-x.sig", "attached", "sha256:sig"),
    ];
    expect(names(orderTagWrites(writes))).toEqual([
      "a/app:sha256-x",
      "a/app:sha256-x.sig",
      "b/app:sha256-x.sig",
      "a/app:live",
      "b/app:live",
    ]);
  });

  it("moves the tags that can be put back before it creates new ones", () => {
    const writes = [
      write(0, "a/app:v2", "target", "sha256:new"),
      write(1, "b/app:live", "target", "sha256:new", "sha256:old"),
      write(2, "c/app:v2", "target", "sha256:new"),
      write(3, "d/app:live", "target", "sha256:new", "sha256:old"),
    ];
    expect(names(orderTagWrites(writes))).toEqual(["b/app:live", "d/app:live", "a/app:v2", "c/app:v2"]);
  });

  it("writes a tag named twice once, and drops writes that change nothing", () => {
    const writes = [
      write(0, "a/app:v1", "target", "sha256:new"),
      write(0, "a/app:sha256-x", "attached", "sha256:idx"),
      write(1, "a/app:sha256-x", "attached", "sha256:idx"),
      write(1, "a/app:v2", "target", "sha256:new", "sha256:new"),
    ];
    expect(names(orderTagWrites(writes))).toEqual(["a/app:sha256-x", "a/app:v1"]);
  });
});

describe("planRollback", () => {
  it("restores tags that existed in reverse order and leaves the ones this run created", () => {
    const applied = [
      write(0, "a/app:sha256-x.sig", "attached", "sha256:sig"),
      write(0, "a/app:live", "target", "sha256:new", "sha256:old"),
      write(1, "b/app:v1", "target", "sha256:new"),
      write(1, "b/app:live", "target", "sha256:new", "sha256:older"),
    ];
    const plan = planRollback(applied);
    expect(names(plan.restore)).toEqual(["b/app:live", "a/app:live"]);
    expect(names(plan.left)).toEqual(["b/app:v1", "a/app:sha256-x.sig"]);
  });
});

describe("writeTags", () => {
  /** A registry of tags in memory; `refuse` names tags whose put fails. */
  function store(initial: Record<string, string>, refuse: Record<string, "before" | "after"> = {}) {
    const tags = new Map(Object.entries(initial));
    const calls: string[] = [];
    return {
      tags,
      calls,
      ops: {
        put: async (w: TagWrite) => {
          calls.push(`put ${tagName(w)}`);
          const mode = refuse[tagName(w)];
          // "after": the registry took the put but the answer was lost.
          if (mode === "after") tags.set(tagName(w), w.content.digest);
          if (mode) throw new Error(`refused ${tagName(w)}`);
          tags.set(tagName(w), w.content.digest);
        },
        restore: async (w: TagWrite) => {
          calls.push(`restore ${tagName(w)}`);
          if (refuse[`restore ${tagName(w)}`]) throw new Error("restore refused");
          if (w.previous) tags.set(tagName(w), w.previous.digest);
        },
        probe: async (w: TagWrite) => tags.get(tagName(w)),
      },
    };
  }

  it("writes every tag in order when nothing fails", async () => {
    const s = store({ "a/app:live": "sha256:old" });
    await writeTags(
      [write(0, "a/app:live", "target", "sha256:new", "sha256:old"), write(1, "b/app:live", "target", "sha256:new")],
      s.ops,
    );
    expect(Object.fromEntries(s.tags)).toEqual({ "a/app:live": "sha256:new", "b/app:live": "sha256:new" });
    expect(s.calls).toEqual(["put a/app:live", "put b/app:live"]);
  });

  it("puts moved tags back and reports new ones when a later write fails", async () => {
    const s = store({ "a/app:live": "sha256:old", "c/app:live": "sha256:c-old" }, { "c/app:live": "before" });
    const writes = [
      write(0, "a/app:live", "target", "sha256:new", "sha256:old"),
      write(1, "b/app:v1", "target", "sha256:new"),
      write(2, "c/app:live", "target", "sha256:new", "sha256:c-old"),
    ];
    const failure = await writeTags(writes, s.ops).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TagWriteError);
    if (!(failure instanceof TagWriteError)) return;
    expect(tagName(failure.write)).toBe("c/app:live");
    expect(failure.message).toContain("refused c/app:live");
    expect(Object.fromEntries(s.tags)).toEqual({
      "a/app:live": "sha256:old",
      "b/app:v1": "sha256:new",
      "c/app:live": "sha256:c-old",
    });
    expect(s.calls).toEqual(["put a/app:live", "put b/app:v1", "put c/app:live", "restore a/app:live"]);
    expect(describeRollback(failure.rollback)).toBe(
      "tags written before the failure: a/app:live restored to sha256:old, b/app:v1 left pointing at sha256:new (a tag that did not exist before cannot be deleted without deleting its manifest)",
    );
  });

  it("rolls back a failed put that landed anyway (the answer was lost)", async () => {
    const s = store({ "a/app:live": "sha256:old" }, { "a/app:live": "after" });
    const failure = await writeTags([write(0, "a/app:live", "target", "sha256:new", "sha256:old")], s.ops).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TagWriteError);
    expect(s.tags.get("a/app:live")).toBe("sha256:old");
    expect(s.calls).toEqual(["put a/app:live", "restore a/app:live"]);
  });

  it("says which restore failed, and that no tag changed when the first write fails", async () => {
    const s = store(
      { "a/app:live": "sha256:old", "b/app:live": "sha256:b-old" },
      { "b/app:live": "before", "restore a/app:live": "before" },
    );
    const failure = await writeTags(
      [
        write(0, "a/app:live", "target", "sha256:new", "sha256:old"),
        write(1, "b/app:live", "target", "sha256:new", "sha256:b-old"),
      ],
      s.ops,
    ).catch((error: unknown) => error);
    if (!(failure instanceof TagWriteError)) throw new Error("expected a TagWriteError");
    expect(describeRollback(failure.rollback)).toBe(
      "tags written before the failure: a/app:live NOT restored to sha256:old (restore refused)",
    );

    const first = store({}, { "a/app:live": "before" });
    const none = await writeTags([write(0, "a/app:live", "target", "sha256:new")], first.ops).catch(
      (error: unknown) => error,
    );
    if (!(none instanceof TagWriteError)) throw new Error("expected a TagWriteError");
    expect(describeRollback(none.rollback)).toBe("no tag was changed");
  });
});
