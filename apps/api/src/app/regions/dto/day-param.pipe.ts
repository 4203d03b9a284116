import { PipeTransform } from '@nestjs/common';
import { isoWeekdayOf } from '@prgauge/contracts';
import { InvalidFieldsException } from '../../common/api-error';

/** A `:day` route parameter that names a real calendar day, `YYYY-MM-DD`; 400 `field.format` otherwise. */
export class DayParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    try {
      isoWeekdayOf(value);
      return value;
    } catch {
      throw new InvalidFieldsException([
        {
          field: 'day',
          code: 'field.format',
          params: { format: 'YYYY-MM-DD' },
          problems: ['must be a day, YYYY-MM-DD'],
        },
      ]);
    }
  }
}
