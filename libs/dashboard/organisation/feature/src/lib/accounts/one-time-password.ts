/** Letters and digits nobody mixes up when reading them aloud or copying by hand (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** Four groups of five: about 99 bits, far beyond any guessing, and still easy to read out. */
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** Fills an array with random bytes; the browser's `crypto.getRandomValues` in production. */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const browserRandom: RandomBytes = (bytes) => crypto.getRandomValues(bytes);

/**
 * A one-time password such as `k7mq2-x9vtr-e4hnc-3wpaz`, shown once to the person who sets it and handed on.
 * Bytes at or above the largest multiple of the alphabet's size are drawn again, so every letter is equally
 * likely.
 */
export function oneTimePassword(random: RandomBytes = browserRandom): string {
  const limit = 256 - (256 % ALPHABET.length);
  const letters: string[] = [];
  while (letters.length < GROUPS * GROUP_LENGTH) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < limit && letters.length < GROUPS * GROUP_LENGTH)
        letters.push(ALPHABET[byte % ALPHABET.length]);
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++)
    groups.push(letters.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}
