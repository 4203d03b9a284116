import { authorKeys, isExcluded, organisationKey, personKey } from './conflict-rules';

describe('conflict rules', () => {
  it('treats «Kazinform» and "kazinform " as one organisation', () => {
    expect(organisationKey('«Kazinform»')).toBe(organisationKey('"kazinform "'));
  });

  it('excludes a juror of the candidate’s organisation, and one who declared a conflict', () => {
    expect(isExcluded('Akimat  of Kaluga', ['akimat of kaluga'], false)).toBe(true);
    expect(isExcluded('Kazinform', ['Akimat'], true)).toBe(true);
    expect(isExcluded('Kazinform', ['Akimat'], false)).toBe(false);
  });

  it('excludes across ё and е, Arabic and Persian Yeh and Kaf, and a ZWNJ or a space', () => {
    expect(isExcluded('Объединённая редакция', ['ОБЪЕДИНЕННАЯ редакция'], false)).toBe(true);
    expect(isExcluded('شهرداري كرمان', ['شهرداری کرمان'], false)).toBe(true);
    expect(isExcluded('روابط عمومی\u200cها', ['روابط عمومي ها'], false)).toBe(true);
    expect(isExcluded('Мой город', ['Мои город'], false)).toBe(false);
  });

  it('excludes a juror of any of the application’s organisations, and no other', () => {
    const organisations = ['Акимат Карагандинской области', 'Управление внутренней политики'];
    expect(isExcluded('«управление  ВНУТРЕННЕЙ политики»', organisations, false)).toBe(true);
    expect(isExcluded('акимат карагандинской области ', organisations, false)).toBe(true);
    expect(isExcluded('Управление образования', organisations, false)).toBe(false);
  });

  it('makes each author one person, with the lead organisation', () => {
    const keys = authorKeys(
      [
        { name: 'Anna Petrova', position: 'Press secretary' },
        { name: 'Ivan Sidorov', position: 'Designer' },
      ],
      ['Akimat', 'Newsroom'],
    );
    expect(keys).toEqual([personKey('anna petrova', 'akimat'), personKey('ivan sidorov', 'akimat')]);
  });

  it('counts the same name in the same organisation as one person', () => {
    expect(personKey('Anna  Petrova', 'Akimat')).toBe(personKey('anna petrova', '«Akimat»'));
  });
});
