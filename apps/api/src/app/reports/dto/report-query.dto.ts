import { ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@prgauge/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, registerDecorator } from 'class-validator';
import { IsCalendarDay } from '../../common/zoned-date.validator';
import { DAY_ONLY } from '../../common/zoned-date';

/** The days a letter may be dated: a plausible range, so a slip of the keyboard (0001, 9999) is caught. */
export const LETTER_DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

/**
 * Characters a letter number never prints: controls, and the invisible format marks that reorder or hide text
 * (bidi overrides and isolates, the byte-order mark). The zero-width joiner and non-joiner stay: Persian uses them.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}](?<![\u200c\u200d])/gu;

/** The letter number as it will print: without invisible characters, trimmed. */
export function cleanLetterNo(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(INVISIBLE, '').trim() : value;
}

/** A `YYYY-MM-DD` day within {@link LETTER_DATE_RANGE}; the refusal names the range. */
function IsLetterDay(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      // Named after its catalogue code, which common/validation.ts then reports.
      name: 'report.letter_date_range',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { context: { ...LETTER_DATE_RANGE } },
      validator: {
        // ISO days compare as text; a malformed day is left to the format checks.
        validate: (value: unknown) =>
          typeof value !== 'string' ||
          !DAY_ONLY.test(value) ||
          (value >= LETTER_DATE_RANGE.min && value <= LETTER_DATE_RANGE.max),
        defaultMessage: () =>
          `letterDate must be a day from ${LETTER_DATE_RANGE.min} to ${LETTER_DATE_RANGE.max}`,
      },
    });
}

/** The reader's language of a PDF report. */
export class ReportLanguageQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: "The reader's language; the caller's own by default" })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

/** A report that goes out as an official letter: its language, and the outgoing letter's number and date. */
export class LetterReportQuery extends ReportLanguageQuery {
  @ApiPropertyOptional({
    example: '۱۲۳/۴۵۶',
    description:
      "The outgoing letter's number, at most 40 characters, printed without control or bidi characters and " +
      'trimmed (Persian readers see its digits in Persian); given blank, the letter prints as a draft',
  })
  @IsOptional()
  @Transform(({ value }) => cleanLetterNo(value))
  @IsString()
  @MaxLength(40)
  letterNo?: string;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description:
      "The letter's Gregorian day (YYYY-MM-DD) from 1900-01-01 to 2100-12-31, printed in the reader's calendar",
  })
  @IsOptional()
  @IsCalendarDay()
  @IsLetterDay()
  letterDate?: string;
}
