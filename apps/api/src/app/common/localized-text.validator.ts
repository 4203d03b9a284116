import { LIMITS, LOCALES } from '@prgauge/contracts';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** Length bounds of each language's text, in UTF-16 code units; `min` counts the text without outer spaces. */
export interface LocalizedTextLimits {
  min?: number;
  max: number;
}

/**
 * A text in the product's languages: at least one, only ru/kk/fa/en keys, each a non-empty text within
 * `limits` (by default `LIMITS.localizedText`, the limit of names).
 */
export function IsLocalizedText(
  limits: LocalizedTextLimits = LIMITS.localizedText,
  options?: ValidationOptions,
) {
  const min = Math.max(limits.min ?? 1, 1);
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalizedText',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must give texts by language (${LOCALES.join(', ')}), at least one`,
        // The limits travel to the field problem's params (see common/validation.ts).
        context: { allowed: LOCALES.join(', '), ...(limits.min ? { min } : {}), max: limits.max },
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
                text.trim().length >= min &&
                text.length <= limits.max,
            )
          );
        },
      },
    });
}
