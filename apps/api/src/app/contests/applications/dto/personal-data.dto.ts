import { type ErasePersonalDataRequest, LIMITS } from '@prgauge/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, registerDecorator } from 'class-validator';

/**
 * Accepts only `true`: consent to the processing of personal data is given explicitly, never assumed. The
 * constraint carries its catalogue code as its name, so a missing or false value is refused as `consent.required`.
 */
export function IsConsentGiven(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'consent.required',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be true: the person's consent is required` },
      validator: { validate: (value: unknown) => value === true },
    });
}

/** Consent as the application and registration forms send it. */
export const PERSONAL_DATA_CONSENT_DOC = {
  description:
    'Must be true: the person consents to the processing of their personal data for this contest ' +
    '(152-FZ in Russia, the Law on Personal Data and Their Protection in Kazakhstan). The time is stored.',
  enum: [true],
  type: Boolean,
} as const;

/** An organiser's erasure of one person's personal data, at their request. */
export class ErasePersonalDataDto implements ErasePersonalDataRequest {
  /** The request it answers, for the audit trail: who asked, when, and how (e.g. a letter's number). */
  @ApiProperty({ example: 'Letter of 3 March 2027, no. 12' })
  @IsString()
  @MinLength(LIMITS.decisionReason.min)
  @MaxLength(LIMITS.decisionReason.max)
  reason!: string;
}
