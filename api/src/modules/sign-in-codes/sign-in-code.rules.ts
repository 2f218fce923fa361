import { randomInt } from "node:crypto";

/**
 * DESIGN "Sign-in codes": 8 characters from an alphabet with nothing to confuse when read
 * aloud or typed from a phone screen (no 0/O, 1/I/L, U/V), shown as XXXX-XXXX: 29^8 ≈ 5.0e11
 * codes (38.9 bits). With 5 tries per code, guessing wins about once in 1e11 codes.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const CODE_LENGTH = 8;
/** A code lives ten minutes. */
export const CODE_TTL_MS = 10 * 60_000;
/** A code is dead after this many wrong tries. */
export const MAX_CODE_ATTEMPTS = 5;

const SHAPE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A fresh code, uniformly drawn (randomInt rejects the modulo bias), without its dash. */
export function generateCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** How a code is shown: K7QX-2M9D. */
export const formatCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * What a person typed, as the code it means: with or without the dash, spaces, any case.
 * Null when it cannot be a code at all (wrong length or a character the alphabet lacks).
 */
export function normaliseCode(input: string): string | null {
  if (input.length > 32) return null;
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  return SHAPE.test(code) ? code : null;
}
