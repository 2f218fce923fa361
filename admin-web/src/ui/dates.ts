import dayjs from "dayjs";
import relativeTime from "dayjs/plugin/relativeTime";

dayjs.extend(relativeTime);

/*
 * Every date the console shows goes through here: British English (day before month), one 24-hour clock, in the
 * reader's time zone; the exact instant (with seconds and the zone) is what a hover shows. Formatters are made per
 * call so that they follow the zone the page runs in (tests pin it).
 */
const LOCALE = "en-GB";
const clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

const format = (iso: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALE, options).format(new Date(iso));

/** "2 Dec 2026, 14:05"; `fallback` (default "Never") when there is none. */
export function formatDateTime(iso: string | null | undefined, fallback = "Never"): string {
  return iso ? format(iso, { day: "numeric", month: "short", year: "numeric", ...clock }) : fallback;
}

/** "2 December 2026"; `fallback` (default "Not set") when there is none. */
export function formatDate(iso: string | null | undefined, fallback = "Not set"): string {
  return iso ? format(iso, { day: "numeric", month: "long", year: "numeric" }) : fallback;
}

/** "14:05", on the same 24-hour clock. */
export function formatTime(iso: string): string {
  return format(iso, clock);
}

/** "2 Dec": a calendar day as the API counts days (in UTC), for chart axes. */
export function formatDay(iso: string): string {
  return format(iso, { day: "numeric", month: "short", timeZone: "UTC" });
}

/** The exact instant, for a hover: "Wednesday, 2 December 2026 at 14:05:09 GMT". */
export function formatExact(iso: string): string {
  return format(iso, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    ...clock,
    second: "2-digit",
    timeZoneName: "short",
  });
}

/** "3 days ago", "in 5 minutes"; `fallback` (default "Never") when there is none. */
export function formatRelative(iso: string | null | undefined, fallback = "Never"): string {
  return iso ? dayjs(iso).fromNow() : fallback;
}
