import { createHash, randomInt } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "RC-7KQ2-M9XD-4TPA": 60 random bits, in groups a person can copy. */
export function newVerificationCode(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return ['RC', ...groups].join('-');
}

/** The same code however it was typed: case, spaces, dashes, and the letters people confuse. */
export function normalizeCode(typed: string): string {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const body = compact.startsWith('RC') ? compact.slice(2) : compact;
  return ['RC', ...(body.match(/.{1,4}/g) ?? [])].join('-');
}

export const hashCode = (code: string): string =>
  createHash('sha256').update(normalizeCode(code), 'utf8').digest('hex');
