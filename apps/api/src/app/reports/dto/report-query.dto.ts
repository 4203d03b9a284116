import { ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, type Locale } from '@prgauge/contracts';
import { IsDateString, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DAY_ONLY } from '../../common/zoned-date';

/** The reader's language of a PDF report. */
export class ReportLanguageQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: "The reader's language; the caller's own by default" })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

/** A report that goes out as an official letter: its language, and the outgoing letter's number and date. */
export class LetterReportQuery extends ReportLanguageQuery {
  @ApiPropertyOptional({ example: '۱۲۳/۴۵۶', description: "The outgoing letter's number, printed as given" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  letterNo?: string;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: "The letter's Gregorian day (YYYY-MM-DD), printed in the reader's calendar",
  })
  @IsOptional()
  @Matches(DAY_ONLY, { message: 'letterDate must be a day, YYYY-MM-DD', context: { format: 'YYYY-MM-DD' } })
  @IsDateString({ strict: true })
  letterDate?: string;
}
