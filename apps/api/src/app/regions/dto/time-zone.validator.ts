import { registerDecorator, ValidationOptions } from 'class-validator';

/** Every IANA zone this runtime's Intl knows, read once. */
const KNOWN_ZONES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('timeZone'));

/** The listed zones by their lower-case spelling, to restore a name typed in another case. */
const ZONES_BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(
  [...KNOWN_ZONES].map((zone) => [zone.toLowerCase(), zone]),
);

/**
 * A valid zone as it is listed (`asia/tehran` is saved as `Asia/Tehran`): Intl and PostgreSQL read zone names in
 * any case, but the dashboard compares a record's zone with the reader's and names cities by the listed name.
 * An alias the list lacks (`Asia/Kolkata` on an older ICU) is kept as typed.
 */
export function canonicalTimeZone(zone: string): string {
  return ZONES_BY_LOWER_CASE.get(zone.toLowerCase()) ?? zone;
}

/**
 * True for an IANA time zone Intl can format in. `supportedValuesOf` lists canonical names only, so an alias
 * such as `Asia/Calcutta` is accepted when Intl still takes it as a zone.
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > 64) return false;
  if (KNOWN_ZONES.has(value)) return true;
  // A fixed offset ("+03:30") or a bare "UTC" is no region's zone, though Intl accepts them.
  if (!value.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A region's time zone: an IANA name (`Asia/Tehran`), refused as `field.time_zone` otherwise. */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      // Named after the catalogue code, so the refusal carries it (see common/validation.ts).
      name: 'field.time_zone',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an IANA time zone such as Asia/Tehran`,
        context: { example: 'Asia/Tehran' },
        ...options,
      },
      validator: { validate: isTimeZone },
    });
}
