import { describe, expect, it } from "@jest/globals";
import { ConfigurationError } from "@platform/action-kit";
import { analysePlan, SENSITIVE, UNKNOWN } from "../src/model.ts";
import { parsePlanJson } from "../src/plan-json.ts";
import { collectSecrets, SecretSet } from "../src/sensitive.ts";
import { bigPlan, plan, resource } from "./plans.ts";

describe("parsePlanJson", () => {
  it.each([
    ["not json", /is not JSON/],
    ["[]", /is not a Terraform plan JSON object/],
    ['{"resource_changes": []}', /has no "format_version"/],
    ['{"format_version": "2.0", "resource_changes": []}', /format_version "2.0", but only 1.x/],
    ['{"format_version": "1.0", "values": {}}', /has no plan sections/],
    ['{"format_version": "1.2", "resource_changes": {}}', /"resource_changes" that is not a list/],
  ])("refuses %s", (text, message) => {
    expect(() => parsePlanJson(text, "plan.json")).toThrow(ConfigurationError);
    expect(() => parsePlanJson(text, "plan.json")).toThrow(message);
  });

  it.each(["1.0", "1.2", "1.99"])("accepts format_version %s", (version) => {
    expect(parsePlanJson(JSON.stringify(plan({ format_version: version })), "p").format_version).toBe(version);
  });
});

describe("analysePlan", () => {
  it.each([
    [["create"], {}, "create"],
    [["update"], {}, "update"],
    [["delete", "create"], {}, "replace"],
    [["create", "delete"], {}, "replace"],
    [["delete"], {}, "delete"],
    [["forget"], {}, "forget"],
    [["no-op"], { previous_address: "a.old" }, "move"],
  ])("%j %j is %s", (actions, extra, expected) => {
    const analysis = analysePlan(plan({ resource_changes: [resource("a.b", actions, {}, extra)] }));
    expect(analysis.changes.map((c) => c.action)).toEqual([expected]);
    expect(analysis.drifted).toBe(true);
  });

  it("counts imports and ignores no-ops and data source reads", () => {
    const analysis = analysePlan(
      plan({
        resource_changes: [
          resource("a.same", ["no-op"]),
          resource("data.a.b", ["read"]),
          resource("a.imported", ["no-op"], { importing: { id: "x" } }),
        ],
      }),
    );
    expect(analysis.changes.map((c) => [c.address, c.action])).toEqual([["a.imported", "import"]]);
  });

  it("is clean when nothing changes", () => {
    const analysis = analysePlan(plan({ resource_changes: [resource("a.same", ["no-op"])], output_changes: {} }));
    expect(analysis.drifted).toBe(false);
  });

  it("separates changes made outside Terraform from code and state differences", () => {
    const analysis = analysePlan(
      plan({
        resource_drift: [resource("a.b", ["update"], { before: { tags: { a: "1" } }, after: { tags: { a: "2" } } })],
        resource_changes: [resource("a.c", ["create"])],
      }),
    );
    expect(analysis.drift).toEqual([{ address: "a.b", action: "update", attributes: ["tags"] }]);
    expect(analysis.changes).toEqual([{ address: "a.c", action: "create", attributes: [] }]);
  });

  it("names changed, unknown-after-apply and replace-forcing attributes of an update", () => {
    const change = {
      before: { id: "1", name: "a", size: 1, same: [1, { x: 2 }], gone: "g" },
      after: { id: "1", name: "b", size: 1, same: [1, { x: 2 }] },
      after_unknown: { arn: true },
      replace_paths: [["size"]],
    };
    const analysis = analysePlan(plan({ resource_changes: [resource("a.b", ["delete", "create"], change)] }));
    expect(analysis.changes[0]?.attributes).toEqual(["arn", "gone", "name", "size"]);
  });

  it("a moved resource that also changes keeps both facts", () => {
    const moved = resource("a.new", ["update"], { before: { v: 1 }, after: { v: 2 } }, { previous_address: "a.old" });
    expect(analysePlan(plan({ resource_changes: [moved] })).changes).toEqual([
      { address: "a.new", action: "update", previousAddress: "a.old", attributes: ["v"] },
    ]);
  });

  it("output-only changes are drift", () => {
    const analysis = analysePlan(
      plan({
        output_changes: {
          same: { actions: ["no-op"], before: 1, after: 1 },
          added: { actions: ["create"], before: null, after: "x" },
        },
      }),
    );
    expect(analysis.outputs).toEqual([{ name: "added", action: "create", sensitive: false }]);
    expect(analysis.drifted).toBe(true);
  });

  it("sorts resources by address so equal plans give equal reports", () => {
    const analysis = analysePlan(
      plan({ resource_changes: [resource("b.x", ["create"]), resource("a.x", ["create"])] }),
    );
    expect(analysis.changes.map((c) => c.address)).toEqual(["a.x", "b.x"]);
  });
});

