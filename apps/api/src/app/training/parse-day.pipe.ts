import { PipeTransform } from '@nestjs/common';
import { InvalidFieldsException } from '../common/api-error';

/** An optional `YYYY-MM-DD` query parameter that names a real calendar day. */
export class ParseDayPipe implements PipeTransform<unknown, string | undefined> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string | undefined {
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const day = new Date(`${value}T00:00:00Z`);
      if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)) return value;
    }
    throw new InvalidFieldsException([
      {
        field: this.field,
        code: 'field.format',
        params: { format: 'YYYY-MM-DD' },
        problems: ['must be a day, YYYY-MM-DD'],
      },
    ]);
  }
}
