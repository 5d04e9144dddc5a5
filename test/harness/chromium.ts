import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runCommand } from "./process.ts";

/*
 * Debian's Chromium, headless, for tests that look at a page the way a person would: its DOM
 * after rendering (--dump-dom) and a screenshot. Each call is a fresh browser with a new
 * profile directory (removed afterwards) and everything that phones home switched off.
 */

export const CHROMIUM_MISSING =
  "chromium is not installed: install the Debian package chromium (scripts/setup.sh does)";

export function chromiumBinary(): string {
  for (const candidate of [process.env.CHROMIUM_BIN, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(CHROMIUM_MISSING);
}

const QUIET_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--hide-scrollbars",
  "--force-device-scale-factor=1",
];

async function withProfile<T>(run: (profile: string) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "chromium-profile-"));
  try {
    return await run(profile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page's DOM after loading and rendering, serialised by the browser. */
export async function dumpDom(file: string, options: { timeoutMs?: number } = {}): Promise<string> {
  const binary = chromiumBinary();
  return withProfile(async (profile) => {
    const { stdout } = await runCommand(
      binary,
      [...QUIET_FLAGS, `--user-data-dir=${profile}`, "--dump-dom", pathToFileURL(file).href],
      { timeoutMs: options.timeoutMs ?? 90_000 },
    );
    return stdout;
  });
}

/** A PNG screenshot of the page in a window of `width` x `height` CSS pixels (scale 1). */
export async function screenshot(
  file: string,
  png: string,
  options: { width: number; height: number; timeoutMs?: number },
): Promise<void> {
  const binary = chromiumBinary();
  await withProfile((profile) =>
    runCommand(
      binary,
      [
        ...QUIET_FLAGS,
        `--user-data-dir=${profile}`,
        `--screenshot=${png}`,
        `--window-size=${options.width},${options.height}`,
        pathToFileURL(file).href,
      ],
      { timeoutMs: options.timeoutMs ?? 90_000 },
    ),
  );
}
