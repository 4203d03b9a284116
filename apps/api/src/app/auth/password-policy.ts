import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { LIMITS } from '@prgauge/contracts';
import { InvalidFieldsException } from '../common/api-error';

/**
 * What a password must be, after OWASP ASVS 4 (2.1.1–2.1.9): 12 to 128 characters of any kind, no composition
 * rules, and not guessable. Guessability is zxcvbn's offline estimate, which knows the common-password list
 * (passwords seen more than ten times in a ten-million-password leak corpus), English words and names, keyboard
 * walks, repeats, sequences and dates, and the person's own login and name.
 */
export const PASSWORD_MIN_LENGTH = LIMITS.password.min;
export const PASSWORD_MAX_LENGTH = LIMITS.password.max;
/** The rules in a sentence, for the API documentation of every field that sets a password. */
export const PASSWORD_RULES =
  `At least ${LIMITS.password.min} and at most ${LIMITS.password.max} characters of any kind. Common or easily guessed passwords, and ones built from ` +
  'the login or name, are refused with field.weak_password.';
/** zxcvbn's scale runs 0–4; 3 means about 10^8 guesses or more, safe behind a slow hash and a throttle. */
export const PASSWORD_MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

// Built on first use: loading the dictionaries takes a few hundred milliseconds.
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
  });
  return estimator;
}

/** The words of a login or name, whole, joined up and split, as zxcvbn's "user inputs". */
function personalWords(personal: (string | null | undefined)[]): string[] {
  const given = personal.filter((p): p is string => !!p?.trim()).map((p) => p.trim().toLowerCase());
  const words = given.flatMap((p) => p.split(/[\s._@-]+/u).filter((w) => w.length > 2));
  const joined = given.map((p) => p.replace(/[\s._@-]+/gu, ''));
  return [...new Set([...given, ...joined, ...words])];
}

/**
 * Why `password` is too easy to guess, in English, or null when it is acceptable. `personal` holds the login,
 * the person's name and anything else the password must not be built from. Length is checked by the DTOs.
 */
export function weakPasswordReason(password: string, personal: (string | null | undefined)[]): string | null {
  const result = strength().check(password.slice(0, PASSWORD_MAX_LENGTH), personalWords(personal));
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const hint =
    result.feedback.warning ?? result.feedback.suggestions[0] ?? 'Add another uncommon word or two.';
  return `is too easy to guess: ${hint}`;
}

/** Throws 400 naming `field` with `field.weak_password` when the password is too easy to guess. */
export function assertStrongPassword(
  field: string,
  password: string,
  personal: (string | null | undefined)[],
): void {
  const reason = weakPasswordReason(password, personal);
  if (reason)
    throw new InvalidFieldsException(
      [{ field, code: 'field.weak_password', problems: [reason] }],
      'auth.password_too_weak',
    );
}
