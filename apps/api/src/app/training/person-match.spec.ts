import { isDoubtfulPair, matchPerson, personKeys, type KnownPerson } from './person-match';

const known = (id: string, facts: Parameters<typeof personKeys>[0]): KnownPerson => ({
  id,
  ...personKeys(facts),
});

describe('matching register rows to persons', () => {
  const persons = [
    known('a', { name: 'علی رضایی', agencyId: null, outlet: 'خبرگزاری ایرنا' }),
    known('b', { name: 'Мария Иванова', agencyId: null, outlet: null, personalId: '۰۰۱۲۳۴' }),
    known('c', { name: 'Aigerim Sadykova', agencyId: 'agency-1', outlet: null }),
  ];

  it('joins the same name and organisation across keyboards, spaces and case', () => {
    // Arabic Yeh and a zero-width non-joiner where the first row had Persian Yeh and a space.
    const keys = personKeys({ name: 'علي  رضايي', agencyId: null, outlet: 'خبرگزاری\u200cایرنا' });
    expect(matchPerson(persons, keys)?.id).toBe('a');
    expect(
      matchPerson(persons, personKeys({ name: 'AIGERIM sadykova', agencyId: 'agency-1', outlet: null }))?.id,
    ).toBe('c');
  });

  it('joins the same personal id whatever the spelling of the name', () => {
    const keys = personKeys({ name: 'Мариа Иванова', agencyId: null, outlet: null, personalId: '001234' });
    expect(matchPerson(persons, keys)?.id).toBe('b');
  });

  it('never joins the same name with another or no organisation: that pair is only doubtful', () => {
    const elsewhere = personKeys({ name: 'Aigerim Sadykova', agencyId: 'agency-2', outlet: null });
    const nowhere = personKeys({ name: 'Aigerim Sadykova', agencyId: null, outlet: null });
    expect(matchPerson(persons, elsewhere)).toBeNull();
    expect(matchPerson(persons, nowhere)).toBeNull();
    expect(isDoubtfulPair(persons[2], elsewhere)).toBe(true);
    expect(isDoubtfulPair(persons[2], nowhere)).toBe(true);
  });

  it('keeps two different personal ids apart even with the same name and organisation', () => {
    const other = personKeys({ name: 'Мария Иванова', agencyId: null, outlet: null, personalId: '999' });
    expect(matchPerson(persons, other)).toBeNull();
    expect(isDoubtfulPair(persons[1], { ...other, organisationKey: 'x' })).toBe(false);
  });
});
