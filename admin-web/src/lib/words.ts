/*
 * Counts in words. English has two plural forms; Intl.PluralRules picks between them, so that the day the console
 * speaks another language only the forms change, not every caller.
 */

const rules = new Intl.PluralRules("en-GB");

/** The noun for `count`: "passkey" for 1, "passkeys" for 0 or 2. */
export function nounFor(count: number, singular: string, pluralForm = `${singular}s`): string {
  return rules.select(count) === "one" ? singular : pluralForm;
}

/** "1 user", "2 users", "0 passkeys": a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${nounFor(count, singular, pluralForm)}`;
}

/**
 * A list's caption: "3 users" when every one is shown, "25 of 312 users" when a page of them is. The noun follows the
 * total ("1 of 2 users"), and "1 of 1 users" never appears.
 */
export function shownOf(shown: number, total: number, singular: string, pluralForm = `${singular}s`): string {
  return shown >= total ? plural(total, singular, pluralForm) : `${shown} of ${plural(total, singular, pluralForm)}`;
}
