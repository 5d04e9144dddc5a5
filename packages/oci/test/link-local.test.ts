import { describe, expect, it } from "@jest/globals";
import { InvalidReferenceError, isConnectionRefused, isLinkLocalHost, parseReference } from "@platform/oci";

describe("registry hosts in the link-local/metadata range", () => {
  it.each([
    "169.254.169.254/app:1",
    "169.254.170.2:80/app:1",
    "[fd00:ec2::254]/app:1",
    "[fd00:ec2:0:0:0:0:0:254]:5000/app:1",
    "[fe80::1]:5000/app:1",
    "[::ffff:a9fe:a9fe]/app:1",
  ])("%s is refused", (reference) => {
    expect(() => parseReference(reference)).toThrow(InvalidReferenceError);
    expect(() => parseReference(reference)).toThrow(/link-local\/metadata/);
  });

  it.each(["2852039166", "0xa9fea9fe", "169.254.0.1"])("%s is link-local however it is written", (host) => {
    expect(isLinkLocalHost(host)).toBe(true);
  });

  it.each(["127.0.0.1:5000/app:1", "ghcr.io/o/app:1", "10.0.0.1:5000/app:1", "[::1]:5000/app:1"])(
    "%s is accepted",
    (reference) => {
      expect(parseReference(reference).repository).toBe(reference.includes("ghcr") ? "o/app" : "app");
    },
  );
});

describe("an unreachable network", () => {
  it.each(["ENETUNREACH", "EHOSTUNREACH", "ECONNREFUSED"])("%s is a connection failure (one line)", (code) => {
    expect(isConnectionRefused(Object.assign(new Error("connect failed"), { code }))).toBe(true);
    expect(isConnectionRefused(new Error("fetch failed", { cause: Object.assign(new Error("x"), { code }) }))).toBe(
      true,
    );
  });
});
