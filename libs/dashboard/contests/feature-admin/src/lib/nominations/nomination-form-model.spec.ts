import {
  emptyNomination,
  nominationFormProblems,
  nominationFormValueOf,
  nominationInputOf,
  tieBreaksOf,
  weightShares,
} from './nomination-form-model';

describe('nomination form model', () => {
  it('sums the weights and gives each criterion its share', () => {
    const { total, shares } = weightShares([
      { name: 'Content quality', weight: 2 },
      { name: 'Engagement', weight: 1 },
      { name: 'Audience', weight: 1 },
    ]);
    expect(total).toBe(4);
    expect(shares).toEqual([50, 25, 25]);
  });

  it('requires a name, named criteria and a jury share for the combined mode', () => {
    const v = { ...emptyNomination(), scoringMode: 'combined' as const, juryPercent: null };
    expect(nominationFormProblems(v)).toEqual(['name', 'criteria', 'juryPercent']);
  });

  it('sends positional criterion keys, the jury share as a fraction and the prize with its currency', () => {
    const v = {
      ...emptyNomination(),
      name: { ru: 'Пресс-секретарь года', kk: '', fa: '', en: '' },
      criteria: [{ name: 'Качество', weight: 2 }],
      scoringMode: 'combined' as const,
      juryPercent: 70,
      prizeAmount: 400000,
    };
    expect(nominationFormProblems(v)).toEqual([]);
    expect(nominationInputOf(v, 'ru')).toEqual({
      name: { ru: 'Пресс-секретарь года' },
      places: 3,
      criteria: [{ key: 'criterion_1', name: { ru: 'Качество' }, weight: 2 }],
      scoringMode: 'combined',
      juryShare: 0.7,
      commentRequired: false,
      normaliseJurors: false,
      prizeAmount: 400000,
      prizeCurrency: 'KZT',
      tieBreaks: [],
    });
  });

  it('sends the tie-break chain chosen: votes before the jury, then the earlier application', () => {
    const v = { ...emptyNomination(), scoringMode: 'combined' as const, tieOrder: 'votes_first' as const };
    expect(tieBreaksOf({ ...v, tieEarlier: true })).toEqual(['votes', 'jury_score', 'earlier_application']);
    expect(tieBreaksOf({ ...v, tieOrder: 'jury_first', tieEarlier: false })).toEqual(['jury_score', 'votes']);
  });

  it('breaks a vote-only tie by filing alone: one score has nothing else to compare', () => {
    const v = { ...emptyNomination('vote'), tieOrder: 'votes_first' as const, tieEarlier: true };
    expect(v.scoringMode).toBe('vote');
    expect(tieBreaksOf(v)).toEqual(['earlier_application']);
  });

  it('sends no criteria for a nomination decided by votes alone', () => {
    const v = {
      ...emptyNomination(),
      name: { ru: '', kk: '', fa: '', en: 'Audience award' },
      scoringMode: 'vote' as const,
    };
    expect(nominationFormProblems(v)).toEqual([]);
    expect(nominationInputOf(v, 'en').criteria).toEqual([]);
  });

  it('keeps saved criteria keys and their other languages when one language is edited', () => {
    const v = nominationFormValueOf(
      {
        id: 'n1',
        contestId: 'c1',
        name: { ru: 'Аккаунты', en: 'Accounts' },
        places: 2,
        criteria: [{ key: 'criterion_1', name: { ru: 'Качество', en: 'Quality' }, weight: 2 }],
        scoringMode: 'combined',
        juryShare: 0.7,
        commentRequired: true,
        normaliseJurors: false,
        prizeAmount: null,
        prizeCurrency: null,
        tieBreaks: [],
        version: 3,
      },
      'en',
    );
    expect(v.criteria[0].name).toBe('Quality');
    v.criteria[0].name = 'Content quality';
    v.criteria.push({ name: 'Reach', weight: 1 });
    expect(nominationInputOf(v, 'en').criteria).toEqual([
      { key: 'criterion_1', name: { ru: 'Качество', en: 'Content quality' }, weight: 2 },
      { key: 'criterion_2', name: { en: 'Reach' }, weight: 1 },
    ]);
    expect(nominationInputOf(v, 'en').juryShare).toBe(0.7);
  });
});
