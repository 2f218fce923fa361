import { notifications } from "@mantine/notifications";
import { toApiError } from "../lib/errors";

/** The one red toast: what did not happen, and why in words a person understands. */
export function notifyError(title: string, error: unknown) {
  notifications.show({ color: "red", title, message: toApiError(error).message });
}

export function notifySuccess(title: string, message: string) {
  notifications.show({ color: "teal", title, message });
}
