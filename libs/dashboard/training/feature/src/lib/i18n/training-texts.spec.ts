import { LIMITS } from '@prgauge/contracts';
import { dictionaryProblems, limitProblems } from '@prgauge/dashboard-shared-i18n';
import { TRAINING_TEXTS } from './training-texts';

describe('training texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = TRAINING_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });

  it('state the limits the API enforces, in every language', () => {
    expect(
      limitProblems(TRAINING_TEXTS, {
        'training.problem.title': [LIMITS.trainingEventTitle.min, LIMITS.trainingEventTitle.max],
        'training.problem.hours': [LIMITS.plannedHours.min, LIMITS.plannedHours.max],
      }),
    ).toEqual([]);
  });
});
