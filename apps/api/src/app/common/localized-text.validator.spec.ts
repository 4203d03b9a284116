import type { FieldProblem } from '@prgauge/contracts';
import { IsObject, IsOptional } from 'class-validator';
import { InvalidFieldsException } from './api-error';
import { IsLocalizedText } from './localized-text.validator';
import { createValidationPipe } from './validation';

/** A body with a name (default limits) and a long text with bounds of its own, as a contest's rules. */
class NoticeDto {
  @IsOptional()
  @IsObject()
  @IsLocalizedText()
  name?: Record<string, string>;

  @IsOptional()
  @IsObject()
  @IsLocalizedText({ min: 2, max: 1000 })
  body?: Record<string, string>;
}

/** The field problems the API's validation pipe answers for `body`, or none when it is accepted. */
async function problemsOf(body: object): Promise<Record<string, Pick<FieldProblem, 'code' | 'params'>>> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: NoticeDto });
    return {};
  } catch (error) {
    if (!(error instanceof InvalidFieldsException)) throw error;
    const { details } = error.getResponse() as { details: FieldProblem[] };
    return Object.fromEntries(details.map((p) => [p.field, { code: p.code, params: p.params }]));
  }
}

describe('IsLocalizedText', () => {
  it('takes long texts up to the limits it is given, beyond the limit of names', async () => {
    expect(await problemsOf({ name: { fa: 'نام' }, body: { fa: 'ق'.repeat(1000), ru: 'Да' } })).toEqual({});
  });

  it('refuses a language over its maximum or under its minimum, naming the bounds', async () => {
    const bounds = { code: 'field.invalid', params: { allowed: 'ru, kk, fa, en', min: 2, max: 1000 } };
    expect(await problemsOf({ body: { ru: 'x'.repeat(1001) } })).toEqual({ body: bounds });
    expect(await problemsOf({ body: { kk: ' Ә ' } })).toEqual({ body: bounds });
  });

  it('keeps the limit of names where none is given', async () => {
    expect(await problemsOf({ name: { en: 'x'.repeat(301) } })).toEqual({
      name: { code: 'field.invalid', params: { allowed: 'ru, kk, fa, en', max: 300 } },
    });
  });

  it('refuses a plain string where texts by language are wanted', async () => {
    expect(await problemsOf({ body: 'Rules in one language' })).toEqual({
      body: { code: 'field.type', params: { expected: 'object' } },
    });
  });
});
