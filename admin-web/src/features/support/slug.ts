/** "Acme Café Ltd." → "acme-cafe-ltd": a slug suggested from the organisation's name. */
export function slugFrom(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63);
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
