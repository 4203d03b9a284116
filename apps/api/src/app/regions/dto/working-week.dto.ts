import { ApiProperty } from '@nestjs/swagger';
import {
  WORKING_WEEK_PRESETS,
  type AddHolidayRequest,
  type HolidayPresetRequest,
  type LocalizedText,
  type WorkingWeekPreset,
} from '@prgauge/contracts';
import { IsDateString, IsIn, IsInt, IsObject, Matches, Max, Min } from 'class-validator';
import { IsLocalizedText } from '../../common/localized-text.validator';
import { DAY_ONLY } from '../../common/zoned-date';

export class AddHolidayDto implements AddHolidayRequest {
  @ApiProperty({ example: '2027-03-21', description: 'The Gregorian day, YYYY-MM-DD.' })
  @Matches(DAY_ONLY, { message: 'date must be a day, YYYY-MM-DD', context: { format: 'YYYY-MM-DD' } })
  @IsDateString({ strict: true })
  date!: string;

  @ApiProperty({ example: { fa: 'نوروز', ru: 'Навруз' } })
  @IsObject()
  @IsLocalizedText()
  name!: LocalizedText;
}

export class HolidayPresetDto implements HolidayPresetRequest {
  @ApiProperty({ enum: WORKING_WEEK_PRESETS, description: 'Iran, Kazakhstan or Russia.' })
  @IsIn(WORKING_WEEK_PRESETS)
  preset!: WorkingWeekPreset;

  @ApiProperty({
    example: 1405,
    description: "In the preset's calendar: Solar Hijri for `ir`, Gregorian for `kz` and `ru`.",
  })
  @IsInt()
  @Min(1300)
  @Max(2200)
  year!: number;
}