describe("sensitive values", () => {
  const sensitivePlan = plan({
    variables: { password: { value: "hunter2-secret" }, region: { value: "eu-west-1" } },
    configuration: { root_module: { variables: { password: { sensitive: true }, region: {} } } },
    resource_changes: [
      resource("terraform_data.s", ["update"], {
        before: { input: "pre-old-secret", output: "pre-old-secret", plain: "a" },
        after: { input: "pre-hunter2-secret", plain: "b" },
        after_unknown: { output: true },
        before_sensitive: { input: true },
        after_sensitive: { input: true },
      }),
      resource("x.nested", ["update"], {
        before: { config: [{ key: "public", token: "tok-before-1234" }] },
        after: { config: [{ key: "public", token: "tok-after-5678" }] },
        before_sensitive: { config: [{ token: true }] },
        after_sensitive: { config: [{ token: true }] },
      }),
    ],
    output_changes: {
      pw: {
        actions: ["update"],
        before: "old-output-secret",
        after: "new-output-secret",
        before_sensitive: true,
        after_sensitive: true,
      },
    },
  });

  it("collects variables, outputs and marked attributes (nested too)", () => {
    const secrets = collectSecrets(sensitivePlan).maskable();
    expect(secrets.sort()).toEqual(
      [
        "hunter2-secret",
        "new-output-secret",
        "old-output-secret",
        "pre-hunter2-secret",
        "pre-old-secret",
        "tok-after-5678",
        "tok-before-1234",
      ].sort(),
    );
    expect(secrets).not.toContain("eu-west-1");
  });

  it("masks them even with values shown, and every value derived from them", () => {
    const analysis = analysePlan(sensitivePlan, { showValues: true });
    const s = analysis.changes.find((c) => c.address === "terraform_data.s");
    expect(s?.values).toEqual([
      { name: "input", before: SENSITIVE, after: SENSITIVE },
      // `output` copies the sensitive input without Terraform's mark: masked as derived.
      { name: "output", before: SENSITIVE, after: UNKNOWN },
      { name: "plain", before: '"a"', after: '"b"' },
    ]);
    expect(analysis.outputs).toEqual([
      { name: "pw", action: "update", sensitive: true, values: { before: SENSITIVE, after: SENSITIVE } },
    ]);
    const text = JSON.stringify({ changes: analysis.changes, outputs: analysis.outputs });
    for (const secret of analysis.secrets.maskable()) expect(text).not.toContain(secret);
    expect(text).not.toContain("tok-");
  });

  it.each([
    ["a quote", 'pass"word-1'],
    ["a backslash", "C:\\secret\\path"],
    ["a PEM key", "-----BEGIN KEY-----\nMIIB+abc/def\n-----END KEY-----\n"],
    ["a control character", "tab\there\u0001"],
  ])("masks a value that copies a sensitive one holding %s (decoded, not JSON-printed)", (_label, secret) => {
    const analysis = analysePlan(
      plan({
        variables: { key: { value: secret } },
        configuration: { root_module: { variables: { key: { sensitive: true } } } },
        resource_changes: [
          resource("terraform_data.copy", ["update"], {
            before: { input: "old", output: "old" },
            after: { input: secret, output: secret, wrapped: { list: [`prefix ${secret} suffix`] } },
            before_sensitive: { input: true },
            after_sensitive: { input: true },
          }),
        ],
        output_changes: {
          copied: { actions: ["update"], before: "old", after: secret },
          within: { actions: ["update"], before: "old", after: `x${secret}y` },
        },
      }),
      { showValues: true },
    );
    const values = analysis.changes[0]?.values ?? [];
    expect(values.find((v) => v.name === "output")?.after).toBe(SENSITIVE);
    expect(values.find((v) => v.name === "wrapped")?.after).toBe(SENSITIVE);
    expect(analysis.outputs.map((o) => o.values?.after)).toEqual([SENSITIVE, SENSITIVE]);
    const text = JSON.stringify({ changes: analysis.changes, outputs: analysis.outputs });
    expect(text).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(analysis.secrets.scrub(`said ${JSON.stringify(secret)} and ${secret}`)).toBe('said "***" and ***');
  });

  it("masks a multi-line secret line by line and as JSON prints it", () => {
    const secrets = new SecretSet();
    secrets.add("-----BEGIN KEY-----\nMIIBsecretline\n-----END KEY-----");
    const forms = secrets.maskable();
    expect(forms).toEqual(
      expect.arrayContaining(["MIIBsecretline", "-----BEGIN KEY-----\\nMIIBsecretline\\n-----END KEY-----"]),
    );
    expect(secrets.scrub("key line: MIIBsecretline")).toBe("key line: ***");
  });

  it("scrub replaces the longest secret first and leaves short words alone", () => {
    const secrets = new SecretSet();
    secrets.add(["abcd", "abcdefgh", true, 1, "null"]);
    expect(secrets.scrub("x abcdefgh y abcd true 1")).toBe("x *** y *** true 1");
    expect(secrets.leaks("value 1")).toBe(true);
  });
});

describe("a large plan", () => {
  it("analyses 20,000 resources", () => {
    const analysis = analysePlan(bigPlan(20_000));
    expect(analysis.changes).toHaveLength(20_000);
    expect(analysis.changes.find((c) => c.address === "aws_instance.server_0")?.attributes).toEqual(["attribute_0"]);
  });
});
