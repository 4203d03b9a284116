import { hash, verify } from 'argon2';

// OWASP's minimum argon2id settings: strong enough, and quick enough for a login on two cores.
const OPTIONS = { type: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Checked against for unknown logins, so a wrong login takes as long as a wrong password. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2S6bFbKk2OQ7XGxQmN3c1uUcyJ9fBYbA9vM0qf0mJ7E';
