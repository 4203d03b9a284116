import { isExcluded, organisationKey, personKey } from './conflict-rules';

describe('conflict rules', () => {
  it('treats «Kazinform» and "kazinform " as one organisation', () => {
    expect(organisationKey('«Kazinform»')).toBe(organisationKey('"kazinform "'));
  });

  it('excludes a juror of the candidate’s organisation, and one who declared a conflict', () => {
    expect(isExcluded('Akimat  of Kaluga', 'akimat of kaluga', false)).toBe(true);
    expect(isExcluded('Kazinform', 'Akimat', true)).toBe(true);
    expect(isExcluded('Kazinform', 'Akimat', false)).toBe(false);
  });

  it('counts the same name in the same organisation as one person', () => {
    expect(personKey('Anna  Petrova', 'Akimat')).toBe(personKey('anna petrova', '«Akimat»'));
  });
});
