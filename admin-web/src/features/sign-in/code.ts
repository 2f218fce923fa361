/** "k7qx 2m9d" → "K7QX-2M9D": the form codes are shown in (XXXX-XXXX). */
export function normaliseSignInCode(input: string): string {
  const chars = input.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return chars.length === 8
    ? `${chars.slice(0, 4)}-${chars.slice(4)}`
    : input.trim().toUpperCase();
}
