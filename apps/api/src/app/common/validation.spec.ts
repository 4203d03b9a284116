import { PartialType } from '@nestjs/swagger';
import { fieldProblemMessage, type FieldProblem } from '@prgauge/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { InvalidFieldsException } from './api-error';
import { IsLocalizedText } from './localized-text.validator';
import { createValidationPipe } from './validation';

class TrainerDto {
  @IsString()
  @MaxLength(20)
  name!: string;
}

class EventDto {
  @IsString()
  @MinLength(3)
  @MaxLength(10)
  title!: string;

  @IsInt()
  @Min(1)
  @Max(40)
  hours!: number;

  @IsIn(['journalists', 'staff'])
  audience!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { format: 'YYYY-MM-DD' } })
  day!: string;

  @Matches(/^[a-z]+$/)
  code!: string;

  @IsUUID()
  topicId!: string;

  @IsOptional()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @ValidateNested({ each: true })
  @Type(() => TrainerDto)
  trainers?: TrainerDto[];

  @IsOptional()
  @IsLocalizedText()
  name?: Record<string, string>;
}

/** A PATCH body inherits its validators from the create body, as the API's update DTOs do. */
class UpdateEventDto extends PartialType(EventDto) {}

const VALID = {
  title: 'Media law',
  hours: 8,
  audience: 'staff',
  day: '2026-05-01',
  code: 'law',
  topicId: '7c0b1a52-3f4e-4d7a-9a59-0f5e1d7f2b11',
};

/** The field problems the API's own validation pipe answers for `body`. */
async function problemsOf(body: object, metatype: new () => object = EventDto): Promise<FieldProblem[]> {
  const pipe = createValidationPipe();
  try {
    await pipe.transform(body, { type: 'body', metatype });
  } catch (error) {
    if (!(error instanceof InvalidFieldsException)) throw error;
    return (error.getResponse() as { details: FieldProblem[] }).details;
  }
  throw new Error('the body was accepted');
}

const byField = (problems: FieldProblem[]) =>
  Object.fromEntries(problems.map((p) => [p.field, { code: p.code, params: p.params }]));

describe('field problems of the validation pipe', () => {
  it('carry the limits of the constraint that failed', async () => {
    const problems = await problemsOf({
      ...VALID,
      title: 'x'.repeat(11),
      hours: 41,
      audience: 'ministers',
      day: '1 May',
      code: 'LAW',
      topicId: 'nope',
    });
    expect(byField(problems)).toEqual({
      title: { code: 'field.too_long', params: { max: 10 } },
      hours: { code: 'field.too_large', params: { max: 40 } },
      audience: { code: 'field.not_in_list', params: { allowed: 'journalists, staff' } },
      day: { code: 'field.format', params: { format: 'YYYY-MM-DD' } },
      code: { code: 'field.format', params: { format: '^[a-z]+$' } },
      topicId: { code: 'field.format', params: { format: 'uuid' } },
    });
  });

  it('name lower bounds and the type wanted', async () => {
    expect(byField(await problemsOf({ ...VALID, title: 'ab', hours: 0 }))).toEqual({
      title: { code: 'field.too_short', params: { min: 3 } },
      hours: { code: 'field.too_small', params: { min: 1 } },
    });
    expect(byField(await problemsOf({ ...VALID, hours: 'eight' }))).toMatchObject({
      hours: { code: 'field.type', params: { expected: 'integer' } },
    });
  });

  it('name a field left out, or sent as null, as required whatever its type', async () => {
    const { hours: _left, ...withoutHours } = VALID;
    expect(byField(await problemsOf(withoutHours))).toEqual({ hours: { code: 'field.required' } });
    expect(byField(await problemsOf({ ...VALID, hours: null }))).toEqual({
      hours: { code: 'field.required' },
    });
  });

  it('count items in lists, and reach into nested objects', async () => {
    const trainers = [{ name: 'A' }, { name: 'B' }, { name: 'y'.repeat(21) }];
    expect(byField(await problemsOf({ ...VALID, trainers }))).toEqual({
      trainers: { code: 'field.too_many', params: { max: 2 } },
      'trainers[2].name': { code: 'field.too_long', params: { max: 20 } },
    });
    expect(byField(await problemsOf({ ...VALID, trainers: ['a', 'a'] }))).toMatchObject({
      trainers: { code: 'field.not_unique' },
    });
  });

  it('find the limits of validators inherited by a partial (PATCH) body', async () => {
    expect(byField(await problemsOf({ title: 'x'.repeat(11) }, UpdateEventDto))).toEqual({
      title: { code: 'field.too_long', params: { max: 10 } },
    });
  });

  it('take the limits a custom validator names in its context', async () => {
    expect(byField(await problemsOf({ ...VALID, name: { de: 'Name' } }))).toEqual({
      name: { code: 'field.invalid', params: { allowed: 'ru, kk, fa, en', max: 300 } },
    });
  });

  it('fill every placeholder of the texts of the codes they carry', async () => {
    const problems = await problemsOf({
      ...VALID,
      title: 'x'.repeat(11),
      hours: 'many',
      audience: 'ministers',
      day: '1 May',
      trainers: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
    });
    const texts = problems.map((p) => fieldProblemMessage(p.code, p.params));
    expect(texts).toEqual(
      expect.arrayContaining([
        'At most 10 characters',
        'Must be of type integer',
        'Must be one of: journalists, staff',
        'Expected format: YYYY-MM-DD',
        'At most 2 items',
      ]),
    );
    expect(texts.filter((text) => /\{\w+\}/.test(text))).toEqual([]);
  });
});

describe('a boolean query parameter', () => {
  const pipe = createValidationPipe();
  const dryRun = { type: 'query', metatype: Boolean, data: 'dryRun' } as const;

  it('reads true and false, and its absence as absent', async () => {
    await expect(pipe.transform('true', dryRun)).resolves.toBe(true);
    await expect(pipe.transform('false', dryRun)).resolves.toBe(false);
    await expect(pipe.transform(undefined, dryRun)).resolves.toBeUndefined();
  });

  it('refuses any other text, which would otherwise read as false and run an import meant as a preview', async () => {
    for (const loose of ['yes', '1', 'TRUE', '', 'on']) {
      const refusal = await pipe.transform(loose, dryRun).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(InvalidFieldsException);
      expect((refusal as InvalidFieldsException).getResponse()).toMatchObject({
        code: 'request.invalid',
        details: [{ field: 'dryRun', code: 'field.not_in_list', params: { allowed: 'true, false' } }],
      });
    }
  });
});
