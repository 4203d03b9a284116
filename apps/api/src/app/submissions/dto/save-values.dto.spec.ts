import { LIMITS } from '@prgauge/contracts';
import { InvalidFieldsException } from '../../common/api-error';
import { INT4_MAX } from '../../common/number-bounds';
import { createValidationPipe } from '../../common/validation';
import { acceptSaveValues, SaveValuesDto, ValueEntryDto } from './save-values.dto';

/** The same rules without the fast check, which is registered for SaveValuesDto itself only. */
class CheckedSaveValuesDto extends SaveValuesDto {}

const pipe = createValidationPipe();
const throughClassValidator = (body: unknown) =>
  pipe.transform(body, { type: 'body', metatype: CheckedSaveValuesDto });

const entry = (indicator: string, value: unknown, more: object = {}) => ({ indicator, value, ...more });

const ACCEPTED = [
  { version: 1, values: [entry('media.releases', 3)] },
  { version: INT4_MAX, values: [entry('a', null), entry('b', true), entry('c', -2.5, { note: '' })] },
  {
    version: 7,
    values: [{ indicator: 'x'.repeat(200) }, entry('y', 0, { note: 'n'.repeat(LIMITS.valueNote.max) })],
  },
  { version: 2, values: Array.from({ length: 500 }, (_, i) => entry(`k${i}`, i)) },
];

const REFUSED_OR_LEFT_TO_CLASS_VALIDATOR = [
  {},
  { version: 1 },
  { version: 0, values: [entry('a', 1)] },
  { version: 1.5, values: [entry('a', 1)] },
  { version: INT4_MAX + 1, values: [entry('a', 1)] },
  { version: '1', values: [entry('a', 1)] },
  { version: 1, values: [] },
  { version: 1, values: Array.from({ length: 501 }, (_, i) => entry(`k${i}`, i)) },
  { version: 1, values: [entry('a', 1), entry('a', 2)] },
  { version: 1, values: [entry('x'.repeat(201), 1)] },
  { version: 1, values: [entry('a', 1, { note: null })] },
  { version: 1, values: [entry('a', 1, { note: 'n'.repeat(LIMITS.valueNote.max + 1) })] },
  { version: 1, values: [entry('a', 1, { extra: true })] },
  { version: 1, values: [entry('a', 'text')] },
  { version: 1, values: [entry('a', { nested: 1 })] },
  { version: 1, values: ['a'] },
  { version: 1, values: [entry('a', 1)], extra: true },
  { version: 1, values: { 0: entry('a', 1) } },
  [{ version: 1, values: [entry('a', 1)] }],
];

describe('the save body accepted without class-validator', () => {
  it.each(ACCEPTED.map((body, i) => [i, body]))(
    'gives what class-validator and class-transformer give (body %i)',
    async (_i, body) => {
      const fast = acceptSaveValues(body);
      expect(fast).toBeInstanceOf(SaveValuesDto);
      expect(fast?.values.every((e) => e instanceof ValueEntryDto)).toBe(true);
      expect(fast).toEqual(await throughClassValidator(body));
      const served = await pipe.transform(body, { type: 'body', metatype: SaveValuesDto });
      expect(served).toBeInstanceOf(SaveValuesDto);
      expect(served).toEqual(fast);
    },
  );

  it.each(REFUSED_OR_LEFT_TO_CLASS_VALIDATOR.map((body, i) => [i, body]))(
    'leaves any other body to class-validator, whose answer stays (body %i)',
    async (_i, body) => {
      expect(acceptSaveValues(body)).toBeUndefined();
      const checked = await throughClassValidator(body).then(
        () => 'accepted',
        (error: unknown) => (error instanceof InvalidFieldsException ? error.getResponse() : error),
      );
      const served = await pipe.transform(body, { type: 'body', metatype: SaveValuesDto }).then(
        () => 'accepted',
        (error: unknown) => (error instanceof InvalidFieldsException ? error.getResponse() : error),
      );
      expect(served).toEqual(checked);
    },
  );
});
