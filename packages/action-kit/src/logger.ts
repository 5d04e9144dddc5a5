/**
 * What packages may say to the log. Packages take a Logger instead of importing
 * @actions/core so they stay plain TypeScript; the kit provides the Actions-backed one.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = {
  info: () => {},
  warning: () => {},
  debug: () => {},
};

/** Collects messages; handy in unit tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
  };
}
