import { findIllFormedText } from './well-formed-text.pipe';

describe('text PostgreSQL cannot store', () => {
  it('finds nothing in well-formed text, pairs of surrogates (emoji) included', () => {
    expect(
      findIllFormedText({ name: { ru: 'Связи', fa: 'روابط' }, note: 'ok 😀', list: ['a', 1, null] }),
    ).toBe(undefined);
  });

  it('names the field of a null character or a lone surrogate, as validation errors name fields', () => {
    expect(findIllFormedText({ name: { ru: 'a\u0000b' } })).toBe('name.ru');
    expect(findIllFormedText({ values: [{ note: 'ok' }, { note: '\ud800' }] })).toBe('values[1].note');
    expect(findIllFormedText({ scores: { '7': 'x\udfff' } })).toBe('scores[7]');
    expect(findIllFormedText('a\u0000', 'search')).toBe('search');
  });

  it('names a key that is not well-formed text itself', () => {
    expect(findIllFormedText({ scores: { ['quality\u0000']: 5 } })).toBe('scores.quality\u0000');
  });

  it('walks deep values without recursion', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(findIllFormedText(deep)?.length).toBeGreaterThan(10_000);
  });
});
