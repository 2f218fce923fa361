import dayjs from "dayjs";
import relativeTime from "dayjs/plugin/relativeTime";

dayjs.extend(relativeTime);

export function formatDateTime(iso: string | null | undefined, fallback = "Never"): string {
  return iso ? dayjs(iso).format("D MMM YYYY, HH:mm") : fallback;
}

export function formatDate(iso: string | null | undefined, fallback = "Not set"): string {
  return iso ? dayjs(iso).format("D MMMM YYYY") : fallback;
}

export function formatRelative(iso: string | null | undefined, fallback = "Never"): string {
  return iso ? dayjs(iso).fromNow() : fallback;
}

/** "09:05": the time of day alone, in the console's one (24-hour) clock format. */
export function formatTime(iso: string): string {
  return dayjs(iso).format("HH:mm");
}
