import net from "node:net";
import { describe, expect, it } from "@jest/globals";
import { freePort } from "./ports.ts";

describe("freePort", () => {
  it("returns a loopback port that can be bound at once", async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.on("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("does not return a port that is in use", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const busy = address !== null && typeof address !== "string" ? address.port : 0;
    try {
      const ports = await Promise.all([freePort(), freePort(), freePort()]);
      expect(ports).not.toContain(busy);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
