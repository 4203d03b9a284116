import { LIMITS, LOCALES } from '@prgauge/contracts';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A name in the product's languages: at least one, only ru/kk/fa/en keys, each a non-empty text of at most `LIMITS.localizedText.max` characters. */
export function IsLocalizedText(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalizedText',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must give texts by language (${LOCALES.join(', ')}), at least one`,
        // The limits travel to the field problem's params (see common/validation.ts).
        context: { allowed: LOCALES.join(', '), max: LIMITS.localizedText.max },
        ...options,
      },
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
          const entries = Object.entries(value);
          return (
            entries.length > 0 &&
            entries.every(
              ([key, text]) =>
                (LOCALES as readonly string[]).includes(key) &&
                typeof text === 'string' &&
                text.trim() !== '' &&
                text.length <= LIMITS.localizedText.max,
            )
          );
        },
      },
    });
}
