import type { UseFormReturnType } from "@mantine/form";
import { errorField, toApiError } from "../lib/errors";

/**
 * Shows an API error where it belongs: beside the field that a BAD_USER_INPUT error names in `extensions.field`
 * (with focus moved there), else as a message for the whole form, which is returned.
 */
export function showFormError<V>(form: UseFormReturnType<V>, error: unknown): string | null {
  const apiError = toApiError(error);
  const field = errorField(apiError);
  const values = form.getValues() as Record<string, unknown>;
  if (field && field in values) {
    form.setFieldError(field, apiError.message);
    form.getInputNode(field)?.focus();
    return null;
  }
  return apiError.message;
}
