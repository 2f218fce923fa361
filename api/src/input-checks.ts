/** Checks on input that every module shares (STYLE "kernel": ids and input checks). */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs made by this API; anything else names nothing and never reaches the database. */
export const isId = (id: string) => UUID.test(id);

/** Names appear on sign-in screens, in the console and in emails: no NULs, line breaks or escape codes. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
