import { LIMITS } from '@prgauge/contracts';
import { oneTimePassword } from './one-time-password';

describe('a one-time password', () => {
  it('is four groups of five unambiguous letters and digits, long enough for the password rules', () => {
    const password = oneTimePassword();
    expect(password).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
    expect(password.length).toBeGreaterThanOrEqual(LIMITS.password.min);
  });

  it('differs from one call to the next', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => oneTimePassword()));
    expect(passwords.size).toBe(50);
  });

  it('draws again for bytes that would favour some letters over others', () => {
    // 248 is the first byte past the last whole run of the 31-letter alphabet: it must be skipped, not folded.
    const bytes = [248, 255, 0, 1, 30, 31];
    let call = 0;
    const random = (target: Uint8Array) => {
      target.fill(0);
      if (call++ === 0) target.set(bytes);
      return target;
    };
    expect(oneTimePassword(random).slice(0, 5)).toBe('ab9aa');
  });
});
