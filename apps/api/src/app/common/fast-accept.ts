/**
 * A check that recognises bodies the DTO's class-validator rules certainly accept, and builds the instance
 * class-transformer would build from them; `undefined` for anything else, which then goes through class-validator
 * as usual, so refusals (their codes, fields and limits) never differ. For the few bodies sent many times a
 * second, whose class-validator pass costs more than the rest of the request's own work.
 */
export type FastAccept<T> = (body: unknown) => T | undefined;

const checks = new WeakMap<object, FastAccept<unknown>>();

/** Class decorator: bodies of this DTO are first offered to `check` (see {@link FastAccept}). */
export function AcceptedFirstBy<T>(check: FastAccept<T>) {
  return (target: abstract new () => T): void => {
    checks.set(target, check);
  };
}

/** The fast check of a DTO class, if it has one. */
export function fastAcceptOf(metatype: unknown): FastAccept<unknown> | undefined {
  return typeof metatype === 'function' ? checks.get(metatype) : undefined;
}

/** A JSON object whose every key is one of `allowed`: what `whitelist` with `forbidNonWhitelisted` accepts. */
export function isObjectWithOnly(
  value: unknown,
  allowed: ReadonlySet<string>,
): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** A string class-validator's `MaxLength(max)` accepts: its count never exceeds the UTF-16 length. */
export const isStringUpTo = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
