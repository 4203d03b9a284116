import {
  emptyNomination,
  nominationFormProblems,
  nominationFormValueOf,
  nominationInputOf,
  newCriterionRow,
  tieBreaksOf,
  weightShares,
} from './nomination-form-model';

const row = (name: string, weight: number) => ({ ...newCriterionRow(), name, weight });

describe('nomination form model', () => {
  it('sums the weights and gives each criterion its share', () => {
    const { total, shares } = weightShares([
      row('Content quality', 2),
      row('Engagement', 1),
      row('Audience', 1),
    ]);
    expect(total).toBe(4);
    expect(shares).toEqual([50, 25, 25]);
  });

  it('says when the weights do not add up to 1 or 100, and shows the shares really used', () => {
    const { addsUp, shares } = weightShares([
      row('Quality', 0.3),
      row('Rating', 0.3),
      row('Subscribers', 0.2),
    ]);
    expect(addsUp).toBe(false);
    expect(shares.map((s) => Math.round(s * 10) / 10)).toEqual([37.5, 37.5, 25]);
    expect(weightShares([row('Quality', 60), row('Rating', 40)]).addsUp).toBe(true);
  });

  it('sends a measured criterion with its unit in the organiser’s language and its normalisation', () => {
    const v = {
      ...emptyNomination(),
      name: { ru: '', kk: '', fa: '', en: 'Pages' },
      criteria: [
        row('Quality', 3),
        {
          ...row('Subscribers', 1),
          kind: 'measured' as const,
          unit: 'subscribers',
          normalisation: 'rank' as const,
        },
      ],
    };
    expect(nominationFormProblems(v)).toEqual([]);
    expect(nominationInputOf(v, 'en').criteria).toEqual([
      { key: 'criterion_1', name: { en: 'Quality' }, weight: 3 },
      {
        key: 'criterion_2',
        name: { en: 'Subscribers' },
        weight: 1,
        kind: 'measured',
        unit: { en: 'subscribers' },
        normalisation: 'rank',
      },
    ]);
    const noUnit = { ...v, criteria: [{ ...v.criteria[1], unit: ' ' }] };
    expect(nominationFormProblems(noUnit)).toEqual(['criteria']);
  });

  it('refuses a disagreement threshold outside 0 to 10', () => {
    const v = {
      ...emptyNomination(),
      name: { ru: '', kk: '', fa: '', en: 'Pages' },
      criteria: [row('Quality', 1)],
    };
    expect(nominationFormProblems({ ...v, disagreementThreshold: 11 })).toEqual(['disagreementThreshold']);
    expect(nominationInputOf({ ...v, disagreementThreshold: 2.5 }, 'en').disagreementThreshold).toBe(2.5);
  });

  it('requires a name, named criteria and a jury share for the combined mode', () => {
    const v = { ...emptyNomination(), scoringMode: 'combined' as const, juryPercent: null };
    expect(nominationFormProblems(v)).toEqual(['name', 'criteria', 'juryPercent']);
  });

  it('sends positional criterion keys, the jury share as a fraction and the prize with its currency', () => {
    const v = {
      ...emptyNomination(),
      name: { ru: 'Пресс-секретарь года', kk: '', fa: '', en: '' },
      criteria: [row('Качество', 2)],
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
      disagreementThreshold: 3,
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
        disagreementThreshold: 3,
        tieBreaks: [],
        version: 3,
      },
      'en',
    );
    expect(v.criteria[0].name).toBe('Quality');
    v.criteria[0].name = 'Content quality';
    v.criteria.push(row('Reach', 1));
    expect(nominationInputOf(v, 'en').criteria).toEqual([
      { key: 'criterion_1', name: { ru: 'Качество', en: 'Content quality' }, weight: 2 },
      { key: 'criterion_2', name: { en: 'Reach' }, weight: 1 },
    ]);
    expect(nominationInputOf(v, 'en').juryShare).toBe(0.7);
  });
});
