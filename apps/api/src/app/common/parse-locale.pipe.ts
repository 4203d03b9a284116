import { PipeTransform } from '@nestjs/common';
import { type Locale, LOCALES } from '@prgauge/contracts';
import { InvalidFieldsException } from './api-error';

/** An optional `?lang=` query parameter: one of the product's languages, or undefined when absent. */
export class ParseLocalePipe implements PipeTransform<unknown, Locale | undefined> {
  transform(value: unknown): Locale | undefined {
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'string' && (LOCALES as readonly string[]).includes(value)) return value as Locale;
    throw new InvalidFieldsException([
      {
        field: 'lang',
        code: 'field.not_in_list',
        params: { allowed: LOCALES.join(', ') },
        problems: [`must be one of ${LOCALES.join(', ')}`],
      },
    ]);
  }
}
