import { normaliseEmail } from "../users/user.service";

/** The account a sign-in attempt names, for the per-account rate limit: organisation and email. */
export const accountOf = (organisationSlug: string | null | undefined, email: string) =>
  `${(organisationSlug ?? "").trim().toLowerCase()}/${normaliseEmail(email)}`;

/** The slug a sign-in names, trimmed; null for SUPPORT staff, who belong to no organisation. */
export const slugOf = (organisationSlug: string | null | undefined) => organisationSlug?.trim() || null;

/** An email and an organisation no real sign-in has: longer than any the service stores. */
export const overlong = (email: string | null | undefined, slug: string | null) =>
  (email?.length ?? 0) > 254 || (slug?.length ?? 0) > 64;
