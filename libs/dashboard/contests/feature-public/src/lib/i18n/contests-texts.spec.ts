import { LIMITS } from '@prgauge/contracts';
import { dictionaryProblems, limitProblems } from '@prgauge/dashboard-shared-i18n';
import { CONTESTS_TEXTS } from './contests-texts';

describe('contests texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = CONTESTS_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });

  it('state the limits the API enforces, in every language', () => {
    // One text serves every short field of an application, so their minimums must agree with it.
    const shortMinimums = [
      LIMITS.personName,
      LIMITS.candidatePosition,
      LIMITS.organisation,
      LIMITS.projectTitle,
    ];
    expect(new Set(shortMinimums.map((l) => l.min)).size).toBe(1);
    expect(
      limitProblems(CONTESTS_TEXTS, {
        'contests.apply.problem.required': [LIMITS.personName.min],
        'contests.apply.problem.description': [LIMITS.projectDescription.min],
        'contests.jury.scale': [LIMITS.juryScore.min, LIMITS.juryScore.max],
        'contests.jury.problem.score': [LIMITS.juryScore.min, LIMITS.juryScore.max],
      }),
    ).toEqual([]);
  });
});
