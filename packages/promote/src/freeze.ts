const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const WEEK_MINUTES = 7 * 24 * 60;

/** A time of the week: minutes since Sunday 00:00, and the text as written. */
export interface WeeklyTime {
  minute: number;
  text: string;
}

export type FreezeWindow = {
  /** Position in the file's freeze list, for messages. */
  index: number;
  environments: string[];
  reason?: string;
} & ({ kind: "range"; from: Date; to: Date } | { kind: "weekly"; from: WeeklyTime; to: WeeklyTime; timezone: string });

/** `Fri 16:00` -> its minute of the week (the schema has checked the shape). */
export function parseWeeklyTime(text: string): WeeklyTime {
  const match = /^(\w{3}) (\d{2}):(\d{2})$/.exec(text);
  const day = DAYS.indexOf((match?.[1] ?? "") as (typeof DAYS)[number]);
  if (!match || day < 0) throw new Error(`not a weekly time: ${text}`);
  return { minute: day * 1440 + Number(match[2]) * 60 + Number(match[3]), text };
}

/** The minute of the week `now` is in `timezone` (Intl does the zone rules, DST included). */
export function minuteOfWeek(now: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  const day = DAYS.indexOf(part("weekday") as (typeof DAYS)[number]);
  return day * 1440 + Number(part("hour")) * 60 + Number(part("minute"));
}

export interface ActiveFreeze {
  window: FreezeWindow;
  /** When the window ends (the next end of a weekly window). */
  endsAt: Date;
  /** The window as a user reads it. */
  description: string;
}

/** The first window that covers `now` for `environment`, or undefined. */
export function activeFreeze(windows: FreezeWindow[], environment: string, now: Date): ActiveFreeze | undefined {
  for (const window of windows) {
    if (!window.environments.includes(environment)) continue;
    const reason = window.reason ? ` (${window.reason})` : "";
    if (window.kind === "range") {
      if (now >= window.from && now < window.to) {
        return {
          window,
          endsAt: window.to,
          description: `freeze[${window.index}] ${window.from.toISOString()} to ${window.to.toISOString()}${reason}`,
        };
      }
      continue;
    }
    const current = minuteOfWeek(now, window.timezone);
    const { from, to } = window;
    const inside =
      from.minute <= to.minute
        ? current >= from.minute && current < to.minute
        : current >= from.minute || current < to.minute;
    if (!inside) continue;
    const minutesLeft = (to.minute - current + WEEK_MINUTES) % WEEK_MINUTES || WEEK_MINUTES;
    const startOfMinute = now.getTime() - (now.getTime() % 60_000);
    return {
      window,
      endsAt: new Date(startOfMinute + minutesLeft * 60_000),
      description: `freeze[${window.index}] weekly ${from.text} to ${to.text} ${window.timezone}${reason}`,
    };
  }
  return undefined;
}
